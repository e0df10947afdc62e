using System.Text;
using PoliticalEvents.Cli;
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
    public void Sniff_TellsJsonLinesFromADocument(string input, string expected)
    {
        using var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetBytes(input));

        Assert.Equal(expected, DataFiles.Sniff(stream).ToString());
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
