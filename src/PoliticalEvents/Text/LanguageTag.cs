using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace PoliticalEvents;

/// <summary>
/// The language of a text as a well-formed BCP 47 tag (RFC 5646): <c>be</c>, <c>ru</c>, <c>en</c>, <c>be-Latn</c>.
/// </summary>
/// <remarks>
/// <para>Only well-formedness is checked (the syntax of RFC 5646 §2.1 without the irregular grandfathered
/// tags), not whether the subtags are registered. The tag is kept (and written) exactly as written, but
/// equality ignores case, as BCP 47 does: <c>be-latn</c> equals <c>be-Latn</c>.</para>
/// <para>The default value has no tag (<see cref="Value"/> is empty); reading never produces it.</para>
/// </remarks>
[JsonConverter(typeof(WireValueConverter<LanguageTag>))]
public readonly partial record struct LanguageTag : IWireValue<LanguageTag>, ISpanParsable<LanguageTag>
{
    /// <summary>The longest tag accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>The ECMA-262-compatible regular expression a tag must match (also used by the JSON Schemas).</summary>
    public const string Pattern = "^" + Syntax + "$";

    // The tag grammar without anchors. .NET's '$' also matches before a final "\n" (ECMA-262's does not), so the
    // C# check anchors with "\z" instead, to accept exactly what the JSON Schemas accept.
    private const string Syntax =
        "(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
        + "(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*"
        + "(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+)";

    private readonly string? _value;

    private LanguageTag(string value) => _value = value;

    /// <summary>The tag as written; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Creates a tag from its text.</summary>
    /// <param name="tag">A well-formed BCP 47 tag.</param>
    /// <returns>The tag.</returns>
    /// <exception cref="FormatException">The tag is not well-formed.</exception>
    public static LanguageTag Parse(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return TryParse(tag, out LanguageTag result) ? result : throw FormatError();
    }

    /// <summary>Creates a tag from characters.</summary>
    /// <param name="tag">A well-formed BCP 47 tag.</param>
    /// <returns>The tag.</returns>
    /// <exception cref="FormatException">The tag is not well-formed.</exception>
    public static LanguageTag Parse(ReadOnlySpan<char> tag) => TryParse(tag, out LanguageTag result) ? result : throw FormatError();

    /// <summary>Parses a tag, returning false when it is not well-formed.</summary>
    /// <param name="tag">The candidate tag.</param>
    /// <param name="result">The tag when well-formed; otherwise the default.</param>
    /// <returns>True when the tag is well-formed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? tag, out LanguageTag result)
    {
        bool ok = tag is { Length: > 0 and <= MaxLength } && WellFormed().IsMatch(tag);
        result = ok ? new LanguageTag(tag!) : default;
        return ok;
    }

    /// <summary>Parses a tag given as characters, returning false when it is not well-formed.</summary>
    /// <param name="tag">The candidate tag.</param>
    /// <param name="result">The tag when well-formed; otherwise the default.</param>
    /// <returns>True when the tag is well-formed.</returns>
    public static bool TryParse(ReadOnlySpan<char> tag, out LanguageTag result)
    {
        bool ok = tag.Length is > 0 and <= MaxLength && WellFormed().IsMatch(tag);
        result = ok ? new LanguageTag(tag.ToString()) : default;
        return ok;
    }

    /// <summary>Equal when the tags are equal ignoring case, as BCP 47 defines them (<c>be-latn</c> equals <c>be-Latn</c>).</summary>
    /// <param name="other">The tag to compare with.</param>
    /// <returns>Whether the two tags are the same tag.</returns>
    public bool Equals(LanguageTag other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>The tag as written.</summary>
    /// <returns>The tag; empty for the default value.</returns>
    public override string ToString() => Value;

    bool IWireValue<LanguageTag>.HasWireForm => _value is not null;

    static string IWireValue<LanguageTag>.WireKind => "language tag";

    static string IWireValue<LanguageTag>.WireExpectation => "a well-formed BCP 47 tag such as 'en', 'be' or 'be-Latn'";

    static LanguageTag IParsable<LanguageTag>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<LanguageTag>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out LanguageTag result) => TryParse(s, out result);

    static LanguageTag ISpanParsable<LanguageTag>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<LanguageTag>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out LanguageTag result) => TryParse(s, out result);

    static bool IWireValue<LanguageTag>.TryParseWire(ReadOnlySpan<byte> utf8, out LanguageTag value, out string? problem)
    {
        if (utf8.Length > MaxLength)
        {
            (value, problem) = (default, "maxLength");
            return false;
        }

        bool ok = TryParse(System.Text.Encoding.UTF8.GetString(utf8), out value);
        problem = ok ? null : "pattern";
        return ok;
    }

    // What Parse throws: the rule, never the text.
    private static FormatException FormatError() => new("Not a well-formed BCP 47 language tag.");

    [GeneratedRegex("^" + Syntax + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
