using System.Text;
using PoliticalEvents.Cli;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

public sealed class DataFilesTests
{
    [Theory]
    [InlineData("{\"type\":\"dataset\",\"formatVersion\":\"1.0\",\"title\":\"T\"}\n{\"type\":\"person\",\"id\":\"p\",\"name\":\"A\"}\n", "Lines")]
    [InlineData("{\"id\":\"p\",\"type\":\"person\",\"name\":\"A\"}", "Lines")]
    [InlineData("\n\r\n  {\"type\":\"person\",\"id\":\"p\",\"name\": A}\n", "Lines")]
    [InlineData("{\"id\":\"p\",\"name\":\"A\"}\n", "Lines")]
    [InlineData("{\n  \"formatVersion\": \"1.0\",\n  \"records\": []\n}\n", "Document")]
    [InlineData("{\"formatVersion\":\"1.0\",\"title\":\"T\",\"records\":[{\"type\":\"person\"}]}", "Document")]
    [InlineData("{\"formatVersion\":\"1.0\",\"publisher\":{\n\"name\":\"P\"},\"records\":[]}", "Document")]
    [InlineData("{\"formatVersion\":\"1.0\", \"title\": \"cut", "Document")]
    [InlineData("[1, 2]", "Document")]
    [InlineData("", "Document")]
    [InlineData("\uFEFF{\"type\":\"person\"}", "Lines")]
    [InlineData("{\"id\":\"p\",\"publisher\":{\"name\":\"P\"}", "Document")]
    public async Task DetectFormatAsync_TellsJsonLinesFromADocument(string input, string expected)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(input);

        Assert.Equal(expected, Named((await DatasetReader.DetectFormatAsync(new MemoryStream(bytes))).Format));
        Assert.Equal(expected, Named((await DatasetReader.DetectFormatAsync(new OneByteAtATimeStream(bytes))).Format));
    }

    // The names polev's --from/--to use for the two forms.
    private static string Named(DatasetFormat format) => format == DatasetFormat.JsonLines ? "Lines" : "Document";

    // How many bytes of the input detection read: what is left in the input afterwards, taken from the total.
    private static async Task<int> BytesReadToDetect(byte[] bytes)
    {
        var input = new OneByteAtATimeStream(bytes);
        DetectedStream detected = await DatasetReader.DetectFormatAsync(input);
        using var rest = new MemoryStream();
        await input.CopyToAsync(rest);
        Assert.NotEqual(DatasetFormat.Detect, detected.Format);
        return bytes.Length - (int)rest.Length;
    }

    [Fact]
    public async Task DetectFormatAsync_ReadsOnlyTheStartOfALongInput()
    {
        string header = """{"type":"dataset","formatVersion":"1.0","title":"T"}""" + "\n";
        byte[] bytes = Encoding.UTF8.GetBytes(header + string.Concat(Enumerable.Repeat("""{"type":"person","id":"p","name":"A"}""" + "\n", 20_000)));

        int read = await BytesReadToDetect(bytes);

        Assert.True(read <= header.Length, $"{read} bytes read to tell the format");
    }

    [Fact]
    public async Task DetectFormatAsync_CompactDocumentWithRecordsFirst_IsToldBeforeTheLineEnds()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("""{"records":[""" + string.Join(',', Enumerable.Repeat("""{"type":"person","id":"p","name":"A"}""", 10_000)) + """],"formatVersion":"1.0","title":"T"}""");

        int read = await BytesReadToDetect(bytes);

        Assert.Equal(DatasetFormat.Document, (await DatasetReader.DetectFormatAsync(new MemoryStream(bytes))).Format);
        Assert.True(read < 100, $"{read} bytes read to tell the format");
    }

    [Fact]
    public async Task DetectFormatAsync_ItsStreamGivesBackTheWholeInput()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(PolevSandbox.Lines());

        DetectedStream detected = await DatasetReader.DetectFormatAsync(new OneByteAtATimeStream(bytes));
        using var copy = new MemoryStream();
        await detected.Stream.CopyToAsync(copy);

        Assert.Equal(DatasetFormat.JsonLines, detected.Format);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Theory]
    [InlineData("data.json", "Document")]
    [InlineData("DATA.JSON", "Document")]
    [InlineData("data.jsonl", "Lines")]
    [InlineData("data.ndjson", "Lines")]
    [InlineData("data.txt", null)]
    [InlineData("data", null)]
    public void FormatFromExtension_KnowsTheThreeExtensions(string path, string? expected)
        => Assert.Equal(expected, DataFiles.FormatFromExtension(path)?.ToString());
}
