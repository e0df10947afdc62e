using System.Text;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>Every file in examples/ is canonical: reading and writing it again gives the same bytes, in both forms.</summary>
public sealed class ExampleRoundTripTests
{
    public static TheoryData<string> Documents => [.. TestFiles.Examples(".json").Select(f => Path.GetFileName(f))];

    public static TheoryData<string> Lines => [.. TestFiles.Examples(".jsonl").Select(f => Path.GetFileName(f))];

    private static async Task<Dataset> ReadLines(byte[] input)
    {
        (Dataset? dataset, IReadOnlyList<Finding> errors) = await JsonLines.ReadDatasetAsync(new MemoryStream(input));
        Assert.Empty(errors);
        return dataset!;
    }

    private static async Task<byte[]> WriteLines(Dataset dataset)
    {
        using var output = new MemoryStream();
        await JsonLines.WriteAsync(output, dataset);
        return output.ToArray();
    }

    private static byte[] WriteDocument(Dataset dataset)
    {
        using var output = new MemoryStream();
        PoliticalEventsJson.WriteDataset(output, dataset);
        return output.ToArray();
    }

    [Fact]
    public void Examples_BothFormsPresent()
    {
        Assert.NotEmpty(Documents);
        Assert.NotEmpty(Lines);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_ReadThenWritten_ByteIdentical(string file)
    {
        byte[] input = File.ReadAllBytes(TestFiles.Example(file));

        Dataset dataset = PoliticalEventsJson.ReadDataset(input).GetValueOrThrow();

        Assert.NotEmpty(dataset.Records);
        Assert.Equal(Encoding.UTF8.GetString(input), Encoding.UTF8.GetString(WriteDocument(dataset)));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Document_ThroughJsonLinesAndBack_EqualDatasetAndIdenticalBytes(string file)
    {
        byte[] input = File.ReadAllBytes(TestFiles.Example(file));
        Dataset original = PoliticalEventsJson.ReadDataset(input).GetValueOrThrow();

        Dataset viaLines = await ReadLines(await WriteLines(original));

        Assert.Equal(original, viaLines);
        Assert.Equal(input, WriteDocument(viaLines));
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task JsonLines_ReadThenWritten_ByteIdentical(string file)
    {
        byte[] input = File.ReadAllBytes(TestFiles.Example(file));

        Dataset dataset = await ReadLines(input);

        Assert.NotEmpty(dataset.Records);
        Assert.Equal(Encoding.UTF8.GetString(input), Encoding.UTF8.GetString(await WriteLines(dataset)));
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task JsonLines_ThroughDocumentAndBack_EqualDatasetAndIdenticalBytes(string file)
    {
        byte[] input = File.ReadAllBytes(TestFiles.Example(file));
        Dataset original = await ReadLines(input);

        Dataset viaDocument = PoliticalEventsJson.ReadDataset(WriteDocument(original)).GetValueOrThrow();

        Assert.Equal(original, viaDocument);
        Assert.Equal(input, await WriteLines(viaDocument));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Document_ReadFromAStreamOneByteAtATime_EqualToReadFromBytes(string file)
    {
        byte[] input = File.ReadAllBytes(TestFiles.Example(file));

        ReadResult<Dataset> fromStream = await PoliticalEventsJson.ReadDatasetAsync(new OneByteAtATimeStream(input));

        Assert.Equal(PoliticalEventsJson.ReadDataset(input).GetValueOrThrow(), fromStream.GetValueOrThrow());
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task JsonLines_ReadFromAStreamOneByteAtATime_EqualToReadFromBytes(string file)
    {
        byte[] input = File.ReadAllBytes(TestFiles.Example(file));

        (Dataset? dataset, IReadOnlyList<Finding> errors) = await JsonLines.ReadDatasetAsync(new OneByteAtATimeStream(input));

        Assert.Empty(errors);
        Assert.Equal(await ReadLines(input), dataset);
    }
}
