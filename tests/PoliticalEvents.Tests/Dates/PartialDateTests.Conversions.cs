using CsCheck;
using NodaTime;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Tests.TestHelpers;
using Xunit;

namespace PoliticalEvents.Tests.Dates;

/// <summary>The parsing interfaces, and partial dates from .NET's <see cref="DateOnly"/> and NodaTime's <see cref="LocalDate"/> and <see cref="YearMonth"/>: never more precise than what they hold.</summary>
public sealed partial class PartialDateTests
{
    [Fact]
    public void PartialDate_Parsable_RoundTripsAndOverloadsAgree()
        => ParsableContract.CheckWithUtf8(RecordGenerators.PartialDate, "0123456789-~?%X é");

    [Fact]
    public void TryParse_NullString_IsFalse()
    {
        Assert.False(PartialDate.TryParse((string?)null, out PartialDate value));
        Assert.Equal(default, value);
    }

    [Fact]
    public void FromDateOnly_AnyDay_IsThatDayToTheDay()
        => RecordGenerators.Day(1, 9999).Sample(day =>
        {
            PartialDate date = PartialDate.FromDate(day.ToDateOnly());

            Assert.Equal(PartialDate.FromDate(day), date);
            Assert.Equal(DatePrecision.Day, date.Precision);
            Assert.Equal(DateQualifier.None, date.Qualifier);
            Assert.Equal(day.ToString("uuuu'-'MM'-'dd", null), date.ToString());
        });

    [Fact]
    public void FromDateOnly_WithQualifier_KeepsIt()
        => Assert.Equal("2020-09-07~", PartialDate.FromDate(new DateOnly(2020, 9, 7), DateQualifier.Approximate).ToString());

    [Fact]
    public void FromDateOnly_UndefinedQualifier_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromDate(new DateOnly(2020, 9, 7), (DateQualifier)7));

    [Fact]
    public void ImplicitConversion_DateOnly_IsTheDayToTheDay()
    {
        PartialDate started = new DateOnly(2020, 8, 9);
        PartialDate? ended = new DateOnly(2025, 12, 13);

        Assert.Equal(PartialDate.Parse("2020-08-09"), started);
        Assert.Equal(PartialDate.Parse("2025-12-13"), ended);
        Assert.Equal("0001-01-01", ((PartialDate)DateOnly.MinValue).ToString());
        Assert.Equal("9999-12-31", ((PartialDate)DateOnly.MaxValue).ToString());
    }

    [Theory]
    [InlineData(2020, 9, "2020-09")]
    [InlineData(1, 1, "0001-01")]
    [InlineData(9999, 12, "9999-12")]
    public void FromYearMonth_NodaYearMonth_IsThatMonthToTheMonth(int year, int month, string expected)
    {
        PartialDate date = PartialDate.FromYearMonth(new YearMonth(year, month));

        Assert.Equal(expected, date.ToString());
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal(PartialDate.FromYearMonth(year, month), date);
        Assert.Equal("2020-09?", PartialDate.FromYearMonth(new YearMonth(2020, 9), DateQualifier.Uncertain).ToString());
    }

    [Fact]
    public void FromYearMonth_OutOfRangeOrNotIso_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYearMonth(new YearMonth(0, 12)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYearMonth(new YearMonth(2020, 9, CalendarSystem.Julian)));
    }

    [Fact]
    public void ContainsDateOnly_AgreesWithContainsLocalDate()
        => Gen.Select(RecordGenerators.PartialDate, RecordGenerators.Day(1, 9999)).Sample((date, day) =>
            Assert.Equal(date.Contains(day), date.Contains(day.ToDateOnly())));

    [Fact]
    public void ContainsDateOnly_DaysOfAMonth()
    {
        PartialDate september = PartialDate.Parse("2020-09");

        Assert.True(september.Contains(new DateOnly(2020, 9, 1)));
        Assert.True(september.Contains(new DateOnly(2020, 9, 30)));
        Assert.False(september.Contains(new DateOnly(2020, 10, 1)));
    }
}
