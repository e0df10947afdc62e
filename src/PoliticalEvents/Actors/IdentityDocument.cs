namespace PoliticalEvents;

/// <summary>
/// An identity document of a person, as a sanctions list publishes it for screening: a passport or national id
/// number, with who issued it and when. Sensitive: public redaction removes it from restricted and anonymous persons,
/// and no message ever contains a number. Format 1.1.
/// </summary>
public sealed record IdentityDocument
{
    /// <summary>What kind of document it is; unknown when null.</summary>
    public IdentityDocumentKind? Kind { get; init; }

    /// <summary>The document's number as written ("MP1234567").</summary>
    public required string Number { get; init; }

    /// <summary>The issuing country (ISO 3166-1 alpha-2).</summary>
    public CountryCode? Country { get; init; }

    /// <summary>When it was issued, to the precision known.</summary>
    public PartialDate? IssuedOn { get; init; }

    /// <summary>When it expires (or expired), to the precision known.</summary>
    public PartialDate? ExpiresOn { get; init; }
}
