
namespace PoliticalEvents.Statistics;

/// <summary>
/// How many sanction measures have each status on one day, as <see cref="SanctionMeasure.StatusOn(NodaTime.LocalDate)"/> derives it from
/// their histories; also used for their targets (<see cref="SanctionStatistics.TargetsByStatus"/>), where "measures" reads
/// "targets" and a target not yet certainly listed counts as <see cref="NotYetInForce"/>.
/// </summary>
public sealed record SanctionStatusCounts
{
    /// <summary>All measures counted here (the sum of the five counts).</summary>
    public int Total => Active + Eased + Suspended + Ended + NotYetInForce;

    /// <summary>Measures in force (<see cref="SanctionStatus.Active"/>).</summary>
    public required int Active { get; init; }

    /// <summary>Measures in force but partly relaxed (<see cref="SanctionStatus.Eased"/>).</summary>
    public required int Eased { get; init; }

    /// <summary>Suspended measures (<see cref="SanctionStatus.Suspended"/>).</summary>
    public required int Suspended { get; init; }

    /// <summary>Measures lifted, expired or annulled (<see cref="SanctionStatus.Ended"/>).</summary>
    public required int Ended { get; init; }

    /// <summary>
    /// Measures none of whose steps had certainly happened by that day (<see cref="SanctionMeasure.StatusOn(NodaTime.LocalDate)"/> is null):
    /// imposed later, or imposed in a month or year that had not yet ended.
    /// </summary>
    public required int NotYetInForce { get; init; }
}
