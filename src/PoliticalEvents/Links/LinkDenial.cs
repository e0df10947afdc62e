namespace PoliticalEvents;

/// <summary>
/// Who says a relation does not hold: "the release was not an exchange", said Lithuania's president on 11 September
/// 2025. A denial is a claim, attributed like the assertion it answers. Format 1.1.
/// </summary>
public sealed record LinkDenial
{
    /// <summary>Who denies the relation, in words ("President of Lithuania").</summary>
    public required string By { get; init; }

    /// <summary>Who denies the relation, as an actor record (a person or an organization).</summary>
    public ActorId? ById { get; init; }

    /// <summary>When the denial was made, to the precision known.</summary>
    public PartialDate? On { get; init; }
}
