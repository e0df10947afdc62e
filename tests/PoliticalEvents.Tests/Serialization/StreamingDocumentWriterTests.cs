using CsCheck;
using PoliticalEvents.Datasets;
using PoliticalEvents.Records;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using Xunit;
using Record = PoliticalEvents.Records.Record;

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
