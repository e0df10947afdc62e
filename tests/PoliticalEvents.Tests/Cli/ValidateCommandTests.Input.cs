using System.Text;
using PoliticalEvents.Cli;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

// Standard input, format recognition and byte-order marks.
public sealed partial class ValidateCommandTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Theory]
    [InlineData(PolevSandbox.Belarus)]
    [InlineData(PolevSandbox.Tunisia)]
    public async Task StandardInput_RecognisesTheFormat(string example)
    {
        int records = await CountRecordsAsync(example);

        PolevResult result = await _sandbox.RunWithInputAsync(PolevSandbox.ExampleBytes(example), "validate", "-");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal([$"1 file(s), {records} record(s): 0 error(s), 0 warning(s); valid."], result.OutLines);
    }

    [Fact]
    public async Task StandardInput_CompactDocumentOnOneLine_IsReadAsADocument()
    {
        string compact = """{"formatVersion":"1.0","title":"Test","records":[{"type":"person","id":"person-1","name":"A","sources":[{"title":"List"}]}]}""";

        PolevResult result = await _sandbox.RunWithInputAsync(compact, "validate", "-");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("1 file(s), 1 record(s)", result.Out);
    }

    [Fact]
    public async Task StandardInput_JsonLinesWithoutHeader_IsReadAsJsonLines()
    {
        string lines = string.Join('\n', PolevSandbox.Lines().Split('\n')[1..]);

        PolevResult result = await _sandbox.RunWithInputAsync(lines, "validate", "-");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("1 file(s), 3 record(s)", result.Out);
    }

    [Fact]
    public async Task StandardInput_JsonLinesWithMalformedFirstRecord_IsStillReadAsJsonLines()
    {
        // A document has no top-level "type", so this bad line must be reported as the bad JSON Lines record it is.
        string lines = """{"type":"person","id":"person-1","name": A}""" + "\n" + """{"type":"person","id":"person-2","name":"B"}""" + "\n";

        PolevResult result = await _sandbox.RunWithInputAsync(lines, "validate", "-");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(("-", "1", "json.syntax"), Finding.Parse(result.OutLines[0]) is var f ? (f.File, f.Line, f.Code) : default);
        Assert.StartsWith("1 file(s), 1 record(s): 1 error(s)", result.OutLines[^1]);
    }

    [Fact]
    public async Task StandardInput_WithFrom_IsReadAsSaid()
    {
        byte[] lines = PolevSandbox.ExampleBytes(PolevSandbox.Tunisia);

        PolevResult asLines = await _sandbox.RunWithInputAsync(lines, "validate", "-", "--from", "jsonl");
        PolevResult asDocument = await _sandbox.RunWithInputAsync(lines, "validate", "--from", "json", "-");

        Assert.Equal(ExitCodes.Ok, asLines.ExitCode);
        Assert.Equal(ExitCodes.InvalidData, asDocument.ExitCode);
        Assert.Equal("-", Finding.Parse(asDocument.OutLines[0]).File);
    }

    [Fact]
    public async Task StandardInputTwice_ExitsWithUsageError()
    {
        PolevResult result = await _sandbox.RunWithInputAsync(PolevSandbox.Lines(), "validate", "-", "-");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("Standard input (-) can be read only once", result.Error);
    }

    [Theory]
    [InlineData(PolevSandbox.Belarus)]
    [InlineData(PolevSandbox.Tunisia)]
    public async Task ByteOrderMark_IsAccepted_InFilesAndOnStandardInput(string example)
    {
        byte[] withBom = [.. Bom, .. PolevSandbox.ExampleBytes(example)];
        string name = _sandbox.Write("bom-" + example, withBom);

        PolevResult file = await _sandbox.RunAsync("validate", name);
        PolevResult stdin = await _sandbox.RunWithInputAsync(withBom, "validate", "-");

        Assert.Equal(ExitCodes.Ok, file.ExitCode);
        Assert.Equal(ExitCodes.Ok, stdin.ExitCode);
        Assert.Equal(file.OutLines[^1], stdin.OutLines[^1]);
    }

    [Fact]
    public async Task ByteOrderMark_BeforeABadLine_KeepsTheLineNumbers()
    {
        _sandbox.Write("people.jsonl", [.. Bom, .. Encoding.UTF8.GetBytes(PolevSandbox.Lines(PolevSandbox.BadDateLine))]);

        PolevResult result = await _sandbox.RunAsync("validate", "people.jsonl");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal("3", Finding.Parse(result.OutLines[0]).Line);
    }
}
