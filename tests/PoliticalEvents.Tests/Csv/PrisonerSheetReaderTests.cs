using System.Text;
using PoliticalEvents.Csv;
using PoliticalEvents.Csv.Sheets;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Csv;

/// <summary>The streaming sheet import, and the row counts of sheets that stop early.</summary>
public sealed class PrisonerSheetReaderTests
{
    private static readonly PrisonerSheetOptions Belarus = new() { Country = CountryCode.Parse("BY") };

    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Reader_GivesTheRecordsOfTheImport_InOrder_AndSucceeds()
    {
        byte[] sheet = File.ReadAllBytes(PrisonerSheetImporterTests.Fixture("prisoners-en.csv"));
        PrisonerSheetResult imported = PrisonerSheetImporter.Import(new MemoryStream(sheet), Belarus);

        using var reader = new PrisonerSheetReader(new MemoryStream(sheet), Belarus);
        List<Record> records = [.. reader.ReadRecords()];
        PrisonerSheetResult streamed = reader.Complete();

        Assert.True(streamed.Succeeded);
        Assert.Null(streamed.Dataset);
        Assert.Equal<Record>(imported.Dataset!.Records, records);
        Assert.Equal(imported.Findings, streamed.Findings);
        Assert.Equal((imported.Rows, imported.HeaderRow), (streamed.Rows, streamed.HeaderRow));
    }

    [Fact]
    public void Reader_GivesNothingAfterTheFirstError_ButReportsEveryRow()
    {
        using var reader = new PrisonerSheetReader(Bytes("Name,Date of detention\r\nA,2020\r\nB,31.04.2020\r\nC,2021\r\nD,1952-08021\r\n"), Belarus);
        List<Record> records = [.. reader.ReadRecords()];
        PrisonerSheetResult result = reader.Complete();

        Assert.Equal(["sheet-row2-person", "sheet-row2-detention"], records.Select(r => r.Id.Value));
        Assert.False(result.Succeeded);
        Assert.Equal([3, 5], result.RejectedRows);
        Assert.Equal(4, result.Rows);
    }

    [Fact]
    public void Reader_ValidationFindings_NameTheRowAndLineOfTheRecord()
    {
        // Row 3 spans lines 3-4 (a line break in a quoted cell); its release comes before its detention.
        using var reader = new PrisonerSheetReader(Bytes("Name,Date of detention,Release date,Notes\r\nA,2020,,\r\nB,2021-05-01,2021-04-01,\"two\r\nlines\"\r\n"), Belarus);
        _ = reader.ReadRecords().Count();
        PrisonerSheetResult result = reader.Complete();

        Finding error = result.Findings.First(f => f.Severity == Severity.Error);
        Assert.Equal((3, 3), (error.Row, error.Line));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void MalformedRow_CountsAsARowWithAnError()
    {
        PrisonerSheetResult result = PrisonerSheetImporter.Import(Bytes("Name,Date of detention\r\nA,2020\r\n\"B,2020\r\n"), Belarus);

        Assert.Equal(2, result.Rows);
        Assert.Equal([3], result.RejectedRows);
    }

    [Fact]
    public void HeaderThatCannotBeRead_IsNotCountedAsADataRow()
    {
        PrisonerSheetResult result = PrisonerSheetImporter.Import(new MemoryStream([(byte)'N', 0xE9, (byte)'\r', (byte)'\n', (byte)'A']), Belarus);

        Assert.Equal(CsvCodes.Encoding, Assert.Single(result.Findings).Code);
        Assert.Equal((0, 1), (result.Rows, result.HeaderRow));
        Assert.Empty(result.RejectedRows);
    }

    [Fact]
    public void Reader_ReadsRecordsOnce()
    {
        using var reader = new PrisonerSheetReader(Bytes("Name\r\nA\r\n"), Belarus);
        _ = reader.ReadRecords();

        Assert.Throws<InvalidOperationException>(() => reader.ReadRecords());
    }

    [Fact]
    public void Reader_CompletedBeforeTheRecordsAreReadToTheEnd_IsAProgrammerError()
    {
        using var reader = new PrisonerSheetReader(Bytes("Name\r\nA\r\nB,\r\n"), Belarus);
        _ = reader.ReadRecords().First();

        Assert.Throws<InvalidOperationException>(() => reader.Complete());
    }

    [Fact]
    public void Reader_CompletedWithoutReadingRecords_ChecksTheWholeSheet()
    {
        using var reader = new PrisonerSheetReader(Bytes("Name,Date of birth\r\nA,1990\r\nB,1954-02-29\r\n"), Belarus);

        PrisonerSheetResult result = reader.Complete();

        Assert.Equal([3], result.RejectedRows);
        Assert.Equal(2, result.Rows);
    }

    [Fact]
    public void RowOfSpacesOnly_IsBlank_NotAnAnonymousPerson()
    {
        PrisonerSheetResult result = PrisonerSheetImporter.Import(Bytes("Name,Date of birth\r\nA,1990\r\n  ,\u00A0\r\n\" \",\r\n"), Belarus);

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Rows);
        Assert.Single(result.Dataset!.Records);
    }
}
