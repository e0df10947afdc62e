using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// A currency as an ISO 4217 alphabetic code: three upper-case letters (<c>BYN</c>, <c>EUR</c>, <c>USD</c>). Format 1.1.
/// </summary>
/// <remarks>
/// <para>Only the form is checked, not a list of codes in use: fines imposed in currencies since replaced keep their
/// historical codes (<c>BYR</c>, Belarus's rouble before 2016), which ISO 4217 has withdrawn.</para>
/// <para>The default value has no code (<see cref="Value"/> is empty); reading never produces it.
/// Equality and ordering are ordinal on the code.</para>
/// </remarks>
[JsonConverter(typeof(WireValueConverter<CurrencyCode>))]
public readonly record struct CurrencyCode : IWireValue<CurrencyCode>, IComparable<CurrencyCode>, ISpanParsable<CurrencyCode>
{
    /// <summary>The ECMA-262-compatible regular expression of the wire form.</summary>
    public const string Pattern = "^[A-Z]{3}$";

    private readonly string? _value;

    private CurrencyCode(string code) => _value = code;

    /// <summary>The three-letter code; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Returns the currency code for <paramref name="code"/>.</summary>
    /// <param name="code">Three upper-case letters A–Z.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException">The code is not three upper-case letters (lower case is not accepted either).</exception>
    public static CurrencyCode Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryParse(code, out CurrencyCode result) ? result : throw FormatError();
    }

    /// <summary>Returns the currency code for <paramref name="code"/>, given as characters.</summary>
    /// <param name="code">Three upper-case letters A–Z.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The code is not three upper-case letters (lower case is not accepted either).</exception>
    public static CurrencyCode Parse(ReadOnlySpan<char> code) => TryParse(code, out CurrencyCode result) ? result : throw FormatError();

    /// <summary>Reads <paramref name="code"/>, returning false when it is not three upper-case letters.</summary>
    /// <param name="code">The candidate code; null is not a code.</param>
    /// <param name="result">The code when accepted; otherwise the default.</param>
    /// <returns>True when the code is accepted.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out CurrencyCode result)
    {
        if (code is not null && IsCode(code))
        {
            result = new CurrencyCode(code);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Reads <paramref name="code"/>, returning false when it is not three upper-case letters.</summary>
    /// <param name="code">The candidate code.</param>
    /// <param name="result">The code when accepted; otherwise the default.</param>
    /// <returns>True when the code is accepted.</returns>
    public static bool TryParse(ReadOnlySpan<char> code, out CurrencyCode result)
    {
        bool ok = IsCode(code);
        result = ok ? new CurrencyCode(code.ToString()) : default;
        return ok;
    }

    /// <summary>Ordinal comparison of the codes.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>The ordinal comparison.</returns>
    public int CompareTo(CurrencyCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The three-letter code.</summary>
    /// <returns>The code; empty for the default value.</returns>
    public override string ToString() => Value;

    bool IWireValue<CurrencyCode>.HasWireForm => _value is not null;

    static string IWireValue<CurrencyCode>.WireKind => "currency code";

    static string IWireValue<CurrencyCode>.WireExpectation => "an ISO 4217 alphabetic code: three upper-case letters";

    static CurrencyCode IParsable<CurrencyCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<CurrencyCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CurrencyCode result) => TryParse(s, out result);

    static CurrencyCode ISpanParsable<CurrencyCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<CurrencyCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CurrencyCode result) => TryParse(s, out result);

    static bool IWireValue<CurrencyCode>.TryParseWire(ReadOnlySpan<byte> utf8, out CurrencyCode value, out string? problem)
    {
        bool ok = utf8.Length == 3 && IsUpper((char)utf8[0]) && IsUpper((char)utf8[1]) && IsUpper((char)utf8[2]);
        value = ok ? new CurrencyCode(System.Text.Encoding.ASCII.GetString(utf8)) : default;
        problem = ok ? null : "pattern";
        return ok;
    }

    // What Parse throws: the rule, never the text.
    private static FormatException FormatError() => new("Not an ISO 4217 alphabetic code: three upper-case letters.");

    private static bool IsCode(ReadOnlySpan<char> code) => code.Length == 3 && IsUpper(code[0]) && IsUpper(code[1]) && IsUpper(code[2]);

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';
}
