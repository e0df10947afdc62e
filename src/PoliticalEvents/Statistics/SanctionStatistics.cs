using System.Collections.Immutable;
using NodaTime;

namespace PoliticalEvents.Statistics;

/// <summary>
/// Sanction measures by who imposed them, by kind, and by their status on one day; and their targets by their status on
/// that day, weighed with each target's own listing dates (format 1.1).
/// </summary>
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

    /// <summary>The targets of all measures (each entry of each measure's <c>targets</c>: persons, organizations, sectors, countries).</summary>
    public required int Targets { get; init; }

    /// <summary>
    /// The targets that have a listing or delisting date of their own (<c>listedOn</c> or <c>delistedOn</c>, format 1.1).
    /// </summary>
    public required int TargetsWithDates { get; init; }

    /// <summary>
    /// The number of targets in each status on <see cref="StatusOn"/>, as
    /// <see cref="SanctionMeasure.StatusOn(LocalDate, SanctionTarget)"/> derives it: the measure's status, weighed with
    /// the target's own dates (not yet certainly listed: <see cref="SanctionStatusCounts.NotYetInForce"/>; certainly
    /// delisted: <see cref="SanctionStatusCounts.Ended"/>). The five counts add up to <see cref="Targets"/>.
    /// </summary>
    public required SanctionStatusCounts TargetsByStatus { get; init; }

    /// <summary>
    /// The number of targets each imposer had certainly delisted by <see cref="StatusOn"/> (the latest day of the target's
    /// <c>delistedOn</c> is on or before it; format 1.1). Only imposers with at least one such target appear; keys are
    /// in ordinal order of their ids.
    /// </summary>
    public required ImmutableSortedDictionary<OrganizationId, int> DelistedByImposer { get; init; }

    /// <summary>Value equality; the dictionaries are compared by content.</summary>
    /// <param name="other">The statistics to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(SanctionStatistics? other)
        => other is not null && Measures == other.Measures && StatusOn == other.StatusOn && ByStatus == other.ByStatus
        && DictionaryEquality.Equal(ByImposer, other.ByImposer) && DictionaryEquality.Equal(ByKind, other.ByKind)
        && Targets == other.Targets && TargetsWithDates == other.TargetsWithDates && TargetsByStatus == other.TargetsByStatus
        && DictionaryEquality.Equal(DelistedByImposer, other.DelistedByImposer);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(
            HashCode.Combine(Measures, StatusOn, ByStatus, DictionaryEquality.Hash(ByImposer), DictionaryEquality.Hash(ByKind)),
            HashCode.Combine(Targets, TargetsWithDates, TargetsByStatus, DictionaryEquality.Hash(DelistedByImposer)));
}
