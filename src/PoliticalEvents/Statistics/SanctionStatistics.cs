using System.Collections.Immutable;
using NodaTime;

namespace PoliticalEvents.Statistics;

/// <summary>Sanction measures by who imposed them, by kind, and by their status on one day.</summary>
public sealed record SanctionStatistics
{
    /// <summary>Every sanction measure of the dataset (records of type <c>sanctionMeasure</c>).</summary>
    public required int Measures { get; init; }

    /// <summary>
    /// The number of measures each imposer (the measure's <c>imposedById</c>, an organization) imposed. Only imposers
    /// with at least one measure appear; keys are in ordinal order of their ids.
    /// </summary>
    public required ImmutableSortedDictionary<OrganizationId, int> ByImposer { get; init; }

    /// <summary>
    /// The number of measures of each kind. Only kinds with at least one measure appear; keys are in the order
    /// <see cref="SanctionKind"/> declares them.
    /// </summary>
    public required ImmutableSortedDictionary<SanctionKind, int> ByKind { get; init; }

    /// <summary>The day <see cref="ByStatus"/> describes.</summary>
    public required LocalDate StatusOn { get; init; }

    /// <summary>The number of measures in each status on <see cref="StatusOn"/>, derived from their histories.</summary>
    public required SanctionStatusCounts ByStatus { get; init; }

    /// <summary>Value equality; the dictionaries are compared by content.</summary>
    /// <param name="other">The statistics to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(SanctionStatistics? other)
        => other is not null && Measures == other.Measures && StatusOn == other.StatusOn && ByStatus == other.ByStatus
        && DictionaryEquality.Equal(ByImposer, other.ByImposer) && DictionaryEquality.Equal(ByKind, other.ByKind);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(Measures, StatusOn, ByStatus, DictionaryEquality.Hash(ByImposer), DictionaryEquality.Hash(ByKind));
}
