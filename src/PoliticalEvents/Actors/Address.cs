namespace PoliticalEvents;

/// <summary>
/// An address of a person or an organization, as a sanctions list or a registry gives it: in parts, as one line, or
/// both. At least one part. A person's address is sensitive: public redaction removes it from restricted and
/// anonymous persons. Format 1.1.
/// </summary>
public sealed record Address
{
    /// <summary>The whole address as one text, when the source gives it so ("ul. Kalinouskaha 2, Minsk 220000, Belarus").</summary>
    public string? Full { get; init; }

    /// <summary>The street, house and flat.</summary>
    public string? Street { get; init; }

    /// <summary>The town or city.</summary>
    public string? Locality { get; init; }

    /// <summary>The region, province or state.</summary>
    public string? Region { get; init; }

    /// <summary>The postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>The country (ISO 3166-1 alpha-2).</summary>
    public CountryCode? Country { get; init; }
}
