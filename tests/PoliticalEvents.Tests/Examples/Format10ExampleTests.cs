using NodaTime;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Examples;

/// <summary>
/// The seed story as it was written in format 1.0 (fixtures/valid/belarus-2025-format-1.0.json, the example before it
/// gained 1.1's proceeding and facility): a 1.0 file stays valid, with the same findings, under a library that reads 1.1.
/// </summary>
public sealed class Format10ExampleTests
{
    [Fact]
    public void SeedStoryIn10_IsValid_WithoutFindings_AndUsesNothingOf11()
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "valid", "belarus-2025-format-1.0.json"));
        Dataset dataset = PoliticalEventsJson.ReadDataset(bytes).GetValueOrThrow();

        Assert.Equal("1.0", dataset.FormatVersion);
        Assert.Empty(DatasetValidator.Validate(dataset, new ValidationOptions { Today = new LocalDate(2026, 12, 4) }).Findings);
        Assert.All(dataset.Records, record => Assert.Empty(FormatFeatures.Of(record)));
    }
}
