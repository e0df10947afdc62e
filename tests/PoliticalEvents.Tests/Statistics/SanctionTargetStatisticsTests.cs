using CsCheck;
using NodaTime;
using NodaTime.Text;
using PoliticalEvents.Statistics;
using PoliticalEvents.Tests.Generators;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Statistics;

/// <summary>Sanction targets in the statistics (format 1.1): by status weighed with their own dates, delisted by imposer.</summary>
public sealed class SanctionTargetStatisticsTests
{
    private static DatasetSummary Summarize(string asOf, params Record[] records)
    {
        var statistics = new DatasetStatistics(LocalDatePattern.Iso.Parse(asOf).Value);
        foreach (Record record in records)
        {
            statistics.Add(record);
        }

        return statistics.Summarize();
    }

    private static SanctionTarget Actor(string id, string? listed = null, string? delisted = null) => SanctionTarget.ForActor(new ActorId(id)) with
    {
        ListedOn = listed is null ? null : PartialDate.Parse(listed),
        DelistedOn = delisted is null ? null : PartialDate.Parse(delisted),
    };

    private static SanctionMeasure Measure(string id, string imposer, SanctionTarget[] targets, params (SanctionAction Action, string On)[] history) => new()
    {
        Id = new RecordId(id),
        ImposedById = new OrganizationId(imposer),
        Kind = SanctionKind.AssetFreeze,
        Targets = targets,
        History = [.. history.Select(step => new SanctionEvent { Action = step.Action, On = PartialDate.Parse(step.On) })],
    };

    // One measure imposed in 2020 and eased in 2024-06: a target listed with it, one listed in 2023-03, one listed
    // "on or before 2025-11-30" (an undated listing in force on a list's day), one delisted in 2024-05, a sector of one country.
    private static SanctionMeasure Eu() => Measure(
        "eu-measure",
        "org-eu",
        [
            Actor("p1"),
            Actor("p2", listed: "2023-03"),
            Actor("p3", listed: "../2025-11-30"),
            Actor("p4", listed: "2020-06-01", delisted: "2024-05"),
            SanctionTarget.ForSector("aviation", CountryCode.Parse("BY")),
        ],
        (SanctionAction.Imposed, "2020-06-01"),
        (SanctionAction.Eased, "2024-06"));

    [Theory]
    //                      active eased ended notYet
    [InlineData("2019-12-31", 0, 0, 0, 5)] // the measure is not yet in force: no target is
    [InlineData("2021-01-01", 3, 0, 0, 2)] // p1, p4 and the sector; p2 listed later; p3 not certainly listed before 2025-11-30
    [InlineData("2023-03-31", 4, 0, 0, 1)] // p2's month has passed
    [InlineData("2024-05-30", 4, 0, 0, 1)] // p4's delisting month has not ended
    [InlineData("2024-05-31", 3, 0, 1, 1)] // p4 delisted
    [InlineData("2024-06-30", 0, 3, 1, 1)] // the measure eased: so it is for every target still listed
    [InlineData("2025-11-30", 0, 4, 1, 0)] // p3 certainly listed by the list's day
    public void TargetsByStatus_WeighEachTargetsOwnDates(string asOf, int active, int eased, int ended, int notYet)
    {
        SanctionStatistics sanctions = Summarize(asOf, Eu()).Sanctions;

        Assert.Equal(new SanctionStatusCounts { Active = active, Eased = eased, Suspended = 0, Ended = ended, NotYetInForce = notYet }, sanctions.TargetsByStatus);
        Assert.Equal(5, sanctions.Targets);
        Assert.Equal(3, sanctions.TargetsWithDates);
        Assert.Equal(1, sanctions.Measures);
    }

    [Theory]
    [InlineData("2024-05-30", 0)]
    [InlineData("2024-05-31", 1)]
    [InlineData("2026-01-01", 1)]
    public void DelistedByImposer_CountsTargetsCertainlyDelisted(string asOf, int eu)
    {
        SanctionMeasure us = Measure(
            "us-measure",
            "org-us",
            [Actor("q1", delisted: "2025-11-04"), Actor("q2", delisted: "2025-11-04"), Actor("q3")],
            (SanctionAction.Imposed, "2023-08-09"));

        SanctionStatistics sanctions = Summarize(asOf, Eu(), us).Sanctions;

        (string, int)[] expected = asOf == "2026-01-01" ? [("org-eu", 1), ("org-us", 2)] : eu > 0 ? [("org-eu", 1)] : [];
        Assert.Equal(expected, sanctions.DelistedByImposer.Select(p => (p.Key.Value, p.Value)));
    }

    [Fact]
    public void MeasureEnded_EndsEveryTarget_NotCountedAsDelisted()
    {
        SanctionMeasure lifted = Measure(
            "lifted",
            "org-us",
            [Actor("a"), Actor("b", listed: "2024-01-01")],
            (SanctionAction.Imposed, "2023-08-09"),
            (SanctionAction.Lifted, "2025-11-04"));

        SanctionStatistics sanctions = Summarize("2025-12-31", lifted).Sanctions;

        Assert.Equal(2, sanctions.TargetsByStatus.Ended);
        Assert.Empty(sanctions.DelistedByImposer);
    }

    [Fact]
    public void Format10Data_TargetsFollowTheirMeasure()
    {
        SanctionMeasure measure = Measure("m", "o", [Actor("a"), SanctionTarget.ForSector("potash")], (SanctionAction.Imposed, "2021"));

        SanctionStatistics sanctions = Summarize("2025-12-31", measure).Sanctions;

        Assert.Equal(new SanctionStatusCounts { Active = 2, Eased = 0, Suspended = 0, Ended = 0, NotYetInForce = 0 }, sanctions.TargetsByStatus);
        Assert.Equal(0, sanctions.TargetsWithDates);
    }

    /// <summary>
    /// For any dataset: the targets' statuses add up to the number of targets, each target's status is its measure's
    /// unless the target's own dates say otherwise, and a target counted as delisted is ended or not yet in force.
    /// </summary>
    [Fact]
    public void TargetCounts_AgreeWithEachTarget_ForAnyDataset()
    {
        Gen.Select(RecordGenerators.Dataset, RecordGenerators.Day(2015, 2030)).Sample((dataset, day) =>
        {
            var statistics = new DatasetStatistics(day);
            foreach (Record record in dataset.Records)
            {
                statistics.Add(record);
            }

            SanctionStatistics sanctions = statistics.Summarize().Sanctions;
            SanctionMeasure[] measures = [.. dataset.Records.OfType<SanctionMeasure>()];
            int targets = measures.Sum(m => m.Targets.Count);
            Assert.Equal(targets, sanctions.Targets);
            Assert.Equal(targets, sanctions.TargetsByStatus.Total);
            Assert.Equal(measures.Sum(m => m.Targets.Count(t => t.ListedOn is not null || t.DelistedOn is not null)), sanctions.TargetsWithDates);

            // Targets without dates of their own have their measure's status: at least that many in each status.
            int Plain(SanctionStatus? status) => measures.Sum(m => m.Targets.Count(t => t.ListedOn is null && t.DelistedOn is null && m.StatusOn(day) == status));
            Assert.True(sanctions.TargetsByStatus.Active >= Plain(SanctionStatus.Active));
            Assert.True(sanctions.TargetsByStatus.Eased >= Plain(SanctionStatus.Eased));
            Assert.True(sanctions.TargetsByStatus.Suspended >= Plain(SanctionStatus.Suspended));

            // A target's own dates never put it in force when its measure is not: in-force targets are at most the
            // targets of measures in force.
            int inForce = measures.Where(m => m.StatusOn(day) is SanctionStatus.Active or SanctionStatus.Eased or SanctionStatus.Suspended).Sum(m => m.Targets.Count);
            Assert.True(sanctions.TargetsByStatus.Active + sanctions.TargetsByStatus.Eased + sanctions.TargetsByStatus.Suspended <= inForce);

            int delisted = sanctions.DelistedByImposer.Values.Sum();
            Assert.Equal(measures.Sum(m => m.Targets.Count(t => t.DelistedOn is { } d && d.Latest <= day)), delisted);
            Assert.True(delisted <= sanctions.TargetsByStatus.Ended + sanctions.TargetsByStatus.NotYetInForce);
        });
    }
}
