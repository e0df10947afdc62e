using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>The id of a record of any type: what a record's own <c>id</c> holds and what a <see cref="Link"/> points at.</summary>
/// <remarks>
/// <para>On the wire an id is a string of 1–128 characters matching
/// <c>^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$</c> (the FollowTheMoney id pattern); it is unique
/// within a dataset and compared ordinally (case-sensitive).</para>
/// <para>Typed references keep a reference from being filled with the id of the wrong kind of record by
/// accident: a detention's subject is a <see cref="PersonId"/>, which cannot be assigned from a
/// <see cref="RecordId"/> or an <see cref="OrganizationId"/> without saying so.</para>
/// <para>The default value has no id (<see cref="Value"/> is empty); it is never produced by reading.</para>
/// <para>From text: the constructor throws <see cref="ArgumentException"/> for an invalid id; <see cref="Parse(string)"/>
/// and the explicit conversion (<c>(RecordId)"maria-kalesnikava"</c>) throw <see cref="FormatException"/>, as
/// <see cref="IParsable{TSelf}"/> does; <c>TryParse</c> returns false.</para>
/// </remarks>
[JsonConverter(typeof(WireValueConverter<RecordId>))]
public readonly record struct RecordId : IWireValue<RecordId>, IComparable<RecordId>, ISpanParsable<RecordId>, IUtf8SpanParsable<RecordId>
{
    private readonly string? _value;

    /// <summary>Creates a reference from its text.</summary>
    /// <param name="value">The id; must match the id pattern.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public RecordId(string value) => _value = IdSyntax.Require(value, nameof(value));

    private RecordId(string value, bool trusted) => _value = value;

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
    public static bool TryParse([NotNullWhen(true)] string? text, out RecordId id)
    {
        if (text is not null && IdSyntax.IsValid(text))
        {
            id = new RecordId(text, trusted: true);
            return true;
        }

        id = default;
        return false;
    }

    /// <summary>Parses an id from characters, returning false instead of throwing when it is not valid.</summary>
    /// <param name="text">The candidate id.</param>
    /// <param name="id">The id when valid; otherwise the default.</param>
    /// <returns>True when <paramref name="text"/> is a valid id.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out RecordId id)
    {
        if (IdSyntax.IsValid(text))
        {
            id = new RecordId(text.ToString(), trusted: true);
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
    public static RecordId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out RecordId id) ? id : throw IdSyntax.FormatError();
    }

    /// <summary>Parses an id from characters.</summary>
    /// <param name="text">The id text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid id (the message names the rule, not the text).</exception>
    public static RecordId Parse(ReadOnlySpan<char> text) => TryParse(text, out RecordId id) ? id : throw IdSyntax.FormatError();

    /// <summary>Parses an id, as <see cref="Parse(string)"/>: <c>(RecordId)"maria-kalesnikava"</c>.</summary>
    /// <param name="value">The id text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not a valid id (the message names the rule, not the text).</exception>
    public static explicit operator RecordId(string value) => Parse(value);

    /// <summary>Compares ordinally, so ids sort the same on every machine.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>The ordinal comparison of the two id texts.</returns>
    public int CompareTo(RecordId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id text.</summary>
    /// <returns>The id text; empty for the default value.</returns>
    public override string ToString() => Value;

    bool IWireValue<RecordId>.HasWireForm => _value is not null;

    static string IWireValue<RecordId>.WireKind => "id";

    static string IWireValue<RecordId>.WireExpectation => IdSyntax.Expectation;

    static RecordId IParsable<RecordId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<RecordId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RecordId result) => TryParse(s, out result);

    static RecordId ISpanParsable<RecordId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<RecordId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RecordId result) => TryParse(s, out result);

    // UTF-8 parsing only through the interface: a public TryParse(ReadOnlySpan<byte>, …) would make TryParse(null, …) ambiguous.
    static RecordId IUtf8SpanParsable<RecordId>.Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider)
        => IdSyntax.Check(utf8Text) is null ? new RecordId(System.Text.Encoding.UTF8.GetString(utf8Text), trusted: true) : throw IdSyntax.FormatError();

    static bool IUtf8SpanParsable<RecordId>.TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out RecordId result)
    {
        bool valid = IdSyntax.Check(utf8Text) is null;
        result = valid ? new RecordId(System.Text.Encoding.UTF8.GetString(utf8Text), trusted: true) : default;
        return valid;
    }

    static bool IWireValue<RecordId>.TryParseWire(ReadOnlySpan<byte> utf8, out RecordId value, out string? problem)
    {
        problem = IdSyntax.Check(utf8);
        value = problem is null ? new RecordId(System.Text.Encoding.UTF8.GetString(utf8), trusted: true) : default;
        return problem is null;
    }
}
