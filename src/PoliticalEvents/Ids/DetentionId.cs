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
/// </remarks>
[JsonConverter(typeof(WireValueConverter<DetentionId>))]
public readonly record struct DetentionId : IWireValue<DetentionId>, IComparable<DetentionId>
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
    public static bool TryParse(string? text, out DetentionId id)
    {
        if (text is not null && IdSyntax.IsValid(text))
        {
            id = new DetentionId(text, trusted: true);
            return true;
        }

        id = default;
        return false;
    }

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

    static bool IWireValue<DetentionId>.TryParseWire(ReadOnlySpan<byte> utf8, out DetentionId value, out string? problem)
    {
        problem = IdSyntax.Check(utf8);
        value = problem is null ? new DetentionId(System.Text.Encoding.UTF8.GetString(utf8), trusted: true) : default;
        return problem is null;
    }
}
