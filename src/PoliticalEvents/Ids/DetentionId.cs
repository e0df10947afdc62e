using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>A reference to a <see cref="Detention"/>, e.g. the detention a release ended.</summary>
/// <remarks>
/// <para>On the wire an id is a string of 1–128 characters matching
/// <c>^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$</c> (the FollowTheMoney id pattern); it is unique
/// within a dataset and compared ordinally (case-sensitive).</para>
/// <para>Typed references keep a reference from being filled with the id of the wrong kind of record by
/// accident: a detention's subject is a <see cref="PersonId"/>, which cannot be assigned from a
/// <see cref="RecordId"/> or an <see cref="OrganizationId"/> without saying so.</para>
/// <para>The default value has no id (<see cref="Value"/> is empty); it is never produced by reading.</para>
/// <para>From text: the constructor throws <see cref="ArgumentException"/> for an invalid id; <see cref="Parse(string)"/>
/// and the explicit conversion (<c>(DetentionId)"maria-kalesnikava"</c>) throw <see cref="FormatException"/>, as
/// <see cref="IParsable{TSelf}"/> does; <c>TryParse</c> returns false.</para>
/// </remarks>
[JsonConverter(typeof(WireValueConverter<DetentionId>))]
public readonly record struct DetentionId : IWireValue<DetentionId>, IComparable<DetentionId>, ISpanParsable<DetentionId>, IUtf8SpanParsable<DetentionId>
{
    private readonly string? _value;

    /// <summary>Creates a reference from its text.</summary>
    /// <param name="value">The id; must match the id pattern.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public DetentionId(string value) => _value = IdSyntax.Require(value, nameof(value));

    private DetentionId(string value, bool trusted) => _value = value;

    /// <summary>The id text; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether <paramref name="text"/> is a valid id.</summary>
    /// <param name="text">The candidate id.</param>
    /// <returns>True when the text matches the id pattern and length.</returns>
    public static bool IsValid(ReadOnlySpan<char> text) => IdSyntax.IsValid(text);

    /// <summary>Parses an id, returning false instead of throwing when it is not valid.</summary>
    /// <param name="text">The candidate id.</param>
    /// <param name="id">The id when valid; otherwise the default.</param>
    /// <returns>True when <paramref name="text"/> is a valid id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out DetentionId id)
    {
        if (text is not null && IdSyntax.IsValid(text))
        {
            id = new DetentionId(text, trusted: true);
            return true;
        }

        id = default;
        return false;
    }

    /// <summary>Parses an id from characters, returning false instead of throwing when it is not valid.</summary>
    /// <param name="text">The candidate id.</param>
    /// <param name="id">The id when valid; otherwise the default.</param>
    /// <returns>True when <paramref name="text"/> is a valid id.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DetentionId id)
    {
        if (IdSyntax.IsValid(text))
        {
            id = new DetentionId(text.ToString(), trusted: true);
            return true;
        }

        id = default;
        return false;
    }

    /// <summary>Parses an id.</summary>
    /// <param name="text">The id text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid id (the message names the rule, not the text).</exception>
    public static DetentionId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out DetentionId id) ? id : throw IdSyntax.FormatError();
    }

    /// <summary>Parses an id from characters.</summary>
    /// <param name="text">The id text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid id (the message names the rule, not the text).</exception>
    public static DetentionId Parse(ReadOnlySpan<char> text) => TryParse(text, out DetentionId id) ? id : throw IdSyntax.FormatError();

    /// <summary>Parses an id, as <see cref="Parse(string)"/>: <c>(DetentionId)"maria-kalesnikava"</c>.</summary>
    /// <param name="value">The id text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not a valid id (the message names the rule, not the text).</exception>
    public static explicit operator DetentionId(string value) => Parse(value);

    /// <summary>Widens this reference to a <see cref="RecordId"/> (links and dataset look-ups take any record).</summary>
    /// <param name="id">The reference to widen.</param>
    public static implicit operator RecordId(DetentionId id) => new(id.Value);

    /// <summary>Compares ordinally, so ids sort the same on every machine.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>The ordinal comparison of the two id texts.</returns>
    public int CompareTo(DetentionId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id text.</summary>
    /// <returns>The id text; empty for the default value.</returns>
    public override string ToString() => Value;

    bool IWireValue<DetentionId>.HasWireForm => _value is not null;

    static string IWireValue<DetentionId>.WireKind => "id";

    static string IWireValue<DetentionId>.WireExpectation => IdSyntax.Expectation;

    static DetentionId IParsable<DetentionId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<DetentionId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DetentionId result) => TryParse(s, out result);

    static DetentionId ISpanParsable<DetentionId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<DetentionId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out DetentionId result) => TryParse(s, out result);

    // UTF-8 parsing only through the interface: a public TryParse(ReadOnlySpan<byte>, …) would make TryParse(null, …) ambiguous.
    static DetentionId IUtf8SpanParsable<DetentionId>.Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider)
        => IdSyntax.Check(utf8Text) is null ? new DetentionId(System.Text.Encoding.UTF8.GetString(utf8Text), trusted: true) : throw IdSyntax.FormatError();

    static bool IUtf8SpanParsable<DetentionId>.TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out DetentionId result)
    {
        bool valid = IdSyntax.Check(utf8Text) is null;
        result = valid ? new DetentionId(System.Text.Encoding.UTF8.GetString(utf8Text), trusted: true) : default;
        return valid;
    }

    static bool IWireValue<DetentionId>.TryParseWire(ReadOnlySpan<byte> utf8, out DetentionId value, out string? problem)
    {
        problem = IdSyntax.Check(utf8);
        value = problem is null ? new DetentionId(System.Text.Encoding.UTF8.GetString(utf8), trusted: true) : default;
        return problem is null;
    }
}
