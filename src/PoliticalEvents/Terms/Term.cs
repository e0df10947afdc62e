using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace PoliticalEvents;

/// <summary>
/// The length of a sentence as imposed (<c>P12Y</c>, <c>P4Y6M</c>, <c>P15D</c>): an ISO 8601 duration of
/// years, months, weeks and days, backed by a NodaTime <see cref="NodaTime.Period"/>.
/// </summary>
/// <remarks>
/// <para>A term is positive and at most 1,000 years (counted from 1 January 2000; real cumulative sentences exceed
/// 100 years). Format 1.0 allowed at most 100 years: a longer term in a dataset that declares 1.0 is an error
/// (<c>term.outOfRange</c>). On the wire each
/// component appears at most once, in the order Y, M, W, D, without leading zeros or zero components,
/// so every term has exactly one text: <c>P1Y6M</c>, not <c>P18M</c>'s equal nor <c>P1Y06M</c>.
/// <c>P18M</c> and <c>P1Y6M</c> are different terms, because sentences are pronounced in the units the
/// court used.</para>
/// <para>The default value is not a valid term (<see cref="IsDefault"/>); reading never produces it.</para>
/// </remarks>
[JsonConverter(typeof(WireValueConverter<Term>))]
public readonly record struct Term : IWireValue<Term>, ISpanParsable<Term>
{
    /// <summary>The ECMA-262-compatible regular expression of the wire form (the C# check also enforces the 1,000-year limit).</summary>
    public const string Pattern = "^P(?!$)([1-9][0-9]{0,3}Y)?([1-9][0-9]{0,4}M)?([1-9][0-9]{0,4}W)?([1-9][0-9]{0,5}D)?$";

    private static readonly LocalDate Origin = new(2000, 1, 1);
    private static readonly LocalDate Limit = new(3000, 1, 1);
    private static readonly LocalDate Limit10 = new(2100, 1, 1);

    private readonly int _years;
    private readonly int _months;
    private readonly int _weeks;
    private readonly int _days;

    private Term(int years, int months, int weeks, int days) => (_years, _months, _weeks, _days) = (years, months, weeks, days);

    /// <summary>Whole years of the term.</summary>
    public int Years => _years;

    /// <summary>Months of the term, in addition to the years.</summary>
    public int Months => _months;

    /// <summary>Weeks of the term, in addition to years and months.</summary>
    public int Weeks => _weeks;

    /// <summary>Days of the term, in addition to years, months and weeks.</summary>
    public int Days => _days;

    /// <summary>True for the default value, which is not a valid term.</summary>
    public bool IsDefault => _years == 0 && _months == 0 && _weeks == 0 && _days == 0;

    /// <summary>The term as a NodaTime period (not normalised: weeks stay weeks).</summary>
    public Period Period => new PeriodBuilder { Years = _years, Months = _months, Weeks = _weeks, Days = _days }.Build();

    /// <summary>Creates a term from its components.</summary>
    /// <param name="years">Years, 0 or more.</param>
    /// <param name="months">Months, 0 or more.</param>
    /// <param name="weeks">Weeks, 0 or more.</param>
    /// <param name="days">Days, 0 or more.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A component is negative, all are zero, or the term exceeds 1,000 years.</exception>
    public static Term Of(int years = 0, int months = 0, int weeks = 0, int days = 0)
    {
        if (years < 0 || months < 0 || weeks < 0 || days < 0 || years > 9999 || months > 99999 || weeks > 99999 || days > 999999)
        {
            throw new ArgumentOutOfRangeException(nameof(years), "Term components must be non-negative and within the wire format's digits.");
        }

        var term = new Term(years, months, weeks, days);
        return term.IsDefault || !term.IsWithinLimit()
            ? throw new ArgumentOutOfRangeException(nameof(years), "A term must be positive and at most 1,000 years.")
            : term;
    }

    /// <summary>Parses the wire form, e.g. <c>P11Y</c>.</summary>
    /// <param name="text">The ISO 8601 duration.</param>
    /// <returns>The term.</returns>
    /// <exception cref="FormatException">The text is not a valid term.</exception>
    public static Term Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out Term term) ? term : throw FormatError();
    }

    /// <summary>Parses the wire form from characters, e.g. <c>P11Y</c>.</summary>
    /// <param name="text">The ISO 8601 duration.</param>
    /// <returns>The term.</returns>
    /// <exception cref="FormatException">The text is not a valid term.</exception>
    public static Term Parse(ReadOnlySpan<char> text) => TryParse(text, out Term term) ? term : throw FormatError();

    /// <summary>Parses the wire form, returning false when it is not a valid term.</summary>
    /// <param name="text">The candidate text; null is not a term.</param>
    /// <param name="term">The term when valid; otherwise the default.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Term term)
    {
        if (text is null)
        {
            term = default;
            return false;
        }

        return TryParse(text.AsSpan(), out term);
    }

    /// <summary>Parses the wire form, returning false when it is not a valid term.</summary>
    /// <param name="text">The candidate text.</param>
    /// <param name="term">The term when valid; otherwise the default.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Term term)
    {
        Span<byte> bytes = stackalloc byte[24];
        if (text.Length > bytes.Length)
        {
            term = default;
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] > 127)
            {
                term = default;
                return false;
            }

            bytes[i] = (byte)text[i];
        }

        return ParseCore(bytes[..text.Length], out term) is null;
    }

    /// <summary>The canonical wire form, e.g. <c>P4Y6M</c>.</summary>
    /// <returns>The ISO 8601 duration; <c>P0D</c> for the default value.</returns>
    public override string ToString()
    {
        if (IsDefault)
        {
            return "P0D";
        }

        var text = new System.Text.StringBuilder("P", 16);
        Append(text, _years, 'Y');
        Append(text, _months, 'M');
        Append(text, _weeks, 'W');
        Append(text, _days, 'D');
        return text.ToString();

        static void Append(System.Text.StringBuilder text, int value, char unit)
        {
            if (value != 0)
            {
                text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
            }
        }
    }

    bool IWireValue<Term>.HasWireForm => !IsDefault;

    static string IWireValue<Term>.WireKind => "term";

    static string IWireValue<Term>.WireExpectation => "an ISO 8601 duration of years, months, weeks and days such as P11Y or P4Y6M, positive and at most 1,000 years";

    static Term IParsable<Term>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Term>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Term result) => TryParse(s, out result);

    static Term ISpanParsable<Term>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<Term>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Term result) => TryParse(s, out result);

    static bool IWireValue<Term>.TryParseWire(ReadOnlySpan<byte> utf8, out Term value, out string? problem)
    {
        problem = ParseCore(utf8, out value);
        return problem is null;
    }

    // What Parse throws: the rule, never the text.
    private static FormatException FormatError()
        => new("Not a valid term: expected an ISO 8601 duration such as P11Y or P4Y6M, positive and at most 1,000 years.");

    // Each component alone within 1,000 years (so that End stays far inside NodaTime's range), and the whole too.
    private bool IsWithinLimit() => _years <= 1000 && _months <= 12_000 && _weeks <= 52_200 && _days <= 366_000 && End <= Limit;

    private LocalDate End => Origin.PlusYears(_years).PlusMonths(_months).PlusWeeks(_weeks).PlusDays(_days);

    /// <summary>Whether the term is longer than format 1.0's 100 years (format 1.1 allows up to 1,000).</summary>
    internal bool IsOver100Years => End > Limit10;

    /// <summary>Returns null on success, else the code of the failed rule.</summary>
    private static string? ParseCore(ReadOnlySpan<byte> s, out Term term)
    {
        term = default;
        if (s.Length < 3 || s[0] != (byte)'P')
        {
            return "pattern";
        }

        ReadOnlySpan<byte> units = "YMWD"u8;
        Span<int> parts = stackalloc int[4];
        int unitIndex = 0;
        int i = 1;
        while (i < s.Length)
        {
            int start = i;
            int number = 0;
            while (i < s.Length && s[i] is >= (byte)'0' and <= (byte)'9')
            {
                if (i - start >= 6)
                {
                    return "pattern";
                }

                number = (number * 10) + (s[i] - '0');
                i++;
            }

            if (i == start || i == s.Length || s[start] == (byte)'0')
            {
                return "pattern";
            }

            int found = units[unitIndex..].IndexOf(s[i]);
            if (found < 0)
            {
                return "pattern";
            }

            unitIndex += found;
            int maxDigits = unitIndex switch { 0 => 4, 1 or 2 => 5, _ => 6 };
            if (i - start > maxDigits)
            {
                return "pattern";
            }

            parts[unitIndex] = number;
            unitIndex++;
            i++;
            if (unitIndex == 4 && i < s.Length)
            {
                return "pattern";
            }
        }

        var candidate = new Term(parts[0], parts[1], parts[2], parts[3]);
        if (!candidate.IsWithinLimit())
        {
            return "term.outOfRange";
        }

        term = candidate;
        return null;
    }
}
