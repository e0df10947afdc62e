namespace PoliticalEvents;

/// <summary>
/// A way to reach a person or an organization, as sanctions lists and registries give them for screening: a phone
/// number, an e-mail address, a website. A person's are sensitive: an anonymous person may not have them, and public
/// redaction removes them from restricted persons. Format 1.1.
/// </summary>
public sealed record Contact
{
    /// <summary>What the contact detail is.</summary>
    public required ContactKind Kind { get; init; }

    /// <summary>The phone number, address or website, as the source writes it. Identifying text: never quoted in a message.</summary>
    public required string Value { get; init; }
}
