using System.Text;
using CsCheck;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

public class DatasetReaderTests
{
    private static byte[] Document(Dataset dataset, bool indented = true) => Encoding.UTF8.GetBytes(PoliticalEventsJson.ToJson(dataset, indented));

    private static byte[] Lines(Dataset dataset)
    {
        using var stream = new MemoryStream();
        JsonLines.WriteAsync(stream, dataset).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    private static List<DatasetEntry> ReadAll(byte[] bytes, DatasetReaderOptions? options = null)
        => [.. DatasetReader.ReadAsync(new MemoryStream(bytes), options).ToBlockingEnumerable()];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Detect_ReadsBothFormsOfTheSameDataset_ToTheSameRecordsAndMetadata()
    {
        Gen.Select(RecordGenerators.Dataset, Gen.Bool).Sample((dataset, indented) =>
        {
            foreach (byte[] bytes in new[] { Document(dataset, indented), Lines(dataset) })
            {
                List<DatasetEntry> entries = ReadAll(bytes);
                Assert.DoesNotContain(entries, static e => e.Kind == DatasetEntryKind.Finding);
                Assert.Equal(dataset.Records, entries.Where(static e => e.Kind == DatasetEntryKind.Record).Select(static e => e.Record!));
                Assert.Equal(Enumerable.Range(0, dataset.Records.Count).Cast<int?>(), entries.Where(static e => e.Kind == DatasetEntryKind.Record).Select(static e => e.RecordIndex));
                Dataset metadata = Assert.Single(entries, static e => e.Kind == DatasetEntryKind.Metadata).Metadata!;
                Assert.Equal(dataset with { Records = [] }, metadata);

                ReadResult<Dataset> whole = DatasetReader.ReadDataset(bytes);
                Assert.True(whole.Succeeded, string.Join("; ", whole.Findings));
                Assert.Equal(dataset, whole.Value);
            }
        }, iter: 60);
    }

    [Fact]
    public void EveryEntryPoint_GivesTheSameEntries_FedWholeOrByteByByte()
    {
        Gen.Select(RecordGenerators.Dataset, Gen.Bool, Gen.Int[0, 400]).Sample((dataset, lines, cut) =>
        {
            byte[] bytes = lines ? Lines(dataset) : Document(dataset);
            if (bytes.Length > 0)
            {
                bytes = [.. bytes[..(cut % bytes.Length)], .. "\"x"u8.ToArray(), .. bytes[(cut % bytes.Length)..]]; // often breaks it
            }

            string[] expected = [.. ReadAll(bytes).Select(static e => e.ToString())];
            Assert.Equal(expected, DatasetReader.Read(bytes.AsMemory()).Select(static e => e.ToString()));
            Assert.Equal(expected, DatasetReader.Read(new MemoryStream(bytes)).Select(static e => e.ToString()));
            Assert.Equal(expected, DatasetReader.ReadAsync(new OneByteAtATimeStream(bytes)).ToBlockingEnumerable().Select(static e => e.ToString()));
            var told = new DatasetReaderOptions { Format = lines ? DatasetFormat.JsonLines : DatasetFormat.Document };
            if (DatasetReader.DetectFormat(bytes, isWholeInput: true) == told.Format)
            {
                Assert.Equal(expected, ReadAll(bytes, told).Select(static e => e.ToString()));
            }
        }, iter: 60);
    }

    [Fact]
    public void Document_BadRecord_IsAFindingAboutThatRecord_AndReadingGoesOn()
    {
        byte[] bytes = Utf8("""
            {"formatVersion":"1.0","title":"t","records":[
              {"type":"person","id":"a","name":"A"},
              {"type":"person","id":"b","name":"B","shoeSize":43},
              {"type":"person","id":"c","name":"C"}
            ]}
            """);
        List<DatasetEntry> entries = ReadAll(bytes);
        Assert.Equal(
            [DatasetEntryKind.Record, DatasetEntryKind.Finding, DatasetEntryKind.Record, DatasetEntryKind.Metadata],
            entries.Select(static e => e.Kind));
        DatasetEntry bad = entries[1];
        Assert.Equal(1, bad.RecordIndex);
        Assert.Equal(3, bad.Line);
        Assert.Equal("additionalProperties", bad.Finding!.Code);
        Assert.Equal("/records/1/shoeSize", bad.Finding.Path);
        Assert.Equal((2, 4), (entries[2].RecordIndex!.Value, entries[2].Line!.Value));

        ReadResult<Dataset> whole = DatasetReader.ReadDataset(bytes);
        Assert.False(whole.Succeeded);
        Assert.Equal("/records/1/shoeSize", Assert.Single(whole.Findings).Path);
    }

    [Fact]
    public void JsonLines_HeaderFirst_RecordsCountedPastABadLine()
    {
        byte[] bytes = Utf8("""
            {"type":"dataset","formatVersion":"1.0","title":"t"}
            {"type":"person","id":"a","name":"A"}

            {"type":"person","id":"b","name":
            {"type":"person","id":"c","name":"C"}
            """);
        List<DatasetEntry> entries = ReadAll(bytes);
        Assert.Equal(
            [DatasetEntryKind.Metadata, DatasetEntryKind.Record, DatasetEntryKind.Finding, DatasetEntryKind.Record],
            entries.Select(static e => e.Kind));
        Assert.Equal([1, 2, 4, 5], entries.Select(static e => e.Line!.Value));
        Assert.Equal([null, 0, 1, 2], entries.Select(static e => e.RecordIndex));
        Assert.StartsWith("json.", entries[2].Finding!.Code, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", DatasetFormat.JsonLines, "jsonLines.empty")]
    [InlineData("\n \n", DatasetFormat.JsonLines, "jsonLines.empty")]
    [InlineData("", DatasetFormat.Detect, "json.syntax")]
    [InlineData("", DatasetFormat.Document, "json.syntax")]
    public void EmptyInput_IsAFinding(string text, DatasetFormat format, string code)
    {
        foreach (bool preserve in new[] { false, true })
        {
            DatasetEntry entry = Assert.Single(ReadAll(Utf8(text), new DatasetReaderOptions { Format = format, PreserveUnknownProperties = preserve }));
            Assert.Equal(DatasetEntryKind.Finding, entry.Kind);
            Assert.Equal(code, entry.Finding!.Code);
        }
    }

    [Fact]
    public void PreserveUnknownProperties_KeepsThemWithTheRecord_StrictReportsThem()
    {
        byte[] bytes = Utf8("""{"formatVersion":"1.0","title":"t","records":[{"type":"person","id":"a","name":"A","since11":{"x":[1]}}],"addedIn11":true}""");
        List<DatasetEntry> preserved = ReadAll(bytes, new DatasetReaderOptions { PreserveUnknownProperties = true });
        DatasetEntry record = Assert.Single(preserved, static e => e.Kind == DatasetEntryKind.Record);
        Assert.Equal("since11", Assert.Single(Assert.Single(record.Unknown.ByObject).Value).Key);
        DatasetEntry metadata = Assert.Single(preserved, static e => e.Kind == DatasetEntryKind.Metadata);
        Assert.Equal("addedIn11", Assert.Single(Assert.Single(metadata.Unknown.ByObject).Value).Key);
        Assert.DoesNotContain(preserved, static e => e.Kind == DatasetEntryKind.Finding);

        List<DatasetEntry> strict = ReadAll(bytes);
        Assert.Contains(strict, static e => e.Finding is { Code: "additionalProperties", Path: "/records/0/since11" } && e.RecordIndex == 0);
        Assert.All(strict.Where(static e => e.Kind == DatasetEntryKind.Record), static e => Assert.True(e.Unknown.IsEmpty));
    }

    [Fact]
    public async Task ReadDatasetAsync_JsonLinesWithoutHeader_IsRefused_DocumentIsRead()
    {
        ReadResult<Dataset> lines = await DatasetReader.ReadDatasetAsync(new MemoryStream(Utf8("{\"type\":\"person\",\"id\":\"a\",\"name\":\"A\"}\n")));
        Assert.Equal("jsonLines.headerMissing", Assert.Single(lines.Findings).Code);

        ReadResult<Dataset> document = await DatasetReader.ReadDatasetAsync(new OneByteAtATimeStream(Utf8("""{"formatVersion":"1.0","title":"t","records":[]}""")));
        Assert.Equal("t", document.Value!.Title);
    }

    [Theory]
    [InlineData("{\"formatVersion\":\"1.0\",\"records\":[]}", true, DatasetFormat.Document)]
    [InlineData("{\n  \"formatVersion\": \"1.0\",", false, DatasetFormat.Document)]
    [InlineData("{\"type\":\"person\"", false, DatasetFormat.JsonLines)]
    [InlineData("\uFEFF{\"records\":", false, DatasetFormat.Document)]
    [InlineData("{\"id\":\"a\",\"name\":\"A\"}\n", false, DatasetFormat.JsonLines)]
    [InlineData("   ", false, DatasetFormat.Detect)]
    [InlineData("{\"title\":\"a long tit", false, DatasetFormat.Detect)]
    public void DetectFormat_TellsAsSoonAsItCan(string start, bool whole, DatasetFormat expected)
        => Assert.Equal(expected, DatasetReader.DetectFormat(Utf8(start), whole));
}
