using CsCheck;
using PoliticalEvents.Csv;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Tests.Serialization;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Csv;

/// <summary>Export to tables and import back gives the dataset again; what cannot come back is exactly what the report lists.</summary>
public sealed class CsvTableRoundTripTests
{
    // What the flat form cannot carry: a sanction programme with neither code nor name.
    internal static Dataset WithoutWhatIsLost(Dataset dataset) => dataset with
    {
        Records = [.. dataset.Records.Select(static r => r is SanctionMeasure { Program: { Code: null, Name: null } } m ? m with { Program = null } : r)],
    };

    private static int EmptyPrograms(Dataset dataset) => dataset.Records.OfType<SanctionMeasure>().Count(static m => m.Program is { Code: null, Name: null });

    [Fact]
    public void ExportThenImport_GivesTheDatasetBack_ExceptExactlyTheReportedLosses()
    {
        RecordGenerators.Dataset.Sample(
            dataset =>
            {
                (CsvTablesInMemory tables, CsvExportReport report) = CsvTablesInMemory.Export(dataset);
                CsvImportResult imported = tables.Import();

                Assert.Empty(imported.Findings);
                Dataset expected = WithoutWhatIsLost(dataset);
                Assert.Equal(expected, imported.Dataset);
                Assert.Equal(PoliticalEventsJson.ToJson(expected), PoliticalEventsJson.ToJson(imported.Dataset!));
                Assert.Equal(EmptyPrograms(dataset), report.Findings.Count);
                Assert.All(report.Findings, loss => Assert.Equal("/program", loss.Path));
                Assert.Equal(dataset.Records.Count, report.Records);
            },
            iter: 300,
            print: d => PoliticalEventsJson.ToJson(d));
    }

    [Fact]
    public void EveryTable_IsWritten_WithItsHeader_EvenWhenEmpty()
    {
        Dataset dataset = new() { FormatVersion = "1.0", Title = "Empty", Records = [] };
        (CsvTablesInMemory tables, CsvExportReport report) = CsvTablesInMemory.Export(dataset);

        Assert.Equal(CsvTables.All.Order(StringComparer.Ordinal), tables.Files.Keys.Order(StringComparer.Ordinal));
        foreach (string table in CsvTables.All)
        {
            Assert.StartsWith(string.Join(",", CsvTables.Columns(table)) + "\r\n", tables.Text(table), StringComparison.Ordinal);
        }

        Assert.Equal(1, report.Rows.Single(r => r.Key == CsvTables.Dataset).Value);
        Assert.All(report.Rows.Where(r => r.Key is not (CsvTables.Dataset or CsvTables.Manifest)), r => Assert.Equal(0, r.Value));

        // The manifest counts the rows of every other table.
        Assert.Equal(CsvTables.All.Count - 1, report.Rows.Single(r => r.Key == CsvTables.Manifest).Value);
        Assert.Equal(
            string.Concat(CsvTables.All.Where(t => t != CsvTables.Manifest).Select(t => $"{t},{(t == CsvTables.Dataset ? 1 : 0)}\r\n")),
            tables.Text(CsvTables.Manifest)[(tables.Text(CsvTables.Manifest).IndexOf('\n', StringComparison.Ordinal) + 1)..]);
    }

    [Theory]
    [InlineData("belarus-2025.json")]
    [InlineData("tunisia-moussi-2025.jsonl")]
    public async Task Examples_ExportAndImport_GiveTheSameCanonicalJson(string example)
    {
        Dataset dataset = await ReadExampleAsync(example);
        (CsvTablesInMemory tables, CsvExportReport report) = CsvTablesInMemory.Export(dataset);
        CsvImportResult imported = tables.Import();

        Assert.Empty(report.Findings);
        Assert.Empty(imported.Findings);
        Assert.Equal(PoliticalEventsJson.ToJson(dataset), PoliticalEventsJson.ToJson(imported.Dataset!));
        Assert.DoesNotContain(DatasetValidator.Validate(imported.Dataset!).Findings, e => e.Severity == Severity.Error);
    }

    internal static async Task<Dataset> ReadExampleAsync(string example)
    {
        await using FileStream stream = File.OpenRead(TestFiles.Example(example));
        if (example.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            (Dataset? dataset, IReadOnlyList<Finding> errors) = await JsonLines.ReadDatasetAsync(stream);
            Assert.Empty(errors);
            return dataset!;
        }

        return (await PoliticalEventsJson.ReadDatasetAsync(stream)).GetValueOrThrow();
    }

    [Fact]
    public void RecordsInAnyTableOrder_ComeBackInDatasetOrder_AndChildRowsInListOrder()
    {
        RecordGenerators.Dataset.Sample(
            dataset =>
            {
                (CsvTablesInMemory tables, _) = CsvTablesInMemory.Export(dataset);
                foreach (string table in CsvTables.All)
                {
                    (List<CsvRow> rows, _) = CsvText.Read(tables.Files[table]);
                    IEnumerable<string?[]> reversed = rows.Take(1).Concat(rows.Skip(1).Reverse())
                        .Select(row => row.Fields.Select(f => f.IsAbsent ? null : f.Value).ToArray());
                    tables.Files[table] = CsvText.Write(reversed, new CsvWriterOptions { GuardFormulas = false });
                }

                Assert.Equal(WithoutWhatIsLost(dataset), tables.Import().Dataset);
            },
            iter: 100,
            print: d => PoliticalEventsJson.ToJson(d));
    }

    [Fact]
    public void JsonLinesWithoutHeader_ExportsNoMetadata_AndImportsAsRecordsOnly()
    {
        Dataset dataset = RecordGenerators.Dataset.Single();
        var tables = new CsvTablesInMemory();
        CsvExportReport report;
        using (var exporter = new CsvExporter(tables.Create))
        {
            foreach (Record record in dataset.Records)
            {
                exporter.Write(record);
            }

            report = exporter.Complete();
        }

        tables.Collect();
        CsvImportResult imported = tables.Import();

        Assert.False(report.HasMetadata);
        Assert.Null(imported.Dataset);
        Assert.Equal(WithoutWhatIsLost(dataset).Records, imported.Records);
    }
}
