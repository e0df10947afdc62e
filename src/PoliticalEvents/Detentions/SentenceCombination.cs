namespace PoliticalEvents;

/// <summary>
/// How a sentence combines with earlier sentences of the same list (of a detention, or of a proceeding's defendant
/// entry), named by their position in that list: <c>{"kind": "aggregate", "withIndexes": [0]}</c> on the second
/// sentence says it absorbs the first. Format 1.1.
/// </summary>
/// <remarks>Each index names a sentence before this one in the list (checked by validation: <c>sentence.indexNotEarlier</c>).</remarks>
public sealed record SentenceCombination
{
    /// <summary>How this sentence combines with the ones named.</summary>
    public required SentenceCombinationKind Kind { get; init; }

    /// <summary>
    /// The positions (from 0) of the earlier sentences this one combines with, in the same list; at least one, each once.
    /// On the wire whole numbers (<c>0</c>, or <c>0.0</c> as JSON Schema allows).
    /// </summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(WholeNumberListConverter))]
    public required IReadOnlyList<int> WithIndexes { get; init; }

    /// <summary>Value equality, lists by content.</summary>
    /// <param name="other">The combination to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(SentenceCombination? other)
        => other is not null && Kind == other.Kind && SequenceEquality.Equal(WithIndexes, other.WithIndexes);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, SequenceEquality.Hash(WithIndexes));
}
