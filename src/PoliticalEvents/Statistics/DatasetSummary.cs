namespace PoliticalEvents.Statistics;

/// <summary>
/// Counts that describe a dataset as a whole: records per type, detentions by status and country, releases by kind
/// with people named and announced, sanction measures by imposer, kind and status. Made by
/// <see cref="DatasetStatistics.Summarize"/>.
/// </summary>
/// <remarks>
/// A summary holds counts, country codes, kinds and the ids of the organizations that impose sanctions, never names or
/// other facts about people, so it can be shared where the records themselves cannot. It counts the records it was
/// given as they are; it does not validate them (a dataset with broken references is counted all the same).
/// </remarks>
public sealed record DatasetSummary
{
    /// <summary>How many records of each type.</summary>
    public required RecordCounts Records { get; init; }

    /// <summary>Detentions by status, in total and by country.</summary>
    public required DetentionStatistics Detentions { get; init; }

    /// <summary>Releases, people named and people announced, in total and by kind.</summary>
    public required ReleaseStatistics Releases { get; init; }

    /// <summary>Sanction measures by imposer, kind and derived status.</summary>
    public required SanctionStatistics Sanctions { get; init; }
}
