namespace PoliticalEvents;

/// <summary>
/// One attributed statement of what happened in an <see cref="Incident"/>: who says it, when, and what they say.
/// Accounts may conflict (the authorities report a heart attack, the family reports a beating): the format keeps each
/// as said and never decides between them. Format 1.1.
/// </summary>
public sealed record IncidentAccount
{
    /// <summary>Who gives the account, in words ("the detainee's mother", "Penitentiary Department", "Viasna").</summary>
    public required string By { get; init; }

    /// <summary>Who gives the account, as an actor record.</summary>
    public ActorId? ById { get; init; }

    /// <summary>When the account was given; it cannot be before the incident (checked by validation).</summary>
    public PartialDate? On { get; init; }

    /// <summary>What the account says happened, in a few sentences. A sensitive text: redaction removes it from restricted incidents.</summary>
    public required string Summary { get; init; }
}
