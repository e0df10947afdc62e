using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using NodaTime;
using PoliticalEvents.Tests.TestHelpers;
using Xunit;

namespace PoliticalEvents.Tests.Dates;

/// <summary>Property-based tests (CsCheck): laws that hold for every partial date and every input text.</summary>
public sealed partial class PartialDateTests
{
    private static readonly Gen<PartialDate> AnySingleDate = Singles(Gen.Int[1, 9999], Gen.Int[1, 12], Gen.Int[1, 31]);

    private static readonly Gen<PartialDate> NearbySingleDate = Singles(Gen.Int[2019, 2020], Gen.OneOf(1, 2, 12), Gen.OneOf(1, 28, 29, 31));

    /// <summary>Intervals (format 1.1) of any two single dates, closed or open at either end.</summary>
    internal static readonly Gen<PartialDate> IntervalDate = Gen.OneOf(
        Gen.Select(AnySingleDate, AnySingleDate, (a, b) => a.Earliest <= b.Earliest ? PartialDate.Between(a, b) : PartialDate.Between(b, a)),
        AnySingleDate.Select(PartialDate.OnOrBefore),
        AnySingleDate.Select(PartialDate.OnOrAfter));

    /// <summary>Any valid partial date: every year, precision and qualifier, and intervals open or closed.</summary>
    internal static readonly Gen<PartialDate> AnyDate = Gen.Frequency((4, AnySingleDate), (1, IntervalDate));

    /// <summary>
    /// Dates close to each other: the same few years, months and month-boundary days, so that equal values and ties on the
    /// earliest day (broken by precision, then qualifier, then an interval's ends) come up often. Intervals here are
    /// closed (a test walks their days).
    /// </summary>
    internal static readonly Gen<PartialDate> NearbyDate = Gen.Frequency(
        (4, NearbySingleDate),
        (1, Gen.Select(NearbySingleDate, NearbySingleDate, (a, b) => a.Earliest <= b.Earliest ? PartialDate.Between(a, b) : PartialDate.Between(b, a))));

    private static readonly Gen<PartialDate> MixedDate = Gen.OneOf(AnyDate, NearbyDate);

    /// <summary>Text made of the characters of the wire form, so that near-misses of valid dates are common.</summary>
    private static readonly Gen<string> SingleLikeText = Gen.Char["0123456789-~?%"].Array[0, 12].Select(chars => new string(chars));

    /// <summary>Near-misses of single dates and of intervals: two date-like ends (valid dates among them, and "..") joined by "/".</summary>
    private static readonly Gen<string> DateLikeText = Gen.Frequency(
        (2, SingleLikeText),
        (1, Gen.Select(
            Gen.Frequency((2, SingleLikeText), (2, AnySingleDate.Select(d => d.ToString())), (1, Gen.OneOf("..", ".", ""))),
            Gen.Frequency((2, SingleLikeText), (2, AnySingleDate.Select(d => d.ToString())), (1, Gen.OneOf("..", ".", ""))),
            (start, end) => start + "/" + end)));

    private static readonly Regex WirePattern = new(PartialDate.Pattern.Replace("$", "\\z", StringComparison.Ordinal), RegexOptions.CultureInvariant);

    [Fact]
    public void RoundTrip_AnyDate_ParseOfToStringIsTheSameDate()
        => MixedDate.Sample(date =>
        {
            string text = date.ToString();
            Assert.Equal(date, PartialDate.Parse(text));
            Assert.True(PartialDate.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out PartialDate fromBytes));
            Assert.Equal(date, fromBytes);
            Assert.Equal(date, Wire.Read<PartialDate>(Wire.Write(date)));
        }, iter: 5_000);

    [Fact]
    public void CompareTo_AnyTriple_IsATotalOrderConsistentWithEquals()
        => Gen.Select(NearbyDate, NearbyDate, NearbyDate).Sample(ValueContract.AssertTotalOrder, iter: 2_000);

    [Fact]
    public void CompareTo_AnyPair_OrdersByEarliestDayFirst()
        => Gen.Select(MixedDate, MixedDate).Sample((a, b) =>
        {
            if (a.Earliest != b.Earliest)
            {
                Assert.Equal(a.Earliest.CompareTo(b.Earliest) < 0, a.CompareTo(b) < 0);
            }
        }, iter: 5_000);

    [Fact]
    public void IntervalComparisons_AnyPair_AreMutuallyConsistent()
        => Gen.Select(MixedDate, MixedDate).Sample((a, b) =>
        {
            if (a.IsDefinitelyBefore(b))
            {
                Assert.True(a.IsPossiblyBefore(b), $"{a} definitely but not possibly before {b}");
                Assert.False(a.Overlaps(b), $"{a} definitely before but overlapping {b}");
                Assert.False(b.IsPossiblyBefore(a), $"{a} definitely before {b}, yet {b} possibly before {a}");
            }

            Assert.Equal(a.Overlaps(b), b.Overlaps(a));
            if (a.Qualifier != DateQualifier.None || b.Qualifier != DateQualifier.None)
            {
                Assert.False(a.IsDefinitelyBefore(b) || b.IsDefinitelyBefore(a), $"{a} and {b}: a qualified date is never definitely ordered");
            }
            else if (!a.Overlaps(b))
            {
                // Disjoint intervals of certain dates are certainly ordered, one way or the other.
                Assert.True(a.IsDefinitelyBefore(b) ^ b.IsDefinitelyBefore(a), $"{a} and {b} are disjoint but not ordered");
            }
        }, iter: 5_000);

    [Fact]
    public void Overlaps_NearbyPair_HoldsExactlyWhenSomeDayIsInBoth()
        => Gen.Select(NearbyDate, NearbyDate).Sample((a, b) =>
        {
            bool shared = false;
            for (LocalDate day = a.Earliest; day <= a.Latest && !shared; day = day.PlusDays(1))
            {
                shared = a.Contains(day) && b.Contains(day);
            }

            Assert.Equal(shared, a.Overlaps(b));
        }, iter: 1_000);

    [Fact]
    public void TryParse_AnyString_NeverThrowsAndAcceptsOnlyCanonicalText()
        => Gen.OneOf(Gen.String, DateLikeText).Sample(text =>
        {
            if (PartialDate.TryParse(text, out PartialDate date))
            {
                Assert.Equal(text, date.ToString());
            }
        }, iter: 20_000);

    [Fact]
    public void TryParse_AnyBytes_NeverThrows()
        => Gen.OneOf(Gen.Byte.Array[0, 14], DateLikeText.Select(System.Text.Encoding.UTF8.GetBytes)).Sample(bytes =>
        {
            if (PartialDate.TryParse(bytes, out PartialDate date))
            {
                Assert.Equal(bytes, System.Text.Encoding.UTF8.GetBytes(date.ToString()));
            }
        }, iter: 20_000);

    [Fact]
    public void TryParse_DateLikeText_AcceptsExactlyThePatternMatchesThatNameRealDays()
        => DateLikeText.Sample(text =>
        {
            bool expected = WirePattern.IsMatch(text) && DenotesADay(text);
            Assert.Equal(expected, PartialDate.TryParse(text, out _));
        }, iter: 20_000);

    [Fact]
    public void WireRead_AnyString_AcceptsExactlyWhatTryParseAccepts()
        => Gen.OneOf(Gen.String, DateLikeText).Sample(text => Wire.AssertReadAgrees<PartialDate>(text, PartialDate.TryParse(text, out _)), iter: 5_000);

    /// <summary>Of text of the pattern's form: every end names a real day, and an interval's start is not after its end.</summary>
    private static bool DenotesADay(string text)
    {
        string[] ends = text.Split('/');
        if (!ends.All(end => end == ".." || NamesARealDay(end.TrimEnd('~', '?', '%'))))
        {
            return false;
        }

        return ends.Length == 1 || ends[0] == ".." || ends[1] == ".." || PartialDate.Parse(ends[0]).Earliest <= PartialDate.Parse(ends[1]).Latest;
    }

    private static bool NamesARealDay(string text)
    {
        int year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        if (year == 0)
        {
            return false;
        }

        return text.Length < 10
            || int.Parse(text.AsSpan(8, 2), CultureInfo.InvariantCulture) <= CalendarSystem.Iso.GetDaysInMonth(year, int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture));
    }

    private static Gen<PartialDate> Singles(Gen<int> years, Gen<int> months, Gen<int> days)
        => Gen.Select(years, months, days, Gen.OneOf(DatePrecision.Year, DatePrecision.Month, DatePrecision.Day), Gen.Enum<DateQualifier>(), (year, month, day, precision, qualifier) => precision switch
        {
            DatePrecision.Year => PartialDate.FromYear(year, qualifier),
            DatePrecision.Month => PartialDate.FromYearMonth(year, month, qualifier),
            _ => PartialDate.FromDate(new LocalDate(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month))), qualifier),
        });
}
