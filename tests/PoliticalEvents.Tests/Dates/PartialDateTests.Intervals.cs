using System.Text;
using CsCheck;
using NodaTime;
using Xunit;

namespace PoliticalEvents.Tests.Dates;

/// <summary>
/// Intervals and open ends (format 1.1): <c>2020/2021</c>, <c>2020-03-01/2020-05</c>, <c>../2025-11-30</c>,
/// <c>2020-09/..</c>, meaning one day within; the laws of single dates hold for them too (see the property tests,
/// whose generators include intervals).
/// </summary>
public sealed partial class PartialDateTests
{
    [Theory]
    [InlineData("2020/2021", "2020-01-01", "2021-12-31")]
    [InlineData("2020-03-01/2020-05", "2020-03-01", "2020-05-31")]
    [InlineData("../2025-11-30", "0001-01-01", "2025-11-30")]
    [InlineData("2020-09/..", "2020-09-01", "9999-12-31")]
    [InlineData("2020~/2021?", "2020-01-01", "2021-12-31")]
    [InlineData("2020/2020", "2020-01-01", "2020-12-31")]
    [InlineData("2020/2020-05", "2020-01-01", "2020-05-31")]
    [InlineData("2020-05-31/2020-05", "2020-05-31", "2020-05-31")]
    public void Parse_Interval_DenotesTheDaysFromItsStartToItsEnd(string text, string earliest, string latest)
    {
        PartialDate date = PartialDate.Parse(text);

        Assert.True(date.IsInterval);
        Assert.Equal(DatePrecision.Interval, date.Precision);
        Assert.Equal(text, date.ToString());
        Assert.Equal(earliest, date.Earliest.ToString("yyyy-MM-dd", null));
        Assert.Equal(latest, date.Latest.ToString("yyyy-MM-dd", null));
        Assert.True(PartialDate.TryParse(Encoding.UTF8.GetBytes(text), out PartialDate fromBytes));
        Assert.Equal(date, fromBytes);
    }

    [Theory]
    [InlineData("2021/2020", "date.notReal")] // ends before it starts: no day
    [InlineData("2020-06/2020-05", "date.notReal")]
    [InlineData("2020-02-30/2021", "date.notReal")]
    [InlineData("2020/2021-02-30", "date.notReal")]
    [InlineData("../..", "pattern")]
    [InlineData("2020/", "pattern")]
    [InlineData("/2020", "pattern")]
    [InlineData("2020/../..", "pattern")]
    [InlineData("2020/2021/2022", "pattern")]
    [InlineData(".../2020", "pattern")]
    [InlineData("2020/.", "pattern")]
    [InlineData("2020 /2021", "pattern")]
    [InlineData("[2020,2021]", "pattern")] // EDTF sets are not intervals
    public void TryParse_NotAnInterval_IsRefusedWithItsProblem(string text, string problem)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Equal(problem, PartialDate.ParseCore(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void Factories_BuildTheIntervalsTheTextNames()
    {
        PartialDate y2020 = PartialDate.FromYear(2020);
        PartialDate may2020 = PartialDate.FromYearMonth(2020, 5);

        Assert.Equal(PartialDate.Parse("2020/2020-05"), PartialDate.Between(y2020, may2020));
        Assert.Equal(PartialDate.Parse("../2020-05"), PartialDate.OnOrBefore(may2020));
        Assert.Equal(PartialDate.Parse("2020/.."), PartialDate.OnOrAfter(y2020));
        Assert.Equal(y2020, PartialDate.Parse("2020/2020-05").Start);
        Assert.Equal(may2020, PartialDate.Parse("2020/2020-05").End);
        Assert.Null(PartialDate.Parse("../2020-05").Start);
        Assert.Null(PartialDate.Parse("2020/..").End);
        Assert.Equal(may2020, may2020.Start);
        Assert.Equal(may2020, may2020.End);
    }

    [Fact]
    public void Factories_RefuseReversedAndNestedIntervals()
    {
        PartialDate interval = PartialDate.Parse("2020/2021");

        Assert.Throws<ArgumentException>(() => PartialDate.Between(PartialDate.FromYear(2021), PartialDate.FromYear(2020)));
        Assert.Throws<ArgumentException>(() => PartialDate.Between(interval, PartialDate.FromYear(2022)));
        Assert.Throws<ArgumentException>(() => PartialDate.OnOrBefore(interval));
        Assert.Throws<ArgumentException>(() => PartialDate.OnOrAfter(interval));
    }

    [Theory]
    [InlineData("../2025-11-30", "2025-12", true)]  // on or before 30 Nov: certainly before December
    [InlineData("../2025-11-30", "2025-11", false)]
    [InlineData("2020-09/..", "2030", false)]       // on or after: never certainly before anything
    [InlineData("2019/2020", "2021-01-01", true)]
    [InlineData("2019/2020~", "2021-01-01", false)] // a qualified end removes certainty
    [InlineData("2020", "2020-09/..", false)]
    [InlineData("2019", "2020-09/..", true)]
    public void IsDefinitelyBefore_Interval_OnlyWhenEveryDayIsBefore(string left, string right, bool expected)
        => Assert.Equal(expected, PartialDate.Parse(left).IsDefinitelyBefore(PartialDate.Parse(right)));

    [Fact]
    public void Components_OfAnInterval_AreThoseOfItsStartOrOfItsEndWhenOpenAtTheStart()
    {
        PartialDate closed = PartialDate.Parse("2020-03-01/2021~");
        PartialDate openStart = PartialDate.Parse("../2025-11");

        Assert.Equal((2020, 3, 1), (closed.Year, closed.Month, closed.Day));
        Assert.Equal(DateQualifier.Approximate, closed.Qualifier);
        Assert.True(closed.IsApproximate);
        Assert.Equal((2025, 11, (int?)null), (openStart.Year, openStart.Month, openStart.Day));
        Assert.Equal("2020-03-01?/2021?", closed.WithQualifier(DateQualifier.Uncertain).ToString());
        Assert.Equal("../2025-11%", openStart.WithQualifier(DateQualifier.ApproximateAndUncertain).ToString());
    }

    [Fact]
    public void Intervals_SortAfterSingleDatesOfTheSameFirstDay_ThenByEnd()
    {
        string[] sorted = ["2020-01-01", "2020-01", "2020", "2020/2020-06", "2020/2021", "2020/..", "2020-02"];
        string[] shuffled = [.. sorted.Reverse()];

        Assert.Equal(sorted, shuffled.Select(PartialDate.Parse).Order().Select(d => d.ToString()));
    }

    [Fact]
    public void Interval_ContainsExactlyTheDaysBetweenItsEnds()
        => Gen.Select(IntervalDate, Gen.Int[1, 9999], Gen.Int[1, 365]).Sample((interval, year, dayOfYear) =>
        {
            LocalDate day = new LocalDate(year, 1, 1).PlusDays(Math.Min(dayOfYear, CalendarSystem.Iso.GetDaysInYear(year)) - 1);
            bool afterStart = interval.Start is not PartialDate start || start.Earliest <= day;
            bool beforeEnd = interval.End is not PartialDate end || day <= end.Latest;
            Assert.Equal(afterStart && beforeEnd, interval.Contains(day));
        }, iter: 5_000);
}
