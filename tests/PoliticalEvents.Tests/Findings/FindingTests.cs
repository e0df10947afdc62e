using System.Text;
using PoliticalEvents.Csv;
using Xunit;

namespace PoliticalEvents.Tests.Findings;

public sealed class FindingTests
{
    [Fact]
    public void ToString_ByPointer_IsLineSeverityCodePathMessage()
    {
        var finding = new Finding { Path = "/records/3/startedOn", Code = "pattern", Message = "Not a date.", Severity = Severity.Error, Line = 12, Column = 9 };

        Assert.Equal("12:9: error pattern /records/3/startedOn Not a date.", finding.ToString());
        Assert.Equal("warning pattern / Not a date.", (finding with { Path = string.Empty, Line = null, Column = null, Severity = Severity.Warning }).ToString());
        Assert.Equal(1, finding.Count);
    }

    [Fact]
    public void ToString_ByTableRowAndColumn_IsWhereASpreadsheetUserLooks()
    {
        var finding = new Finding { Table = "persons.csv", Row = 12, ColumnName = "birthDate", Code = "table.value", Message = "not a date.", Severity = Severity.Error, Line = 13 };

        Assert.Equal("persons.csv, row 12, column \"birthDate\": not a date.", finding.ToString());
        Assert.Equal("warning: row 2: not a date.", (finding with { Table = null, ColumnName = null, Row = 2, Severity = Severity.Warning }).ToString());
    }

    [Fact]
    public void CsvFindings_AreLocatedByTableRowAndColumn_NeverByPath()
    {
        string[] header = [.. CsvTables.Columns(CsvTables.Persons)];
        string row = string.Join(",", header.Select(c => c switch { "id" => "p-1", "confidentiality" => "public", "birthDate" => "31.04.2020", _ => string.Empty }));
        CsvImportResult result = CsvImporter.Import(table => table == CsvTables.Persons
            ? new MemoryStream(Encoding.UTF8.GetBytes(string.Join(",", header) + "\r\n" + row + "\r\n"))
            : null);

        Finding value = Assert.Single(result.Findings, f => f.Code == CsvCodes.Value);
        Assert.Equal((CsvTables.Persons, 2, "birthDate", 2, string.Empty), (value.Table, value.Row, value.ColumnName, value.Line, value.Path));
        Assert.All(result.Findings, f => Assert.Equal(string.Empty, f.Path));
        Assert.Contains(result.Findings, f => f.Code == CsvCodes.TableMissing && f.Table == CsvTables.Detentions && f.Row is null);
    }
}
