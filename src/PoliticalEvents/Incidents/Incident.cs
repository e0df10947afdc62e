using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// A grave event in custody or around it — a death in custody, torture, an enforced disappearance, a hunger strike —
/// with the people it happened to and the attributed accounts of it. Wire type <c>incident</c>. Format 1.1.
/// </summary>
/// <remarks>
/// <para>An incident is about its <see cref="SubjectIds"/> (at least one, each once). When it names a
/// <see cref="DetentionId"/>, that detention's subject is one of them (checked by validation). A
/// <see cref="IncidentKind.DeathInCustody"/> incident's subjects are the persons who died: each should have a
/// <c>deathDate</c> that agrees with <see cref="OccurredOn"/>.</para>
/// <para>An incident is a detail of its subjects' lives: redaction drops it when any subject is dropped, and reduces
/// it (no accounts, facility, notes or quotes) when it is restricted or about an anonymous person.</para>
/// </remarks>
public sealed record Incident : Record
{
    /// <summary>What happened.</summary>
    [JsonPropertyOrder(-90)]
    public required IncidentKind Kind { get; init; }

    /// <summary>The persons it happened to (for a death in custody, those who died); at least one, each once.</summary>
    [JsonPropertyOrder(-89)]
    public required IReadOnlyList<PersonId> SubjectIds { get; init; }

    /// <summary>The detention during which it happened; a detention of one of the subjects.</summary>
    [JsonPropertyOrder(-88)]
    public DetentionId? DetentionId { get; init; }

    /// <summary>When it happened, to the precision known (a hunger strike: when it began, or the whole span as an interval).</summary>
    [JsonPropertyOrder(-87)]
    public required PartialDate OccurredOn { get; init; }

    /// <summary>Where it happened, as a <c>facility</c> record of the dataset.</summary>
    [JsonPropertyOrder(-86)]
    public RecordId? FacilityId { get; init; }

    /// <summary>The persons or organizations said to be responsible (guards, a security service, a prison's administration).</summary>
    [JsonPropertyOrder(-85)]
    public IReadOnlyList<ActorId> PerpetratorIds { get; init => field = value ?? []; } = [];

    /// <summary>The attributed statements of what happened, which may conflict.</summary>
    [JsonPropertyOrder(-84)]
    public IReadOnlyList<IncidentAccount> Accounts { get; init => field = value ?? []; } = [];

    /// <inheritdoc/>
    [JsonIgnore]
    public override string TypeName => "incident";

    /// <summary>Value equality, lists by content.</summary>
    /// <param name="other">The incident to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(Incident? other)
        => base.Equals(other)
        && Kind == other!.Kind && SequenceEquality.Equal(SubjectIds, other.SubjectIds) && DetentionId == other.DetentionId
        && OccurredOn == other.OccurredOn && FacilityId == other.FacilityId
        && SequenceEquality.Equal(PerpetratorIds, other.PerpetratorIds) && SequenceEquality.Equal(Accounts, other.Accounts);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(base.GetHashCode(), Kind, SequenceEquality.Hash(SubjectIds), DetentionId, OccurredOn, FacilityId,
            SequenceEquality.Hash(PerpetratorIds), SequenceEquality.Hash(Accounts));
}
