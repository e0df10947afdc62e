using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// A country or territory as an ISO 3166-1 alpha-2 code in upper case (<c>BY</c>, <c>TN</c>, <c>US</c>),
/// limited to the officially assigned codes plus <c>XK</c> (Kosovo, a user-assigned code in common use).
/// </summary>
/// <remarks>
/// <para>Exceptionally or transitionally reserved codes (<c>EU</c>, <c>UK</c>, <c>SU</c>, …) are not accepted:
/// a record about the European Union refers to it as an organization, not a country.</para>
/// <para>The default value has no code (<see cref="Value"/> is empty); reading never produces it.
/// Equality and ordering are ordinal on the code.</para>
/// </remarks>
[JsonConverter(typeof(WireValueConverter<CountryCode>))]
public readonly record struct CountryCode : IWireValue<CountryCode>, IComparable<CountryCode>, ISpanParsable<CountryCode>
{
    /// <summary>Every accepted code: the 249 officially assigned ISO 3166-1 alpha-2 codes and XK, sorted.</summary>
    public static IReadOnlyList<string> AllCodes { get; } =
    [
        "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
        "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ",
        "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ",
        "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET",
        "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY",
        "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT",
        "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ",
        "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY",
        "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ",
        "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM",
        "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
        "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ",
        "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ",
        "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA", "ZM", "ZW",
    ];

    // Index (first letter * 26 + second letter) → interned code, or null when not assigned.
    private static readonly string?[] Table = BuildTable();

    private readonly string? _value;

    private CountryCode(string interned) => _value = interned;

    /// <summary>The two-letter code; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Returns the country code for <paramref name="code"/>.</summary>
    /// <param name="code">Two upper-case letters, an assigned ISO 3166-1 alpha-2 code or XK.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The code is not an accepted code (lower case is not accepted either).</exception>
    public static CountryCode Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryParse(code, out CountryCode result) ? result : throw FormatError();
    }

    /// <summary>Returns the country code for <paramref name="code"/>, given as characters.</summary>
    /// <param name="code">Two upper-case letters, an assigned ISO 3166-1 alpha-2 code or XK.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The code is not an accepted code (lower case is not accepted either).</exception>
    public static CountryCode Parse(ReadOnlySpan<char> code) => TryParse(code, out CountryCode result) ? result : throw FormatError();

    /// <summary>Looks up <paramref name="code"/>, returning false when it is not an accepted code.</summary>
    /// <param name="code">The candidate code; null is not a code.</param>
    /// <param name="result">The code when accepted; otherwise the default.</param>
    /// <returns>True when the code is accepted.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out CountryCode result)
    {
        if (code is null)
        {
            result = default;
            return false;
        }

        return TryParse(code.AsSpan(), out result);
    }

    /// <summary>Looks up <paramref name="code"/>, returning false when it is not an accepted code.</summary>
    /// <param name="code">The candidate code.</param>
    /// <param name="result">The code when accepted; otherwise the default.</param>
    /// <returns>True when the code is accepted.</returns>
    public static bool TryParse(ReadOnlySpan<char> code, out CountryCode result)
    {
        string? found = code.Length == 2 ? Lookup(code[0], code[1]) : null;
        result = found is null ? default : new CountryCode(found);
        return found is not null;
    }

    /// <summary>Ordinal comparison of the codes.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>The ordinal comparison.</returns>
    public int CompareTo(CountryCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The two-letter code.</summary>
    /// <returns>The code; empty for the default value.</returns>
    public override string ToString() => Value;

    bool IWireValue<CountryCode>.HasWireForm => _value is not null;

    static string IWireValue<CountryCode>.WireKind => "country code";

    static string IWireValue<CountryCode>.WireExpectation => "an assigned ISO 3166-1 alpha-2 code in upper case, or XK";

    static CountryCode IParsable<CountryCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<CountryCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CountryCode result) => TryParse(s, out result);

    static CountryCode ISpanParsable<CountryCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<CountryCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CountryCode result) => TryParse(s, out result);

    static bool IWireValue<CountryCode>.TryParseWire(ReadOnlySpan<byte> utf8, out CountryCode value, out string? problem)
    {
        string? found = utf8.Length == 2 ? Lookup((char)utf8[0], (char)utf8[1]) : null;
        value = found is null ? default : new CountryCode(found);
        problem = found is null ? (utf8.Length == 2 && IsUpper((char)utf8[0]) && IsUpper((char)utf8[1]) ? "enum" : "pattern") : null;
        return found is not null;
    }

    // What Parse throws: the rule, never the text.
    private static FormatException FormatError() => new("Not an assigned ISO 3166-1 alpha-2 code in upper case.");

    private static string? Lookup(char first, char second)
        => IsUpper(first) && IsUpper(second) ? Table[((first - 'A') * 26) + (second - 'A')] : null;

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';

    private static string?[] BuildTable()
    {
        var table = new string?[26 * 26];
        foreach (string code in AllCodes)
        {
            table[((code[0] - 'A') * 26) + (code[1] - 'A')] = code;
        }

        return table;
    }
}
