using System.Text.Json.Serialization;
using NodaTime;

namespace PoliticalEvents;

/// <summary>
/// One restrictive measure of one kind by one imposer (e.g. the US asset freeze on Belaruskali), with its
/// history from imposition to easing or lifting. Wire type <c>sanctionMeasure</c>.
/// </summary>
/// <remarks>
/// <para>The status is derived from <see cref="History"/>, never stored: see <see cref="StatusOn(LocalDate)"/>. The history
/// is chronological; its first step is <see cref="SanctionAction.Imposed"/>, and after
/// <see cref="SanctionAction.Lifted"/>, <see cref="SanctionAction.Expired"/> or <see cref="SanctionAction.Annulled"/>
/// only <see cref="SanctionAction.Reimposed"/> may follow (checked by validation).</para>
/// </remarks>
public sealed record SanctionMeasure : Record
{
    /// <summary>The state, body or intergovernmental organization that imposes the measure.</summary>
    [JsonPropertyOrder(-90)]
    public required OrganizationId ImposedById { get; init; }

    /// <summary>The kind of measure.</summary>
    [JsonPropertyOrder(-89)]
    public required SanctionKind Kind { get; init; }

    /// <summary>The programme the measure belongs to.</summary>
    [JsonPropertyOrder(-88)]
    public SanctionProgram? Program { get; init; }

    /// <summary>The legal act the measure rests on.</summary>
    [JsonPropertyOrder(-87)]
    public LegalBasis? LegalBasis { get; init; }

    /// <summary>The imposer's stated reason, in words.</summary>
    [JsonPropertyOrder(-86)]
    public string? Reason { get; init; }

    /// <summary>Whom or what the measure targets, at least one.</summary>
    [JsonPropertyOrder(-85)]
    public required IReadOnlyList<SanctionTarget> Targets { get; init; }

    /// <summary>The steps of the measure's life, in chronological order, at least one.</summary>
    [JsonPropertyOrder(-84)]
    public required IReadOnlyList<SanctionEvent> History { get; init; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string TypeName => "sanctionMeasure";

    /// <summary>The status of the measure on <paramref name="date"/>, derived from its history (see <see cref="StatusOn(LocalDate)"/>).</summary>
    /// <param name="date">The day to evaluate.</param>
    /// <returns>The status, or null when no step of the history has certainly happened by that day (the measure is not yet in force).</returns>
    public SanctionStatus? StatusOn(DateOnly date) => StatusOn(LocalDate.FromDateOnly(date));

    /// <summary>The status of the measure on <paramref name="date"/>, derived from its history.</summary>
    /// <param name="date">The day to evaluate.</param>
    /// <returns>
    /// The status, or null when no step of the history has certainly happened by that day (the measure is not
    /// yet in force).
    /// </returns>
    /// <remarks>
    /// <para>Steps are applied in list order. A step counts once it has certainly happened: its
    /// <see cref="PartialDate.Latest"/> day is on or before <paramref name="date"/>, so "eased in 2025-12" is
    /// not yet counted on 2025-12-10. This never claims more precision than the sources gave.</para>
    /// <para><c>imposed</c>, <c>reimposed</c> → active; <c>eased</c> → eased; <c>suspended</c> → suspended;
    /// <c>lifted</c>, <c>expired</c>, <c>annulled</c> → ended; <c>amended</c> and <c>extended</c> leave the status
    /// unchanged, except that they put a suspended measure back in force.</para>
    /// </remarks>
    public SanctionStatus? StatusOn(LocalDate date)
    {
        SanctionStatus? status = null;
        foreach (SanctionEvent step in History)
        {
            if (step.On.Latest > date)
            {
                continue;
            }

            status = step.Action switch
            {
                SanctionAction.Imposed or SanctionAction.Reimposed => SanctionStatus.Active,
                SanctionAction.Eased => SanctionStatus.Eased,
                SanctionAction.Suspended => SanctionStatus.Suspended,
                SanctionAction.Lifted or SanctionAction.Expired or SanctionAction.Annulled => SanctionStatus.Ended,
                SanctionAction.Amended or SanctionAction.Extended when status == SanctionStatus.Suspended => SanctionStatus.Active,
                _ => status,
            };
        }

        return status;
    }

    /// <summary>The status of the measure for one of its targets on <paramref name="date"/> (see <see cref="StatusOn(LocalDate, SanctionTarget)"/>).</summary>
    /// <param name="date">The day to evaluate.</param>
    /// <param name="target">The target, one of <see cref="Targets"/> (or one like it).</param>
    /// <returns>The status for that target, or null when it is not (yet) certainly listed under a measure in force.</returns>
    public SanctionStatus? StatusOn(DateOnly date, SanctionTarget target) => StatusOn(LocalDate.FromDateOnly(date), target);

    /// <summary>The status of the measure for one of its targets on <paramref name="date"/>: the measure's own status, weighed with the target's listing dates (format 1.1).</summary>
    /// <param name="date">The day to evaluate.</param>
    /// <param name="target">The target, one of <see cref="Targets"/> (or one like it).</param>
    /// <returns>
    /// The status for that target, or null when the measure is not yet in force or the target not yet certainly listed.
    /// </returns>
    /// <remarks>
    /// <para>As for the measure, a date counts once it has certainly happened (its <see cref="PartialDate.Latest"/>
    /// day is on or before <paramref name="date"/>): a target listed "2025-12" is not yet listed on 2025-12-10, and one
    /// delisted "2025-12" is still listed then. An unknown <see cref="SanctionTarget.ListedOn"/> leaves the measure's
    /// status as it is. A target certainly delisted by that day is <see cref="SanctionStatus.Ended"/> for it, whatever
    /// the measure's status; a measure that has ended has ended for every target.</para>
    /// </remarks>
    public SanctionStatus? StatusOn(LocalDate date, SanctionTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        SanctionStatus? status = StatusOn(date);
        if (status is null || status == SanctionStatus.Ended)
        {
            return status;
        }

        if (target.DelistedOn is { } delisted && delisted.Latest <= date)
        {
            return SanctionStatus.Ended;
        }

        return target.ListedOn is { } listed && listed.Latest > date ? null : status;
    }

    /// <summary>The status of the measure today (UTC), derived from its history.</summary>
    /// <param name="clock">The clock to read; the system clock when null.</param>
    /// <returns>The status, or null when the measure is not yet in force.</returns>
    public SanctionStatus? CurrentStatus(IClock? clock = null)
        => StatusOn((clock ?? SystemClock.Instance).GetCurrentInstant().InUtc().Date);

    /// <summary>Value equality, lists by content.</summary>
    /// <param name="other">The measure to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(SanctionMeasure? other)
        => base.Equals(other)
        && ImposedById == other!.ImposedById && Kind == other.Kind && Program == other.Program && LegalBasis == other.LegalBasis
        && Reason == other.Reason && SequenceEquality.Equal(Targets, other.Targets) && SequenceEquality.Equal(History, other.History);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(base.GetHashCode(), ImposedById, Kind, Program, LegalBasis, Reason, SequenceEquality.Hash(Targets), SequenceEquality.Hash(History));
}
