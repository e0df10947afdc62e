using CsCheck;
using PoliticalEvents.Tests.Generators;
using Xunit;

namespace PoliticalEvents.Tests.Sanctions;

/// <summary><c>StatusOn(DateOnly)</c> is <c>StatusOn(LocalDate)</c> for callers without NodaTime.</summary>
public sealed class SanctionMeasureDateOnlyTests
{
    [Fact]
    public void StatusOnDateOnly_AgreesWithStatusOnLocalDate()
        => Gen.Select(RecordGenerators.Dataset, RecordGenerators.Day(1985, 2035)).Sample((dataset, day) =>
        {
            foreach (SanctionMeasure measure in dataset.Records.OfType<SanctionMeasure>())
            {
                Assert.Equal(measure.StatusOn(day), measure.StatusOn(day.ToDateOnly()));
            }
        });

    [Fact]
    public void StatusOnDateOnly_BeforeAndAfterEasing()
    {
        var measure = new SanctionMeasure
        {
            Id = (RecordId)"sanction-1",
            ImposedById = (OrganizationId)"us",
            Kind = SanctionKind.AssetFreeze,
            Targets = [SanctionTarget.ForActor((OrganizationId)"belaruskali")],
            History =
            [
                new SanctionEvent { Action = SanctionAction.Imposed, On = PartialDate.Parse("2021-08") },
                new SanctionEvent { Action = SanctionAction.Eased, On = new DateOnly(2025, 12, 13) },
            ],
        };

        Assert.Null(measure.StatusOn(new DateOnly(2021, 8, 30)));
        Assert.Equal(SanctionStatus.Active, measure.StatusOn(new DateOnly(2021, 9, 1)));
        Assert.Equal(SanctionStatus.Active, measure.StatusOn(new DateOnly(2025, 12, 12)));
        Assert.Equal(SanctionStatus.Eased, measure.StatusOn(new DateOnly(2025, 12, 13)));
    }
}
