using NodaTime;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Statistics;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Examples;

/// <summary>
/// examples/belarus-protests-2020.json, the format 1.1 example of issue 13's bends: a mass detention counted by two
/// sources who disagree (kept, counted and published as counts, not as a placeholder person), and a beating in custody
/// told three ways (an incident with attributed accounts), at a facility shared by reference.
/// </summary>
public sealed class ProtestsExampleTests
{
    private static Dataset Example()
        => PoliticalEventsJson.ReadDataset(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", "belarus-protests-2020.json"))).GetValueOrThrow();

    [Fact]
    public void Example_Declares11_AndIsValidWithoutFindings()
    {
        Dataset dataset = Example();

        Assert.Equal("1.1", dataset.FormatVersion);
        Assert.Empty(DatasetValidator.Validate(dataset, new ValidationOptions { Today = new LocalDate(2026, 12, 4) }).Findings);
    }

    [Fact]
    public void Stats_CountThePeopleOfTheMassDetention_AsTheRangeTheTwoSourcesGive()
    {
        var statistics = new DatasetStatistics(new LocalDate(2026, 1, 1));
        foreach (Record record in Example().Records)
        {
            statistics.Add(record);
        }

        DatasetSummary summary = statistics.Summarize();

        Assert.Equal((1, 600L, 713L), (summary.MassDetentions.Total.Events, summary.MassDetentions.Total.PeopleLow, summary.MassDetentions.Total.PeopleHigh));
        Assert.Equal(1, summary.Incidents.Total);
        Assert.Equal(1, summary.Detentions.Total.Total);
    }

    [Fact]
    public void PublicRedaction_KeepsTheCountsWithWhoGaveThem_TheirSources_AndTheAccounts()
    {
        Dataset example = Example();

        RedactionResult result = Redactor.Redact(example, RedactionProfile.Public, new ValidationOptions { Today = new LocalDate(2026, 12, 4) });

        Assert.True(result.Succeeded, result.ToString());
        MassDetention before = example.Records.OfType<MassDetention>().Single();
        MassDetention after = result.Dataset!.Records.OfType<MassDetention>().Single();
        Assert.Equal(before.Counts, after.Counts);
        Assert.Equal(before.Sources, after.Sources);
        Assert.Equal(3, result.Dataset.Records.OfType<Incident>().Single().Accounts.Count);
    }
}
