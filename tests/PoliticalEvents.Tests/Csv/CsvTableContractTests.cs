using System.Text;
using CsCheck;
using PoliticalEvents.Csv;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Csv;

/// <summary>
/// The tables are a contract (issue 11, item 4): a table, column or row lost on the way is an error naming the table,
/// never a smaller dataset, and a record whose confidentiality cannot be read never comes back public.
/// </summary>
public sealed class CsvTableContractTests
{
    public enum Mutation
    {
        DeleteTable,
        DeleteColumn,
        Truncate,
        KeepOnlyTheHeader,
        DeleteRow,
        BlankConfidentiality,
    }

    private static readonly string[] RecordTables =
        [CsvTables.Persons, CsvTables.Organizations, CsvTables.Detentions, CsvTables.Releases, CsvTables.SanctionMeasures, CsvTables.Links, CsvTables.Facilities,
        CsvTables.MassDetentions];

    [Fact]
    public void AnyOneMutation_IsAnErrorNamingTheTable_OrGivesTheSameDataset()
    {
        int kinds = Enum.GetValues<Mutation>().Length;
        int[] applied = new int[kinds], refused = new int[kinds], same = new int[kinds];
        Gen.Select(RecordGenerators.Dataset, Gen.Enum<Mutation>(), Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Sample(
            (dataset, mutation, pick, position) =>
            {
                (CsvTablesInMemory tables, _) = CsvTablesInMemory.Export(dataset);
                Dictionary<string, byte[]> before = new(tables.Files);
                if (Mutate(tables, mutation, pick, position) is not { } table)
                {
                    return; // not applicable: no record to blank the confidentiality of
                }

                bool changed = !tables.Files.TryGetValue(table, out byte[]? after) || !after.AsSpan().SequenceEqual(before[table]);
                if (changed)
                {
                    Interlocked.Increment(ref applied[(int)mutation]);
                }

                CsvImportResult result = tables.Import();
                if (!result.Succeeded)
                {
                    Interlocked.Increment(ref refused[(int)mutation]);
                    Assert.Contains(result.Findings, f => f.Severity == Severity.Error && (f.Table == table || f.Message.Contains(table, StringComparison.Ordinal)));
                    Assert.Null(result.Dataset);
                    Assert.Empty(result.Records);
                    return;
                }

                Interlocked.Increment(ref same[(int)mutation]);
                Dataset expected = CsvTableRoundTripTests.WithoutWhatIsLost(dataset);
                Assert.NotNull(result.Dataset);

                // Above all: never a confidential or restricted record read back as public.
                Assert.Equal(expected.Records.Select(r => (r.Id, r.Confidentiality)), result.Records.Select(r => (r.Id, r.Confidentiality)));
                Assert.Equal(expected, result.Dataset);

                // Only a cut between the CR and the LF of the last line leaves what was there, and, in tables of 1.0 data,
                // deleting a column or a table that format 1.1 added (all of its cells are empty, it has no rows):
                // every other change is refused.
                bool format11ColumnOf10Data = mutation == Mutation.DeleteColumn && dataset.FormatVersion == "1.0"
                    && CsvTables.AddedInFormat11(table, CsvTables.Columns(table)[position % CsvTables.Columns(table).Count]);
                bool format11TableOf10Data = mutation == Mutation.DeleteTable && dataset.FormatVersion == "1.0" && CsvTables.AddedInFormat11(table);
                Assert.True(!changed || mutation == Mutation.Truncate || format11ColumnOf10Data || format11TableOf10Data, $"{mutation} of {table} changed the table and was accepted");
            },
            // With 37 tables, most of them often empty, a mutation that picks a table changes one less often than with 19.
            iter: 900,
            print: sample => $"{sample.Item2} ({sample.Item3}, {sample.Item4}) of {PoliticalEventsJson.ToJson(sample.Item1)}");

        // Not vacuous: every mutation changed a table many times, and (but for the rare cut between CR and LF) was refused.
        for (int i = 0; i < kinds; i++)
        {
            Assert.True(applied[i] >= 50, $"{(Mutation)i}: changed a table {applied[i]} times");
            Assert.True(refused[i] >= applied[i] * 9 / 10, $"{(Mutation)i}: changed a table {applied[i]} times, refused {refused[i]}, same dataset {same[i]}");
        }
    }

    /// <summary>Applies one mutation; returns the table it changed, or null when it does not apply.</summary>
    private static string? Mutate(CsvTablesInMemory tables, Mutation mutation, int pick, int position)
    {
        string table = CsvTables.All[pick % CsvTables.All.Count];
        switch (mutation)
        {
            case Mutation.DeleteTable:
                tables.Files.Remove(table);
                return table;
            case Mutation.DeleteColumn:
                IReadOnlyList<string> columns = CsvTables.Columns(table);
                tables.DeleteColumn(table, columns[position % columns.Count]);
                return table;
            case Mutation.Truncate:
                byte[] bytes = tables.Files[table];
                tables.Files[table] = bytes[..(position % bytes.Length)];
                return table;
            case Mutation.KeepOnlyTheHeader:
                tables.Write(table, tables.Rows(table).Take(1));
                return table;
            case Mutation.DeleteRow:
                // A table with rows: the manifest always has some.
                string[] withRows = [.. CsvTables.All.Where(t => tables.Rows(t).Count > 1)];
                table = withRows[pick % withRows.Length];
                List<string?[]> rows = tables.Rows(table);
                rows.RemoveAt(1 + (position % (rows.Count - 1)));
                tables.Write(table, rows);
                return table;
            case Mutation.BlankConfidentiality:
                string[] records = [.. RecordTables.Where(t => tables.Rows(t).Count > 1)];
                if (records.Length == 0)
                {
                    return null;
                }

                table = records[pick % records.Length];
                List<string?[]> recordRows = tables.Rows(table);
                recordRows[1 + (position % (recordRows.Count - 1))][Array.IndexOf(recordRows[0], "confidentiality")] = null;
                tables.Write(table, recordRows);
                return table;
            default:
                throw new ArgumentOutOfRangeException(nameof(mutation));
        }
    }

    private static async Task<CsvTablesInMemory> BelarusTablesAsync()
        => CsvTablesInMemory.Export(await CsvTableRoundTripTests.ReadExampleAsync("belarus-2025.json")).Tables;

    [Theory]
    [InlineData(CsvTables.Sources)]
    [InlineData(CsvTables.ActorNames)]
    [InlineData(CsvTables.Dataset)]
    [InlineData(CsvTables.Persons)]
    public async Task DeletedTable_IsAnErrorNamingIt(string table)
    {
        CsvTablesInMemory tables = await BelarusTablesAsync();
        tables.Files.Remove(table);

        CsvImportResult result = tables.Import();

        Finding finding = Assert.Single(result.Findings, f => f.Table == table);
        Assert.Equal((CsvCodes.TableMissing, null, null), (finding.Code, finding.Row, finding.ColumnName));
        Assert.StartsWith($"{table}: the file is missing.", finding.ToString(), StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task DeletedManifest_IsAnErrorThatSaysHowToWriteOne()
    {
        CsvTablesInMemory tables = await BelarusTablesAsync();
        tables.Files.Remove(CsvTables.Manifest);

        Finding finding = Assert.Single(tables.Import().Findings);
        Assert.Equal((CsvTables.Manifest, CsvCodes.TableMissing), (finding.Table, finding.Code));
        Assert.Contains("write manifest.csv (columns table and rows, a row for each table with its number of rows)", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CsvTables.Sources)]
    [InlineData(CsvTables.Persons)]
    [InlineData(CsvTables.Dataset)]
    public async Task TableEmptiedToItsHeader_IsARowCountError(string table)
    {
        CsvTablesInMemory tables = await BelarusTablesAsync();
        int rows = tables.Rows(table).Count - 1;
        tables.Write(table, tables.Rows(table).Take(1));

        CsvImportResult result = tables.Import();

        Finding finding = Assert.Single(result.Findings, f => f.Code == CsvCodes.RowCount);
        Assert.Equal(
            $"{table}: the table has 0 row(s), but manifest.csv says {rows}: rows were lost or added. If the table was edited on purpose, write its number of rows in manifest.csv (rows without any value do not count).",
            finding.ToString());
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task TableCutAtARowBoundary_IsARowCountError()
    {
        CsvTablesInMemory tables = await BelarusTablesAsync();
        string text = tables.Text(CsvTables.Sources);
        int cut = text.LastIndexOf("\r\n", text.Length - 3, StringComparison.Ordinal) + 2;
        tables.Replace(CsvTables.Sources, text[..cut]);

        Finding finding = Assert.Single(tables.Import().Findings);
        Assert.Equal((CsvTables.Sources, CsvCodes.RowCount), (finding.Table, finding.Code));
    }

    [Fact]
    public async Task TableCutInsideItsLastCell_IsTruncated()
    {
        // The last cell of a charge is its description, free text: cut short, it would still be text.
        CsvTablesInMemory tables = await BelarusTablesAsync();
        string text = tables.Text(CsvTables.DetentionCharges);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        List<string?[]> rows = tables.Rows(CsvTables.DetentionCharges);
        rows[^1][^1] = "participation in mass riots";
        tables.Write(CsvTables.DetentionCharges, rows);
        tables.Replace(CsvTables.DetentionCharges, tables.Text(CsvTables.DetentionCharges)[..^"ss riots\r\n".Length]);

        CsvImportResult result = tables.Import();

        Finding finding = Assert.Single(result.Findings);
        Assert.Equal((CsvTables.DetentionCharges, rows.Count, null, CsvCodes.Truncated), (finding.Table, finding.Row, finding.ColumnName, finding.Code));
        Assert.Equal(
            "the file ends inside this row, without the line break that ends every row of an export: it may have been cut short. If a program saved the file without a line break at its end, add one.",
            finding.Message);
    }

    [Fact]
    public async Task RowWithFewerFieldsThanTheHeader_IsAnError()
    {
        CsvTablesInMemory tables = await BelarusTablesAsync();
        List<string?[]> rows = tables.Rows(CsvTables.DetentionPlacements);
        rows[1] = rows[1][..^2];
        tables.Write(CsvTables.DetentionPlacements, rows);

        Finding finding = Assert.Single(tables.Import().Findings);
        Assert.Equal((CsvTables.DetentionPlacements, 2, CsvCodes.RowTooShort), (finding.Table, finding.Row, finding.Code));
        Assert.Equal("the row has 6 fields, the header 8: it may have been cut short (a row of the tables has a field for every column, empty or not).", finding.Message);
    }

    [Theory]
    [InlineData(null, CsvCodes.Missing)]
    [InlineData("", CsvCodes.Value)]
    [InlineData("secret", CsvCodes.Value)]
    [InlineData("Public", CsvCodes.Value)]
    public async Task UnreadableConfidentiality_IsAnError_NeverPublic(string? cell, string code)
    {
        CsvTablesInMemory tables = await BelarusTablesAsync();
        List<string?[]> rows = tables.Rows(CsvTables.Detentions);
        rows[2][Array.IndexOf(rows[0], "confidentiality")] = cell;
        tables.Write(CsvTables.Detentions, rows);

        CsvImportResult result = tables.Import();

        Finding finding = Assert.Single(result.Findings);
        Assert.Equal((CsvTables.Detentions, 3, "confidentiality", code), (finding.Table, finding.Row, finding.ColumnName, finding.Code));
        Assert.Empty(result.Records);
    }

    [Fact]
    public async Task EditsMadeOnPurpose_WithTheManifestUpdated_AreRead()
    {
        // A person deletes the last charge of a detention, and says so in the manifest.
        CsvTablesInMemory tables = await BelarusTablesAsync();
        Dataset original = (await CsvTableRoundTripTests.ReadExampleAsync("belarus-2025.json"));
        List<string?[]> rows = tables.Rows(CsvTables.DetentionCharges);
        string?[] removed = rows[^1];
        rows.RemoveAt(rows.Count - 1);
        tables.Write(CsvTables.DetentionCharges, rows);
        Assert.Equal(CsvCodes.RowCount, Assert.Single(tables.Import().Findings).Code);

        tables.Recount(CsvTables.DetentionCharges);
        CsvImportResult result = tables.Import();

        Assert.Empty(result.Findings);
        var detention = (PoliticalEvents.Detention)result.Records.Single(r => r.Id.Value == removed[0]);
        var before = (PoliticalEvents.Detention)original.Records.Single(r => r.Id.Value == removed[0]);
        Assert.Equal(before.Charges.Take(before.Charges.Count - 1), detention.Charges);
    }

    [Theory]
    [InlineData("persons.csv", "x", 3, "rows", CsvCodes.Value)]
    [InlineData("persons.csv", null, 3, "rows", CsvCodes.Missing)]
    [InlineData("persons.csv", "-3", 3, "rows", CsvCodes.Value)]
    [InlineData("persons.csv", "99999999999", 3, "rows", CsvCodes.Value)]
    [InlineData("people.csv", "3", 3, "table", CsvCodes.Value)]
    [InlineData("links.csv", "3", 8, "table", CsvCodes.Value)] // links.csv twice: the second row is the error, and neither count is used
    public async Task ManifestRowThatCannotBeRead_IsAnErrorAtItsCell(string table, string? rows, int row, string column, string code)
    {
        CsvTablesInMemory tables = await BelarusTablesAsync();
        tables.Write(CsvTables.Manifest, tables.Rows(CsvTables.Manifest).Select(r => r[0] == CsvTables.Persons ? [table, rows] : r));

        CsvImportResult result = tables.Import();

        // The persons' row is row 3 of the manifest; with it unreadable, the manifest may also say it has no row for persons.csv.
        Assert.Contains(result.Findings, f => (f.Table, f.Row, f.ColumnName, f.Code) == (CsvTables.Manifest, row, column, code));
        Assert.All(result.Findings, f => Assert.Equal(CsvTables.Manifest, f.Table));
        Assert.All(result.Findings, f => Assert.DoesNotContain(table == CsvTables.Persons ? rows ?? "\u0000" : "people", f.Message, StringComparison.Ordinal));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task ManifestWithoutARowForATable_IsAnError()
    {
        CsvTablesInMemory tables = await BelarusTablesAsync();
        tables.Write(CsvTables.Manifest, tables.Rows(CsvTables.Manifest).Where(r => r[0] != CsvTables.Links));

        Finding finding = Assert.Single(tables.Import().Findings);
        Assert.Equal("manifest.csv, column \"table\": has no row for links.csv; it needs one for every table, with the table's number of rows.", finding.ToString());
    }

    [Fact]
    public void UnknownColumnHeader_IsNeverShown_OnlyItsPosition()
    {
        // A header row's text that is not a column of the format may be a record's cell (a lost header row, a pasted
        // cell), short or long: "Kowalczyk" is as personal as a sentence about him.
        Dataset dataset = RecordGenerators.Dataset.Single();
        (CsvTablesInMemory tables, _) = CsvTablesInMemory.Export(dataset);
        List<string?[]> rows = tables.Rows(CsvTables.Links);
        int position = rows[0].Length + 1;
        foreach (string secret in new[] { "Kowalczyk", "Zygmunt Kowalczyk, born 1970 in Hrodna, detained 2020-09-07" })
        {
            string?[] header = [.. rows[0], secret];
            tables.Write(CsvTables.Links, rows.Select((r, i) => i == 0 ? header : [.. r, null]));
            IReadOnlyList<Finding> findings = tables.Import().Findings;
            Finding finding = Assert.Single(findings, f => f.Code == CsvCodes.Header);
            Assert.Null(finding.ColumnName);
            Assert.Contains($"header field {position} is not a column of {CsvTables.Links}", finding.Message, StringComparison.Ordinal);
            Assert.All(findings, f => Assert.DoesNotContain("Kowalczyk", f.ToString(), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Exporter_WritesTheManifestOnce_AndNothingAfterIt()
    {
        Dataset dataset = RecordGenerators.Dataset.Single();
        var tables = new CsvTablesInMemory();
        using var exporter = new CsvExporter(tables.Create);
        foreach (Record record in dataset.Records)
        {
            exporter.Write(record);
        }

        CsvExportReport first = exporter.Complete();
        CsvExportReport second = exporter.Complete();

        Assert.Equal(first.Rows, second.Rows);
        Assert.Throws<InvalidOperationException>(() => exporter.Write(dataset.Records[0]));
        Assert.Throws<InvalidOperationException>(() => exporter.WriteMetadata(dataset));
        exporter.Dispose();
        tables.Collect();
        Assert.Equal(CsvTables.All.Count, tables.Rows(CsvTables.Manifest).Count);
        Assert.Equal(dataset.Records.Count, tables.Import().Records.Count);
    }

    [Fact]
    public void CsvRow_SaysWhetherALineBreakEndedIt()
    {
        (List<CsvRow> rows, _) = CsvText.Read("a,b\r\nc,d\ne,f\rg,\"h\r\n\"");
        Assert.Equal([true, true, true, false], rows.Select(r => r.EndsWithLineBreak));
        Assert.True(CsvText.Read(Encoding.UTF8.GetBytes("a\r\n")).Rows.Single().EndsWithLineBreak);
    }
}
