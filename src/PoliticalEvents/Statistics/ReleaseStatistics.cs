using System.Collections.Immutable;

namespace PoliticalEvents.Statistics;

/// <summary>Releases in total and by their legal form (pardon, amnesty, exchange, …).</summary>
public sealed record ReleaseStatistics
{
    /// <summary>Every release of the dataset.</summary>
    public required ReleaseCounts Total { get; init; }

    /// <summary>
    /// The releases of each kind. Only kinds with at least one release appear; keys are in the order
    /// <see cref="ReleaseKind"/> declares them.
    /// </summary>
    public required ImmutableSortedDictionary<ReleaseKind, ReleaseCounts> ByKind { get; init; }

    /// <summary>Value equality; <see cref="ByKind"/> is compared by content.</summary>
    /// <param name="other">The statistics to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(ReleaseStatistics? other)
        => other is not null && Total == other.Total && DictionaryEquality.Equal(ByKind, other.ByKind);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Total, DictionaryEquality.Hash(ByKind));
}
