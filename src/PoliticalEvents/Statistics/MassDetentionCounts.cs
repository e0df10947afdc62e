namespace PoliticalEvents.Statistics;

/// <summary>
/// What a group of mass detentions amounts to: how many events, and how many people were detained in them as a range
/// from the lowest to the highest count sources gave. Format 1.1.
/// </summary>
/// <remarks>
/// <para>Sources disagree about how many people were detained (the police say 250, a human rights group 700), and a
/// mass detention keeps every count with who gave it. The statistics do not choose: for each event they take its
/// lowest and its highest count, and sum each over the events. The qualifier of a count is not weighed (an
/// <c>atLeast</c> 100 adds 100 to both), nor its <c>asOf</c>.</para>
/// <para>The people whose own detentions the dataset records, and that a mass detention lists, are among the people
/// its counts count; their detention records are counted as detentions (<see cref="DatasetSummary.Detentions"/>), once,
/// and <see cref="DetentionsListed"/> says how many of them the events list. Add the two only after taking the listed
/// ones out of one of them.</para>
/// </remarks>
public sealed record MassDetentionCounts
{
    /// <summary>No mass detention: every count 0.</summary>
    public static MassDetentionCounts None { get; } = new() { Events = 0, PeopleLow = 0, PeopleHigh = 0, DetentionsListed = 0 };

    /// <summary>Mass detentions (records of type <c>massDetention</c>).</summary>
    public required int Events { get; init; }

    /// <summary>People detained, the lowest count of each event summed over the events.</summary>
    public required long PeopleLow { get; init; }

    /// <summary>People detained, the highest count of each event summed over the events.</summary>
    public required long PeopleHigh { get; init; }

    /// <summary>
    /// The detentions the events list (<c>detentionIds</c>, each distinct id of an event once): people among those
    /// counted whose own detention is also a record of the dataset.
    /// </summary>
    public required int DetentionsListed { get; init; }
}
