using System.Collections.Immutable;

namespace PoliticalEvents.Statistics;

/// <summary>Proceedings and their defendants by the outcome of the verdict, in total and for each country. Format 1.1.</summary>
public sealed record ProceedingStatistics
{
    /// <summary>Every proceeding of the dataset.</summary>
    public required ProceedingCounts Total { get; init; }

    /// <summary>
    /// The proceedings of each country (the proceeding's <c>country</c>). Only countries with at least one proceeding
    /// appear; keys are in ordinal order of their codes.
    /// </summary>
    public required ImmutableSortedDictionary<CountryCode, ProceedingCounts> ByCountry { get; init; }

    /// <summary>Value equality; <see cref="ByCountry"/> is compared by content.</summary>
    /// <param name="other">The statistics to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(ProceedingStatistics? other)
        => other is not null && Total == other.Total && DictionaryEquality.Equal(ByCountry, other.ByCountry);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Total, DictionaryEquality.Hash(ByCountry));
}
