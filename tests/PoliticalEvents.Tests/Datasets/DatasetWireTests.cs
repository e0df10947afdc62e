using System.Text;
using NodaTime;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Actors;
using PoliticalEvents.Tests.Detentions;
using PoliticalEvents.Tests.Links;
using PoliticalEvents.Tests.Releases;
using PoliticalEvents.Tests.Sanctions;
using PoliticalEvents.Tests.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Datasets;

public sealed class DatasetWireTests
{
    internal static Dataset Full() => new()
    {
        Schema = "https://politicalevents.org/schemas/v1/dataset.schema.json",
        FormatVersion = "1.0",
        Title = "Belarus 2025",
        Description = "Releases and sanctions relief.",
        Publisher = new Publisher { Name = "PoliticalEvents project", Url = WebUrl.Parse("https://github.com/politicalevents/politicalevents") },
        License = "CC-BY-4.0",
        CreatedAt = Instant.FromUtc(2026, 11, 27, 12, 0, 0),
        Records = [PersonWireTests.Full(), OrganizationWireTests.Full(), DetentionWireTests.Full(), ReleaseWireTests.Full(), SanctionMeasureWireTests.Full(), LinkWireTests.Full()],
    };

    [Fact]
    public void Dataset_FullyPopulated_WritesMetadataInOrderAndReadsBackEqual()
    {
        Dataset dataset = Full();

        string json = PoliticalEventsJson.ToJson(dataset, indented: false);

        Assert.StartsWith(
            "{\"$schema\":\"https://politicalevents.org/schemas/v1/dataset.schema.json\",\"formatVersion\":\"1.0\",\"title\":\"Belarus 2025\","
            + "\"description\":\"Releases and sanctions relief.\",\"publisher\":{\"name\":\"PoliticalEvents project\",\"url\":\"https://github.com/politicalevents/politicalevents\"},"
            + "\"license\":\"CC-BY-4.0\",\"createdAt\":\"2026-11-27T12:00:00Z\",\"records\":[{\"type\":\"person\",",
            json);
        Assert.Equal(["$schema", "formatVersion", "title", "description", "publisher", "license", "createdAt", "records"], JsonShape.PropertyNames(json));
        Dataset read = PoliticalEventsJson.ReadDataset(Encoding.UTF8.GetBytes(json)).GetValueOrThrow();
        Assert.Equal(dataset, read);
        Assert.Equal(dataset.GetHashCode(), read.GetHashCode());
    }

    [Fact]
    public void Dataset_Minimal_WritesOnlyRequiredMembers()
    {
        var dataset = new Dataset { FormatVersion = "1.0", Title = "Empty", Records = [] };

        Assert.Equal("{\"formatVersion\":\"1.0\",\"title\":\"Empty\",\"records\":[]}", PoliticalEventsJson.ToJson(dataset, indented: false));
    }

    [Fact]
    public void Dataset_BuiltTwice_EqualWithEqualHashCodes()
        => RecordWire.EqualByValue(Full(), Full());

    [Fact]
    public void Dataset_OneRecordDiffers_NotEqual()
    {
        Dataset full = Full();
        RecordWire.EachDiffers(
            full,
            full with { Records = [.. full.Records.Take(5), LinkWireTests.Full() with { Notes = "Confirmed." }] },
            full with { Records = [.. full.Records.Take(5)] },
            full with { Records = [.. full.Records.Reverse()] },
            full with { Records = [.. full.Records.Take(5), LinkWireTests.Full() with { Id = new RecordId("link-2") }] },
            full with { Publisher = new Publisher { Name = "PoliticalEvents project" } },
            full with { Schema = null },
            full with { License = "CC0-1.0" });
    }
}
