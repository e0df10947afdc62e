using System.Text.RegularExpressions;
using PoliticalEvents.Csv;
using PoliticalEvents.Csv.Sheets;
using Xunit;

namespace PoliticalEvents.Tests.Docs;

/// <summary>docs/csv.md lists the tables with their columns and the sheet's header names: exactly those of the code.</summary>
public sealed partial class CsvDocsTests
{
    private static readonly Lazy<string> Doc = new(() => File.ReadAllText(RepoPaths.File("docs/csv.md")).ReplaceLineEndings("\n"));

    private static string[] Quoted(string cells) => [.. Backticked().Matches(cells).Select(m => m.Groups[1].Value)];

    [Fact]
    public void Docs_ListEveryTableWithItsColumns()
    {
        Dictionary<string, string[]> documented = TableRow().Matches(Doc.Value).ToDictionary(m => m.Groups["table"].Value, m => Quoted(m.Groups["columns"].Value));

        Assert.Equal(CsvTables.All, documented.Keys);
        foreach (string table in CsvTables.All)
        {
            Assert.Equal(CsvTables.Columns(table), documented[table]);
        }
    }

    [Fact]
    public void Docs_ListEveryHeaderNameOfEveryRole()
    {
        Dictionary<string, string[]> documented = RoleRow().Matches(Doc.Value).ToDictionary(m => m.Groups["role"].Value, m => Quoted(m.Groups["names"].Value));

        SheetColumn[] roles = [.. Enum.GetValues<SheetColumn>().Where(r => r != SheetColumn.Ignore)];
        Assert.Equal(roles.Select(PrisonerSheetImporter.WireName), documented.Keys);
        foreach (SheetColumn role in roles)
        {
            Assert.Equal(PrisonerSheetImporter.HeaderNames(role), documented[PrisonerSheetImporter.WireName(role)]);
        }
    }

    [GeneratedRegex(@"^\| `(?<table>[a-z_]+\.csv)` \| (?<columns>`.*`) \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^\| `(?<role>[a-z][A-Za-z]*)` \| (?<names>`.*`) \|$", RegexOptions.Multiline)]
    private static partial Regex RoleRow();

    [GeneratedRegex("`([^`]*)`")]
    private static partial Regex Backticked();
}
