using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// One act of release, which may free many people at once: a pardon, an amnesty, an exchange, the end of a
/// sentence. Wire type <c>release</c>.
/// </summary>
/// <remarks>
/// <see cref="Detainees"/> lists the people the dataset names (at least one); <see cref="ReportedCount"/> keeps the
/// number announced, which may be larger. With <see cref="CountQualifier.Exact"/> it must not be smaller than the
/// number named (checked by validation).
/// </remarks>
public sealed record Release : Record
{
    /// <summary>When the release happened, to the precision known.</summary>
    [JsonPropertyOrder(-90)]
    public required PartialDate ReleasedOn { get; init; }

    /// <summary>The organization that released (a state, a head of state's office, a court).</summary>
    [JsonPropertyOrder(-89)]
    public OrganizationId? AuthorityId { get; init; }

    /// <summary>The legal form of the release.</summary>
    [JsonPropertyOrder(-88)]
    public required ReleaseKind Kind { get; init; }

    /// <summary>The named people released, at least one.</summary>
    [JsonPropertyOrder(-87)]
    public required IReadOnlyList<ReleasedDetainee> Detainees { get; init; }

    /// <summary>The number announced, if any.</summary>
    [JsonPropertyOrder(-86)]
    public ReportedCount? ReportedCount { get; init; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string TypeName => "release";

    /// <summary>Value equality, lists by content.</summary>
    /// <param name="other">The release to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(Release? other)
        => base.Equals(other)
        && ReleasedOn == other!.ReleasedOn && AuthorityId == other.AuthorityId && Kind == other.Kind
        && SequenceEquality.Equal(Detainees, other.Detainees) && ReportedCount == other.ReportedCount;

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(base.GetHashCode(), ReleasedOn, AuthorityId, Kind, SequenceEquality.Hash(Detainees), ReportedCount);
}
