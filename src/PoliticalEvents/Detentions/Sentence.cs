
namespace PoliticalEvents;

/// <summary>A penalty imposed by a court within a detention.</summary>
/// <remarks>
/// <see cref="Term"/> is required for <see cref="SentenceKind.Imprisonment"/>, <see cref="SentenceKind.RestrictedFreedom"/>,
/// <see cref="SentenceKind.Suspended"/> and <see cref="SentenceKind.HouseArrest"/> (checked by validation). A sentence
/// changed on appeal keeps the term as first imposed, with <see cref="AppealStatus"/> saying what happened.
/// </remarks>
public sealed record Sentence
{
    /// <summary>When the verdict was pronounced, to the precision known.</summary>
    public required PartialDate ImposedOn { get; init; }

    /// <summary>The kind of penalty.</summary>
    public required SentenceKind Kind { get; init; }

    /// <summary>The length of the penalty as imposed.</summary>
    public Term? Term { get; init; }

    /// <summary>The court's name as the sources give it.</summary>
    public string? Court { get; init; }

    /// <summary>The court as an organization record.</summary>
    public OrganizationId? CourtId { get; init; }

    /// <summary>True when the trial was held without the defendant (then a sentence before the detention is expected).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool InAbsentia { get; init; }

    /// <summary>What became of the sentence on appeal; unknown when null.</summary>
    public AppealStatus? AppealStatus { get; init; }

    /// <summary>The prison regime ordered, in words ("strict regime", "general regime").</summary>
    public string? Regime { get; init; }
}
