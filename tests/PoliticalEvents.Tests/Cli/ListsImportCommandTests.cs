using System.Text.Json;
using PoliticalEvents.Cli;
using PoliticalEvents.Tests.SanctionsLists;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary><c>polev import --from un|eu|ofac</c>: exit codes, output all or nothing, the report, --previous.</summary>
public sealed class ListsImportCommandTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private string Fixture(string name) => _sandbox.Write(name, File.ReadAllBytes(ListFixtures.PathOf(name)));

    [Theory]
    [InlineData("un", ListFixtures.Un)]
    [InlineData("eu", ListFixtures.Eu)]
    [InlineData("ofac", ListFixtures.Ofac)]
    public async Task Import_WritesAValidDataset_AndSummarizesByCode(string list, string fixture)
    {
        PolevResult result = await _sandbox.RunAsync("import", "--from", list, Fixture(fixture), "out.json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        ValidationResult validation = await DatasetValidator.ValidateAsync(new MemoryStream(_sandbox.Read("out.json")));
        Assert.DoesNotContain(validation.Findings, f => f.Severity == Severity.Error);
        Assert.Contains("records written", result.Error, StringComparison.Ordinal);
        Assert.Contains("source 1", result.Error, StringComparison.Ordinal); // the list, cited by id from every record
    }

    [Fact]
    public async Task Report_HasCountsAndEveryEntry_AndStderrNoData()
    {
        PolevResult result = await _sandbox.RunAsync("import", "--from", "ofac", Fixture(ListFixtures.Ofac), "out.jsonl", "--report", "report.json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using JsonDocument report = JsonDocument.Parse(_sandbox.Read("report.json"));
        Assert.Equal("import --from ofac", report.RootElement.GetProperty("command").GetString());
        Assert.Equal(1, report.RootElement.GetProperty("counts").GetProperty("lists.entry.kindNotCarried").GetInt32());
        Assert.Equal(3, report.RootElement.GetProperty("listings").GetInt32());
        JsonElement vessel = report.RootElement.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "lists.entry.kindNotCarried");
        Assert.Equal("ofac-90003", vessel.GetProperty("id").GetString());
        Assert.True(vessel.GetProperty("line").GetInt32() > 0);
        foreach (string value in new[] { "MAPLETHORPE", "Narnia", "P00090001", "MARE IMAGINARIUM", "sometime" })
        {
            Assert.DoesNotContain(value, result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Previous_DelistsWhatIsGone()
    {
        string xml = File.ReadAllText(ListFixtures.PathOf(ListFixtures.Ofac));
        _sandbox.Write("old.xml", xml.Replace("08/07/2026", "05/01/2026", StringComparison.Ordinal));
        int start = xml.IndexOf("<sdnEntry>\n    <uid>90002</uid>", StringComparison.Ordinal);
        _sandbox.Write("new.xml", xml[..start] + xml[(xml.IndexOf("</sdnEntry>", start, StringComparison.Ordinal) + "</sdnEntry>".Length)..]);
        Assert.Equal(ExitCodes.Ok, (await _sandbox.RunAsync("import", "--from", "ofac", "old.xml", "old.json")).ExitCode);

        PolevResult result = await _sandbox.RunAsync("import", "--from=ofac", "new.xml", "new.json", "--previous", "old.json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("lists.change.delisted", result.Error, StringComparison.Ordinal);
        Assert.Contains("\"delistedOn\": \"2026-05-01/2026-08-07\"", File.ReadAllText(_sandbox.PathOf("new.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviousNotEarlier_IsInvalidInput_NothingWritten()
    {
        Assert.Equal(ExitCodes.Ok, (await _sandbox.RunAsync("import", "--from", "un", Fixture(ListFixtures.Un), "first.json")).ExitCode);

        PolevResult result = await _sandbox.RunAsync("import", "--from", "un", ListFixtures.Un, "second.json", "--previous", "first.json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Contains("first.json:-: error lists.previous.notEarlier", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_sandbox.PathOf("second.json")));
    }

    [Fact]
    public async Task PreviousThatIsNoValidDataset_IsInvalidInput_NothingWritten()
    {
        _sandbox.Write("previous.json", "{\"formatVersion\": \"1.1\", \"title\": \"x\", \"records\": [{\"type\": \"person\"}]}");

        PolevResult result = await _sandbox.RunAsync("import", "--from", "un", Fixture(ListFixtures.Un), "out.json", "--previous", "previous.json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Contains("previous.json: not imported: the previous dataset (--previous) cannot be read or is not valid", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_sandbox.PathOf("out.json")));
    }

    [Theory]
    [InlineData("<CONSOLIDATED_LIST dateGenerated=\"2026-02-27\"><INDIVIDUALS>", "lists.input.malformed")]
    [InlineData("<!DOCTYPE x [<!ENTITY a \"a\">]><CONSOLIDATED_LIST/>", "lists.input.dtd")]
    [InlineData("<export/>", "lists.input.wrongList")]
    public async Task RefusedInput_ExitsOne_NothingWritten(string xml, string code)
    {
        PolevResult result = await _sandbox.RunAsync("import", "--from", "un", _sandbox.Write("bad.xml", xml), "out.json", "--report", "report.json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Contains(code, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_sandbox.PathOf("out.json")));
        Assert.True(File.Exists(_sandbox.PathOf("report.json")));
    }

    [Fact]
    public async Task StandardInToStandardOut_AsJsonLines()
    {
        PolevResult result = await _sandbox.RunWithInputAsync(File.ReadAllBytes(ListFixtures.PathOf(ListFixtures.Eu)), "import", "--from", "eu", "-", "-", "--to", "jsonl");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(8, result.OutLines.Length);
        Assert.StartsWith("{\"type\":\"dataset\"", result.OutLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import", "--from", "un", "only-one.xml")]
    [InlineData("import", "--from", "eu", "a.xml", "b.json", "--bogus")]
    [InlineData("import", "--from", "ofac", "-", "-")]
    public async Task UsageErrors_ExitTwo(params string[] args)
        => Assert.Equal(ExitCodes.UsageOrIo, (await _sandbox.RunAsync(args)).ExitCode);

    [Fact]
    public async Task Help_TeachesWithExamples()
    {
        PolevResult result = await _sandbox.RunAsync("import", "--from", "un", "--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("--previous <dataset>", result.Out, StringComparison.Ordinal);
        Assert.Contains("polev import --from un consolidated.xml un-2026-03-06.json --previous un-2026-02-27.json", result.Out, StringComparison.Ordinal);
        Assert.Contains("un, eu, ofac", (await _sandbox.RunAsync("import", "--help")).Out, StringComparison.Ordinal);
    }
}
