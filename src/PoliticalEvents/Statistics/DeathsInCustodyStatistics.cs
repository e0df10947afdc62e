using System.Collections.Immutable;

namespace PoliticalEvents.Statistics;

/// <summary>
/// The persons who died in custody (format 1.1): those who are a subject of a <c>deathInCustody</c> incident, or the
/// subject of a detention that ended with <c>endReason</c> <c>death</c>. Each person counts once, however many records
/// tell of the death.
/// </summary>
/// <remarks>
/// A person counts in the country of the detention that ended with their death or that their <c>deathInCustody</c>
/// incident names (its <c>detentionId</c>); when these name detentions in different countries, in the first of them by
/// code; when there is no such detention in the dataset, under <see cref="CountryUnknown"/>.
/// </remarks>
public sealed record DeathsInCustodyStatistics
{
    /// <summary>No deaths in custody.</summary>
    public static DeathsInCustodyStatistics None { get; } = new() { Persons = 0, ByCountry = ImmutableSortedDictionary<CountryCode, int>.Empty, CountryUnknown = 0 };

    /// <summary>The persons who died in custody, each once.</summary>
    public required int Persons { get; init; }

    /// <summary>
    /// The persons who died in custody in each country (see the remarks). Only countries with at least one death
    /// appear; keys are in ordinal order of their codes.
    /// </summary>
    public required ImmutableSortedDictionary<CountryCode, int> ByCountry { get; init; }

    /// <summary>The persons who died in custody whose detention the dataset does not give.</summary>
    public required int CountryUnknown { get; init; }

    /// <summary>Value equality; <see cref="ByCountry"/> is compared by content.</summary>
    /// <param name="other">The statistics to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(DeathsInCustodyStatistics? other)
        => other is not null && Persons == other.Persons && CountryUnknown == other.CountryUnknown && DictionaryEquality.Equal(ByCountry, other.ByCountry);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Persons, CountryUnknown, DictionaryEquality.Hash(ByCountry));
}
