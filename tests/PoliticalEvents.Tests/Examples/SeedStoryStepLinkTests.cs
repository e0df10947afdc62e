using NodaTime;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Examples;

/// <summary>
/// The seed story's releases are linked to the easing steps of the US measures they were traded for (format 1.1
/// <c>toStepId</c>), and Lithuania's president's denial of the September exchange is data (<c>deniedBy</c>).
/// </summary>
public sealed class SeedStoryStepLinkTests
{
    private static Dataset Example()
        => PoliticalEventsJson.ReadDataset(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", "belarus-2025.json"))).GetValueOrThrow();

    [Theory]
    [InlineData("link-potash-release", "sanction-us-belaruskali", "eased-2025-12-13", "2025-12-13")]
    [InlineData("link-belavia-release", "sanction-us-belavia", "eased-2025-09-11", "2025-09-11")]
    public void ReleaseLink_NamesTheEasingStepOfItsDay(string linkId, string measureId, string stepId, string day)
    {
        Dataset dataset = Example();
        Link link = dataset.Records.OfType<Link>().Single(l => l.Id.Value == linkId);
        SanctionMeasure measure = dataset.Records.OfType<SanctionMeasure>().Single(m => m.Id.Value == measureId);

        Assert.Equal(measureId, link.ToId.Value);
        Assert.Equal(stepId, link.ToStepId);
        SanctionEvent step = measure.History.Single(s => s.StepId == stepId);
        Assert.Equal(SanctionAction.Eased, step.Action);
        Assert.Equal(PartialDate.Parse(day), step.On);
        Assert.Equal(link.On, step.On);
    }

    [Fact]
    public void BelaviaExchange_AssertedAndDenied()
    {
        Link link = Example().Records.OfType<Link>().Single(l => l.Id.Value == "link-belavia-release");

        Assert.Equal("ARTICLE 19", link.AssertedBy);
        LinkDenial denial = Assert.Single(link.DeniedBy);
        Assert.Equal("Gitanas Nausėda, President of Lithuania", denial.By);
        Assert.Null(denial.On); // the sources do not date the statement apart from the day's reports
        Assert.Contains("not in exchange", link.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTheStepIds_TheLinksNoLongerResolve()
    {
        Dataset dataset = Example();
        Dataset withoutSteps = dataset with
        {
            Records = [.. dataset.Records.Select(r => r is SanctionMeasure m ? m with { History = [.. m.History.Select(s => s with { StepId = null })] } : r)],
        };

        ValidationResult result = DatasetValidator.Validate(withoutSteps, new ValidationOptions { Today = new LocalDate(2026, 12, 4) });

        Assert.Equal(
            ["link-belavia-release /records/21/toStepId", "link-potash-release /records/20/toStepId"],
            result.Findings.Where(f => f.Code == ValidationCodes.LinkStepUnresolved).Select(f => $"{f.RecordId} {f.Path}").Order(StringComparer.Ordinal));
    }
}
