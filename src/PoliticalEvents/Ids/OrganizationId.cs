using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>A reference to an <see cref="Organization"/>, e.g. the authority that detains or the body that imposes a sanction.</summary>
/// <remarks>
/// <para>On the wire an id is a string of 1–128 characters matching
/// <c>^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$</c> (the FollowTheMoney id pattern); it is unique
/// within a dataset and compared ordinally (case-sensitive).</para>
/// <para>Typed references keep a reference from being filled with the id of the wrong kind of record by
/// accident: a detention's subject is a <see cref="PersonId"/>, which cannot be assigned from a
/// <see cref="RecordId"/> or an <see cref="OrganizationId"/> without saying so.</para>
/// <para>The default value has no id (<see cref="Value"/> is empty); it is never produced by reading.</para>
/// </remarks>
[JsonConverter(typeof(WireValueConverter<OrganizationId>))]
public readonly record struct OrganizationId : IWireValue<OrganizationId>, IComparable<OrganizationId>
{
    private readonly string? _value;

    /// <summary>Creates a reference from its text.</summary>
    /// <param name="value">The id; must match the id pattern.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public OrganizationId(string value) => _value = IdSyntax.Require(value, nameof(value));

    private OrganizationId(string value, bool trusted) => _value = value;

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
    public static bool TryParse(string? text, out OrganizationId id)
    {
        if (text is not null && IdSyntax.IsValid(text))
        {
            id = new OrganizationId(text, trusted: true);
            return true;
        }

        id = default;
        return false;
    }

    /// <summary>Widens this reference to a <see cref="RecordId"/> (links and dataset look-ups take any record).</summary>
    /// <param name="id">The reference to widen.</param>
    public static implicit operator RecordId(OrganizationId id) => new(id.Value);

    /// <summary>Widens a reference to an organization to a reference to any actor.</summary>
    /// <param name="id">The reference to widen.</param>
    public static implicit operator ActorId(OrganizationId id) => new(id.Value);

    /// <summary>Compares ordinally, so ids sort the same on every machine.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>The ordinal comparison of the two id texts.</returns>
    public int CompareTo(OrganizationId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id text.</summary>
    /// <returns>The id text; empty for the default value.</returns>
    public override string ToString() => Value;

    bool IWireValue<OrganizationId>.HasWireForm => _value is not null;

    static string IWireValue<OrganizationId>.WireKind => "id";

    static string IWireValue<OrganizationId>.WireExpectation => IdSyntax.Expectation;

    static bool IWireValue<OrganizationId>.TryParseWire(ReadOnlySpan<byte> utf8, out OrganizationId value, out string? problem)
    {
        problem = IdSyntax.Check(utf8);
        value = problem is null ? new OrganizationId(System.Text.Encoding.UTF8.GetString(utf8), trusted: true) : default;
        return problem is null;
    }
}
