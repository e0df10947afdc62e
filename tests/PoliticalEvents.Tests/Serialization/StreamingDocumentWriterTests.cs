using CsCheck;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>Writing a document as records arrive gives exactly the bytes of writing the whole dataset at once.</summary>
public sealed class StreamingDocumentWriterTests
{
    [Fact]
    public async Task WriteDatasetAsync_FromRecords_SameBytesAsWriteDataset_Examples()
    {
        foreach (string path in TestFiles.Examples(".json"))
        {
            byte[] original = await File.ReadAllBytesAsync(path);
            Dataset dataset = PoliticalEventsJson.ReadDataset(original).GetValueOrThrow();

            Assert.Equal(original, await StreamedAsync(dataset, indented: true));
        }
    }

    [Fact]
    public void WriteDatasetAsync_FromRecords_SameBytesAsWriteDataset_Generated()
    {
        RecordGenerators.Dataset.Sample(
            dataset =>
            {
                foreach (bool indented in (bool[])[true, false])
                {
                    using var whole = new MemoryStream();
                    PoliticalEventsJson.WriteDataset(whole, dataset, indented);
                    Assert.Equal(whole.ToArray(), StreamedAsync(dataset, indented).GetAwaiter().GetResult());
                }
            },
            iter: 100,
            print: dataset => PoliticalEventsJson.ToJson(dataset));
    }

    [Fact]
    public async Task WriteDatasetAsync_NoRecords_SameBytesAsWriteDataset()
    {
        var dataset = new Dataset { FormatVersion = "1.0", Title = "Empty \"quoted\" Марыя 𝔄 <b>", Records = [] };
        using var whole = new MemoryStream();
        PoliticalEventsJson.WriteDataset(whole, dataset);

        Assert.Equal(whole.ToArray(), await StreamedAsync(dataset, indented: true));
    }

    [Fact]
    public async Task WriteDatasetAsync_IgnoresTheMetadatasOwnRecords()
    {
        Dataset dataset = PoliticalEventsJson.ReadDataset(await File.ReadAllBytesAsync(TestFiles.Examples(".json").First())).GetValueOrThrow();
        using var output = new MemoryStream();

        await PoliticalEventsJson.WriteDatasetAsync(output, dataset, Arrive([]));

        Assert.Empty(PoliticalEventsJson.ReadDataset(output.ToArray()).GetValueOrThrow().Records);
    }

    [Fact]
    public async Task WriteDataset_ManyChunksAndARecordLargerThanTheBuffer_TheSerializersBytes()
    {
        // About 1 MB: the writers hand the stream many 64 KiB chunks, and three records (90,000 characters of notes,
        // 2-byte UTF-8 each, under the 100,000 a text may have) are larger than the pooled buffer, which must grow
        // without losing what it holds.
        Dataset sample = RecordGenerators.Dataset.Where(d => d.Records.Count > 0).Single();
        var records = new List<Record>();
        for (int i = 0; records.Count < 1500; i++)
        {
            Record record = sample.Records[i % sample.Records.Count];
            records.Add(record with { Id = new PoliticalEvents.RecordId($"r-{i}"), Notes = i % 500 == 200 ? new string('ж', 90_000) : record.Notes });
        }

        Dataset dataset = sample with { Records = records };
        foreach (bool indented in (bool[])[true, false])
        {
            using var expected = new MemoryStream();
            using (var writer = new System.Text.Json.Utf8JsonWriter(expected, PoliticalEventsJson.WriterOptions(indented)))
            {
                System.Text.Json.JsonSerializer.Serialize(writer, dataset, PoliticalEventsJson.DatasetTypeInfo);
            }

            if (indented)
            {
                expected.WriteByte((byte)'\n');
            }

            using var whole = new MemoryStream();
            PoliticalEventsJson.WriteDataset(whole, dataset, indented);
            Assert.True(whole.Length > 1_000_000);
            Assert.Equal(expected.ToArray(), whole.ToArray());
            Assert.Equal(expected.ToArray(), await StreamedAsync(dataset, indented));
        }
    }

    private static async Task<byte[]> StreamedAsync(Dataset dataset, bool indented)
    {
        using var output = new MemoryStream();
        await PoliticalEventsJson.WriteDatasetAsync(output, dataset with { Records = [] }, Arrive(dataset.Records), indented);
        return output.ToArray();
    }

    private static async IAsyncEnumerable<Record> Arrive(IEnumerable<Record> records)
    {
        foreach (Record record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }
}
