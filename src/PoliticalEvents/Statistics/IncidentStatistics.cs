using System.Collections.Immutable;

namespace PoliticalEvents.Statistics;

/// <summary>Incidents (format 1.1) by kind.</summary>
public sealed record IncidentStatistics
{
    /// <summary>No incidents.</summary>
    public static IncidentStatistics None { get; } = new() { Total = 0, ByKind = ImmutableSortedDictionary<IncidentKind, int>.Empty };

    /// <summary>Every incident of the dataset (records of type <c>incident</c>).</summary>
    public required int Total { get; init; }

    /// <summary>
    /// The number of incidents of each kind. Only kinds with at least one incident appear; keys are in the order
    /// <see cref="IncidentKind"/> declares them.
    /// </summary>
    public required ImmutableSortedDictionary<IncidentKind, int> ByKind { get; init; }

    /// <summary>Value equality; <see cref="ByKind"/> is compared by content.</summary>
    /// <param name="other">The statistics to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(IncidentStatistics? other)
        => other is not null && Total == other.Total && DictionaryEquality.Equal(ByKind, other.ByKind);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Total, DictionaryEquality.Hash(ByKind));
}
