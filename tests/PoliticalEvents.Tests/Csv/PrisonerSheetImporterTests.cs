using System.Text;
using PoliticalEvents.Csv;
using PoliticalEvents.Csv.Sheets;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Csv;

public sealed class PrisonerSheetImporterTests
{
    private static readonly PrisonerSheetOptions Belarus = new() { Country = CountryCode.Parse("BY") };

    internal static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "csv", name);

    private static PrisonerSheetResult Import(string text, PrisonerSheetOptions? options = null)
        => PrisonerSheetImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(text)), options ?? Belarus);

    private static async Task<string> LinesOf(Dataset dataset)
    {
        using var output = new MemoryStream();
        await JsonLines.WriteAsync(output, dataset);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public async Task EnglishSheet_GivesExactlyTheExpectedRecords()
    {
        await using FileStream sheet = File.OpenRead(Fixture("prisoners-en.csv"));
        PrisonerSheetResult result = PrisonerSheetImporter.Import(sheet, Belarus);

        Assert.NotNull(result.Dataset);
        Assert.Equal(File.ReadAllText(Fixture("prisoners-en.expected.jsonl")), await LinesOf(result.Dataset));
        Assert.Equal(7, result.Rows);
        Assert.Empty(result.RejectedRows);

        // Row 7 has no source: its three records are warned about, at the source column.
        Assert.All(result.Findings, f => Assert.Equal((Severity.Warning, ValidationCodes.RecordNoSources, 7, "Source"), (f.Severity, f.Code, f.Row, f.ColumnName)));
        Assert.Equal(["sheet-row7-person", "sheet-row7-detention", "sheet-row7-release"], result.Findings.Select(f => f.RecordId));
    }

    [Fact]
    public async Task RussianSheet_WithOptions_GivesExactlyTheExpectedRecords()
    {
        await using FileStream sheet = File.OpenRead(Fixture("prisoners-ru.csv"));
        PrisonerSheetResult result = PrisonerSheetImporter.Import(sheet, Belarus with
        {
            IdPrefix = "ru",
            DefaultStatus = DetentionStatus.Ongoing,
            Law = "Уголовный кодекс Республики Беларусь",
            Sources = [new Source { Title = "Test list" }],
            Designation = new Designation { By = "Human Rights Centre Viasna", Status = DesignationStatus.PoliticalPrisoner },
        });

        Assert.Empty(result.Findings);
        Assert.Equal(File.ReadAllText(Fixture("prisoners-ru.expected.jsonl")), await LinesOf(result.Dataset!));
    }

    [Fact]
    public async Task ImportedSheets_AreValidDatasets()
    {
        foreach (string name in new[] { "prisoners-en.csv", "prisoners-ru.csv" })
        {
            await using FileStream sheet = File.OpenRead(Fixture(name));
            Dataset dataset = PrisonerSheetImporter.Import(sheet, Belarus with { Law = "Criminal Code" }).Dataset!;
            Assert.DoesNotContain(DatasetValidator.Validate(dataset).Findings, e => e.Severity == Severity.Error);
        }
    }

    [Fact]
    public async Task SheetWithErrors_ListsEveryErrorByRowAndColumn_AndImportsNothing()
    {
        await using FileStream sheet = File.OpenRead(Fixture("prisoners-errors.csv"));
        PrisonerSheetResult result = PrisonerSheetImporter.Import(sheet, Belarus);

        Assert.Null(result.Dataset);
        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "row 1, column \"Judge\": column 10 is not a known column; map it to one of ignore, name, gender, birthDate, deathDate, nationality, detentionDate, country, charges, sentence, penalty, verdictDate, prison, status, releaseDate, releaseKind, source, notes (ignore leaves it out).",
                "row 2, column \"Date of birth\": not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, DD.MM.YYYY, MM.YYYY or a month name as in \"7 September 2020\").",
                "row 3, column \"Date of birth\": not a real calendar date (a month from 1 to 12, a day that the month has, a year from 0001).",
                "row 4, column \"Date of birth\": not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, DD.MM.YYYY, MM.YYYY or a month name as in \"7 September 2020\").",
                "row 5, column \"Date of detention\": not a date: day/month/year with slashes is ambiguous (7/9/2020 is 7 September or July 9); write YYYY-MM-DD or DD.MM.YYYY.",
                "row 6, column \"Charges\": the charge is not an article reference (expected article references such as \"Art. 342 Part 1 Criminal Code\" or \"ч. 2 ст. 293 УК\", separated by ';').",
                "row 7, column \"Sentence\": not a sentence (expected a term such as \"5 years\" or \"3 years 6 months\", optionally with a kind (\"restricted freedom\", \"suspended\", \"house arrest\"), or \"life\", \"death\" or \"fine\").",
                "row 8, column \"Status\": says the person is still held, but the row has a release date.",
                "row 9, column \"Sentence\": needs the date of the verdict (column \"Date of verdict\"), which is empty: the format records when a sentence was imposed.",
                "row 10, column \"Prison\": needs a detention, but the row has no date of detention (column \"Date of detention\"): the format records a detention only with the day, month or year it began.",
                "row 11, column \"Source\": the source has a URL that is not a valid absolute http or https URL.",
            ],
            result.Findings.Select(f => f.ToString()));
        Assert.Equal(
            [CsvCodes.UnknownColumn, CsvCodes.Date, CsvCodes.Date, CsvCodes.Date, CsvCodes.Date, CsvCodes.Charges, CsvCodes.Sentence, CsvCodes.Conflict, CsvCodes.Needs, CsvCodes.Needs, CsvCodes.Source],
            result.Findings.Select(f => f.Code));
        Assert.Equal(Enumerable.Range(2, 10), result.RejectedRows);
        Assert.Equal(11, result.Rows);
    }

    [Fact]
    public async Task Messages_NeverContainACellOfTheSheet()
    {
        string text = await File.ReadAllTextAsync(Fixture("prisoners-errors.csv"));
        PrisonerSheetResult result = Import(text);

        string[] cells = [.. CsvText.Read(text).Rows.Skip(1).SelectMany(r => r.Fields).Select(f => f.Value).Where(v => v.Length > 3)];
        Assert.NotEmpty(cells);
        foreach (Finding finding in result.Findings)
        {
            Assert.DoesNotContain(cells, cell => finding.ToString().Contains(cell, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ValidationFindings_AreReportedAtTheRowAndColumnTheyComeFrom()
    {
        PrisonerSheetResult result = Import("Name,Date of birth,Date of death,Date of detention,Release date\r\nA,1990,1980,2022-05-01,2021-01-01\r\n");

        Assert.Null(result.Dataset);
        Assert.Contains(result.Findings, f => f.ToString() == "row 2, column \"Date of death\": " + f.Message && f.Code == ValidationCodes.PersonDeathBeforeBirth);
        Assert.Contains(result.Findings, f => (f.Row, f.ColumnName, f.Code, f.RecordId) == (2, "Release date", ValidationCodes.ReleaseBeforeDetention, "sheet-row2-release"));
        Assert.Contains(result.Findings, f => (f.Row, f.ColumnName, f.Code) == (2, "Release date", ValidationCodes.DetentionEndBeforeStart));
    }

    [Fact]
    public void ExplicitMapping_WinsOverHeaderNames_AndIgnoreLeavesAColumnOut()
    {
        const string Sheet = "Name,Place,Sentence,Source\r\nA,Changchun,2019-12-07,https://example.org/1\r\n";

        PrisonerSheetResult unmapped = Import(Sheet);
        PrisonerSheetResult mapped = Import(Sheet, Belarus with
        {
            Columns = new Dictionary<string, SheetColumn> { ["PLACE"] = SheetColumn.Ignore, ["sentence"] = SheetColumn.ReleaseDate },
        });

        Assert.Equal([(1, "Place"), (2, "Sentence")], unmapped.Findings.Select(f => (f.Row!.Value, f.ColumnName)));
        Assert.Empty(mapped.Findings);
        Assert.Equal(["person", "release"], mapped.Dataset!.Records.Select(r => r.TypeName));
        Assert.Equal([null, SheetColumn.Ignore, SheetColumn.ReleaseDate, SheetColumn.Source], mapped.Mapping.Select(m => m.Value == SheetColumn.Name ? null : m.Value));
    }

    [Fact]
    public void SentenceWithoutDetentionOrVerdictDate_SaysTheDetentionIsMissingFirst()
    {
        PrisonerSheetResult result = Import("Name,Sentence\r\nA,life\r\n");

        Finding finding = Assert.Single(result.Findings);
        Assert.Equal((CsvCodes.Needs, "Sentence"), (finding.Code, finding.ColumnName));
        Assert.StartsWith("needs a detention, but the row has no date of detention:", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MappingOfAColumnTheSheetHasNot_IsAnError()
    {
        PrisonerSheetResult result = Import("Name\r\nA\r\n", Belarus with { Columns = new Dictionary<string, SheetColumn> { ["Arrested"] = SheetColumn.DetentionDate } });

        Assert.Equal("a column \"arrested\" is mapped, but the header has no column of that name.", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void FirstRowOfData_IsNotAHeader_AndIsNotRepeated()
    {
        PrisonerSheetResult result = Import("Zygmunt Kowalczyk,1952,Minsk\r\nAnna,1960,Brest\r\n");

        Finding finding = Assert.Single(result.Findings);
        Assert.Equal((CsvCodes.NoHeader, 1), (finding.Code, finding.Row));
        Assert.DoesNotContain("Zygmunt", finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoColumnsWithOneRole_AreAnError_ButTwoSourceColumnsAreFine()
    {
        Assert.Equal(
            "row 1, column \"Born\": column 3 is a second birthDate column (column 2 is one); map one of them to ignore.",
            Assert.Single(Import("Name,Date of birth,Born\r\nA,1990,1990\r\n").Findings).ToString());

        PrisonerSheetResult sources = Import("Name,Source,Link\r\nA,List,https://example.org/a\r\n");
        Assert.Equal(["List", null], sources.Dataset!.Records.Single().Sources.Select(s => s.Title));
    }

    [Fact]
    public void DetentionsWithoutAnyCountry_AreOneSheetError()
    {
        PrisonerSheetResult result = Import("Name,Date of detention\r\nA,2020\r\nB,2021\r\n", new PrisonerSheetOptions());

        Finding finding = Assert.Single(result.Findings);
        Assert.Null(finding.Row);
        Assert.Equal(CsvCodes.Needs, finding.Code);
    }

    [Fact]
    public void CountryColumn_GivesEachDetentionItsCountry()
    {
        PrisonerSheetResult result = Import("Name,Country,Date of detention\r\nA,by,2020\r\nB,TN,2021\r\n", new PrisonerSheetOptions());

        Assert.Equal(["BY", "TN"], result.Dataset!.Records.OfType<Detention>().Select(d => d.Country.Value));
    }

    [Fact]
    public void ExcelStyleFile_WithBomCrLfAndEmptyTrailingCells_Imports()
    {
        byte[] bytes = [.. "\uFEFF"u8.ToArray(), .. Encoding.UTF8.GetBytes("Name,Date of detention,Status,Notes\r\nA,2020,,\r\n,,,\r\n")];

        PrisonerSheetResult result = PrisonerSheetImporter.Import(new MemoryStream(bytes), Belarus);

        Assert.Equal(1, result.Rows);
        Assert.Equal(DetentionStatus.Unknown, result.Dataset!.Records.OfType<Detention>().Single().Status);
    }

    [Fact]
    public void EmptySheet_IsAnError()
    {
        Assert.Equal(CsvCodes.NoHeader, Assert.Single(Import(string.Empty).Findings).Code);
    }

    [Fact]
    public void MalformedCsv_IsAnError_AndNothingIsImported()
    {
        PrisonerSheetResult result = Import("Name,Date of detention\r\n\"A,2020\r\n");

        Assert.Equal(CsvCodes.Syntax, Assert.Single(result.Findings).Code);
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void CellsOutsideTheHeader_AreErrors()
    {
        PrisonerSheetResult result = Import("Name,,Date of detention\r\nA,x,2020,y\r\n");

        Assert.Equal(
            ["row 2: cell 4 is past the last column of the header; give the column a header, or remove the cell.", "row 2: cell 2 is in a column without a header; give the column a header, or remove the cell."],
            result.Findings.Select(f => f.ToString()));
    }

    [Theory]
    [InlineData("in custody", "2024-01-01", "ended")]
    [InlineData("released", "", "ended")]
    [InlineData("unknown", "", "unknown")]
    [InlineData("", "", "ongoing")]
    [InlineData("", "2024-01-01", "ended")]
    public void Status_ComesFromTheCellTheReleaseDateOrTheDefault(string status, string released, string expected)
    {
        PrisonerSheetResult result = Import($"Name,Date of detention,Status,Release date\r\nA,2020,{status},{released}\r\n", Belarus with { DefaultStatus = DetentionStatus.Ongoing });

        if (status == "in custody")
        {
            Assert.Equal(CsvCodes.Conflict, Assert.Single(result.Findings).Code);
            return;
        }

        Assert.Equal(expected, Cells.Name<DetentionStatus>(result.Dataset!.Records.OfType<Detention>().Single().Status));
    }

    [Fact]
    public void InvalidIdPrefix_IsAProgrammerError()
    {
        Assert.Throws<ArgumentException>(() => Import("Name\r\nA\r\n", Belarus with { IdPrefix = "bad prefix" }));
    }

    [Fact]
    public void HeaderNames_AreKnownForEveryRoleButIgnore_AndNeverShared()
    {
        foreach (SheetColumn role in Enum.GetValues<SheetColumn>().Where(r => r != SheetColumn.Ignore))
        {
            Assert.NotEmpty(PrisonerSheetImporter.HeaderNames(role));
            Assert.Equal(role, PrisonerSheetImporter.FindColumn(PrisonerSheetImporter.WireName(role)));
        }

        string[] all = [.. Enum.GetValues<SheetColumn>().SelectMany(PrisonerSheetImporter.HeaderNames)];
        Assert.Equal(all.Length, all.Distinct(StringComparer.Ordinal).Count());
    }
}
