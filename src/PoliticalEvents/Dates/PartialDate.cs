using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace PoliticalEvents;

/// <summary>
/// A calendar date that carries its own precision, as sources give it: <c>2021</c>, <c>2020-09</c>,
/// <c>2020-09-07</c>, optionally qualified as approximate (<c>~</c>), uncertain (<c>?</c>) or both (<c>%</c>).
/// A subset of EDTF (ISO 8601-2) levels 0 and 1.
/// </summary>
/// <remarks>
/// <para><b>Meaning.</b> A partial date denotes the interval of days from <see cref="Earliest"/> to
/// <see cref="Latest"/>, both inclusive: <c>2020-09</c> is 1–30 September 2020. A date never claims more
/// precision than its source gave; nothing here invents a day.</para>
/// <para><b>Comparisons</b> are interval comparisons. <see cref="IsDefinitelyBefore"/> holds when every day
/// of this date is before every day of the other; <see cref="IsPossiblyBefore"/> when some day of this date is
/// before some day of the other; <see cref="Overlaps"/> when they share a day. A qualifier never widens the
/// interval, but it removes certainty: a comparison involving an approximate or uncertain date is never
/// "definite". Validation rules use this to raise an error only when a violation is certain.</para>
/// <para><b>Ordering</b> (<see cref="CompareTo(PartialDate)"/>) is total and consistent with equality: by
/// earliest day, then finer precision first (<c>2020-01-01</c> &lt; <c>2020-01</c> &lt; <c>2020</c>), then
/// qualifier (none, <c>~</c>, <c>?</c>, <c>%</c>). It is for sorting; use the interval methods for "before".</para>
/// <para><b>Range.</b> Years 1 to 9999 of the ISO calendar. Dates must be real: <c>2021-02-30</c> is rejected.</para>
/// <para><b>Making one.</b> From its text with <see cref="Parse(string)"/>; from what is known with
/// <see cref="FromYear"/>, <see cref="FromYearMonth(int, int, DateQualifier)"/> (or a NodaTime <see cref="YearMonth"/>) and
/// <see cref="FromDate(DateOnly, DateQualifier)"/> (or a NodaTime <see cref="LocalDate"/>). A <see cref="DateOnly"/>
/// also converts implicitly; it gives a date of day precision, as a day is what it holds.</para>
/// <para>The default value is the year 1 with year precision.</para>
/// </remarks>
[JsonConverter(typeof(WireValueConverter<PartialDate>))]
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable, IWireValue<PartialDate>,
    ISpanParsable<PartialDate>, IUtf8SpanParsable<PartialDate>
{
    /// <summary>The ECMA-262-compatible regular expression of the wire form (the C# check also rejects days that do not exist).</summary>
    public const string Pattern = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?[~?%]?$";

    // Year stored minus one so that default(PartialDate) is a valid value (year 1).
    private readonly short _yearMinusOne;
    private readonly byte _month; // 0 when precision is Year
    private readonly byte _day;   // 0 when precision is Year or Month
    private readonly DateQualifier _qualifier;

    private PartialDate(int year, int month, int day, DateQualifier qualifier)
    {
        _yearMinusOne = (short)(year - 1);
        _month = (byte)month;
        _day = (byte)day;
        _qualifier = qualifier;
    }

    /// <summary>The year (1–9999).</summary>
    public int Year => _yearMinusOne + 1;

    /// <summary>The month (1–12), or null when only the year is known.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, or null when the day is not known.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => _day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The qualifier given by the source.</summary>
    public DateQualifier Qualifier => _qualifier;

    /// <summary>True when the date is approximate (<c>~</c> or <c>%</c>).</summary>
    public bool IsApproximate => (_qualifier & DateQualifier.Approximate) != 0;

    /// <summary>True when the date is uncertain (<c>?</c> or <c>%</c>).</summary>
    public bool IsUncertain => (_qualifier & DateQualifier.Uncertain) != 0;

    /// <summary>The first day the date can denote (inclusive).</summary>
    public LocalDate Earliest => new(Year, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day);

    /// <summary>The last day the date can denote (inclusive).</summary>
    public LocalDate Latest => _day != 0
        ? new LocalDate(Year, _month, _day)
        : _month != 0
            ? new LocalDate(Year, _month, CalendarSystem.Iso.GetDaysInMonth(Year, _month))
            : new LocalDate(Year, 12, 31);

    /// <summary>A date known only to the year.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="qualifier">The source's qualifier.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static PartialDate FromYear(int year, DateQualifier qualifier = DateQualifier.None)
    {
        CheckYear(year);
        return new PartialDate(year, 0, 0, CheckQualifier(qualifier));
    }

    /// <summary>A date known to the month.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="qualifier">The source's qualifier.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static PartialDate FromYearMonth(int year, int month, DateQualifier qualifier = DateQualifier.None)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new PartialDate(year, month, 0, CheckQualifier(qualifier));
    }

    /// <summary>A date known to the month, from a NodaTime <see cref="YearMonth"/>.</summary>
    /// <param name="yearMonth">The month; its year must be 1–9999, in the ISO calendar.</param>
    /// <param name="qualifier">The source's qualifier.</param>
    /// <returns>The partial date, of month precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range or the calendar is not ISO.</exception>
    public static PartialDate FromYearMonth(YearMonth yearMonth, DateQualifier qualifier = DateQualifier.None)
    {
        if (yearMonth.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(nameof(yearMonth), "Partial dates use the ISO calendar.");
        }

        return FromYearMonth(yearMonth.Year, yearMonth.Month, qualifier);
    }

    /// <summary>A date known to the day, from a <see cref="DateOnly"/>.</summary>
    /// <param name="date">The day.</param>
    /// <param name="qualifier">The source's qualifier.</param>
    /// <returns>The partial date, of day precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The qualifier is not defined.</exception>
    public static PartialDate FromDate(DateOnly date, DateQualifier qualifier = DateQualifier.None)
        => new(date.Year, date.Month, date.Day, CheckQualifier(qualifier)); // DateOnly's years are 1–9999, as ours.

    /// <summary>A date known to the day.</summary>
    /// <param name="date">The day; its year must be 1–9999.</param>
    /// <param name="qualifier">The source's qualifier.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range or the calendar is not ISO.</exception>
    public static PartialDate FromDate(LocalDate date, DateQualifier qualifier = DateQualifier.None)
    {
        CheckYear(date.Year);
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(nameof(date), "Partial dates use the ISO calendar.");
        }

        return new PartialDate(date.Year, date.Month, date.Day, CheckQualifier(qualifier));
    }

    /// <summary>The day as a date of day precision without qualifier: <c>PartialDate started = new DateOnly(2020, 8, 9);</c>.</summary>
    /// <param name="date">The day.</param>
    public static implicit operator PartialDate(DateOnly date) => FromDate(date);

    /// <summary>The same date with another qualifier.</summary>
    /// <param name="qualifier">The new qualifier.</param>
    /// <returns>The qualified date.</returns>
    public PartialDate WithQualifier(DateQualifier qualifier) => new(Year, _month, _day, CheckQualifier(qualifier));

    /// <summary>Parses the wire form (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, optionally followed by <c>~</c>, <c>?</c> or <c>%</c>).</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="FormatException">The text is malformed or names a day that does not exist.</exception>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out PartialDate value) ? value : throw FormatError();
    }

    /// <summary>Parses the wire form from characters.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="FormatException">The text is malformed or names a day that does not exist.</exception>
    public static PartialDate Parse(ReadOnlySpan<char> text) => TryParse(text, out PartialDate value) ? value : throw FormatError();

    /// <summary>Parses the wire form, returning false instead of throwing.</summary>
    /// <param name="text">The text to parse; null is not a date.</param>
    /// <param name="value">The date when valid; otherwise the default.</param>
    /// <returns>True when the text is a valid partial date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate value)
    {
        if (text is null)
        {
            value = default;
            return false;
        }

        return TryParse(text.AsSpan(), out value);
    }

    /// <summary>Parses the wire form, returning false instead of throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The date when valid; otherwise the default.</param>
    /// <returns>True when the text is a valid partial date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate value)
    {
        Span<byte> bytes = stackalloc byte[11];
        if (text.Length > bytes.Length)
        {
            value = default;
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] > 127)
            {
                value = default;
                return false;
            }

            bytes[i] = (byte)text[i];
        }

        return ParseCore(bytes[..text.Length], out value) is null;
    }

    /// <summary>Parses UTF-8 text of the wire form, returning false instead of throwing.</summary>
    /// <param name="utf8">The UTF-8 text to parse.</param>
    /// <param name="value">The date when valid; otherwise the default.</param>
    /// <returns>True when the text is a valid partial date.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out PartialDate value) => ParseCore(utf8, out value) is null;

    /// <summary>True when every day this date can denote is before every day <paramref name="other"/> can denote, and neither date is qualified.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Whether this date is certainly before the other.</returns>
    public bool IsDefinitelyBefore(PartialDate other)
        => _qualifier == DateQualifier.None && other._qualifier == DateQualifier.None && Latest < other.Earliest;

    /// <summary>True when some day this date can denote is before some day <paramref name="other"/> can denote.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Whether this date may be before the other.</returns>
    public bool IsPossiblyBefore(PartialDate other) => Earliest < other.Latest;

    /// <summary>True when the two dates can denote the same day.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Whether the intervals share at least one day.</returns>
    public bool Overlaps(PartialDate other) => Earliest <= other.Latest && other.Earliest <= Latest;

    /// <summary>True when <paramref name="date"/> is one of the days this date can denote.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns>Whether the day lies between <see cref="Earliest"/> and <see cref="Latest"/>, inclusive.</returns>
    public bool Contains(LocalDate date) => Earliest <= date && date <= Latest;

    /// <summary>True when <paramref name="date"/> is one of the days this date can denote.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns>Whether the day lies between <see cref="Earliest"/> and <see cref="Latest"/>, inclusive.</returns>
    public bool Contains(DateOnly date) => Contains(LocalDate.FromDateOnly(date));

    /// <summary>Sort order: earliest day, then finer precision first, then qualifier. Not a "before" test.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(PartialDate other)
    {
        int byDay = Earliest.CompareTo(other.Earliest);
        if (byDay != 0)
        {
            return byDay;
        }

        int byPrecision = other.Precision.CompareTo(Precision);
        return byPrecision != 0 ? byPrecision : _qualifier.CompareTo(other._qualifier);
    }

    /// <inheritdoc cref="CompareTo(PartialDate)"/>
    /// <param name="obj">A <see cref="PartialDate"/> or null (which sorts first).</param>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="PartialDate"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a PartialDate.", nameof(obj)),
    };

    /// <summary>Equal when year, month, day, precision and qualifier are all the same (<c>2020</c> ≠ <c>2020~</c>).</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Whether the dates are the same value.</returns>
    public bool Equals(PartialDate other)
        => _yearMinusOne == other._yearMinusOne && _month == other._month && _day == other._day && _qualifier == other._qualifier;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_yearMinusOne, _month, _day, _qualifier);

    /// <summary>Value equality.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">Another date.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">Another date.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>The wire form, e.g. <c>2020-09</c> or <c>2021~</c>.</summary>
    /// <returns>The EDTF text.</returns>
    public override string ToString()
    {
        string text = _day != 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{_month:D2}-{_day:D2}")
            : _month != 0
                ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{_month:D2}")
                : Year.ToString("D4", CultureInfo.InvariantCulture);
        return _qualifier switch
        {
            DateQualifier.Approximate => text + "~",
            DateQualifier.Uncertain => text + "?",
            DateQualifier.ApproximateAndUncertain => text + "%",
            _ => text,
        };
    }

    bool IWireValue<PartialDate>.HasWireForm => true;

    static string IWireValue<PartialDate>.WireKind => "partial date";

    static string IWireValue<PartialDate>.WireExpectation => "YYYY, YYYY-MM or YYYY-MM-DD naming a real day, optionally followed by ~, ? or %";

    static PartialDate IParsable<PartialDate>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<PartialDate>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDate result) => TryParse(s, out result);

    static PartialDate ISpanParsable<PartialDate>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<PartialDate>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartialDate result) => TryParse(s, out result);

    // Not public: a public Parse(ReadOnlySpan<byte>) would make Parse(null) ambiguous.
    static PartialDate IUtf8SpanParsable<PartialDate>.Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider)
        => TryParse(utf8Text, out PartialDate value) ? value : throw FormatError();

    static bool IUtf8SpanParsable<PartialDate>.TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out PartialDate result) => TryParse(utf8Text, out result);

    static bool IWireValue<PartialDate>.TryParseWire(ReadOnlySpan<byte> utf8, out PartialDate value, out string? problem)
    {
        problem = ParseCore(utf8, out value);
        return problem is null;
    }

    /// <summary>Returns null on success, <c>pattern</c> when malformed, <c>date.notReal</c> when the day does not exist.</summary>
    internal static string? ParseCore(ReadOnlySpan<byte> s, out PartialDate value)
    {
        value = default;
        DateQualifier qualifier = DateQualifier.None;
        if (s.Length > 0)
        {
            qualifier = s[^1] switch
            {
                (byte)'~' => DateQualifier.Approximate,
                (byte)'?' => DateQualifier.Uncertain,
                (byte)'%' => DateQualifier.ApproximateAndUncertain,
                _ => DateQualifier.None,
            };
            if (qualifier != DateQualifier.None)
            {
                s = s[..^1];
            }
        }

        if (s.Length is not (4 or 7 or 10) || !Digits(s[..4], out int year))
        {
            return "pattern";
        }

        int month = 0;
        int day = 0;
        if (s.Length >= 7 && (s[4] != (byte)'-' || !Digits(s.Slice(5, 2), out month) || month is < 1 or > 12))
        {
            return "pattern";
        }

        if (s.Length == 10 && (s[7] != (byte)'-' || !Digits(s.Slice(8, 2), out day) || day is < 1 or > 31))
        {
            return "pattern";
        }

        if (year == 0)
        {
            return "date.notReal";
        }

        // Month is 0 for a year-only date, which GetDaysInMonth rejects; only a day needs checking against its month.
        if (day != 0 && day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return "date.notReal";
        }

        value = new PartialDate(year, month, day, qualifier);
        return null;
    }

    private static bool Digits(ReadOnlySpan<byte> s, out int number)
    {
        number = 0;
        foreach (byte b in s)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            number = (number * 10) + (b - '0');
        }

        return true;
    }

    // What Parse throws: the rule, never the text (it may be personal data).
    private static FormatException FormatError()
        => new("Not a valid partial date: expected YYYY, YYYY-MM or YYYY-MM-DD naming a real day, optionally followed by ~, ? or %.");

    private static void CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
    }

    private static DateQualifier CheckQualifier(DateQualifier qualifier)
        => qualifier is >= DateQualifier.None and <= DateQualifier.ApproximateAndUncertain
            ? qualifier
            : throw new ArgumentOutOfRangeException(nameof(qualifier));
}
