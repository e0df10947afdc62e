using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// One continuous deprivation of liberty of one person, from arrest to release, with its charges, sentences,
/// places of detention and designations. Wire type <c>detention</c>.
/// </summary>
/// <remarks>
/// <para>A person re-arrested after release has a second detention. <see cref="StartedOn"/> is the first day of
/// deprivation of liberty; <see cref="EndedOn"/> the last (inclusive), absent while <see cref="Status"/> is
/// <see cref="DetentionStatus.Ongoing"/>.</para>
/// </remarks>
public sealed record Detention : Record
{
    /// <summary>The detained person.</summary>
    [JsonPropertyOrder(-90)]
    public required PersonId SubjectId { get; init; }

    /// <summary>The country where the person is held.</summary>
    [JsonPropertyOrder(-89)]
    public required CountryCode Country { get; init; }

    /// <summary>The organization that detains (a security service, a ministry).</summary>
    [JsonPropertyOrder(-88)]
    public OrganizationId? AuthorityId { get; init; }

    /// <summary>The day (or month, or year) the deprivation of liberty began.</summary>
    [JsonPropertyOrder(-87)]
    public required PartialDate StartedOn { get; init; }

    /// <summary>When it ended; null while ongoing or when unknown.</summary>
    [JsonPropertyOrder(-86)]
    public PartialDate? EndedOn { get; init; }

    /// <summary>Whether the detention continues.</summary>
    [JsonPropertyOrder(-85)]
    public required DetentionStatus Status { get; init; }

    /// <summary>Why the detention ended (release, death, escape, transfer, unknown); null while ongoing or when not stated. Format 1.1.</summary>
    [JsonPropertyOrder(-85)]
    public DetentionEndReason? EndReason { get; init; }

    /// <summary>The latest known form of detention; unknown when null.</summary>
    [JsonPropertyOrder(-84)]
    public DetentionKind? Kind { get; init; }

    /// <summary>The charges brought.</summary>
    [JsonPropertyOrder(-83)]
    public IReadOnlyList<Charge> Charges { get; init => field = value ?? []; } = [];

    /// <summary>The sentences imposed, in the order pronounced.</summary>
    [JsonPropertyOrder(-82)]
    public IReadOnlyList<Sentence> Sentences { get; init => field = value ?? []; } = [];

    /// <summary>The places the person was held, in order.</summary>
    [JsonPropertyOrder(-81)]
    public IReadOnlyList<Placement> Placements { get; init => field = value ?? []; } = [];

    /// <summary>Reported conditions of detention.</summary>
    [JsonPropertyOrder(-80)]
    public IReadOnlyList<DetentionCondition> Conditions { get; init => field = value ?? []; } = [];

    /// <summary>Attributed designations (political prisoner, prisoner of conscience, arbitrarily detained).</summary>
    [JsonPropertyOrder(-79)]
    public IReadOnlyList<Designation> Designations { get; init => field = value ?? []; } = [];

    /// <summary>A typed reference to this detention, for <see cref="ReleasedDetainee.DetentionId"/>.</summary>
    [JsonIgnore]
    public DetentionId Reference => new(Id.Value);

    /// <inheritdoc/>
    [JsonIgnore]
    public override string TypeName => "detention";

    /// <summary>Value equality, lists by content.</summary>
    /// <param name="other">The detention to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(Detention? other)
        => base.Equals(other)
        && SubjectId == other!.SubjectId && Country == other.Country && AuthorityId == other.AuthorityId
        && StartedOn == other.StartedOn && EndedOn == other.EndedOn && Status == other.Status && EndReason == other.EndReason && Kind == other.Kind
        && SequenceEquality.Equal(Charges, other.Charges)
        && SequenceEquality.Equal(Sentences, other.Sentences)
        && SequenceEquality.Equal(Placements, other.Placements)
        && SequenceEquality.Equal(Conditions, other.Conditions)
        && SequenceEquality.Equal(Designations, other.Designations);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(base.GetHashCode(), SubjectId, StartedOn, Status, SequenceEquality.Hash(Charges), SequenceEquality.Hash(Sentences));
}
