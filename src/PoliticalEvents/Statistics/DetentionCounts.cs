namespace PoliticalEvents.Statistics;

/// <summary>How many detentions have each status (as recorded, not derived from dates).</summary>
public sealed record DetentionCounts
{
    /// <summary>All detentions counted here (the sum of the three statuses).</summary>
    public int Total => Ongoing + Ended + Unknown;

    /// <summary>Detentions with status <c>ongoing</c>: the person is still deprived of liberty.</summary>
    public required int Ongoing { get; init; }

    /// <summary>Detentions with status <c>ended</c>: released, sentence served, or died.</summary>
    public required int Ended { get; init; }

    /// <summary>Detentions with status <c>unknown</c>: the sources do not say whether they continue.</summary>
    public required int Unknown { get; init; }
}
