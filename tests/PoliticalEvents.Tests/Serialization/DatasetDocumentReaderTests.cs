using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Validation;
using CsCheck;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>Reading a document record by record gives what reading it whole gives.</summary>
public sealed class DatasetDocumentReaderTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (string path in TestFiles.Examples(".json"))
        {
            data.Add(path);
        }

        foreach (string folder in (string[])["valid", "invalid", "malformed"])
        {
            foreach (string path in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "fixtures", folder), "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task ReadAsync_AgreesWithReadDataset(string path)
    {
        byte[] bytes = await File.ReadAllBytesAsync(path);
        ReadResult<Dataset> whole = PoliticalEventsJson.ReadDataset(bytes);

        foreach (Stream input in (Stream[])[new MemoryStream(bytes), new OneByteAtATimeStream(bytes)])
        {
            (Dataset? metadata, List<Record> records, List<Finding> errors) = await ReadAllAsync(input);
            if (whole.Value is { } dataset)
            {
                Assert.Empty(errors);
                Assert.Equal(dataset, metadata! with { Records = records });
            }
            else
            {
                Assert.NotEmpty(errors);
                Assert.Null(metadata);
                // Record errors are the same errors, at the same place; JSON that breaks is reported as broken by both.
                Assert.Equal(
                    whole.Findings.Where(IsRecordError).Select(e => (e.Path, e.Code, e.Line)),
                    errors.Where(IsRecordError).Select(e => (e.Path, e.Code, e.Line)));
                Assert.Equal(whole.Findings.Any(IsBroken), errors.Any(IsBroken));
            }
        }
    }

    [Fact]
    public void ReadAsync_GeneratedDatasets_ReadBackEqual_AnyChunking()
    {
        RecordGenerators.Dataset.Sample(
            dataset =>
            {
                byte[] bytes = System.Text.Encoding.UTF8.GetBytes(PoliticalEventsJson.ToJson(dataset));
                (Dataset? metadata, List<Record> records, List<Finding> errors) = ReadAllAsync(new OneByteAtATimeStream(bytes)).GetAwaiter().GetResult();
                Assert.Empty(errors);
                Assert.Equal(dataset, metadata! with { Records = records });
            },
            iter: 50,
            print: dataset => PoliticalEventsJson.ToJson(dataset));
    }

    [Fact]
    public async Task ReadAsync_RecordsBeforeMetadata_MetadataComesLast()
    {
        byte[] bytes = TestFiles.Utf8("""
            {"records": [{"type":"person","id":"p-1","name":"A"}],
             "formatVersion": "1.0", "title": "T", "createdAt": "2026-01-01T00:00:00Z"}
            """);

        List<DatasetDocumentEntry> entries = await ToListAsync(DatasetDocumentReader.ReadAsync(new MemoryStream(bytes)));

        Assert.Equal(2, entries.Count);
        Assert.Equal("p-1", entries[0].Record!.Id.Value);
        Assert.Equal("T", entries[1].Metadata!.Title);
    }

    [Fact]
    public async Task ReadAsync_BadRecord_IsReported_AndReadingGoesOn()
    {
        byte[] bytes = TestFiles.Utf8("""
            {
              "formatVersion": "1.0",
              "title": "T",
              "records": [
                {"type":"person","id":"p-1","name":"A"},
                {"type":"person","id":"p-2","name":"B","birthDate":"2021-02-30"},
                {"type":"person","id":"p-3","name":"C"}
              ]
            }
            """);

        List<DatasetDocumentEntry> entries = await ToListAsync(DatasetDocumentReader.ReadAsync(new OneByteAtATimeStream(bytes)));

        Assert.Equal(["p-1", null, "p-3"], entries.Take(3).Select(e => e.Record?.Id.Value));
        Assert.Equal(("/records/1/birthDate", "date.notReal", 6), (entries[1].Error!.Path, entries[1].Error!.Code, entries[1].Error!.Line));
        Assert.Equal([5, 6, 7], entries.Take(3).Select(e => e.Line));
        Assert.NotNull(entries[3].Metadata);
    }

    [Fact]
    public async Task ReadAsync_MetadataNotValidUtf8_ThenBroken_TheEncodingIsTheFirstProblem_AsForReadDataset()
    {
        // Found by JsonSyntaxTests' property test (seed 7H3QGPMiS4E2): the break after the bad bytes was reported instead.
        byte[] bytes = [.. "{\"formatVersion\":\"1.0\",\"title\":\""u8, 0xFF, .. "\"x\",\"records\":[]}"u8];

        List<DatasetDocumentEntry> entries = await ToListAsync(DatasetDocumentReader.ReadAsync(new OneByteAtATimeStream(bytes)));

        Finding error = Assert.Single(entries).Error!;
        Finding reference = Assert.Single(PoliticalEventsJson.ReadDataset(bytes).Findings);
        Assert.Equal(("json.encoding", "/title"), (error.Code, error.Path));
        Assert.Equal((reference.Code, reference.Path, reference.Line, reference.Column), (error.Code, error.Path, error.Line, error.Column));
    }

    [Fact]
    public async Task ReadAsync_Truncated_EndsWithASyntaxError()
    {
        byte[] bytes = TestFiles.Utf8("""{"formatVersion":"1.0","title":"T","records":[{"type":"person","id":"p-1","name":"A"},{"type":""");

        List<DatasetDocumentEntry> entries = await ToListAsync(DatasetDocumentReader.ReadAsync(new MemoryStream(bytes)));

        Assert.Equal("p-1", entries[0].Record!.Id.Value);
        Assert.Equal("json.syntax", entries[^1].Error!.Code);
        Assert.Equal(2, entries.Count);
    }

    private static bool IsBroken(Finding e) => e.Code is "json.syntax" or "json.tooDeep";

    private static bool IsRecordError(Finding e) => e.Path.StartsWith("/records/", StringComparison.Ordinal) && !IsBroken(e);

    private static async Task<(Dataset? Metadata, List<Record> Records, List<Finding> Errors)> ReadAllAsync(Stream input)
    {
        Dataset? metadata = null;
        var records = new List<Record>();
        var errors = new List<Finding>();
        await foreach (DatasetDocumentEntry entry in DatasetDocumentReader.ReadAsync(input))
        {
            metadata ??= entry.Metadata;
            if (entry.Record is { } record)
            {
                records.Add(record);
            }

            if (entry.Error is { } error)
            {
                errors.Add(error);
            }
        }

        return (errors.Count == 0 ? metadata : null, records, errors);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (T item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
