using System.Text.Json;
using PoliticalEvents.Cli;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

// --max-errors, and checking that goes on past bad lines when there is no limit.
public sealed partial class ValidateCommandTests
{
    private const string MalformedLine = """{"type":"person","id":"person-x","name": A}""";

    // A header, then lines 2 to 7: good, malformed, bad date, good, malformed, bad date.
    private static string ManyBadLines() => string.Join('\n',
        """{"type":"dataset","formatVersion":"1.0","title":"Test"}""",
        """{"type":"person","id":"person-1","name":"A","sources":[{"title":"List"}]}""",
        MalformedLine,
        PolevSandbox.BadDateLine,
        """{"type":"person","id":"person-3","name":"C","sources":[{"title":"List"}]}""",
        MalformedLine,
        PolevSandbox.BadDateLine.Replace("person-2", "person-4", StringComparison.Ordinal)) + "\n";

    [Fact]
    public async Task WithoutLimit_CheckingGoesOnPastMalformedLines()
    {
        _sandbox.Write("bad.jsonl", ManyBadLines());

        PolevResult result = await _sandbox.RunAsync("validate", "bad.jsonl");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Finding[] errors = [.. result.OutLines[..^1].Select(Finding.Parse).Where(f => f.Severity == "error")];
        Assert.Equal(["3", "4", "6", "7"], errors.Select(f => f.Line));
        Assert.DoesNotContain("stopped", result.OutLines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad.jsonl")]
    [InlineData("-")]
    public async Task MaxErrors_StopsAfterNErrors_KeepsLineNumbers_SaysSo(string path)
    {
        _sandbox.Write("bad.jsonl", ManyBadLines());

        PolevResult result = await _sandbox.RunWithInputAsync(ManyBadLines(), "validate", path, "--max-errors", "2");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Finding[] errors = [.. result.OutLines[..^1].Select(Finding.Parse).Where(f => f.Severity == "error")];
        Assert.Equal([("3", "json.syntax"), ("4", "date.notReal")], errors.Select(f => (f.Line, f.Code)));
        Assert.StartsWith("1 file(s), 1 record(s): 2 error(s)", result.OutLines[^1]);
        Assert.Contains("stopped at the error limit (--max-errors) in 1 file(s)", result.OutLines[^1]);
    }

    [Fact]
    public async Task MaxErrors_DoesNotReportReferencesToRecordsNotRead()
    {
        // The release on line 2 refers forward to person-9; stopping on line 3 must not call that unresolved.
        string lines = string.Join('\n',
            """{"type":"dataset","formatVersion":"1.0","title":"Test"}""",
            """{"type":"link","id":"link-1","kind":"relatedTo","fromId":"person-9","toId":"person-9","sources":[{"title":"L"}]}""",
            MalformedLine,
            """{"type":"person","id":"person-9","name":"A","sources":[{"title":"List"}]}""") + "\n";

        PolevResult result = await _sandbox.RunWithInputAsync(lines, "validate", "-", "--max-errors", "1");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(["json.syntax"], result.OutLines[..^1].Select(l => Finding.Parse(l).Code));
    }

    [Fact]
    public async Task MaxErrors_NotReached_ChecksEverything()
    {
        _sandbox.Write("bad.jsonl", ManyBadLines());

        PolevResult result = await _sandbox.RunAsync("validate", "bad.jsonl", "--max-errors", "10");

        Assert.Equal(4, result.OutLines[..^1].Select(Finding.Parse).Count(f => f.Severity == "error"));
        Assert.DoesNotContain("stopped", result.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MaxErrors_Json_SaysStopped()
    {
        _sandbox.Write("bad.jsonl", ManyBadLines());

        PolevResult result = await _sandbox.RunAsync("validate", "bad.jsonl", "--max-errors", "1", "--format", "json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        using JsonDocument report = JsonDocument.Parse(result.OutBytes);
        JsonElement file = report.RootElement.GetProperty("files")[0];
        Assert.True(file.GetProperty("stopped").GetBoolean());
        Assert.Equal(1, file.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task MaxErrors_Document_KeepsTheFirstN()
    {
        string document = PolevSandbox.Document(""", "birthDate": "2021-02-30", "deathDate": "2021-02-31", "unknown": 1""");
        _sandbox.Write("bad.json", document);

        PolevResult all = await _sandbox.RunAsync("validate", "bad.json");
        PolevResult one = await _sandbox.RunAsync("validate", "bad.json", "--max-errors", "1");

        Assert.Equal(ExitCodes.InvalidData, one.ExitCode);
        Assert.Equal(all.OutLines[0], one.OutLines[0]);
        Assert.Equal(2, one.OutLines.Length);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("many")]
    public async Task MaxErrors_NotAPositiveNumber_IsAUsageError(string value)
    {
        PolevResult result = await _sandbox.RunAsync("validate", PolevSandbox.Tunisia, "--max-errors=" + value);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("--max-errors", result.Error, StringComparison.Ordinal);
    }
}
