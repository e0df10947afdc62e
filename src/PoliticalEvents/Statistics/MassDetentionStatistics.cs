using System.Collections.Immutable;

namespace PoliticalEvents.Statistics;

/// <summary>Mass detentions and the people detained in them, in total and for each country where they happened. Format 1.1.</summary>
public sealed record MassDetentionStatistics
{
    /// <summary>No mass detention.</summary>
    public static MassDetentionStatistics None { get; } = new() { Total = MassDetentionCounts.None, ByCountry = ImmutableSortedDictionary<CountryCode, MassDetentionCounts>.Empty };

    /// <summary>Every mass detention of the dataset.</summary>
    public required MassDetentionCounts Total { get; init; }

    /// <summary>
    /// The mass detentions of each country (the record's <c>country</c>). Only countries with at least one appear; keys
    /// are in ordinal order of their codes.
    /// </summary>
    public required ImmutableSortedDictionary<CountryCode, MassDetentionCounts> ByCountry { get; init; }

    /// <summary>Value equality; <see cref="ByCountry"/> is compared by content.</summary>
    /// <param name="other">The statistics to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(MassDetentionStatistics? other)
        => other is not null && Total == other.Total && DictionaryEquality.Equal(ByCountry, other.ByCountry);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Total, DictionaryEquality.Hash(ByCountry));
}
