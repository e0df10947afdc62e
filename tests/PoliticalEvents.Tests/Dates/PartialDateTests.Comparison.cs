using NodaTime;
using PoliticalEvents.Tests.TestHelpers;
using Xunit;

namespace PoliticalEvents.Tests.Dates;

/// <summary>Interval comparisons (definitely / possibly before, overlaps, contains) and the sort order.</summary>
public sealed partial class PartialDateTests
{
    [Theory]
    [InlineData("2020", "2021", true)]
    [InlineData("2020-12-31", "2021", true)]
    [InlineData("2020-12", "2021-01-01", true)]
    [InlineData("2020-01-01", "2020-01-02", true)]
    [InlineData("2020-05", "2020-06", true)]
    [InlineData("2020-01-01", "2020-01-01", false)]
    [InlineData("2020", "2020-12-31", false)]
    [InlineData("2020-01-01", "2020", false)]
    [InlineData("2020-06", "2020", false)]
    [InlineData("2021", "2020", false)]
    [InlineData("2020-06", "2020-05", false)]
    public void IsDefinitelyBefore_Unqualified_ComparesWholeIntervals(string left, string right, bool expected)
        => Assert.Equal(expected, PartialDate.Parse(left).IsDefinitelyBefore(PartialDate.Parse(right)));

    [Theory]
    [InlineData(DateQualifier.Approximate)]
    [InlineData(DateQualifier.Uncertain)]
    [InlineData(DateQualifier.ApproximateAndUncertain)]
    public void IsDefinitelyBefore_EitherSideQualified_IsFalse(DateQualifier qualifier)
    {
        PartialDate early = PartialDate.FromYear(1990);
        PartialDate late = PartialDate.FromYear(2020);
        Assert.True(early.IsDefinitelyBefore(late));

        Assert.False(early.WithQualifier(qualifier).IsDefinitelyBefore(late));
        Assert.False(early.IsDefinitelyBefore(late.WithQualifier(qualifier)));
        Assert.False(early.WithQualifier(qualifier).IsDefinitelyBefore(late.WithQualifier(qualifier)));

        // Losing certainty does not lose possibility.
        Assert.True(early.WithQualifier(qualifier).IsPossiblyBefore(late.WithQualifier(qualifier)));
    }

    [Theory]
    [InlineData("2020", "2021", true)]
    [InlineData("2020", "2020", true)]
    [InlineData("2020", "2020-01-02", true)]
    [InlineData("2020-06", "2020-06-15", true)]
    [InlineData("2020-06-15", "2020-06", true)]
    [InlineData("2020~", "2020-06?", true)]
    [InlineData("2020-01-01", "2020-01-01", false)]
    [InlineData("2020", "2020-01-01", false)]
    [InlineData("2020-12-31", "2020", false)]
    [InlineData("2020-06-30", "2020-06", false)]
    [InlineData("2021", "2020", false)]
    [InlineData("2021~", "2020~", false)]
    public void IsPossiblyBefore_AnyDates_HoldsWhenSomeDayIsEarlier(string left, string right, bool expected)
        => Assert.Equal(expected, PartialDate.Parse(left).IsPossiblyBefore(PartialDate.Parse(right)));

    [Theory]
    [InlineData("2020", "2020-06", true)]
    [InlineData("2020-06", "2020", true)]
    [InlineData("2020-06-30", "2020-06", true)]
    [InlineData("2020-06-01", "2020-06", true)]
    [InlineData("2020-06-07", "2020-06-07", true)]
    [InlineData("2020~", "2020-05?", true)]
    [InlineData("2024-02", "2024-02-29", true)]
    [InlineData("2020-06", "2020-07", false)]
    [InlineData("2020", "2021", false)]
    [InlineData("2020-12-31", "2021-01-01", false)]
    [InlineData("2023-02", "2023-03-01", false)]
    public void Overlaps_AnyDates_HoldsWhenADayIsShared(string left, string right, bool expected)
    {
        PartialDate a = PartialDate.Parse(left);
        PartialDate b = PartialDate.Parse(right);

        Assert.Equal(expected, a.Overlaps(b));
        Assert.Equal(expected, b.Overlaps(a));
    }

    [Theory]
    [InlineData("2020", "2020-01-01", true)]
    [InlineData("2020", "2020-12-31", true)]
    [InlineData("2020", "2019-12-31", false)]
    [InlineData("2020", "2021-01-01", false)]
    [InlineData("2024-02", "2024-02-29", true)]
    [InlineData("2024-02", "2024-03-01", false)]
    [InlineData("2020-09-07", "2020-09-07", true)]
    [InlineData("2020-09-07", "2020-09-08", false)]
    [InlineData("2020-09~", "2020-09-15", true)]
    public void Contains_Day_HoldsWithinEarliestAndLatestInclusive(string text, string day, bool expected)
        => Assert.Equal(expected, PartialDate.Parse(text).Contains(Day(day)));

    [Fact]
    public void CompareTo_SortOrder_EarliestDayThenFinerPrecisionThenQualifier()
        => ValueContract.AssertStrictOrder(
            Parse(
                "2019",
                "2019-12",
                "2019-12-31",
                "2020-01-01",
                "2020-01-01~",
                "2020-01-01?",
                "2020-01-01%",
                "2020-01",
                "2020-01~",
                "2020-01?",
                "2020-01%",
                "2020",
                "2020~",
                "2020?",
                "2020%",
                "2020-01-02",
                "2020-02",
                "2021"));

    [Fact]
    public void CompareTo_Sorting_UsesTheDocumentedOrder()
    {
        PartialDate[] shuffled = Parse("2020", "2020-01~", "2021", "2020-01-01", "2019-12", "2020-01");

        PartialDate[] sorted = [.. shuffled.Order()];

        Assert.Equal(Parse("2019-12", "2020-01-01", "2020-01", "2020-01~", "2020", "2021"), sorted);
    }

    [Fact]
    public void CompareTo_Object_NullFirstAndOtherTypesRejected()
    {
        IComparable date = PartialDate.Parse("2020");

        Assert.True(date.CompareTo(null) > 0);
        Assert.Equal(0, date.CompareTo(PartialDate.Parse("2020")));
        Assert.True(date.CompareTo(PartialDate.Parse("2021")) < 0);
        Assert.Throws<ArgumentException>(() => date.CompareTo("2020"));
        Assert.Throws<ArgumentException>(() => date.CompareTo(new LocalDate(2020, 1, 1)));
    }

    private static PartialDate[] Parse(params string[] texts) => Array.ConvertAll(texts, PartialDate.Parse);
}
