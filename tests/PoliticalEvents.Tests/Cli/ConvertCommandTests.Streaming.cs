using System.Text;
using PoliticalEvents.Cli;
using PoliticalEvents.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

// JSON Lines input is converted as it streams: records are written as they are read, into output that is kept only
// when the whole input proved valid.
public sealed partial class ConvertCommandTests
{
    private static string ManyLines(string lastLine)
        => PolevSandbox.Lines() + string.Concat(Enumerable.Range(10, 2_000).Select(i =>
            $$"""{"type":"person","id":"person-{{i}}","name":"N","sources":[{"title":"List"}]}""" + "\n")) + lastLine + "\n";

    [Theory]
    [InlineData("out.json")]
    [InlineData("out.jsonl")]
    public async Task JsonLines_BadLastLineAfterManyGoodOnes_IsRefused_LeavingNothingBehind(string output)
    {
        _sandbox.Write("many.jsonl", ManyLines(PolevSandbox.BadDateLine));
        string[] before = _sandbox.Files();

        PolevResult result = await _sandbox.RunAsync("convert", "many.jsonl", output);

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(before, _sandbox.Files());
        Assert.Contains("many.jsonl:2005: error date.notReal /birthDate ", result.Error);
    }

    [Fact]
    public async Task JsonLines_BadLastLineToStandardOutput_WritesNothing()
    {
        PolevResult result = await _sandbox.RunWithInputAsync(ManyLines(PolevSandbox.BadDateLine), "convert", "-", "-", "--to", "json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Empty(result.OutBytes);
    }

    [Fact]
    public async Task JsonLinesToDocument_Streamed_IsWhatWriteDatasetWrites()
    {
        string lines = ManyLines("""{"type":"person","id":"person-last","name":"Z","sources":[{"title":"List"}]}""");
        (global::PoliticalEvents.Dataset? dataset, _) = await JsonLines.ReadDatasetAsync(new MemoryStream(Encoding.UTF8.GetBytes(lines)));
        using var expected = new MemoryStream();
        PoliticalEventsJson.WriteDataset(expected, dataset!);

        PolevResult toFile = await _sandbox.RunWithInputAsync(lines, "convert", "-", "out.json");
        PolevResult toOut = await _sandbox.RunWithInputAsync(lines, "convert", "-", "-", "--to", "json");

        Assert.Equal(ExitCodes.Ok, toFile.ExitCode);
        Assert.Equal(expected.ToArray(), _sandbox.Read("out.json"));
        Assert.Equal(expected.ToArray(), toOut.OutBytes);
        Assert.Contains("2004 record(s) written", toFile.Error);
    }

    [Fact]
    public async Task JsonLinesWithBrokenHeader_Force_ToDocument_IsRefused_LeavingNothingBehind()
    {
        _sandbox.Write("broken.jsonl", PolevSandbox.Lines().Replace("\"title\":\"Test\"", "\"title\":7", StringComparison.Ordinal));
        string[] before = _sandbox.Files();

        PolevResult result = await _sandbox.RunAsync("convert", "broken.jsonl", "out.json", "--force");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(before, _sandbox.Files());
        Assert.Contains("needs a title and format version", result.Error);
    }

    [Fact]
    public async Task DocumentWithRecordsFirst_ToJsonLines_WritesTheHeaderFirst()
    {
        string document = """
            {"records": [{"type":"person","id":"person-1","name":"A","sources":[{"title":"List"}]}],
             "formatVersion": "1.0", "title": "Test"}
            """;

        PolevResult result = await _sandbox.RunWithInputAsync(document, "convert", "-", "-", "--from", "json", "--to", "jsonl");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(
            ["""{"type":"dataset","formatVersion":"1.0","title":"Test"}""", """{"type":"person","id":"person-1","name":"A","sources":[{"title":"List"}]}"""],
            result.OutLines);
    }

    [Fact]
    public async Task DocumentWithABadLastRecord_ToJsonLines_IsRefused_LeavingNothingBehind()
    {
        _sandbox.Write("bad.json", PolevSandbox.Document(",\n      \"unknown\": 1"));
        string[] before = _sandbox.Files();

        PolevResult result = await _sandbox.RunAsync("convert", "bad.json", "out.jsonl", "--force");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(before, _sandbox.Files());
        Assert.Contains("bad.json:10: error additionalProperties /records/0/unknown ", result.Error);
    }
}

// A document converted to a document streams as well (its records go through a scratch file, since the metadata
// written first is read last); it is refused, and leaves nothing, like the other directions.
public sealed partial class ConvertCommandTests
{
    [Fact]
    public async Task DocumentToDocument_Invalid_IsRefused_LeavingAnExistingOutputAndNoScratch()
    {
        _sandbox.Write("bad.json", PolevSandbox.Document(",\n      \"birthDate\": \"2021-02-30\""));
        _sandbox.Write("out.json", "previous content\n");
        string[] before = _sandbox.Files();

        PolevResult result = await _sandbox.RunAsync("convert", "bad.json", "out.json", "--compact");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(before, _sandbox.Files());
        Assert.Equal("previous content\n", Encoding.UTF8.GetString(_sandbox.Read("out.json")));
        Assert.StartsWith("bad.json:10: error date.notReal /records/0/birthDate ", result.Error);
    }

    [Fact]
    public async Task DocumentToDocument_WithWarnings_KeepsEveryRecordInOrder()
    {
        string document = PolevSandbox.Document().Replace(
            "\n  ]",
            ",\n    {\"type\":\"person\",\"id\":\"person-2\",\"name\":\"B\"},\n    {\"type\":\"person\",\"id\":\"person-3\",\"name\":\"C\",\"sources\":[{\"title\":\"L\"}]}\n  ]",
            StringComparison.Ordinal);
        _sandbox.Write("in.json", document);

        PolevResult result = await _sandbox.RunAsync("convert", "in.json", "out.json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("warning record.noSources /records/1 ", result.Error);
        Dataset read = PoliticalEventsJson.ReadDataset(_sandbox.Read("out.json")).GetValueOrThrow();
        Assert.Equal("Test", read.Title);
        Assert.Equal(["person-1", "person-2", "person-3"], read.Records.Select(r => r.Id.Value));
    }

    [Fact]
    public async Task ReplacingAnOutput_KeepsItsPermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions only
        }

        _sandbox.Write("private.jsonl", "old\n");
        string output = _sandbox.PathOf("private.jsonl");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        PolevResult result = await _sandbox.RunAsync("convert", PolevSandbox.Belarus, "private.jsonl");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(output));
        Assert.StartsWith("{\"type\":\"dataset\"", Encoding.UTF8.GetString(_sandbox.Read("private.jsonl")));
    }
}
