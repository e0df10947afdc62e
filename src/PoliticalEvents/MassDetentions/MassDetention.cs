using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// Many people detained in one event, counted rather than named: a protest dispersed, a raid, a round-up. Wire type
/// <c>massDetention</c>. Format 1.1.
/// </summary>
/// <remarks>
/// <para>The number of people is what sources said it was: <see cref="Counts"/> holds every count with who gave it, as
/// sources often disagree (the police, a human rights group and a news agency give three numbers). None is derived or
/// preferred by this library.</para>
/// <para>People whose own detention is recorded (a <see cref="Detention"/> record) may be listed in
/// <see cref="DetentionIds"/>; they remain separate records, counted as detentions, and are among the people the counts
/// count. A mass detention is about an event, not a person: redaction keeps it, with its counts and sources, in public
/// output.</para>
/// </remarks>
public sealed record MassDetention : Record
{
    /// <summary>When the event happened, to the precision known.</summary>
    [JsonPropertyOrder(-90)]
    public required PartialDate OccurredOn { get; init; }

    /// <summary>The country where it happened.</summary>
    [JsonPropertyOrder(-89)]
    public required CountryCode Country { get; init; }

    /// <summary>The town or city ("Minsk").</summary>
    [JsonPropertyOrder(-88)]
    public string? Locality { get; init; }

    /// <summary>Where it happened, in WGS 84 coordinates (a square, a street, a building).</summary>
    [JsonPropertyOrder(-87)]
    public GeoLocation? Location { get; init; }

    /// <summary>The organization that detained the people (a police force, a security service).</summary>
    [JsonPropertyOrder(-86)]
    public OrganizationId? AuthorityId { get; init; }

    /// <summary>What the event was, in words ("Dispersal of the Women's March on Independence Avenue").</summary>
    [JsonPropertyOrder(-85)]
    public string? Context { get; init; }

    /// <summary>The numbers of people detained that sources gave, each attributed; at least one.</summary>
    [JsonPropertyOrder(-84)]
    public required IReadOnlyList<AttributedCount> Counts { get; init; }

    /// <summary>
    /// The detentions of individual people known to belong to this event, each listed once. Their subjects are among
    /// the people the <c>counts</c> count.
    /// </summary>
    [JsonPropertyOrder(-83)]
    public IReadOnlyList<DetentionId> DetentionIds { get; init => field = value ?? []; } = [];

    /// <inheritdoc/>
    [JsonIgnore]
    public override string TypeName => "massDetention";

    /// <summary>Value equality, lists by content.</summary>
    /// <param name="other">The mass detention to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(MassDetention? other)
        => base.Equals(other)
        && OccurredOn == other!.OccurredOn && Country == other.Country && Locality == other.Locality && Location == other.Location
        && AuthorityId == other.AuthorityId && Context == other.Context
        && SequenceEquality.Equal(Counts, other.Counts) && SequenceEquality.Equal(DetentionIds, other.DetentionIds);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(base.GetHashCode(), OccurredOn, Country, Locality, Location, AuthorityId, Context, HashCode.Combine(SequenceEquality.Hash(Counts), SequenceEquality.Hash(DetentionIds)));
}
