using PoliticalEvents.Csv;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Csv;

/// <summary>Tables that do not read back: every problem named by table, row and column, and no record returned.</summary>
public sealed class CsvImporterErrorTests
{
    private static async Task<CsvTablesInMemory> BelarusTablesAsync()
    {
        Dataset dataset = await CsvTableRoundTripTests.ReadExampleAsync("belarus-2025.json");
        return CsvTablesInMemory.Export(dataset).Tables;
    }

    private static CsvImportResult ImportWith(CsvTablesInMemory tables, string table, Func<string, string> edit)
    {
        tables.Replace(table, edit(tables.Text(table)));
        return tables.Import();
    }

    // An edit made on purpose: the table's number of rows goes into the manifest with it.
    private static CsvImportResult ImportEditedOnPurpose(CsvTablesInMemory tables, string table, Func<string, string> edit)
    {
        tables.Replace(table, edit(tables.Text(table)));
        tables.Recount(table);
        return tables.Import();
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        int at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' is not in the table");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }

    [Fact]
    public async Task BadDate_IsAnErrorAtItsRowAndColumn_AndNothingIsImported()
    {
        CsvTablesInMemory tables = await BelarusTablesAsync();
        CsvRow detention = CsvText.Read(tables.Files[CsvTables.Detentions]).Rows[2];
        string started = detention[5];

        CsvImportResult result = ImportWith(tables, CsvTables.Detentions, text => ReplaceFirst(text, "," + started + ",", ",1952-08021,"));

        Finding finding = Assert.Single(result.Findings);
        Assert.Equal("detentions.csv, row 3, column \"startedOn\": not a partial date (YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %; or an interval such as 2020/2021 or ../2025-11-30).", finding.ToString());
        Assert.Equal(CsvCodes.Value, finding.Code);
        Assert.Null(result.Dataset);
        Assert.Empty(result.Records);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task TableWithoutItsHeaderRow_IsOneHeaderError_ThatShowsNoCell()
    {
        // A table whose header row was deleted in a spreadsheet: its first row is a person, whose name must not become a "column".
        CsvTablesInMemory tables = await BelarusTablesAsync();
        string name = CsvText.Read(tables.Files[CsvTables.Persons]).Rows[1][2];

        CsvImportResult result = ImportWith(tables, CsvTables.Persons, t => t[(t.IndexOf('\n', StringComparison.Ordinal) + 1)..]);

        // The persons' child rows are then orphans: findings that name ids and rows only.
        Finding finding = Assert.Single(result.Findings, f => f.Table == CsvTables.Persons);
        Assert.Equal((1, null, CsvCodes.Header), (finding.Row, finding.ColumnName, finding.Code));
        Assert.StartsWith("persons.csv, row 1: the first row is not a header row", finding.ToString(), StringComparison.Ordinal);
        Assert.All(result.Findings, f => Assert.DoesNotContain(name, f.ToString(), StringComparison.Ordinal));
        Assert.All(result.Findings.Where(f => f != finding), f => Assert.Equal(CsvCodes.Orphan, f.Code));
        Assert.NotEmpty(name);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task UnknownAndDuplicateColumns_AreHeaderErrors()
    {
        CsvTablesInMemory tables = await BelarusTablesAsync();

        CsvImportResult result = ImportWith(tables, CsvTables.DetentionCharges, text => ReplaceFirst(ReplaceFirst(text, "part,", "judge,"), "law,", "article,"));

        // The columns renamed away (law, part) are missing: every column of a table must be there.
        Assert.Equal(4, result.Findings.Count);
        Assert.Equal("detention_charges.csv, row 1, column \"article\": header field 4 appears twice.", result.Findings[0].ToString());
        Assert.Equal(
            "detention_charges.csv, row 1: header field 5 is not a column of detention_charges.csv (the columns are: detentionId, index, law, article, part, on, status, description).",
            result.Findings[1].ToString());
        Assert.Equal(["law", "part"], result.Findings.Skip(2).Select(f => f.ColumnName));
        Assert.All(result.Findings, f => Assert.Equal(CsvCodes.Header, f.Code));
    }

    // Issue 11, item 4: a removed optional column read as "no value" in every row, and a removed confidentiality column
    // made every record public.
    [Theory]
    [InlineData(CsvTables.ActorNames, "value")]
    [InlineData(CsvTables.ActorNames, "language")]
    [InlineData(CsvTables.Persons, "confidentiality")]
    [InlineData(CsvTables.Detentions, "notes")]
    [InlineData(CsvTables.Sources, "historyIndex")]
    [InlineData(CsvTables.Dataset, "license")]
    [InlineData(CsvTables.Manifest, "rows")]
    [InlineData(CsvTables.Manifest, "table")]
    public async Task MissingColumn_RequiredOrOptional_IsOneHeaderErrorNamingTableAndColumn(string table, string column)
    {
        CsvTablesInMemory tables = await BelarusTablesAsync();
        tables.DeleteColumn(table, column);

        CsvImportResult result = tables.Import();

        Finding finding = Assert.Single(result.Findings);
        Assert.Equal($"{table}, row 1, column \"{column}\": the column is missing; every column of the table must be there, its cells empty where there is no value.", finding.ToString());
        Assert.Equal(CsvCodes.Header, finding.Code);
        Assert.Null(result.Dataset);
        Assert.Empty(result.Records);
    }

    [Fact]
    public async Task ChildRowOfAnUnknownRecord_IsAnOrphan()
    {
        CsvTablesInMemory tables = await BelarusTablesAsync();

        CsvImportResult result = ImportEditedOnPurpose(tables, CsvTables.DetentionCharges, text => text + "no-such-detention,0,Criminal Code,342,,,,\r\n");

        Finding finding = Assert.Single(result.Findings);
        Assert.Equal(CsvCodes.Orphan, finding.Code);
        Assert.Equal("detentionId", finding.ColumnName);
        Assert.Equal("names a record that detentions.csv does not have.", finding.Message);
    }

    [Fact]
    public async Task TwoRowsWithTheSameIndex_AreAnError()
    {
        CsvTablesInMemory tables = await BelarusTablesAsync();
        string firstCharge = tables.Text(CsvTables.DetentionCharges).Split("\r\n")[1];

        CsvImportResult result = ImportEditedOnPurpose(tables, CsvTables.DetentionCharges, text => text + firstCharge + "\r\n");

        Assert.Equal([(CsvCodes.DuplicateIndex, "index")], result.Findings.Select(f => (f.Code, f.ColumnName)));
    }

    [Fact]
    public async Task RequiredCellEmpty_AndRowTooLong_AreErrors()
    {
        CsvTablesInMemory tables = await BelarusTablesAsync();

        CsvImportResult result = ImportWith(tables, CsvTables.Links, text =>
        {
            string[] lines = text.Split("\r\n");
            string[] cells = lines[1].Split(',');
            cells[2] = string.Empty; // kind
            lines[1] = string.Join(',', cells);
            lines[2] += ",extra";
            return string.Join("\r\n", lines);
        });

        Assert.Equal(
            [(2, "kind", CsvCodes.Missing), (3, null, CsvCodes.RowTooLong)],
            result.Findings.Select(f => (f.Row ?? 0, f.ColumnName, f.Code)));
    }

    [Fact]
    public async Task MalformedCsv_IsReportedWithItsTable()
    {
        CsvTablesInMemory tables = await BelarusTablesAsync();

        CsvImportResult result = ImportWith(tables, CsvTables.Sources, text => text + "x,,0,\"unclosed\r\n");

        Finding finding = Assert.Single(result.Findings);
        Assert.Equal((CsvTables.Sources, CsvCodes.Syntax), (finding.Table, finding.Code));
    }

    [Fact]
    public void EmptyProgramme_IsTheOneReportedLoss()
    {
        var measure = new SanctionMeasure
        {
            Id = new PoliticalEvents.RecordId("s1"),
            ImposedById = new PoliticalEvents.OrganizationId("o1"),
            Kind = SanctionKind.AssetFreeze,
            Program = new SanctionProgram(),
            Targets = [SanctionTarget.ForSector("potash")],
            History = [new SanctionEvent { Action = SanctionAction.Imposed, On = PoliticalEvents.PartialDate.FromYear(2021) }],
        };

        (CsvTablesInMemory tables, CsvExportReport report) = CsvTablesInMemory.Export(new Dataset { FormatVersion = "1.0", Title = "T", Records = [measure] });

        Finding loss = Assert.Single(report.Findings);
        Assert.Equal(("s1", "/program"), (loss.RecordId, loss.Path));
        Assert.Equal(measure with { Program = null }, Assert.Single(tables.Import().Records));
    }

    [Fact]
    public async Task Findings_AreErrorsThatNeverQuoteTheCell()
    {
        CsvTablesInMemory tables = await BelarusTablesAsync();
        List<string?[]> persons = tables.Rows(CsvTables.Persons);
        persons[1][Array.IndexOf(persons[0], "birthDate")] = "Zygmunt Kowalczyk";
        tables.Write(CsvTables.Persons, persons);

        Finding finding = Assert.Single(tables.Import().Findings);
        Assert.Equal((CsvTables.Persons, 2, "birthDate", CsvCodes.Value), (finding.Table, finding.Row, finding.ColumnName, finding.Code));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.DoesNotContain("Zygmunt", finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderOfAnIncompleteTable_IsReported_AndItsRowsSayNothingMore()
    {
        // A header that lacks columns breaks the table: its rows are not judged cell by cell (nor quoted).
        var tables = new CsvTablesInMemory();
        tables.Replace(CsvTables.Persons, "index,id,name,birthDate\r\n0,p1,Zygmunt Kowalczyk,Zygmunt Kowalczyk\r\n");

        IReadOnlyList<Finding> findings = tables.Import().Findings;
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.All(findings, f => Assert.DoesNotContain("Zygmunt", f.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Row == 2);
        Assert.Equal(["anonymous", "gender", "deathDate", "nationalities", "roles", "modifiedAt", "notes", "confidentiality"],
            findings.Where(f => f.Table == CsvTables.Persons).Select(f => f.ColumnName));
        Assert.Equal(CsvTables.All.Where(t => t != CsvTables.Persons), findings.Where(f => f.Code == CsvCodes.TableMissing).Select(f => f.Table));
    }
}
