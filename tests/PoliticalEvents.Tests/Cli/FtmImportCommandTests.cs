using System.Text;
using System.Text.Json;
using PoliticalEvents.Cli;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary><c>polev import --from ftm</c>: every exit code and failure path.</summary>
public sealed class FtmImportCommandTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public FtmImportCommandTests()
    {
        foreach (string fixture in new[] { "actors.ftm.json", "sanctions.ftm.json", "relations.ftm.json", "bad-lines.ftm.json" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "fixtures", "ftm", fixture), _sandbox.PathOf(fixture));
        }
    }

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("import", "--help")]
    [InlineData("help", "import")]
    public async Task Help_TeachesUsageOptionsExitCodesAndExamples(string first, string second)
    {
        PolevResult result = await _sandbox.RunAsync(first, second);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("Description:\n", result.Out);
        Assert.Contains("\nUsage:\n  polev import <in> <out> [options]\n", result.Out);
        Assert.Contains(ImportCommand.Details.TrimEnd('\n'), result.Out);
        foreach (string part in new[] { "\nOptions:\n", "\nExit codes:\n", "\nExamples:\n", "\n  polev import --from ftm entities.ftm.json", "docs/followthemoney.md" })
        {
            Assert.Contains(part, result.Out);
        }

        foreach (string option in ImportCommand.Spec.Options.Select(static o => o.Name))
        {
            Assert.Contains($"\n  {option} ", result.Out);
        }
    }

    [Theory]
    [InlineData("out.json")]
    [InlineData("out.jsonl")]
    public async Task Fixture_ImportsValidRecords_AndSummarisesTheSkipsByCode(string output)
    {
        PolevResult result = await _sandbox.RunAsync("import", "--from", "ftm", "sanctions.ftm.json", output, "--publisher", "OpenSanctions", "--title", "Test sanctions");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        PolevResult validate = await _sandbox.RunAsync("validate", output);
        Assert.Equal(ExitCodes.Ok, validate.ExitCode);
        Assert.StartsWith("1 file(s), 13 record(s): 0 error(s), 0 warning(s)", validate.Out);
        string text = Encoding.UTF8.GetString(_sandbox.Read(output));
        Assert.Contains("\"title\":" + (output.EndsWith(".json", StringComparison.Ordinal) ? " " : string.Empty) + "\"Test sanctions\"", text);
        Assert.Contains("\"publisher\":" + (output.EndsWith(".json", StringComparison.Ordinal) ? " " : string.Empty) + "\"OpenSanctions\"", text);
        string[] error = result.Error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"polev: {output}: 13 records written (organization 7, sanctionMeasure 5, person 1), from 15 FtM entities (Sanction 9, PublicBody 2, Address 1, Company 1, Organization 1, Person 1).", error[0]);
        Assert.Equal(1, FtmCliOutput.Counts(result.Error)[FtmReportCodes.ImportSanctionWithoutDate]);
        Assert.DoesNotContain("Target One", result.Error);
    }

    [Fact]
    public async Task Report_WritesEveryEntryWithItsLine()
    {
        PolevResult result = await _sandbox.RunAsync("import", "--from", "ftm", "relations.ftm.json", "out.json", "--report", "skipped.json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using JsonDocument report = JsonDocument.Parse(_sandbox.Read("skipped.json"));
        JsonElement[] entries = [.. report.RootElement.GetProperty("entries").EnumerateArray()];
        Assert.Equal(10, entries.Length);
        Assert.Equal(("ftm.import.referenceNotImported", "rel-emp-1", "employee", 6), (entries[3].GetProperty("code").GetString(), entries[3].GetProperty("id").GetString(), entries[3].GetProperty("path").GetString(), entries[3].GetProperty("line").GetInt32()));
        Assert.Equal(3, report.RootElement.GetProperty("counts").GetProperty(FtmReportCodes.ImportSchemaNotImported).GetInt32());
        Assert.Equal("import --from ftm", report.RootElement.GetProperty("command").GetString());
    }

    [Fact]
    public async Task StandardInputToStandardOutput_ReadsTheInputTwice()
    {
        PolevResult file = await _sandbox.RunAsync("import", "--from", "ftm", "sanctions.ftm.json", "file.jsonl", "--title", "T");

        PolevResult piped = await _sandbox.RunWithInputAsync(_sandbox.Read("sanctions.ftm.json"), "import", "--from", "ftm", "-", "-", "--to", "jsonl", "--title", "T");

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (file.ExitCode, piped.ExitCode));
        string[] fromFile = File.ReadAllLines(_sandbox.PathOf("file.jsonl"));
        string[] fromPipe = Encoding.UTF8.GetString(piped.OutBytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(fromFile[1..], fromPipe[1..]); // the header names the input
        Assert.Contains("(standard input)", fromPipe[0]);
        Assert.StartsWith("polev: standard output: 13 records written", piped.Error);
    }

    [Fact]
    public async Task DefaultTitle_NamesTheInput()
    {
        await _sandbox.RunAsync("import", "--from", "ftm", "actors.ftm.json", "out.json");

        ReadResult<PoliticalEvents.Dataset> dataset = PoliticalEventsJson.ReadDataset(_sandbox.Read("out.json"));
        Assert.Equal("Imported from FollowTheMoney: actors.ftm.json", dataset.Value!.Title);
        Assert.Empty(DatasetValidator.Validate(dataset.Value).Findings);
    }

    [Fact]
    public async Task LinesThatAreNotEntities_AreRefused_NothingWritten_AnExistingOutputKept()
    {
        _sandbox.Write("out.json", "old\n");

        PolevResult result = await _sandbox.RunAsync("import", "--from", "ftm", "bad-lines.ftm.json", "out.json", "--report", "r.json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal("old\n", Encoding.UTF8.GetString(_sandbox.Read("out.json")));
        Assert.Contains("polev: bad-lines.ftm.json: not imported: 8 line(s) are not FtM entities (ftm.import.lineInvalid in the report); use --force", result.Error);
        Assert.Equal(new Dictionary<string, int> { [FtmReportCodes.ImportLineInvalid] = 8 }, FtmCliOutput.Counts(result.Error));
        using JsonDocument report = JsonDocument.Parse(_sandbox.Read("r.json"));
        Assert.Equal(8, report.RootElement.GetProperty("entryCount").GetInt32());
        Assert.DoesNotContain(_sandbox.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Force_ImportsTheEntitiesThatRead_ButExitsWithInvalidData()
    {
        PolevResult result = await _sandbox.RunAsync("import", "--from", "ftm", "bad-lines.ftm.json", "out.jsonl", "--force");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(3, File.ReadAllLines(_sandbox.PathOf("out.jsonl")).Length); // the header and two records
        Assert.Contains("8 line(s) are not FtM entities: imported the others (--force)", result.Error);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DeltaFile_IsRefusedAsSuch_EvenWithForce(bool force)
    {
        // OpenSanctions publishes changes between releases as {"op": "ADD"|"MOD"|"DEL", "entity": …} lines.
        _sandbox.Write("entities.delta.json", """
            {"op":"ADD","entity":{"id":"d-1","schema":"Person","properties":{"name":["Test Person"]}}}
            {"op":"DEL","entity":{"id":"d-2"}}

            """);

        PolevResult result = await _sandbox.RunAsync(["import", "--from", "ftm", "entities.delta.json", "out.jsonl", .. force ? ["--force"] : Array.Empty<string>()]);

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.False(File.Exists(_sandbox.PathOf("out.jsonl")));
        Assert.Contains("polev: entities.delta.json: not imported: it is an OpenSanctions delta file", result.Error);
        Assert.Equal(new Dictionary<string, int> { [FtmReportCodes.ImportLineInvalid] = 2 }, FtmCliOutput.Counts(result.Error));
    }

    [Fact]
    public async Task NoLineIsAnEntity_ForceCannotHelp_NothingWritten()
    {
        _sandbox.Write("junk.ftm.json", "not json\n[1]\n");

        PolevResult result = await _sandbox.RunAsync("import", "--from", "ftm", "junk.ftm.json", "out.jsonl", "--force");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.False(File.Exists(_sandbox.PathOf("out.jsonl")));
        Assert.Contains("none of its 2 line(s) is an FtM entity (ftm.import.lineInvalid; see --report), so --force cannot help", result.Error);
    }

    [Fact]
    public async Task EmptyInput_IsRefused()
    {
        _sandbox.Write("empty.ftm.json", "\n  \n");

        PolevResult result = await _sandbox.RunAsync("import", "--from", "ftm", "empty.ftm.json", "out.json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.False(File.Exists(_sandbox.PathOf("out.json")));
        Assert.Contains("not imported: the input is empty", result.Error);
    }

    [Fact]
    public async Task AllSkipped_StillWritesAValidEmptyDataset()
    {
        _sandbox.Write("addresses.ftm.json", """{"id":"a-1","schema":"Address","properties":{"full":["1 Test Street"]}}""" + "\n");

        PolevResult result = await _sandbox.RunAsync("import", "--from", "ftm", "addresses.ftm.json", "out.jsonl");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Single(File.ReadAllLines(_sandbox.PathOf("out.jsonl")));
        Assert.Contains("0 records written", result.Error);
        Assert.Equal(new Dictionary<string, int> { [FtmReportCodes.ImportSchemaNotImported] = 1 }, FtmCliOutput.Counts(result.Error));
    }

    [Theory]
    [InlineData("needs --from ftm", "import", "in.ftm.json", "out.json")]
    [InlineData("Unknown import format 'xml'", "import", "--from", "xml", "in.ftm.json", "out.json")]
    [InlineData("needs an input and an output", "import", "--from", "ftm", "sanctions.ftm.json")]
    [InlineData("Writing to standard output needs --to json|jsonl", "import", "--from", "ftm", "sanctions.ftm.json", "-")]
    [InlineData("out.txt: cannot tell the format from the extension", "import", "--from", "ftm", "sanctions.ftm.json", "out.txt")]
    [InlineData("Unknown format 'csv'", "import", "--from", "ftm", "sanctions.ftm.json", "out.json", "--to", "csv")]
    [InlineData("missing.ftm.json: no such file.", "import", "--from", "ftm", "missing.ftm.json", "out.json")]
    [InlineData("nowhere/x.ftm.json: no such directory.", "import", "--from", "ftm", "nowhere/x.ftm.json", "out.json")]
    [InlineData("nowhere/out.json: no such directory.", "import", "--from", "ftm", "sanctions.ftm.json", "nowhere/out.json")]
    [InlineData("--report and the output are the same file.", "import", "--from", "ftm", "sanctions.ftm.json", "out.json", "--report", "out.json")]
    [InlineData("Unknown option --titel for import", "import", "--from", "ftm", "sanctions.ftm.json", "out.json", "--titel", "x")]
    [InlineData("Option --publisher needs a value", "import", "--from", "ftm", "sanctions.ftm.json", "out.json", "--publisher")]
    public async Task UsageAndIoErrors_ExitWith2_AndWriteNothing(string message, params string[] args)
    {
        string[] before = _sandbox.Files();

        PolevResult result = await _sandbox.RunAsync(args);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Empty(result.OutBytes);
        Assert.Equal(before, _sandbox.Files());
    }

    [Fact]
    public async Task InputIsADirectory_ExitsWith2()
    {
        Directory.CreateDirectory(_sandbox.PathOf("dir"));

        PolevResult result = await _sandbox.RunAsync("import", "--from", "ftm", "dir", "out.json");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("dir: is a directory", result.Error);
    }

    [Fact]
    public async Task ExportThenImport_GivesBackValidRecords()
    {
        PolevResult export = await _sandbox.RunAsync("export", "--to", "ftm", PolevSandbox.Belarus, "b.ftm.json");
        PolevResult import = await _sandbox.RunAsync("import", "--from", "ftm", "b.ftm.json", "b.json", "--report", "r.json");
        PolevResult validate = await _sandbox.RunAsync("validate", "b.json");

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok, ExitCodes.Ok), (export.ExitCode, import.ExitCode, validate.ExitCode));
        using JsonDocument report = JsonDocument.Parse(_sandbox.Read("r.json"));
        // The proceeding's CourtCase and its party are reported as not imported; everything else comes back.
        Assert.Equal(2, report.RootElement.GetProperty("entryCount").GetInt32());
        Assert.StartsWith("1 file(s), 13 record(s): 0 error(s), 0 warning(s)", validate.Out);
    }
}
