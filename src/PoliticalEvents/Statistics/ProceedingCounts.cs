namespace PoliticalEvents.Statistics;

/// <summary>
/// What a group of proceedings amounts to: how many cases, how many of them have no verdict yet, and their defendants
/// by the outcome of the verdict. Format 1.1.
/// </summary>
/// <remarks>
/// A defendant entry counts once per proceeding: a person tried in two cases counts twice. A conviction whose sentence
/// is unknown counts as convicted all the same.
/// </remarks>
public sealed record ProceedingCounts
{
    /// <summary>Cases (records of type <c>proceeding</c>).</summary>
    public required int Proceedings { get; init; }

    /// <summary>How many of the <see cref="Proceedings"/> have no verdict on any defendant (pending, or not known).</summary>
    public required int ProceedingsWithoutVerdict { get; init; }

    /// <summary>Defendant entries: the sum of the proceedings' <c>defendants</c>.</summary>
    public required int Defendants { get; init; }

    /// <summary>Defendants whose verdict is <c>convicted</c>.</summary>
    public required int Convicted { get; init; }

    /// <summary>Defendants whose verdict is <c>acquitted</c>.</summary>
    public required int Acquitted { get; init; }

    /// <summary>Defendants whose verdict is <c>dismissed</c>.</summary>
    public required int Dismissed { get; init; }

    /// <summary>Defendants whose verdict is <c>other</c>.</summary>
    public required int Other { get; init; }

    /// <summary>Defendants without a verdict.</summary>
    public required int WithoutVerdict { get; init; }
}
