
namespace PoliticalEvents;

/// <summary>One named person freed by a <see cref="Release"/>, with where they were sent and on what conditions.</summary>
public sealed record ReleasedDetainee
{
    /// <summary>The person released.</summary>
    public required PersonId SubjectId { get; init; }

    /// <summary>The detention this release ended; it must be a detention of the same person (checked by validation).</summary>
    public DetentionId? DetentionId { get; init; }

    /// <summary>The country the person was taken to or went to on release (e.g. <c>UA</c> for those driven to Ukraine).</summary>
    public CountryCode? Destination { get; init; }

    /// <summary>Conditions attached to the release (forced exile, passport withheld, …).</summary>
    public IReadOnlyList<ReleaseCondition> Conditions { get; init => field = value ?? []; } = [];

    /// <summary>Value equality, lists by content.</summary>
    /// <param name="other">The detainee entry to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(ReleasedDetainee? other)
        => other is not null && SubjectId == other.SubjectId && DetentionId == other.DetentionId && Destination == other.Destination
        && SequenceEquality.Equal(Conditions, other.Conditions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, DetentionId, Destination, SequenceEquality.Hash(Conditions));
}
