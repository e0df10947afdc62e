using NodaTime;
using PoliticalEvents.Tests.TestHelpers;
using Xunit;

namespace PoliticalEvents.Tests.Dates;

/// <summary>Construction, components and the interval a <see cref="PartialDate"/> denotes. See the partial files for parsing, comparison, properties and JSON.</summary>
public sealed partial class PartialDateTests
{
    [Theory]
    [InlineData("2021", 2021, null, null, DatePrecision.Year)]
    [InlineData("2020-09", 2020, 9, null, DatePrecision.Month)]
    [InlineData("2020-09-07", 2020, 9, 7, DatePrecision.Day)]
    [InlineData("0001", 1, null, null, DatePrecision.Year)]
    [InlineData("9999-12-31", 9999, 12, 31, DatePrecision.Day)]
    public void Components_EachPrecision_ReportWhatTheSourceGave(string text, int year, int? month, int? day, DatePrecision precision)
    {
        PartialDate date = PartialDate.Parse(text);

        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateQualifier.None, date.Qualifier);
    }

    [Theory]
    [InlineData("2020-09", DateQualifier.None, false, false)]
    [InlineData("2020-09~", DateQualifier.Approximate, true, false)]
    [InlineData("2020-09?", DateQualifier.Uncertain, false, true)]
    [InlineData("2020-09%", DateQualifier.ApproximateAndUncertain, true, true)]
    public void Qualifier_EachSymbol_SetsFlags(string text, DateQualifier qualifier, bool approximate, bool uncertain)
    {
        PartialDate date = PartialDate.Parse(text);

        Assert.Equal(qualifier, date.Qualifier);
        Assert.Equal(approximate, date.IsApproximate);
        Assert.Equal(uncertain, date.IsUncertain);
    }

    [Theory]
    [InlineData("2020", "2020-01-01", "2020-12-31")]
    [InlineData("2020-09", "2020-09-01", "2020-09-30")]
    [InlineData("2020-12", "2020-12-01", "2020-12-31")]
    [InlineData("2020-09-07", "2020-09-07", "2020-09-07")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2000-02", "2000-02-01", "2000-02-29")]
    [InlineData("1900-02", "1900-02-01", "1900-02-28")]
    [InlineData("2024-02-29", "2024-02-29", "2024-02-29")]
    [InlineData("0001", "0001-01-01", "0001-12-31")]
    [InlineData("9999-12", "9999-12-01", "9999-12-31")]
    public void EarliestLatest_EachPrecision_SpanTheDaysDenoted(string text, string earliest, string latest)
    {
        PartialDate date = PartialDate.Parse(text);

        Assert.Equal(Day(earliest), date.Earliest);
        Assert.Equal(Day(latest), date.Latest);
    }

    [Theory]
    [InlineData("2020")]
    [InlineData("2020-02")]
    [InlineData("2020-02-03")]
    public void EarliestLatest_Qualified_DoNotWidenTheInterval(string text)
    {
        PartialDate plain = PartialDate.Parse(text);

        foreach (string symbol in new[] { "~", "?", "%" })
        {
            PartialDate qualified = PartialDate.Parse(text + symbol);
            Assert.Equal(plain.Earliest, qualified.Earliest);
            Assert.Equal(plain.Latest, qualified.Latest);
        }
    }

    [Fact]
    public void Default_Value_IsYearOneWithYearPrecision()
    {
        PartialDate date = default;

        Assert.Equal(1, date.Year);
        Assert.Equal(DatePrecision.Year, date.Precision);
        Assert.Equal(DateQualifier.None, date.Qualifier);
        Assert.Equal("0001", date.ToString());
        Assert.Equal(PartialDate.Parse("0001"), date);
    }

    [Fact]
    public void Factories_SameDate_EqualParsedText()
    {
        Assert.Equal(PartialDate.Parse("2021"), PartialDate.FromYear(2021));
        Assert.Equal(PartialDate.Parse("2021?"), PartialDate.FromYear(2021, DateQualifier.Uncertain));
        Assert.Equal(PartialDate.Parse("2020-09"), PartialDate.FromYearMonth(2020, 9));
        Assert.Equal(PartialDate.Parse("2020-09~"), PartialDate.FromYearMonth(2020, 9, DateQualifier.Approximate));
        Assert.Equal(PartialDate.Parse("2020-09-07"), PartialDate.FromDate(new LocalDate(2020, 9, 7)));
        Assert.Equal(PartialDate.Parse("2020-09-07%"), PartialDate.FromDate(new LocalDate(2020, 9, 7), DateQualifier.ApproximateAndUncertain));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10000)]
    public void FromYear_YearOutOfRange_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYear(year));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYearMonth(year, 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void FromYearMonth_MonthOutOfRange_Throws(int month)
        => Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYearMonth(2020, month));

    [Fact]
    public void FromDate_YearZeroOrOtherCalendar_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromDate(new LocalDate(0, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromDate(new LocalDate(2020, 1, 1, CalendarSystem.Julian)));
    }

    [Fact]
    public void Factories_UndefinedQualifier_Throw()
    {
        var undefined = (DateQualifier)4;

        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYear(2020, undefined));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYearMonth(2020, 1, undefined));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromDate(new LocalDate(2020, 1, 1), undefined));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYear(2020).WithQualifier(undefined));
    }

    [Theory]
    [InlineData("2020", DateQualifier.Approximate, "2020~")]
    [InlineData("2020-09?", DateQualifier.None, "2020-09")]
    [InlineData("2020-09-07~", DateQualifier.ApproximateAndUncertain, "2020-09-07%")]
    public void WithQualifier_AnyDate_KeepsDayAndPrecision(string text, DateQualifier qualifier, string expected)
        => Assert.Equal(PartialDate.Parse(expected), PartialDate.Parse(text).WithQualifier(qualifier));

    [Fact]
    public void Equality_ValueContract_Holds()
        => ValueContract.AssertEquality(
            PartialDate.Parse("2020-09"),
            PartialDate.FromYearMonth(2020, 9),
            PartialDate.Parse("2020-09~"),
            PartialDate.Parse("2020-09?"),
            PartialDate.Parse("2020-09%"),
            PartialDate.Parse("2020-09-01"),
            PartialDate.Parse("2020"),
            PartialDate.Parse("2021-09"),
            PartialDate.Parse("2020-10"));

    [Fact]
    public void Equality_SameFirstDayOtherPrecision_IsNotEqual()
    {
        // A day-precision date and a year-precision date never denote the same interval, but a careless
        // implementation comparing Earliest only would call 2020-01-01 and 2020 equal.
        Assert.NotEqual(PartialDate.Parse("2020-01-01"), PartialDate.Parse("2020"));
        Assert.NotEqual(PartialDate.Parse("2020-01"), PartialDate.Parse("2020"));
    }

    private static LocalDate Day(string iso)
        => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();
}
