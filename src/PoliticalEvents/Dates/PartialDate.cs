using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace PoliticalEvents;

/// <summary>
/// A calendar date that carries its own precision, as sources give it: <c>2021</c>, <c>2020-09</c>,
/// <c>2020-09-07</c>, optionally qualified as approximate (<c>~</c>), uncertain (<c>?</c>) or both (<c>%</c>);
/// or (format 1.1) an interval of two such dates, <c>2020/2021</c>, or one open at an end: <c>../2025-11-30</c>
/// (on or before) and <c>2020-09/..</c> (on or after). A subset of EDTF (ISO 8601-2) levels 0 and 1.
/// </summary>
/// <remarks>
/// <para><b>Meaning.</b> A partial date denotes one day, somewhere in the interval of days from <see cref="Earliest"/>
/// to <see cref="Latest"/>, both inclusive: <c>2020-09</c> is one of 1–30 September 2020; <c>2020/2021</c> one day of
/// 2020 or 2021; <c>../2025-11-30</c> a day no later than 30 November 2025 (its earliest is 1 January of the year 1). A
/// date never claims more precision than its source gave; nothing here invents a day.</para>
/// <para><b>Intervals</b> (<see cref="IsInterval"/>) have a <see cref="Start"/> and an <see cref="End"/>, each a single
/// date (null when open), the start not after the end (<c>2021/2020</c> denotes no day and is refused). A single date
/// is its own start and end. Made with <see cref="Between"/>, <see cref="OnOrBefore"/> and <see cref="OnOrAfter"/>, or
/// parsed. <see cref="Year"/>, <see cref="Month"/> and <see cref="Day"/> describe a single date; for an interval they are
/// those of its start, or of its end when the start is open, and <see cref="Precision"/> is
/// <see cref="DatePrecision.Interval"/>.</para>
/// <para><b>Comparisons</b> are interval comparisons. <see cref="IsDefinitelyBefore"/> holds when every day
/// of this date is before every day of the other; <see cref="IsPossiblyBefore"/> when some day of this date is
/// before some day of the other; <see cref="Overlaps"/> when they share a day. A qualifier never widens the
/// interval, but it removes certainty: a comparison involving an approximate or uncertain date is never
/// "definite". Validation rules use this to raise an error only when a violation is certain.</para>
/// <para><b>Ordering</b> (<see cref="CompareTo(PartialDate)"/>) is total and consistent with equality: by
/// earliest day, then finer precision first (<c>2020-01-01</c> &lt; <c>2020-01</c> &lt; <c>2020</c> &lt; an interval),
/// then qualifier (none, <c>~</c>, <c>?</c>, <c>%</c>); intervals with the same earliest day by start (open first), then
/// end (open last). It is for sorting; use the interval methods for "before".</para>
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
    /// <summary>
    /// The ECMA-262-compatible regular expression of the wire form: a single date, or an interval of two with either end
    /// open (<c>..</c>). The C# check also rejects days that do not exist and intervals that end before they start.
    /// </summary>
    public const string Pattern = "^(" + SinglePattern + "(/(" + SinglePattern + "|\\.\\.))?|\\.\\./" + SinglePattern + ")$";

    private const string SinglePattern = "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?[~?%]?";

    // The longest wire form: two days with qualifiers and the slash.
    private const int MaxLength = 23;

    private const byte ShapeSingle = 0;
    private const byte ShapeClosed = 1;
    private const byte ShapeOpenStart = 2;
    private const byte ShapeOpenEnd = 3;

    // A single date, or an interval's start: year stored minus one so that default(PartialDate) is a valid value (year 1).
    // Zero when the start is open.
    private readonly short _yearMinusOne;
    private readonly byte _month; // 0 when precision is Year
    private readonly byte _day;   // 0 when precision is Year or Month
    private readonly byte _qualifier;

    // An interval's end, as the start; zero for a single date and when the end is open.
    private readonly short _endYearMinusOne;
    private readonly byte _endMonth;
    private readonly byte _endDay;
    private readonly byte _endQualifier;

    private readonly byte _shape;

    private PartialDate(int year, int month, int day, DateQualifier qualifier)
    {
        _yearMinusOne = (short)(year - 1);
        _month = (byte)month;
        _day = (byte)day;
        _qualifier = (byte)qualifier;
    }

    private PartialDate(PartialDate start, PartialDate end, byte shape)
    {
        if (shape != ShapeOpenStart)
        {
            _yearMinusOne = start._yearMinusOne;
            _month = start._month;
            _day = start._day;
            _qualifier = start._qualifier;
        }

        if (shape != ShapeOpenEnd)
        {
            _endYearMinusOne = end._yearMinusOne;
            _endMonth = end._month;
            _endDay = end._day;
            _endQualifier = end._qualifier;
        }

        _shape = shape;
    }

    /// <summary>The year (1–9999); for an interval, that of <see cref="Start"/>, or of <see cref="End"/> when the start is open.</summary>
    public int Year => _shape == ShapeOpenStart ? _endYearMinusOne + 1 : _yearMinusOne + 1;

    /// <summary>The month (1–12), or null when only the year is known; for an interval, as <see cref="Year"/>.</summary>
    public int? Month => (_shape == ShapeOpenStart ? _endMonth : _month) is var month and not 0 ? month : null;

    /// <summary>The day of the month, or null when the day is not known; for an interval, as <see cref="Year"/>.</summary>
    public int? Day => (_shape == ShapeOpenStart ? _endDay : _day) is var day and not 0 ? day : null;

    /// <summary>How much of the date is known: <see cref="DatePrecision.Interval"/> for an interval.</summary>
    public DatePrecision Precision => _shape != ShapeSingle ? DatePrecision.Interval : SinglePrecision;

    private DatePrecision SinglePrecision => _day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The qualifier given by the source; for an interval, the qualifiers of both ends together.</summary>
    public DateQualifier Qualifier => (DateQualifier)(_qualifier | _endQualifier);

    /// <summary>True when the date (or an end of the interval) is approximate (<c>~</c> or <c>%</c>).</summary>
    public bool IsApproximate => (Qualifier & DateQualifier.Approximate) != 0;

    /// <summary>True when the date (or an end of the interval) is uncertain (<c>?</c> or <c>%</c>).</summary>
    public bool IsUncertain => (Qualifier & DateQualifier.Uncertain) != 0;

    /// <summary>True for an interval (<c>2020/2021</c>, <c>../2025-11-30</c>, <c>2020-09/..</c>), false for a single date.</summary>
    public bool IsInterval => _shape != ShapeSingle;

    /// <summary>An interval's start, as a single date; null when the start is open (<c>../2025-11-30</c>). A single date is its own start.</summary>
    public PartialDate? Start => _shape switch
    {
        ShapeSingle => this,
        ShapeOpenStart => null,
        _ => new PartialDate(_yearMinusOne + 1, _month, _day, (DateQualifier)_qualifier),
    };

    /// <summary>An interval's end, as a single date; null when the end is open (<c>2020-09/..</c>). A single date is its own end.</summary>
    public PartialDate? End => _shape switch
    {
        ShapeSingle => this,
        ShapeOpenEnd => null,
        _ => new PartialDate(_endYearMinusOne + 1, _endMonth, _endDay, (DateQualifier)_endQualifier),
    };

    /// <summary>The first day the date can denote (inclusive); 1 January of the year 1 for an interval open at its start.</summary>
    public LocalDate Earliest => _shape == ShapeOpenStart ? FirstDay : StartEarliest;

    /// <summary>The last day the date can denote (inclusive); 31 December 9999 for an interval open at its end.</summary>
    public LocalDate Latest => _shape switch
    {
        ShapeSingle => LatestOf(Year, _month, _day),
        ShapeOpenEnd => LastDay,
        _ => LatestOf(_endYearMinusOne + 1, _endMonth, _endDay),
    };

    private static readonly LocalDate FirstDay = new(1, 1, 1);

    private static readonly LocalDate LastDay = new(9999, 12, 31);

    private LocalDate StartEarliest => new(_yearMinusOne + 1, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day);

    private static LocalDate LatestOf(int year, int month, int day) => day != 0
        ? new LocalDate(year, month, day)
        : month != 0
            ? new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month))
            : new LocalDate(year, 12, 31);

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

    /// <summary>One day between two dates, both inclusive (<c>2020/2021</c>, <c>2020-03-01/2020-05</c>): an interval (format 1.1).</summary>
    /// <param name="start">The start, a single date.</param>
    /// <param name="end">The end, a single date, not before the start.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">An argument is itself an interval, or the end is before the start (no day would be denoted).</exception>
    public static PartialDate Between(PartialDate start, PartialDate end)
    {
        CheckSingle(start, nameof(start));
        CheckSingle(end, nameof(end));
        return start.Earliest <= end.Latest
            ? new PartialDate(start, end, ShapeClosed)
            : throw new ArgumentException("The end of an interval is not before its start.", nameof(end));
    }

    /// <summary>One day on or before <paramref name="end"/> (<c>../2025-11-30</c>): an interval open at its start (format 1.1).</summary>
    /// <param name="end">The last possible date, a single date.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is itself an interval.</exception>
    public static PartialDate OnOrBefore(PartialDate end)
    {
        CheckSingle(end, nameof(end));
        return new PartialDate(default, end, ShapeOpenStart);
    }

    /// <summary>One day on or after <paramref name="start"/> (<c>2020-09/..</c>): an interval open at its end (format 1.1).</summary>
    /// <param name="start">The first possible date, a single date.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException"><paramref name="start"/> is itself an interval.</exception>
    public static PartialDate OnOrAfter(PartialDate start)
    {
        CheckSingle(start, nameof(start));
        return new PartialDate(start, default, ShapeOpenEnd);
    }

    /// <summary>The day as a date of day precision without qualifier: <c>PartialDate started = new DateOnly(2020, 8, 9);</c>.</summary>
    /// <param name="date">The day.</param>
    public static implicit operator PartialDate(DateOnly date) => FromDate(date);

    /// <summary>The same date with another qualifier; for an interval, each end that is given gets it.</summary>
    /// <param name="qualifier">The new qualifier.</param>
    /// <returns>The qualified date.</returns>
    public PartialDate WithQualifier(DateQualifier qualifier)
    {
        CheckQualifier(qualifier);
        return _shape switch
        {
            ShapeSingle => new(Year, _month, _day, qualifier),
            _ => new PartialDate(Start?.WithQualifier(qualifier) ?? default, End?.WithQualifier(qualifier) ?? default, _shape),
        };
    }

    /// <summary>
    /// Parses the wire form: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, optionally followed by <c>~</c>, <c>?</c>
    /// or <c>%</c>; or two of them joined by <c>/</c>, either of which may be <c>..</c> (open).
    /// </summary>
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
        Span<byte> bytes = stackalloc byte[MaxLength];
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
        => Qualifier == DateQualifier.None && other.Qualifier == DateQualifier.None && Latest < other.Earliest;

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

    /// <summary>Sort order: earliest day, then finer precision first (an interval last), then qualifier; intervals then by start (open first) and end (open last). Not a "before" test.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(PartialDate other)
    {
        int byDay = Earliest.CompareTo(other.Earliest);
        if (byDay != 0)
        {
            return byDay;
        }

        // Finer first: day (3), month (2), year (1), interval (0).
        int byPrecision = Fineness(other).CompareTo(Fineness(this));
        if (byPrecision != 0)
        {
            return byPrecision;
        }

        if (_shape == ShapeSingle)
        {
            return _qualifier.CompareTo(other._qualifier);
        }

        int byStart = CompareEnds(Start, other.Start, openFirst: true);
        return byStart != 0 ? byStart : CompareEnds(End, other.End, openFirst: false);

        static int Fineness(PartialDate date) => date._shape == ShapeSingle ? (int)date.SinglePrecision : 0;

        static int CompareEnds(PartialDate? left, PartialDate? right, bool openFirst) => (left, right) switch
        {
            (PartialDate l, PartialDate r) => l.CompareTo(r),
            (null, null) => 0,
            (null, _) => openFirst ? -1 : 1,
            _ => openFirst ? 1 : -1,
        };
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

    /// <summary>Equal when year, month, day, precision and qualifier are all the same (<c>2020</c> ≠ <c>2020~</c>), of both ends for an interval.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Whether the dates are the same value.</returns>
    public bool Equals(PartialDate other)
        => _yearMinusOne == other._yearMinusOne && _month == other._month && _day == other._day && _qualifier == other._qualifier
        && _endYearMinusOne == other._endYearMinusOne && _endMonth == other._endMonth && _endDay == other._endDay
        && _endQualifier == other._endQualifier && _shape == other._shape;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(_yearMinusOne, _month, _day, _qualifier, _endYearMinusOne, _endMonth, _endDay, HashCode.Combine(_endQualifier, _shape));

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

    /// <summary>The wire form, e.g. <c>2020-09</c>, <c>2021~</c>, <c>2020/2021</c> or <c>../2025-11-30</c>.</summary>
    /// <returns>The EDTF text.</returns>
    public override string ToString() => _shape switch
    {
        ShapeSingle => SingleText(),
        ShapeOpenStart => "../" + End!.Value.SingleText(),
        ShapeOpenEnd => Start!.Value.SingleText() + "/..",
        _ => Start!.Value.SingleText() + "/" + End!.Value.SingleText(),
    };

    private string SingleText()
    {
        string text = _day != 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{_month:D2}-{_day:D2}")
            : _month != 0
                ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{_month:D2}")
                : Year.ToString("D4", CultureInfo.InvariantCulture);
        return (DateQualifier)_qualifier switch
        {
            DateQualifier.Approximate => text + "~",
            DateQualifier.Uncertain => text + "?",
            DateQualifier.ApproximateAndUncertain => text + "%",
            _ => text,
        };
    }

    bool IWireValue<PartialDate>.HasWireForm => true;

    static string IWireValue<PartialDate>.WireKind => "partial date";

    static string IWireValue<PartialDate>.WireExpectation => Expectation;

    private const string Expectation = "YYYY, YYYY-MM or YYYY-MM-DD naming a real day, optionally followed by ~, ? or %; or two such dates joined by / (start/end, the end not before the start), either of which may be .. (open)";

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

    /// <summary>
    /// Returns null on success, <c>pattern</c> when malformed, <c>date.notReal</c> when a day does not exist or an
    /// interval ends before it starts (it denotes no day).
    /// </summary>
    internal static string? ParseCore(ReadOnlySpan<byte> s, out PartialDate value)
    {
        int slash = s.IndexOf((byte)'/');
        if (slash < 0)
        {
            return ParseSingle(s, out value);
        }

        value = default;
        ReadOnlySpan<byte> left = s[..slash];
        ReadOnlySpan<byte> right = s[(slash + 1)..];
        bool openStart = left.SequenceEqual(".."u8);
        bool openEnd = right.SequenceEqual(".."u8);
        if (openStart && openEnd)
        {
            return "pattern";
        }

        PartialDate start = default;
        PartialDate end = default;
        string? startProblem = openStart ? null : ParseSingle(left, out start);
        string? endProblem = openEnd ? null : ParseSingle(right, out end);
        if (startProblem == "pattern" || endProblem == "pattern")
        {
            return "pattern";
        }

        if (startProblem is not null || endProblem is not null)
        {
            return startProblem ?? endProblem;
        }

        if (openStart)
        {
            value = new PartialDate(default, end, ShapeOpenStart);
        }
        else if (openEnd)
        {
            value = new PartialDate(start, default, ShapeOpenEnd);
        }
        else if (start.Earliest <= end.Latest)
        {
            value = new PartialDate(start, end, ShapeClosed);
        }
        else
        {
            return "date.notReal";
        }

        return null;
    }

    private static string? ParseSingle(ReadOnlySpan<byte> s, out PartialDate value)
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
    private static FormatException FormatError() => new($"Not a valid partial date: expected {Expectation}.");

    private static void CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
    }

    private static void CheckSingle(PartialDate date, string name)
    {
        if (date._shape != ShapeSingle)
        {
            throw new ArgumentException("An end of an interval is a single date, not an interval.", name);
        }
    }

    private static DateQualifier CheckQualifier(DateQualifier qualifier)
        => qualifier is >= DateQualifier.None and <= DateQualifier.ApproximateAndUncertain
            ? qualifier
            : throw new ArgumentOutOfRangeException(nameof(qualifier));
}
