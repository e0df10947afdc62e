using System.Text;
using PoliticalEvents.Cli;
using PoliticalEvents.Csv;
using PoliticalEvents.Tests.Csv;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary>
/// <c>polev export --to csv</c> and <c>polev import --from csv</c>, run as the hidden commands <c>export-csv</c> and
/// <c>import-csv</c> until export and import dispatch on their format.
/// </summary>
public sealed class CsvCommandsTests : IDisposable
{
    private static readonly string[] Export = ["export", "--to", "csv"];
    private static readonly string[] Import = ["import", "--from", "csv"];

    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private string[] TablesIn(string directory) => [.. Directory.EnumerateFiles(_sandbox.PathOf(directory)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Theory]
    [InlineData(PolevSandbox.Belarus, "belarus.json")]
    [InlineData(PolevSandbox.Tunisia, "tunisia.jsonl")]
    public async Task ExportThenImport_GivesTheExampleBackByteForByte(string example, string back)
    {
        PolevResult exported = await _sandbox.RunAsync([.. Export, example, "--out", "tables"]);
        PolevResult imported = await _sandbox.RunAsync([.. Import, "tables", back]);

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (exported.ExitCode, imported.ExitCode));
        Assert.Equal(CsvTables.All.Order(StringComparer.Ordinal), TablesIn("tables"));
        Assert.Equal(PolevSandbox.ExampleBytes(example), _sandbox.Read(back));
        Assert.Matches(@"^polev: tables: \d+ record\(s\) written to 39 table\(s\)\.\n$", exported.Error.ReplaceLineEndings("\n"));
        Assert.Empty(exported.OutBytes);
    }

    [Fact]
    public async Task Export_WritesUtf8WithBomAndCrLf_ThatTheCsvReaderReads()
    {
        await _sandbox.RunAsync([.. Export, PolevSandbox.Belarus, "--out", "tables"]);

        byte[] persons = _sandbox.Read(Path.Combine("tables", CsvTables.Persons));
        Assert.Equal([0xEF, 0xBB, 0xBF], persons[..3]);
        Assert.StartsWith("index,id,name,anonymous,gender,birthDate,deathDate,nationalities,roles,modifiedAt,notes,confidentiality\r\n", Encoding.UTF8.GetString(persons[3..]), StringComparison.Ordinal);
        (List<CsvRow> rows, Finding? error) = CsvText.Read(persons);
        Assert.Null(error);
        Assert.True(rows.Count > 1);
    }

    [Fact]
    public async Task Export_IntoANonEmptyDirectory_IsRefusedUnlessReplace_AndNeverReplacesOtherFiles()
    {
        await _sandbox.RunAsync([.. Export, PolevSandbox.Tunisia, "--out", "tables"]);
        byte[] before = _sandbox.Read(Path.Combine("tables", CsvTables.Persons));

        PolevResult refused = await _sandbox.RunAsync([.. Export, PolevSandbox.Belarus, "--out", "tables"]);
        Assert.Equal(ExitCodes.UsageOrIo, refused.ExitCode);
        Assert.Contains("tables: is not empty; use --replace", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before, _sandbox.Read(Path.Combine("tables", CsvTables.Persons)));

        PolevResult replaced = await _sandbox.RunAsync([.. Export, PolevSandbox.Belarus, "--out", "tables", "--replace"]);
        Assert.Equal(ExitCodes.Ok, replaced.ExitCode);
        Assert.NotEqual(before, _sandbox.Read(Path.Combine("tables", CsvTables.Persons)));

        _sandbox.Write(Path.Combine("tables", "my-notes.txt"), "keep me");
        PolevResult kept = await _sandbox.RunAsync([.. Export, PolevSandbox.Tunisia, "--out", "tables", "--replace"]);
        Assert.Equal(ExitCodes.UsageOrIo, kept.ExitCode);
        Assert.Contains("holds my-notes.txt, which an export does not write", kept.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", Encoding.UTF8.GetString(_sandbox.Read(Path.Combine("tables", "my-notes.txt"))));
        Assert.Equal([PolevSandbox.Belarus, "tables", PolevSandbox.Tunisia], _sandbox.Files());
    }

    [Fact]
    public async Task Export_Replace_KeepsTheDirectorysPermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await _sandbox.RunAsync([.. Export, PolevSandbox.Tunisia, "--out", "tables"]);
        File.SetUnixFileMode(_sandbox.PathOf("tables"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        PolevResult result = await _sandbox.RunAsync([.. Export, PolevSandbox.Belarus, "--out", "tables", "--replace"]);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_sandbox.PathOf("tables")));
    }

    [Fact]
    public async Task Export_IntoAnEmptyDirectory_Works()
    {
        Directory.CreateDirectory(_sandbox.PathOf("empty"));

        PolevResult result = await _sandbox.RunAsync([.. Export, PolevSandbox.Tunisia, "--out", "empty"]);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(CsvTables.All.Count, TablesIn("empty").Length);
    }

    [Fact]
    public async Task Export_OfInvalidInput_WritesNothing_AndLeavesNothingBehind()
    {
        _sandbox.Write("bad.jsonl", PolevSandbox.Lines(PolevSandbox.BadDateLine));
        string[] before = _sandbox.Files();

        PolevResult result = await _sandbox.RunAsync([.. Export, "bad.jsonl", "--out", "tables"]);

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(before, _sandbox.Files());
        Assert.Contains("not exported: the input has 1 error(s)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(PolevSandbox.SecretName, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithForce_WritesWhatCouldBeRead_AndExitsWithOne()
    {
        _sandbox.Write("bad.jsonl", PolevSandbox.Lines("""{"type":"person","id":"person-2","name":"B","birthDate":"2021-02-30"}"""));

        PolevResult result = await _sandbox.RunAsync([.. Export, "bad.jsonl", "--out", "tables", "--force"]);

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(3, CsvText.Read(_sandbox.Read(Path.Combine("tables", CsvTables.Persons))).Rows.Count);
    }

    [Fact]
    public async Task Export_OfRestrictedRecords_SaysSo()
    {
        _sandbox.Write("restricted.jsonl", PolevSandbox.Lines("""{"type":"person","id":"person-2","name":"B","sources":[{"title":"List"}],"confidentiality":"restricted"}"""));

        PolevResult result = await _sandbox.RunAsync([.. Export, "restricted.jsonl", "--out", "tables"]);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("note: 1 restricted and 0 confidential record(s) are in the tables", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_OfConfidentialRecords_IsRefusedUnlessAskedFor_AndWritesNothing()
    {
        _sandbox.Write("secret.jsonl", PolevSandbox.Lines("""{"type":"person","id":"person-2","name":"Zygmunt Kowalczyk","sources":[{"title":"List"}],"confidentiality":"confidential"}"""));
        string[] before = _sandbox.Files();

        PolevResult refused = await _sandbox.RunAsync([.. Export, "secret.jsonl", "--out", "tables"]);

        Assert.Equal(ExitCodes.InvalidData, refused.ExitCode);
        Assert.Equal(before, _sandbox.Files());
        Assert.Contains("not exported: 1 confidential record(s). Remove them with polev redact first, or say --include-confidential", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(PolevSandbox.SecretName, refused.Error, StringComparison.Ordinal);

        PolevResult asked = await _sandbox.RunAsync([.. Export, "secret.jsonl", "--out", "tables", "--include-confidential"]);
        PolevResult back = await _sandbox.RunAsync([.. Import, "tables", "back.jsonl"]);

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (asked.ExitCode, back.ExitCode));
        Assert.Contains("note: 0 restricted and 1 confidential record(s) are in the tables", asked.Error, StringComparison.Ordinal);
        Assert.Equal(_sandbox.Read("secret.jsonl"), _sandbox.Read("back.jsonl"));
    }

    [Fact]
    public async Task ImportSheet_WithAnErrorInTheLastRow_LeavesAnExistingOutputAsItWas()
    {
        var sheet = new StringBuilder("Name,Date of detention\r\n");
        for (int i = 0; i < 3000; i++)
        {
            sheet.Append("Person ").Append(i).Append(",2020-05-01\r\n");
        }

        _sandbox.Write("list.csv", sheet.Append("Last,31.04.2020\r\n").ToString());
        _sandbox.Write("list.jsonl", "previous import\n");
        string[] before = _sandbox.Files();

        PolevResult toFile = await _sandbox.RunAsync([.. Import, "list.csv", "list.jsonl", "--country", "BY"]);
        PolevResult toOut = await _sandbox.RunAsync([.. Import, "list.csv", "-", "--to", "jsonl", "--country", "BY"]);

        Assert.Equal((ExitCodes.InvalidData, ExitCodes.InvalidData), (toFile.ExitCode, toOut.ExitCode));
        Assert.Equal(before, _sandbox.Files());
        Assert.Equal("previous import\n", Encoding.UTF8.GetString(_sandbox.Read("list.jsonl")));
        Assert.Empty(toOut.OutBytes);
        Assert.EndsWith("not imported: 1 error(s), 1 of 3001 row(s) with errors; nothing written.\n", toFile.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { PolevSandbox.Belarus }, "needs --out <dir>")]
    [InlineData(new[] { "--out", "x" }, "export needs one input")]
    [InlineData(new[] { PolevSandbox.Belarus, "--out", PolevSandbox.Tunisia }, "is a file")]
    [InlineData(new[] { PolevSandbox.Belarus, "--out", "no/such/dir" }, "does not exist")]
    public async Task Export_UsageErrors(string[] args, string message)
    {
        PolevResult result = await _sandbox.RunAsync([.. Export, .. args]);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportSheet_WritesAValidDataset_AndSaysWhatItImported()
    {
        _sandbox.Write("list.csv", File.ReadAllBytes(PrisonerSheetImporterTests.Fixture("prisoners-en.csv")));

        PolevResult result = await _sandbox.RunAsync([.. Import, "list.csv", "list.jsonl", "--country", "BY"]);
        PolevResult check = await _sandbox.RunAsync("validate", "list.jsonl");

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (result.ExitCode, check.ExitCode));
        Assert.Equal(File.ReadAllBytes(PrisonerSheetImporterTests.Fixture("prisoners-en.expected.jsonl")), _sandbox.Read("list.jsonl"));
        Assert.Equal(
            "polev: list.csv: warning: row 7, column \"Source\": The record has no sources.\n" +
            "polev: list.jsonl: 7 row(s) imported: 7 person(s), 6 detention(s), 3 release(s).\n",
            result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task ImportSheet_WithErrors_ListsThemAll_AndWritesNothing()
    {
        _sandbox.Write("list.csv", File.ReadAllBytes(PrisonerSheetImporterTests.Fixture("prisoners-errors.csv")));
        string[] before = _sandbox.Files();

        PolevResult result = await _sandbox.RunAsync([.. Import, "list.csv", "list.json", "--country", "BY"]);

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(before, _sandbox.Files());
        string[] lines = result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(12, lines.Length);
        Assert.Equal("polev: list.csv: row 2, column \"Date of birth\": not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, DD.MM.YYYY, MM.YYYY or a month name as in \"7 September 2020\").", lines[1]);
        Assert.Equal("polev: list.csv: not imported: 11 error(s), 10 of 11 row(s) with errors; nothing written.", lines[^1]);
        Assert.DoesNotContain(PolevSandbox.SecretName, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Kowalczyk", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportSheet_ToStandardOutput_WithColumnsMapped()
    {
        _sandbox.Write("list.csv", "Name,Place,Sentence\r\nA,Changchun,2019-12-07\r\n");

        PolevResult result = await _sandbox.RunAsync([.. Import, "list.csv", "-", "--to", "jsonl", "--column", "Place=ignore", "--column", "Sentence=releaseDate",
            "--source", "https://example.org/list", "--id-prefix", "cn", "--title", "Test"]);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(
            """
            {"type":"dataset","formatVersion":"1.1","title":"Test"}
            {"type":"person","id":"cn-row2-person","name":"A","sources":[{"url":"https://example.org/list"}]}
            {"type":"release","id":"cn-row2-release","releasedOn":"2019-12-07","kind":"unknown","detainees":[{"subjectId":"cn-row2-person"}],"sources":[{"url":"https://example.org/list"}]}

            """.ReplaceLineEndings("\n"),
            result.Out);
    }

    [Fact]
    public async Task ImportSheet_WithAMappingFile()
    {
        _sandbox.Write("list.csv", "Person,Arrested\r\nA,2020\r\n");
        _sandbox.Write("mapping.json", """{"columns": {"Person": "name", "Arrested": "detentionDate"}, "country": "TN", "status": "ongoing", "designatedBy": "Amnesty International"}""");

        PolevResult result = await _sandbox.RunAsync([.. Import, "list.csv", "-", "--to", "jsonl", "--mapping", "mapping.json", "--source", "List"]);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("""{"type":"detention","id":"sheet-row2-detention","subjectId":"sheet-row2-person","country":"TN","startedOn":"2020","status":"ongoing","designations":[{"by":"Amnesty International","status":"politicalPrisoner"}],"sources":[{"title":"List"}]}""", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "list.csv", "out.json", "--column", "Name=nom" }, "Unknown column role 'nom'")]
    [InlineData(new[] { "list.csv", "out.json", "--column", "Name" }, "--column needs \"<header>=<role>\"")]
    [InlineData(new[] { "list.csv", "out.json", "--country", "Belarus" }, "--country needs an ISO 3166-1 alpha-2 code")]
    [InlineData(new[] { "list.csv", "out.json", "--status", "held" }, "--status must be one of")]
    [InlineData(new[] { "list.csv", "out.json", "--id-prefix", "-x" }, "--id-prefix must be")]
    [InlineData(new[] { "list.csv", "out.txt" }, "cannot tell the format from the extension")]
    [InlineData(new[] { "list.csv", "-" }, "needs --to json|jsonl")]
    [InlineData(new[] { "missing.csv", "out.json" }, "missing.csv: no such file.")]
    [InlineData(new[] { "list.csv", "out.json", "--mapping", "list.csv" }, "the mapping file is not well-formed JSON")]
    [InlineData(new[] { "list.csv" }, "import needs an input")]
    public async Task Import_UsageErrors(string[] args, string message)
    {
        _sandbox.Write("list.csv", "Name\r\nA\r\n");

        PolevResult result = await _sandbox.RunAsync([.. Import, .. args]);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportTables_WithAnError_WritesNothing()
    {
        await _sandbox.RunAsync([.. Export, PolevSandbox.Tunisia, "--out", "tables"]);
        string detentions = Path.Combine("tables", CsvTables.Detentions);
        _sandbox.Write(detentions, Encoding.UTF8.GetString(_sandbox.Read(detentions)).Replace("2023-10-03", "3 Oct 2023", StringComparison.Ordinal));

        PolevResult result = await _sandbox.RunAsync([.. Import, "tables", "back.jsonl"]);

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.False(File.Exists(_sandbox.PathOf("back.jsonl")));
        Assert.Contains("polev: tables: detentions.csv, row 2, column \"startedOn\": not a partial date", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportTables_WithoutMetadata_CannotBecomeADocument_ButJsonLines()
    {
        await _sandbox.RunAsync([.. Export, PolevSandbox.Tunisia, "--out", "tables"]);
        // The metadata row deleted on purpose, and the manifest told (a deleted dataset.csv is an error: table.fileMissing).
        string dataset = _sandbox.PathOf(Path.Combine("tables", CsvTables.Dataset));
        File.WriteAllBytes(dataset, File.ReadAllBytes(dataset)[..(Array.IndexOf(File.ReadAllBytes(dataset), (byte)'\n') + 1)]);
        string manifest = _sandbox.PathOf(Path.Combine("tables", CsvTables.Manifest));
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("dataset.csv,1\r\n", "dataset.csv,0\r\n", StringComparison.Ordinal));

        PolevResult document = await _sandbox.RunAsync([.. Import, "tables", "back.json"]);
        PolevResult lines = await _sandbox.RunAsync([.. Import, "tables", "back.jsonl"]);

        Assert.Equal((ExitCodes.InvalidData, ExitCodes.Ok), (document.ExitCode, lines.ExitCode));
        Assert.Contains("a dataset document needs a title", document.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\"type\":\"dataset\"", Encoding.UTF8.GetString(_sandbox.Read("back.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportTables_RefusesSheetOptions()
    {
        await _sandbox.RunAsync([.. Export, PolevSandbox.Tunisia, "--out", "tables"]);

        PolevResult result = await _sandbox.RunAsync([.. Import, "tables", "back.json", "--country", "BY"]);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("--country is for a sheet", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export", "--to", "\nUsage:\n  polev export <in> [options]\n", "--replace")]
    [InlineData("import", "--from", "\nUsage:\n  polev import <in> <out> [options]\n", "--column")]
    public async Task Help_IsTheFormatsOwn(string command, string format, string usage, string option)
    {
        PolevResult result = await _sandbox.RunAsync(command, format, "csv", "--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(usage, result.Out, StringComparison.Ordinal);
        Assert.Contains($"\n  {option} ", result.Out, StringComparison.Ordinal);
        Assert.Contains((command == "export" ? CsvCommands.ExportDetails : CsvCommands.ImportDetails).TrimEnd('\n'), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_GroupsWarningsThatDifferOnlyByRow()
    {
        Finding Warning(int row) => new() { Row = row, ColumnName = "Source", Code = "record.noSources", Message = "The record has no sources.", Severity = Severity.Warning };

        Assert.Equal(
            ["warning: rows 2-4, 7, 9-10 (6 rows), column \"Source\": The record has no sources."],
            CsvCommands.Summarize([Warning(2), Warning(3), Warning(4), Warning(4), Warning(7), Warning(9), Warning(10)]));
    }
}

// The public spelling of the CSV commands: polev export --to csv and polev import --from csv.
public sealed partial class CsvPublicCommandTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task ExportToCsv_ThenImportFromCsv_GivesTheExampleBack()
    {
        PolevResult exported = await _sandbox.RunAsync("export", "--to", "csv", PolevSandbox.Belarus, "--out", "tables");
        PolevResult imported = await _sandbox.RunAsync("import", "--from", "csv", "tables", "back.json");

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (exported.ExitCode, imported.ExitCode));
        Assert.Equal(PolevSandbox.ExampleBytes(PolevSandbox.Belarus), _sandbox.Read("back.json"));
    }

    [Fact]
    public async Task ExportToCsvHelp_ShowsTheCsvOptions()
    {
        PolevResult help = await _sandbox.RunAsync("export", "--to", "csv", "--help");

        Assert.Equal(ExitCodes.Ok, help.ExitCode);
        Assert.Contains("--out", help.Out, StringComparison.Ordinal);
    }
}
