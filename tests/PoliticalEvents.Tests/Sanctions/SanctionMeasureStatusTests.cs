using NodaTime;
using Xunit;

namespace PoliticalEvents.Tests.Sanctions;

/// <summary><see cref="SanctionMeasure.StatusOn"/> derives the status from the history; it is never stored.</summary>
public sealed class SanctionMeasureStatusTests
{
    private static SanctionMeasure Measure(params (SanctionAction Action, string On)[] history) => new()
    {
        Id = new RecordId("s1"),
        ImposedById = new OrganizationId("o1"),
        Kind = SanctionKind.AssetFreeze,
        Targets = [SanctionTarget.ForSector("potash")],
        History = [.. history.Select(step => new SanctionEvent { Action = step.Action, On = PartialDate.Parse(step.On) })],
    };

    private static LocalDate Day(string text) => PartialDate.Parse(text).Earliest;

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }

    [Fact]
    public void StatusOn_BeforeImposition_Null()
    {
        SanctionMeasure measure = Measure((SanctionAction.Imposed, "2021-08-09"));

        Assert.Null(measure.StatusOn(Day("2021-08-08")));
        Assert.Equal(SanctionStatus.Active, measure.StatusOn(Day("2021-08-09")));
    }

    [Fact]
    public void StatusOn_ImposedThenEased_ActiveThenEased()
    {
        SanctionMeasure measure = Measure((SanctionAction.Imposed, "2021-08-09"), (SanctionAction.Eased, "2025-09-11"));

        Assert.Equal(SanctionStatus.Active, measure.StatusOn(Day("2025-09-10")));
        Assert.Equal(SanctionStatus.Eased, measure.StatusOn(Day("2025-09-11")));
        Assert.Equal(SanctionStatus.Eased, measure.StatusOn(Day("2030-01-01")));
    }

    [Fact]
    public void StatusOn_Suspended_Suspended()
        => Assert.Equal(SanctionStatus.Suspended, Measure((SanctionAction.Imposed, "2020"), (SanctionAction.Suspended, "2021-03-01")).StatusOn(Day("2021-03-01")));

    [Theory]
    [InlineData(SanctionAction.Lifted)]
    [InlineData(SanctionAction.Expired)]
    [InlineData(SanctionAction.Annulled)]
    public void StatusOn_AfterAnEnd_Ended(SanctionAction end)
    {
        SanctionMeasure measure = Measure((SanctionAction.Imposed, "2020-01-01"), (SanctionAction.Eased, "2021-01-01"), (end, "2022-01-01"));

        Assert.Equal(SanctionStatus.Eased, measure.StatusOn(Day("2021-12-31")));
        Assert.Equal(SanctionStatus.Ended, measure.StatusOn(Day("2022-01-01")));
    }

    [Theory]
    [InlineData(SanctionAction.Lifted)]
    [InlineData(SanctionAction.Expired)]
    [InlineData(SanctionAction.Annulled)]
    public void StatusOn_ReimposedAfterAnEnd_ActiveAgain(SanctionAction end)
    {
        SanctionMeasure measure = Measure((SanctionAction.Imposed, "2020-01-01"), (end, "2022-01-01"), (SanctionAction.Reimposed, "2023-06"));

        Assert.Equal(SanctionStatus.Ended, measure.StatusOn(Day("2023-06-15")));
        Assert.Equal(SanctionStatus.Active, measure.StatusOn(Day("2023-06-30")));
    }

    [Theory]
    [InlineData(SanctionAction.Amended)]
    [InlineData(SanctionAction.Extended)]
    public void StatusOn_AmendedOrExtendedAfterSuspension_ActiveAgain(SanctionAction step)
    {
        SanctionMeasure measure = Measure((SanctionAction.Imposed, "2020-01-01"), (SanctionAction.Suspended, "2021-01-01"), (step, "2021-07-01"));

        Assert.Equal(SanctionStatus.Suspended, measure.StatusOn(Day("2021-06-30")));
        Assert.Equal(SanctionStatus.Active, measure.StatusOn(Day("2021-07-01")));
    }

    [Theory]
    [InlineData(SanctionAction.Amended)]
    [InlineData(SanctionAction.Extended)]
    public void StatusOn_AmendedOrExtendedWhileEased_StaysEased(SanctionAction step)
    {
        SanctionMeasure measure = Measure((SanctionAction.Imposed, "2020-01-01"), (SanctionAction.Eased, "2021-01-01"), (step, "2021-07-01"));

        Assert.Equal(SanctionStatus.Eased, measure.StatusOn(Day("2021-07-01")));
    }

    [Theory]
    [InlineData(SanctionAction.Amended)]
    [InlineData(SanctionAction.Extended)]
    public void StatusOn_AmendedOrExtendedWhileActive_StaysActive(SanctionAction step)
        => Assert.Equal(SanctionStatus.Active, Measure((SanctionAction.Imposed, "2020-01-01"), (step, "2021-07-01")).StatusOn(Day("2021-07-01")));

    [Theory]
    [InlineData("2025-12", "2025-12-10", SanctionStatus.Active)]
    [InlineData("2025-12", "2025-12-30", SanctionStatus.Active)]
    [InlineData("2025-12", "2025-12-31", SanctionStatus.Eased)]
    [InlineData("2025-12~", "2025-12-31", SanctionStatus.Eased)]
    [InlineData("2025", "2025-06-30", SanctionStatus.Active)]
    [InlineData("2025?", "2025-12-31", SanctionStatus.Eased)]
    [InlineData("2024-02", "2024-02-28", SanctionStatus.Active)]
    [InlineData("2024-02", "2024-02-29", SanctionStatus.Eased)]
    public void StatusOn_StepOfPartialPrecision_CountsOnlyFromItsLatestDay(string easedOn, string day, SanctionStatus expected)
    {
        SanctionMeasure measure = Measure((SanctionAction.Imposed, "2021-08-09"), (SanctionAction.Eased, easedOn));

        Assert.Equal(expected, measure.StatusOn(Day(day)));
    }

    [Fact]
    public void StatusOn_ImposedKnownOnlyToTheYear_NullUntilTheYearEnds()
    {
        SanctionMeasure measure = Measure((SanctionAction.Imposed, "2006"));

        Assert.Null(measure.StatusOn(Day("2006-12-30")));
        Assert.Equal(SanctionStatus.Active, measure.StatusOn(Day("2006-12-31")));
    }

    [Fact]
    public void StatusOn_CoarseStepBeforeAFineOne_FineOneCountsFirst()
    {
        // Eased "in 2025" (not certain before 31 December), then lifted on 1 July 2025: the lifting counts from
        // 1 July; the easing, listed earlier, counts only from 31 December and does not undo the end.
        SanctionMeasure measure = Measure((SanctionAction.Imposed, "2020-01-01"), (SanctionAction.Eased, "2025"), (SanctionAction.Lifted, "2025-07-01"));

        Assert.Equal(SanctionStatus.Active, measure.StatusOn(Day("2025-06-30")));
        Assert.Equal(SanctionStatus.Ended, measure.StatusOn(Day("2025-07-01")));
        Assert.Equal(SanctionStatus.Ended, measure.StatusOn(Day("2026-01-01")));
    }

    [Fact]
    public void StatusOn_EmptyHistory_Null()
        => Assert.Null(Measure().StatusOn(Day("2025-01-01")));

    [Fact]
    public void CurrentStatus_FakeClock_UsesTheUtcDateOfTheClock()
    {
        SanctionMeasure measure = Measure((SanctionAction.Imposed, "2021-08-09"), (SanctionAction.Eased, "2025-12-14"));

        Assert.Null(measure.CurrentStatus(new FixedClock(Instant.FromUtc(2021, 8, 8, 23, 59, 59))));
        Assert.Equal(SanctionStatus.Active, measure.CurrentStatus(new FixedClock(Instant.FromUtc(2025, 12, 13, 23, 59, 59))));
        Assert.Equal(SanctionStatus.Eased, measure.CurrentStatus(new FixedClock(Instant.FromUtc(2025, 12, 14, 0, 0, 0))));
    }

    [Fact]
    public void CurrentStatus_NoClock_UsesTheSystemClock()
    {
        SanctionMeasure measure = Measure((SanctionAction.Imposed, "2001-01-01"), (SanctionAction.Lifted, "2002-01-01"));

        Assert.Equal(measure.StatusOn(SystemClock.Instance.GetCurrentInstant().InUtc().Date), measure.CurrentStatus());
        Assert.Equal(SanctionStatus.Ended, measure.CurrentStatus());
    }
}
