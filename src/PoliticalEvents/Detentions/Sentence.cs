
namespace PoliticalEvents;

/// <summary>A penalty imposed by a court, in a detention or (format 1.1) in a proceeding's defendant entry.</summary>
/// <remarks>
/// <para><see cref="Term"/> is required for <see cref="SentenceKind.Imprisonment"/>, <see cref="SentenceKind.RestrictedFreedom"/>,
/// <see cref="SentenceKind.Suspended"/> and <see cref="SentenceKind.HouseArrest"/> (checked by validation). A sentence
/// changed on appeal keeps the term as first imposed, with <see cref="AppealStatus"/> saying what happened.</para>
/// <para>Format 1.1 adds how a sentence relates to the earlier ones of the same list, named by their position:
/// <see cref="Combination"/> (concurrent, consecutive, or an aggregate that absorbs them) and <see cref="ReplacesIndex"/>
/// (a suspended sentence made real, say); and <see cref="Fine"/>, <see cref="ProceedingId"/> and <see cref="Credited"/>.</para>
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

    /// <summary>The fine, when the penalty is a fine or includes one: amount and currency. Format 1.1.</summary>
    public Fine? Fine { get; init; }

    /// <summary>The proceeding (the case) that gave the verdict, a <c>proceeding</c> record. Format 1.1.</summary>
    public RecordId? ProceedingId { get; init; }

    /// <summary>How this sentence combines with earlier sentences of the same list: concurrent, consecutive or an aggregate. Format 1.1.</summary>
    public SentenceCombination? Combination { get; init; }

    /// <summary>
    /// The position (from 0) of an earlier sentence of the same list that this one replaced, which is then not served
    /// as imposed: a suspended sentence turned into real imprisonment when probation was revoked, restricted freedom
    /// replaced by imprisonment, an unpaid fine replaced by another penalty. The date of this sentence is when the
    /// replacement was ordered. Format 1.1.
    /// </summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(WholeNumberConverter))]
    public int? ReplacesIndex { get; init; }

    /// <summary>
    /// Time already spent in custody (before the trial, or under house arrest) that the court counted towards the
    /// sentence, as a term (<c>P1Y2M</c>). Format 1.1.
    /// </summary>
    public Term? Credited { get; init; }
}
