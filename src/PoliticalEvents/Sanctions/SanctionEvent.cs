
namespace PoliticalEvents;

/// <summary>One step in the life of a sanction measure: imposed, eased, lifted, … on a date.</summary>
public sealed record SanctionEvent
{
    /// <summary>What happened.</summary>
    public required SanctionAction Action { get; init; }

    /// <summary>When it happened (or, for <see cref="SanctionAction.Expired"/>, is planned to), to the precision known.</summary>
    public required PartialDate On { get; init; }

    /// <summary>What the step did, in words ("General License 13 authorises dealings with Belaruskali").</summary>
    public string? Description { get; init; }

    /// <summary>The legal act of this step, when it differs from the measure's.</summary>
    public LegalBasis? LegalBasis { get; init; }

    /// <summary>Where this step is reported.</summary>
    public IReadOnlyList<Source> Sources { get; init => field = value ?? []; } = [];

    /// <summary>
    /// The step's own id, unique within its measure (the pattern of record ids), so that a link can name this step
    /// (<see cref="Link.ToStepId"/>): "released in exchange for the easing of 11 September 2025", not for the whole
    /// measure. Format 1.1.
    /// </summary>
    public string? StepId { get; init; }

    /// <summary>Value equality, lists by content.</summary>
    /// <param name="other">The event to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(SanctionEvent? other)
        => other is not null && Action == other.Action && On == other.On && Description == other.Description
        && LegalBasis == other.LegalBasis && SequenceEquality.Equal(Sources, other.Sources) && StepId == other.StepId;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Action, On, Description, LegalBasis, SequenceEquality.Hash(Sources), StepId);
}
