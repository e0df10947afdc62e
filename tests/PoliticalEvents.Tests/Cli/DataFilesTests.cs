using System.Text;
using PoliticalEvents.Cli;
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
    public void Peek_TellsJsonLinesFromADocument(string input, string expected)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(input);

        Assert.Equal(expected, DataFiles.Peek(new MemoryStream(bytes)).Format.ToString());
        Assert.Equal(expected, DataFiles.Peek(new OneByteAtATimeStream(bytes)).Format.ToString());
    }

    [Fact]
    public void Peek_ReadsOnlyTheStartOfALongInput()
    {
        string header = """{"type":"dataset","formatVersion":"1.0","title":"T"}""" + "\n";
        byte[] bytes = Encoding.UTF8.GetBytes(header + string.Concat(Enumerable.Repeat("""{"type":"person","id":"p","name":"A"}""" + "\n", 20_000)));
        var input = new OneByteAtATimeStream(bytes);

        (byte[] peeked, DataFormat format) = DataFiles.Peek(input);

        Assert.Equal(DataFormat.Lines, format);
        Assert.True(peeked.Length <= header.Length, $"{peeked.Length} bytes read to tell the format");
    }

    [Fact]
    public void Peek_CompactDocumentWithRecordsFirst_IsToldBeforeTheLineEnds()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("""{"records":[""" + string.Join(',', Enumerable.Repeat("""{"type":"person","id":"p","name":"A"}""", 10_000)) + """],"formatVersion":"1.0","title":"T"}""");

        (byte[] peeked, DataFormat format) = DataFiles.Peek(new OneByteAtATimeStream(bytes));

        Assert.Equal(DataFormat.Document, format);
        Assert.True(peeked.Length < 100, $"{peeked.Length} bytes read to tell the format");
    }

    [Fact]
    public async Task PeekedStream_GivesBackTheWholeInput()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(PolevSandbox.Lines());
        var rest = new MemoryStream(bytes) { Position = 10 };

        using var replay = new PeekedStream(bytes[..10], rest);
        using var copy = new MemoryStream();
        await replay.CopyToAsync(copy);

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
