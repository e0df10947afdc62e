namespace PoliticalEvents;

/// <summary>One person or organization tried in a <see cref="Proceeding"/>: the charges, the verdict and the sentences. Format 1.1.</summary>
public sealed record Defendant
{
    /// <summary>The person or organization tried.</summary>
    public required ActorId SubjectId { get; init; }

    /// <summary>The defendant's detention in this case, if any; it must be a detention of the same subject (checked by validation).</summary>
    public DetentionId? DetentionId { get; init; }

    /// <summary>The charges against this defendant in the case.</summary>
    public IReadOnlyList<Charge> Charges { get; init => field = value ?? []; } = [];

    /// <summary>The verdict, once given.</summary>
    public Verdict? Verdict { get; init; }

    /// <summary>
    /// The sentences, when they are recorded here rather than in a detention: for someone tried in absentia or never
    /// detained. Only a defendant convicted (or with an <c>other</c> outcome) has sentences.
    /// </summary>
    public IReadOnlyList<Sentence> Sentences { get; init => field = value ?? []; } = [];

    /// <summary>Value equality, lists by content.</summary>
    /// <param name="other">The defendant entry to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(Defendant? other)
        => other is not null && SubjectId == other.SubjectId && DetentionId == other.DetentionId
        && SequenceEquality.Equal(Charges, other.Charges) && Verdict == other.Verdict && SequenceEquality.Equal(Sentences, other.Sentences);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(SubjectId, DetentionId, SequenceEquality.Hash(Charges), Verdict, SequenceEquality.Hash(Sentences));
}
