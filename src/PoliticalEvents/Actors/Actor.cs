using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// Someone who acts or is acted upon: a <see cref="Person"/> (a detainee, a judge, an official) or an
/// <see cref="Organization"/> (a state, a court, a party, an NGO, a company).
/// </summary>
public abstract record Actor : Record
{
    private protected Actor()
    {
    }

    /// <summary>Other names: spellings in other languages and scripts, aliases, former names.</summary>
    [JsonPropertyOrder(-80)]
    public IReadOnlyList<ActorName> Names { get; init => field = value ?? []; } = [];

    /// <summary>Ids of this actor in other registers (Wikidata, OpenSanctions, sanctions lists, Viasna).</summary>
    [JsonPropertyOrder(-79)]
    public IReadOnlyList<ExternalIdentifier> Identifiers { get; init => field = value ?? []; } = [];

    /// <summary>Memberships of and positions in organizations.</summary>
    [JsonPropertyOrder(-78)]
    public IReadOnlyList<Affiliation> Affiliations { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Descriptive tags such as <c>opposition</c>, <c>activist</c>, <c>humanRightsDefender</c>, <c>journalist</c>,
    /// <c>politician</c>, <c>headOfState</c>, <c>official</c>; each matches <c>^[a-z][A-Za-z0-9]*$</c>.
    /// </summary>
    [JsonPropertyOrder(-77)]
    public IReadOnlyList<string> Roles { get; init => field = value ?? []; } = [];

    /// <summary>Addresses, as sanctions lists and registries give them. A person's are sensitive (see <see cref="Address"/>). Format 1.1.</summary>
    [JsonPropertyOrder(-76)]
    public IReadOnlyList<Address> Addresses { get; init => field = value ?? []; } = [];

    /// <summary>Phone numbers, e-mail addresses and websites, as sanctions lists and registries give them. A person's are sensitive (see <see cref="Contact"/>). Format 1.1.</summary>
    [JsonPropertyOrder(-75)]
    public IReadOnlyList<Contact> Contacts { get; init => field = value ?? []; } = [];

    /// <summary>Compares the members declared on <see cref="Actor"/> and its bases, lists by content.</summary>
    /// <param name="other">The actor to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public virtual bool Equals(Actor? other)
        => base.Equals(other)
        && SequenceEquality.Equal(Names, other!.Names)
        && SequenceEquality.Equal(Identifiers, other.Identifiers)
        && SequenceEquality.Equal(Affiliations, other.Affiliations)
        && SequenceEquality.Equal(Roles, other.Roles)
        && SequenceEquality.Equal(Addresses, other.Addresses)
        && SequenceEquality.Equal(Contacts, other.Contacts);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(base.GetHashCode(), SequenceEquality.Hash(Names), SequenceEquality.Hash(Identifiers), SequenceEquality.Hash(Affiliations), SequenceEquality.Hash(Roles), HashCode.Combine(SequenceEquality.Hash(Addresses), SequenceEquality.Hash(Contacts)));
}
