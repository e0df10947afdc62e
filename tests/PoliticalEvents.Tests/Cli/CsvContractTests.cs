using System.Text;
using PoliticalEvents.Cli;
using PoliticalEvents.Csv;
using PoliticalEvents.Tests.Csv;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary>
/// The faults of issue 11 that belong to the CSV commands, as the fuzzer met them: through <c>polev</c>, with its exit
/// codes. Tables that lost a file, a column or rows are refused with an error naming the table (item 4); sheet terms
/// that overflow (item 10) or have a minus sign (item 13) are errors at their row and column; text that a spreadsheet
/// would run as a formula is guarded also past whitespace and in its full-width forms (item 16).
/// </summary>
public sealed class CsvContractTests : IDisposable
{
    private static readonly string[] Export = ["export", "--to", "csv"];
    private static readonly string[] Import = ["import", "--from", "csv"];

    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private string Table(string name) => _sandbox.PathOf(Path.Combine("tables", name));

    private List<string?[]> Rows(string table)
        => [.. CsvText.Read(File.ReadAllBytes(Table(table))).Rows.Select(static r => r.Fields.Select(static f => f.IsAbsent ? (string?)null : f.Value).ToArray())];

    private void Write(string table, IEnumerable<string?[]> rows) => File.WriteAllBytes(Table(table), CsvText.Write(rows, new CsvWriterOptions { GuardFormulas = false }));

    private async Task<PolevResult> ImportRefusedAsync(string back)
    {
        string[] before = _sandbox.Files();
        PolevResult result = await _sandbox.RunAsync([.. Import, "tables", back]);
        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(before, _sandbox.Files());
        Assert.Contains("polev: tables: not imported: the tables have", result.Error, StringComparison.Ordinal);
        return result;
    }

    [Fact]
    public async Task ConfidentialityColumnDeleted_IsRefused_NotReadAsPublic()
    {
        // Issue 11, item 4: the column deleted, every confidential record came back public, and redact --profile public published it.
        _sandbox.Write("secret.jsonl", PolevSandbox.Lines("""{"type":"person","id":"person-2","name":"Zygmunt Kowalczyk","sources":[{"title":"List"}],"confidentiality":"confidential"}"""));
        Assert.Equal(ExitCodes.Ok, (await _sandbox.RunAsync([.. Export, "secret.jsonl", "--out", "tables", "--include-confidential"])).ExitCode);
        List<string?[]> persons = Rows(CsvTables.Persons);
        int column = Array.IndexOf(persons[0], "confidentiality");
        Write(CsvTables.Persons, persons.Select(r => r.Where((_, i) => i != column).ToArray()));

        PolevResult result = await ImportRefusedAsync("back.jsonl");

        Assert.Contains("polev: tables: persons.csv, row 1, column \"confidentiality\": the column is missing", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(PolevSandbox.SecretName, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfidentialityCellBlanked_IsRefused()
    {
        _sandbox.Write("secret.jsonl", PolevSandbox.Lines("""{"type":"person","id":"person-2","name":"Zygmunt Kowalczyk","sources":[{"title":"List"}],"confidentiality":"confidential"}"""));
        await _sandbox.RunAsync([.. Export, "secret.jsonl", "--out", "tables", "--include-confidential"]);
        List<string?[]> persons = Rows(CsvTables.Persons);
        persons[2][Array.IndexOf(persons[0], "confidentiality")] = null;
        Write(CsvTables.Persons, persons);

        PolevResult result = await ImportRefusedAsync("back.jsonl");

        Assert.Contains("polev: tables: persons.csv, row 3, column \"confidentiality\": is empty, but a value is required.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChildTableDeleted_IsRefused()
    {
        // Issue 11, item 4: sources.csv deleted, the import wrote the records without their sources (43 → 24).
        await _sandbox.RunAsync([.. Export, PolevSandbox.Belarus, "--out", "tables"]);
        File.Delete(Table(CsvTables.Sources));

        PolevResult result = await ImportRefusedAsync("back.json");

        Assert.Contains("polev: tables: sources.csv: the file is missing.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CsvTables.DetentionCharges)]
    [InlineData(CsvTables.Sources)]
    [InlineData(CsvTables.Persons)]
    public async Task TableEmptiedToItsHeader_IsRefused(string table)
    {
        await _sandbox.RunAsync([.. Export, PolevSandbox.Belarus, "--out", "tables"]);
        Write(table, Rows(table).Take(1));

        PolevResult result = await ImportRefusedAsync("back.json");

        Assert.Contains($"polev: tables: {table}: the table has 0 row(s), but manifest.csv says", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TableTruncated_IsRefused()
    {
        await _sandbox.RunAsync([.. Export, PolevSandbox.Belarus, "--out", "tables"]);
        // Cut before the last cell of the last row: read as it is, that cell (a source's language) would be empty.
        byte[] bytes = File.ReadAllBytes(Table(CsvTables.Sources));
        File.WriteAllBytes(Table(CsvTables.Sources), bytes[..(Array.LastIndexOf(bytes, (byte)',') + 1)]);
        int lastRow = CsvText.Read(bytes).Rows.Count;

        PolevResult result = await ImportRefusedAsync("back.json");

        Assert.Contains($"polev: tables: sources.csv, row {lastRow}: the file ends inside this row, without the line break that ends every row of an export", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ColumnRemoved_IsRefused()
    {
        await _sandbox.RunAsync([.. Export, PolevSandbox.Belarus, "--out", "tables"]);
        List<string?[]> charges = Rows(CsvTables.DetentionCharges);
        int column = Array.IndexOf(charges[0], "part");
        Write(CsvTables.DetentionCharges, charges.Select(r => r.Where((_, i) => i != column).ToArray()));

        PolevResult result = await ImportRefusedAsync("back.json");

        Assert.Contains("polev: tables: detention_charges.csv, row 1, column \"part\": the column is missing", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TablesEditedOnPurpose_WithTheManifest_AreImported()
    {
        await _sandbox.RunAsync([.. Export, PolevSandbox.Belarus, "--out", "tables"]);
        List<string?[]> sources = Rows(CsvTables.Sources);
        sources.RemoveAt(sources.Count - 1);
        Write(CsvTables.Sources, sources);
        Write(CsvTables.Manifest, Rows(CsvTables.Manifest).Select(r => r[0] == CsvTables.Sources ? [r[0], (sources.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)] : r));

        PolevResult result = await _sandbox.RunAsync([.. Import, "tables", "back.json"]);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
    }

    private const string SheetHeader = "Name,Date of detention,Date of verdict,Sentence,Source\r\n";

    private const string Overflow = "not a term the format allows (more than zero, at most 1,000 years)";
    private const string Minus = "not a term the format allows: a term is positive, and this one has a minus sign";

    [Theory]
    [InlineData("2147483648 years", Overflow)] // issue 11, item 10: an OverflowException (exit 134)
    [InlineData("99999999999 months", Overflow)]
    [InlineData("99999999999999999999999999999999 days", Overflow)]
    [InlineData("-5 years", Minus)] // issue 11, item 13: "-5 years" became P5Y
    [InlineData("\u22125 years", Minus)]
    [InlineData("- 5 years", Minus)]
    public async Task SheetSentenceThatOverflowsOrHasAMinusSign_IsAnErrorAtItsRowAndColumn(string sentence, string problem)
    {
        _sandbox.Write("sheet.csv", SheetHeader + $"A B,2020-09-07,2021-01-10,{sentence},https://example.org/1\r\n");

        PolevResult result = await _sandbox.RunAsync([.. Import, "sheet.csv", "out.jsonl", "--country", "BY"]);

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Contains($"polev: sheet.csv: row 2, column \"Sentence\": {problem}.", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_sandbox.PathOf("out.jsonl")));
    }

    [Theory]
    [InlineData("\uFF1D1+1")]
    [InlineData("\u00A0=HYPERLINK(\"http://evil.example/\")")]
    [InlineData("\u200B@SUM(A1)")]
    [InlineData(" -2+3")]
    public async Task TextAFormulaCouldHideIn_IsGuardedInTheTables_AndComesBackAsItWas(string notes)
    {
        // Issue 11, item 16: such text went into the tables as it was.
        string json = string.Concat(notes.Select(static c => c is < ' ' or > '~' or '"' or '\\' ? $"\\u{(int)c:X4}" : c.ToString()));
        _sandbox.Write("notes.jsonl", PolevSandbox.Lines($$"""{"type":"person","id":"person-2","name":"B","sources":[{"title":"List"}],"notes":"{{json}}"}"""));

        Assert.Equal(ExitCodes.Ok, (await _sandbox.RunAsync([.. Export, "notes.jsonl", "--out", "tables"])).ExitCode);
        List<string?[]> persons = Rows(CsvTables.Persons);
        Assert.Equal("'" + notes, persons[2][Array.IndexOf(persons[0], "notes")]);

        Assert.Equal(ExitCodes.Ok, (await _sandbox.RunAsync([.. Import, "tables", "back.jsonl"])).ExitCode);
        await using FileStream back = File.OpenRead(_sandbox.PathOf("back.jsonl"));
        (PoliticalEvents.Dataset? dataset, var errors) = await PoliticalEvents.Serialization.JsonLines.ReadDatasetAsync(back);
        Assert.Empty(errors);
        Assert.Equal(notes, dataset!.Records.Single(r => r.Id.Value == "person-2").Notes);
    }
}
