using System.Text;
using System.Text.RegularExpressions;
using PoliticalEvents.Cli;
using PoliticalEvents.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

public sealed partial class ValidateCommandTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData(PolevSandbox.Belarus)]
    [InlineData(PolevSandbox.Tunisia)]
    public async Task Example_IsValid_PrintsSummaryOnly(string example)
    {
        int records = await CountRecordsAsync(example);

        PolevResult result = await _sandbox.RunAsync("validate", example);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal([$"1 file(s), {records} record(s): 0 error(s), 0 warning(s); valid."], result.OutLines);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task UnknownProperty_ExitsInvalid_WithFindingLine()
    {
        _sandbox.Write("bad.json", PolevSandbox.Document(",\n      \"nickname\": \"Zyg\""));

        PolevResult result = await _sandbox.RunAsync("validate", "bad.json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal("bad.json:10: error additionalProperties /records/0/nickname Unknown property 'nickname'.", result.OutLines[0]);
        Assert.Equal("1 file(s), 0 record(s): 1 error(s), 0 warning(s); 1 invalid file(s).", result.OutLines[^1]);
        Assert.Equal(2, result.OutLines.Length);
    }

    [Fact]
    public async Task RuleFindingInsideARecord_OfADocument_HasTheLineOfTheValue_NotOfTheRecord()
    {
        // The person's death comes before the birth: the finding is at /records/0/deathDate, on its own line (the
        // record begins four lines above it), which a reader that only knows where records begin cannot give.
        _sandbox.Write("rule.json", PolevSandbox.Document(",\n      \"birthDate\": \"1990\",\n      \"deathDate\": \"1980\""));

        PolevResult result = await _sandbox.RunAsync("validate", "rule.json");

        string line = Assert.Single(result.OutLines, static l => l.Contains("person.deathBeforeBirth", StringComparison.Ordinal));
        Assert.StartsWith("rule.json:11: error person.deathBeforeBirth /records/0/deathDate", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DateThatDoesNotExist_ExitsInvalid_WithFindingLine()
    {
        _sandbox.Write("bad.json", PolevSandbox.Document(",\n      \"birthDate\": \"2021-02-30\""));

        PolevResult result = await _sandbox.RunAsync("validate", "bad.json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Finding finding = Finding.Parse(result.OutLines[0]);
        Assert.Equal(new Finding("bad.json", "10", "error", "date.notReal", "/records/0/birthDate"), finding with { Message = "" });
        Assert.Contains("real day", finding.Message);
    }

    [Fact]
    public async Task TruncatedDocument_ExitsInvalid_WithSyntaxFinding()
    {
        string document = PolevSandbox.Document();
        _sandbox.Write("bad.json", document[..(document.IndexOf("Kowal", StringComparison.Ordinal) + 5)]);

        PolevResult result = await _sandbox.RunAsync("validate", "bad.json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Finding finding = Finding.Parse(result.OutLines[0]);
        Assert.Equal(("bad.json", "8", "error", "json.syntax"), (finding.File, finding.Line, finding.Severity, finding.Code));
        Assert.StartsWith("/records/0", finding.Pointer);
        Assert.Contains("1 invalid file(s).", result.OutLines[^1]);
    }

    [Fact]
    public async Task JsonLinesWithOneBadLine_ReportsThatLine_AndCountsTheOtherRecords()
    {
        _sandbox.Write("people.jsonl", PolevSandbox.Lines(PolevSandbox.BadDateLine));

        PolevResult result = await _sandbox.RunAsync("validate", "people.jsonl");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(2, result.OutLines.Length);
        Assert.Equal(new Finding("people.jsonl", "3", "error", "date.notReal", "/birthDate"), Finding.Parse(result.OutLines[0]) with { Message = "" });
        Assert.Equal("1 file(s), 2 record(s): 1 error(s), 0 warning(s); 1 invalid file(s).", result.OutLines[1]);
    }

    [Fact]
    public async Task JsonLinesWithBadLines_ReportsEveryOne()
    {
        _sandbox.Write("people.jsonl", PolevSandbox.Lines(PolevSandbox.BadDateLine) + "{\"type\":\"person\"}\n");

        PolevResult result = await _sandbox.RunAsync("validate", "people.jsonl");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(["3", "5"], result.OutLines[..^1].Select(l => Finding.Parse(l).Line));
        Assert.StartsWith("1 file(s), 2 record(s): 2 error(s)", result.OutLines[^1]);
    }

    [Fact]
    public async Task JsonLinesWithBadHeader_DoesNotCountTheHeaderAsARecord()
    {
        _sandbox.Write("people.jsonl", PolevSandbox.Lines().Replace("\"title\":\"Test\"", "\"title\":\"Test\",\"editor\":\"x\"", StringComparison.Ordinal));

        PolevResult result = await _sandbox.RunAsync("validate", "people.jsonl", "--format", "json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        FileReport file = Assert.Single(ValidateJson.Parse(result.Out));
        Assert.Equal(3, file.Records);
        Assert.Equal(1, Assert.Single(file.Errors).Line);
    }

    [Fact]
    public async Task SeveralFiles_OneInvalid_ExitsInvalid_ReportingBoth()
    {
        _sandbox.Write("bad.json", PolevSandbox.Document(",\n      \"birthDate\": \"2021-02-30\""));
        int records = await CountRecordsAsync(PolevSandbox.Belarus);

        PolevResult text = await _sandbox.RunAsync("validate", PolevSandbox.Belarus, "bad.json");
        PolevResult json = await _sandbox.RunAsync("validate", PolevSandbox.Belarus, "bad.json", "--format", "json");

        Assert.Equal(ExitCodes.InvalidData, text.ExitCode);
        Assert.Equal("bad.json", Finding.Parse(text.OutLines[0]).File);
        Assert.Equal($"2 file(s), {records} record(s): 1 error(s), 0 warning(s); 1 invalid file(s).", text.OutLines[^1]);
        Assert.Equal(ExitCodes.InvalidData, json.ExitCode);
        Assert.Equal(
            [(PolevSandbox.Belarus, true, records, 0), ("bad.json", false, 0, 1)],
            ValidateJson.Parse(json.Out).Select(f => (f.Path, f.Valid, f.Records, f.Errors.Count)));
    }

    [Fact]
    public async Task JsonFormat_HasTheDocumentedShape()
    {
        _sandbox.Write("people.jsonl", PolevSandbox.Lines(PolevSandbox.BadDateLine));

        PolevResult result = await _sandbox.RunAsync("validate", "--format", "json", "people.jsonl", PolevSandbox.Tunisia);

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Empty(result.Error);
        IReadOnlyList<FileReport> files = ValidateJson.Parse(result.Out);
        Assert.Equal(["people.jsonl", PolevSandbox.Tunisia], files.Select(f => f.Path));
        Assert.Equal((false, 2), (files[0].Valid, files[0].Records));
        Assert.Equal((true, 4), (files[1].Valid, files[1].Records));
        ErrorReport error = Assert.Single(files[0].Errors);
        Assert.Equal(("/birthDate", "date.notReal", "error", 3), (error.Path, error.Code, error.Severity, error.Line));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public async Task JsonFormat_ForAValidFile_HasAnEmptyErrorsArray()
    {
        PolevResult result = await _sandbox.RunAsync("validate", "--format", "json", PolevSandbox.Belarus);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        FileReport file = Assert.Single(ValidateJson.Parse(result.Out));
        Assert.True(file.Valid);
        Assert.Empty(file.Errors);
    }

    [Fact]
    public async Task MissingFile_ExitsWithIoError_NamingIt()
    {
        PolevResult result = await _sandbox.RunAsync("validate", "nowhere.json");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Empty(result.OutBytes);
        Assert.Equal("polev: nowhere.json: no such file.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task MissingFileAmongOthers_StillChecksTheOthers_ExitsWithIoError()
    {
        _sandbox.Write("bad.json", PolevSandbox.Document(",\n      \"birthDate\": \"2021-02-30\""));

        PolevResult result = await _sandbox.RunAsync("validate", "nowhere.json", "bad.json");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("nowhere.json: no such file", result.Error);
        Assert.Equal("bad.json", Finding.Parse(result.OutLines[0]).File);
        Assert.Equal("1 file(s), 0 record(s): 1 error(s), 0 warning(s); 1 invalid file(s), 1 file(s) could not be read.", result.OutLines[^1]);
    }

    [Fact]
    public async Task MissingDirectory_ExitsWithIoError_NamingIt()
    {
        PolevResult result = await _sandbox.RunAsync("validate", "nowhere/data.json");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("nowhere/data.json: no such directory", result.Error);
    }

    [Fact]
    public async Task Directory_ExitsWithIoError_SayingSo()
    {
        Directory.CreateDirectory(_sandbox.PathOf("data.json"));

        PolevResult result = await _sandbox.RunAsync("validate", "data.json");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("data.json: is a directory, not a file", result.Error);
    }

    [NotAsRootFact]
    public async Task UnreadableFile_ExitsWithIoError_SayingPermissionDenied()
    {
        _sandbox.Write("locked.json", PolevSandbox.Document());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_sandbox.PathOf("locked.json"), UnixFileMode.None);
        }

        PolevResult result = await _sandbox.RunAsync("validate", "locked.json");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("locked.json: permission denied", result.Error);
    }

    [Fact]
    public async Task UnknownExtension_ExitsWithUsageError_SayingHowToFixIt()
    {
        _sandbox.Write("data.txt", PolevSandbox.Document());

        PolevResult result = await _sandbox.RunAsync("validate", "data.txt");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("data.txt: cannot tell the format from the extension", result.Error);
        Assert.Contains("--from json|jsonl", result.Error);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    public async Task UnknownExtensionWithFrom_IsRead(string format)
    {
        _sandbox.Write("data.txt", format == "json" ? PolevSandbox.Document() : PolevSandbox.Lines());

        PolevResult result = await _sandbox.RunAsync("validate", "data.txt", "--from", format);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.EndsWith("; valid.", result.OutLines[^1]);
    }

    [Fact]
    public async Task NoPath_ExitsWithUsageError()
    {
        PolevResult result = await _sandbox.RunAsync("validate");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("validate needs at least one file", result.Error);
    }

    [Fact]
    public async Task UnknownFromFormat_ExitsWithUsageError()
    {
        PolevResult result = await _sandbox.RunAsync("validate", "-", "--from", "yaml");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("Unknown format 'yaml'", result.Error);
    }

    [Fact]
    public async Task EmptyDocument_ExitsInvalid()
    {
        _sandbox.Write("empty.json", string.Empty);

        PolevResult result = await _sandbox.RunAsync("validate", "empty.json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(("empty.json", "1", "error", "json.syntax", "/"), Finding.Parse(result.OutLines[0]) is var f ? (f.File, f.Line, f.Severity, f.Code, f.Pointer) : default);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public async Task EmptyJsonLines_ExitsInvalid(string content)
    {
        _sandbox.Write("empty.jsonl", content);

        PolevResult result = await _sandbox.RunAsync("validate", "empty.jsonl");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(new Finding("empty.jsonl", "1", "error", "jsonLines.empty", "/"), Finding.Parse(result.OutLines[0]) with { Message = "" });
    }

    [Fact]
    public async Task EmptyStandardInput_ExitsInvalid()
    {
        PolevResult result = await _sandbox.RunWithInputAsync(string.Empty, "validate", "-");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal("-", Finding.Parse(result.OutLines[0]).File);
    }

    private async Task<int> CountRecordsAsync(string example)
    {
        using var stream = File.OpenRead(_sandbox.PathOf(example));
        if (example.EndsWith(".json", StringComparison.Ordinal))
        {
            return (await PoliticalEventsJson.ReadDatasetAsync(stream)).GetValueOrThrow().Records.Count;
        }

        return (await JsonLines.ReadDatasetAsync(stream)).Dataset!.Records.Count;
    }

    /// <summary>One line of text output, <c>file:line: severity code pointer message</c>, taken apart.</summary>
    private sealed partial record Finding(string File, string Line, string Severity, string Code, string Pointer, string Message = "")
    {
        public static Finding Parse(string line)
        {
            Match match = Shape().Match(line);
            Assert.True(match.Success, $"Not a finding line: {line}");
            return new Finding(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value, match.Groups[4].Value, match.Groups[5].Value, match.Groups[6].Value);
        }

        [GeneratedRegex(@"^(.+):(\d+|-): (error|warning|info) (\S+) (/\S*) (.+)$")]
        private static partial Regex Shape();
    }
}
