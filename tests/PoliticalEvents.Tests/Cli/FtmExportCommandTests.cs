using System.Text;
using System.Text.Json;
using PoliticalEvents.Cli;
using PoliticalEvents.FollowTheMoney;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary><c>polev export --to ftm</c>: every exit code and failure path.</summary>
public sealed class FtmExportCommandTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("export", "--help")]
    [InlineData("help", "export")]
    public async Task Help_TeachesUsageOptionsExitCodesAndExamples(string first, string second)
    {
        PolevResult result = await _sandbox.RunAsync(first, second);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("Description:\n", result.Out);
        Assert.Contains("\nUsage:\n  polev export <in> <out> [options]\n", result.Out);
        Assert.Contains(ExportCommand.Details.TrimEnd('\n'), result.Out);
        foreach (string part in new[] { "\nOptions:\n", "\nExit codes:\n", "\nExamples:\n", "\n  polev export --to ftm examples/belarus-2025.json", "docs/followthemoney.md" })
        {
            Assert.Contains(part, result.Out);
        }

        foreach (string option in ExportCommand.Spec.Options.Select(static o => o.Name))
        {
            Assert.Contains($"\n  {option} ", result.Out);
        }
    }

    [Fact]
    public async Task ToolHelp_ListsExportAndImport()
    {
        PolevResult result = await _sandbox.RunAsync("--help");

        Assert.Contains("\n  export <in> <out> ", result.Out);
        Assert.Contains("\n  import <in> <out> ", result.Out);
    }

    [Fact]
    public async Task Example_ExportsTheEntitiesAndSummarisesTheLossesByCode()
    {
        PolevResult result = await _sandbox.RunAsync("export", "--to", "ftm", PolevSandbox.Belarus, "belarus.ftm.json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Empty(result.OutBytes);
        string[] lines = File.ReadAllLines(_sandbox.PathOf("belarus.ftm.json"));
        Assert.Equal(16, lines.Length);
        Assert.All(lines, line => Assert.NotNull(FtmJson.ReadLine(Encoding.UTF8.GetBytes(line)).Entity));
        string[] error = result.Error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("polev: belarus.ftm.json: 16 FtM entities written (Person 4, PublicBody 4, Company 2, Sanction 2, CourtCase 1, CourtCaseParty 1, Membership 1, Organization 1), from 22 records (organization 7, person 4, detention 3, link 2, release 2, sanctionMeasure 2, facility 1, proceeding 1).", error[0]);
        Assert.StartsWith("polev: not carried across (by code; every item with --report <file>", error[1]);
        Dictionary<string, int> counts = FtmCliOutput.Counts(result.Error);
        Assert.Equal(12, counts.Count);
        Assert.Equal(8, counts[FtmReportCodes.ExportRecordNotMapped]);
        Assert.Equal(89, counts[FtmReportCodes.ExportSourceDetail]);
        Assert.Equal(2 + counts.Count, error.Length);
        Assert.DoesNotContain("Kolesnikova", result.Error);
    }

    [Fact]
    public async Task Report_WritesEveryEntryAsJson()
    {
        PolevResult result = await _sandbox.RunAsync("export", PolevSandbox.Belarus, "out.ftm.json", "--to=ftm", "--report", "losses.json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("every item in losses.json", result.Error);
        using JsonDocument report = JsonDocument.Parse(_sandbox.Read("losses.json"));
        JsonElement root = report.RootElement;
        Assert.Equal(["command", "input", "output", "read", "written", "counts", "entryCount", "entries"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("export --to ftm", root.GetProperty("command").GetString());
        Assert.Equal(165, root.GetProperty("entryCount").GetInt32());
        Assert.Equal(165, root.GetProperty("entries").GetArrayLength());
        Assert.Equal(8, root.GetProperty("counts").GetProperty(FtmReportCodes.ExportRecordNotMapped).GetInt32());
        JsonElement first = root.GetProperty("entries")[0];
        Assert.Equal(("ftm.export.nameLanguage", "org-belarus", "/names/0/language", 1), (first.GetProperty("code").GetString(), first.GetProperty("id").GetString(), first.GetProperty("path").GetString(), first.GetProperty("count").GetInt32()));
        int sum = root.GetProperty("entries").EnumerateArray().Sum(e => e.GetProperty("count").GetInt32());
        Assert.Equal(root.GetProperty("counts").EnumerateObject().Sum(c => c.Value.GetInt32()), sum);
    }

    [Fact]
    public async Task NothingLost_ReportHasNoEntries()
    {
        _sandbox.Write("one.jsonl", """{"type":"person","id":"p-1","name":"A"}""" + "\n");

        PolevResult result = await _sandbox.RunAsync("export", "--to", "ftm", "one.jsonl", "one.ftm.json", "--report", "r.json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("""{"id":"p-1","schema":"Person","properties":{"name":["A"]}}""" + "\n", Encoding.UTF8.GetString(_sandbox.Read("one.ftm.json")));
        using JsonDocument report = JsonDocument.Parse(_sandbox.Read("r.json"));
        Assert.Equal(0, report.RootElement.GetProperty("entries").GetArrayLength());
        Assert.DoesNotContain("not carried", result.Error);
    }

    [Fact]
    public async Task StandardInputToStandardOutput()
    {
        PolevResult file = await _sandbox.RunAsync("export", "--to", "ftm", PolevSandbox.Tunisia, "t.ftm.json");

        PolevResult piped = await _sandbox.RunWithInputAsync(PolevSandbox.ExampleBytes(PolevSandbox.Tunisia), "export", "--to", "ftm", "-", "-");

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (file.ExitCode, piped.ExitCode));
        Assert.Equal(_sandbox.Read("t.ftm.json"), piped.OutBytes);
        Assert.StartsWith("polev: standard output: 4 FtM entities written", piped.Error);
    }

    [Fact]
    public async Task ConfidentialAndRestricted_OnlyWhenAskedFor()
    {
        _sandbox.Write("mixed.jsonl", string.Join('\n',
            """{"type":"person","id":"p-1","name":"Public"}""",
            """{"type":"person","id":"p-2","name":"Restricted","birthDate":"1980","confidentiality":"restricted"}""",
            """{"type":"person","id":"p-3","name":"Confidential","confidentiality":"confidential"}""") + "\n");

        PolevResult skip = await _sandbox.RunAsync("export", "--to", "ftm", "mixed.jsonl", "skip.ftm.json");
        PolevResult reduced = await _sandbox.RunAsync("export", "--to", "ftm", "mixed.jsonl", "reduced.ftm.json", "--restricted", "reduced");
        PolevResult all = await _sandbox.RunAsync("export", "--to", "ftm", "mixed.jsonl", "all.ftm.json", "--restricted", "full", "--include-confidential");

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok, ExitCodes.Ok), (skip.ExitCode, reduced.ExitCode, all.ExitCode));
        Assert.Single(File.ReadAllLines(_sandbox.PathOf("skip.ftm.json")));
        Assert.Equal(new Dictionary<string, int> { [FtmReportCodes.ExportRecordConfidential] = 1, [FtmReportCodes.ExportRecordRestricted] = 1 }, FtmCliOutput.Counts(skip.Error));
        Assert.Equal(new Dictionary<string, int> { [FtmReportCodes.ExportConfidentialityNotCarried] = 1, [FtmReportCodes.ExportRecordConfidential] = 1, [FtmReportCodes.ExportRestrictedReduced] = 1 }, FtmCliOutput.Counts(reduced.Error));
        Assert.Equal(new Dictionary<string, int> { [FtmReportCodes.ExportConfidentialityNotCarried] = 2 }, FtmCliOutput.Counts(all.Error));
        string[] reducedLines = File.ReadAllLines(_sandbox.PathOf("reduced.ftm.json"));
        Assert.Equal(2, reducedLines.Length);
        Assert.DoesNotContain("birthDate", reducedLines[1]);
        string[] allLines = File.ReadAllLines(_sandbox.PathOf("all.ftm.json"));
        Assert.Equal(3, allLines.Length);
        Assert.Contains("\"birthDate\":[\"1980\"]", allLines[1]);
    }

    [Fact]
    public async Task InvalidInput_IsRefused_NothingWritten_AnExistingOutputKept()
    {
        _sandbox.Write("bad.jsonl", PolevSandbox.Lines(PolevSandbox.BadDateLine));
        _sandbox.Write("out.ftm.json", "old\n");

        PolevResult result = await _sandbox.RunAsync("export", "--to", "ftm", "bad.jsonl", "out.ftm.json", "--report", "r.json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal("old\n", Encoding.UTF8.GetString(_sandbox.Read("out.ftm.json")));
        Assert.False(File.Exists(_sandbox.PathOf("r.json")));
        Assert.Contains("bad.jsonl:3: error date.notReal /birthDate", result.Error);
        Assert.Contains("polev: bad.jsonl: not exported: the input has 1 error(s); use --force", result.Error);
        Assert.DoesNotContain(PolevSandbox.SecretName, result.Error);
        Assert.Equal(["bad.jsonl", PolevSandbox.Belarus, "out.ftm.json", PolevSandbox.Tunisia], _sandbox.Files());
    }

    [Fact]
    public async Task Force_ExportsTheRecordsThatRead_ButExitsWithInvalidData()
    {
        _sandbox.Write("bad.jsonl", PolevSandbox.Lines(PolevSandbox.BadDateLine));

        PolevResult result = await _sandbox.RunAsync("export", "--to", "ftm", "bad.jsonl", "out.ftm.json", "--force");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(["person-1", "person-3"], File.ReadAllLines(_sandbox.PathOf("out.ftm.json")).Select(l => FtmJson.ReadLine(Encoding.UTF8.GetBytes(l)).Entity!.Id));
        Assert.Contains("exported what could be read (--force)", result.Error);
    }

    [Fact]
    public async Task Force_CannotHelpADocumentThatDoesNotRead()
    {
        _sandbox.Write("bad.json", PolevSandbox.Document(",\n      \"birthDate\": \"2021-02-30\""));

        PolevResult result = await _sandbox.RunAsync("export", "--to", "ftm", "bad.json", "out.ftm.json", "--force");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.False(File.Exists(_sandbox.PathOf("out.ftm.json")));
        Assert.Contains("--force cannot help", result.Error);
    }

    [Fact]
    public async Task EmptyInput_IsRefused()
    {
        _sandbox.Write("empty.jsonl", string.Empty);

        PolevResult result = await _sandbox.RunAsync("export", "--to", "ftm", "empty.jsonl", "out.ftm.json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Contains("jsonLines.empty", result.Error);
    }

    [Theory]
    [InlineData("needs --to ftm", "export", "in.json", "out.ftm.json")]
    [InlineData("Unknown export format 'stix'", "export", "--to", "stix", "in.json", "out.ftm.json")]
    [InlineData("needs an input and an output", "export", "--to", "ftm", "in.json")]
    [InlineData("needs an input and an output", "export", "--to", "ftm", "a.json", "b.json", "c.json")]
    [InlineData("Option --restricted must be one of skip, reduced, full", "export", "--to", "ftm", PolevSandbox.Belarus, "o.ftm.json", "--restricted", "some")]
    [InlineData("Unknown option --forse for export", "export", "--to", "ftm", PolevSandbox.Belarus, "o.ftm.json", "--forse")]
    [InlineData("Option --report needs a value", "export", "--to", "ftm", PolevSandbox.Belarus, "o.ftm.json", "--report")]
    [InlineData("Option --include-confidential takes no value", "export", "--to", "ftm", PolevSandbox.Belarus, "o.ftm.json", "--include-confidential=yes")]
    [InlineData("missing.json: no such file.", "export", "--to", "ftm", "missing.json", "o.ftm.json")]
    [InlineData("nowhere/o.ftm.json: no such directory.", "export", "--to", "ftm", PolevSandbox.Belarus, "nowhere/o.ftm.json")]
    [InlineData("nowhere/r.json: no such directory.", "export", "--to", "ftm", PolevSandbox.Belarus, "o.ftm.json", "--report", "nowhere/r.json")]
    [InlineData("--report and the output are the same file.", "export", "--to", "ftm", PolevSandbox.Belarus, "o.ftm.json", "--report", "o.ftm.json")]
    [InlineData("cannot tell the format from the extension", "export", "--to", "ftm", "data.txt", "o.ftm.json")]
    [InlineData("Unknown format 'xml'", "export", "--to", "ftm", PolevSandbox.Belarus, "o.ftm.json", "--from", "xml")]
    public async Task UsageAndIoErrors_ExitWith2_AndWriteNothing(string message, params string[] args)
    {
        _sandbox.Write("data.txt", "{}");
        string[] before = _sandbox.Files();

        PolevResult result = await _sandbox.RunAsync(args);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.StartsWith("polev: ", result.Error);
        Assert.Empty(result.OutBytes);
        Assert.Equal(before, _sandbox.Files());
    }

    [Fact]
    public async Task OutputIsADirectory_ExitsWith2()
    {
        Directory.CreateDirectory(_sandbox.PathOf("dir"));

        PolevResult result = await _sandbox.RunAsync("export", "--to", "ftm", PolevSandbox.Belarus, "dir");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("dir: is a directory", result.Error);
    }
}

/// <summary>Reads the counts by code that polev export and import print on stderr.</summary>
internal static class FtmCliOutput
{
    public static Dictionary<string, int> Counts(string error) => error.ReplaceLineEndings("\n").Split('\n')
        .Where(line => line.StartsWith("  ftm.", StringComparison.Ordinal))
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToDictionary(parts => parts[0], parts => int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
}
