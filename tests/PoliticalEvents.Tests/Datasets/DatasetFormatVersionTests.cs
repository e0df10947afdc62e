using System.Text;
using PoliticalEvents.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Datasets;

/// <summary>A dataset built in C# gets the current format version by default; on the wire, formatVersion stays required.</summary>
public sealed class DatasetFormatVersionTests
{
    [Fact]
    public void NewDataset_WithoutFormatVersion_IsTheCurrentVersion()
    {
        var dataset = new Dataset { Title = "T", Records = [] };

        Assert.Equal(Dataset.CurrentFormatVersion, dataset.FormatVersion);
        Assert.Equal("1.1", dataset.FormatVersion);
        Assert.Equal("{\"formatVersion\":\"1.1\",\"title\":\"T\",\"records\":[]}", PoliticalEventsJson.ToJson(dataset, indented: false));
    }

    [Fact]
    public void NewDataset_WithFormatVersion_KeepsIt()
        => Assert.Equal("1.0", new Dataset { FormatVersion = "1.0", Title = "T", Records = [] }.FormatVersion);

    [Fact]
    public void Metadata_FormatVersion_IsRequiredOnTheWire()
        => Assert.True(PoliticalEventsJson.DatasetTypeInfo.Properties.Single(p => p.Name == "formatVersion").IsRequired);

    // The same finding as before the property had a default: code, place (the object that lacks it) and message.
    [Theory]
    [InlineData("{\"title\":\"T\",\"records\":[]}")]
    [InlineData("{\"title\":\"T\",\"records\":[{\"type\":\"person\",\"id\":\"p-1\",\"name\":\"A\"}]}")]
    public void ReadDocument_WithoutFormatVersion_IsRequiredError(string json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);

        Finding error = Assert.Single(PoliticalEventsJson.ReadDataset(utf8).Findings);
        Assert.Equal(("required", string.Empty, 1, 1), (error.Code, error.Path, error.Line, error.Column));
        Assert.Equal("Missing required property 'formatVersion'.", error.Message);
    }

    [Fact]
    public async Task ReadJsonLines_HeaderWithoutFormatVersion_IsRequiredError()
    {
        var input = new MemoryStream(Encoding.UTF8.GetBytes("{\"type\":\"dataset\",\"title\":\"T\"}\n"));

        JsonLinesEntry line = Assert.Single(await JsonLines.ReadAsync(input).ToListAsync());

        Assert.Equal(("required", string.Empty, 1, 1), (line.Error!.Code, line.Error.Path, line.Error.Line, line.Error.Column));
    }
}
