using System.Text;
using CsCheck;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>For all generated datasets, every way of writing and reading back gives an equal dataset and the same bytes.</summary>
public sealed class RoundTripPropertyTests
{
    private static string Print(Dataset dataset) => PoliticalEventsJson.ToJson(dataset);

    [Fact]
    public void Document_WriteThenRead_EqualDatasetAndSameBytes()
    {
        RecordGenerators.Dataset.Sample(
            dataset =>
            {
                foreach (bool indented in (bool[])[true, false])
                {
                    string json = PoliticalEventsJson.ToJson(dataset, indented);
                    Dataset read = PoliticalEventsJson.ReadDataset(Encoding.UTF8.GetBytes(json)).GetValueOrThrow();
                    Assert.Equal(dataset, read);
                    Assert.Equal(dataset.GetHashCode(), read.GetHashCode());
                    Assert.Equal(json, PoliticalEventsJson.ToJson(read, indented));
                }
            },
            iter: 200,
            print: Print);
    }

    [Fact]
    public void JsonLines_WriteThenRead_EqualDatasetAndSameBytes()
    {
        RecordGenerators.Dataset.Sample(
            dataset =>
            {
                byte[] lines = WriteLines(dataset);
                (Dataset? read, IReadOnlyList<Finding> errors) = JsonLines.ReadDatasetAsync(new MemoryStream(lines)).AsTask().GetAwaiter().GetResult();
                Assert.Empty(errors);
                Assert.Equal(dataset, read);
                Assert.Equal(lines, WriteLines(read!));
                Assert.Equal(Encoding.UTF8.GetString(lines).Count(c => c == '\n'), dataset.Records.Count + 1);
            },
            iter: 200,
            print: Print);
    }

    [Fact]
    public void Record_WriteThenReadAlone_EqualWithEqualHashCode()
    {
        RecordGenerators.Record.Sample(
            record =>
            {
                string json = PoliticalEventsJson.ToJson(record);
                Record read = PoliticalEventsJson.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow();
                Assert.Equal(record, read);
                Assert.Equal(record.GetHashCode(), read.GetHashCode());
                Assert.DoesNotContain('\n', json);
            },
            iter: 300,
            print: PoliticalEventsJson.ToJson);
    }

    private static byte[] WriteLines(Dataset dataset)
    {
        using var output = new MemoryStream();
        JsonLines.WriteAsync(output, dataset).GetAwaiter().GetResult();
        return output.ToArray();
    }
}
