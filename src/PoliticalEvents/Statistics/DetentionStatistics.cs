using System.Collections.Immutable;

namespace PoliticalEvents.Statistics;

/// <summary>Detentions by status, in total and for each country where people were held.</summary>
public sealed record DetentionStatistics
{
    /// <summary>Every detention of the dataset, by status.</summary>
    public required DetentionCounts Total { get; init; }

    /// <summary>
    /// The detentions held in each country (the detention's <c>country</c>), by status. Only countries with at least
    /// one detention appear; keys are in ordinal order of their codes (<c>BY</c> before <c>TN</c>).
    /// </summary>
    public required ImmutableSortedDictionary<CountryCode, DetentionCounts> ByCountry { get; init; }

    /// <summary>Value equality; <see cref="ByCountry"/> is compared by content.</summary>
    /// <param name="other">The statistics to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(DetentionStatistics? other)
        => other is not null && Total == other.Total && DictionaryEquality.Equal(ByCountry, other.ByCountry);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Total, DictionaryEquality.Hash(ByCountry));
}
