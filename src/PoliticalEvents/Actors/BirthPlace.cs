namespace PoliticalEvents;

/// <summary>
/// Where a person was born, as a list gives it: a town, a country, or both ("Minsk, Belarus"). Lists often give
/// several, when sources disagree. Format 1.1.
/// </summary>
public sealed record BirthPlace
{
    /// <summary>The town, city or district, in words.</summary>
    public string? Locality { get; init; }

    /// <summary>The country, as it is today (ISO 3166-1 alpha-2).</summary>
    public CountryCode? Country { get; init; }
}
