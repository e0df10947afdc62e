namespace PoliticalEvents.SanctionsLists;

/// <summary>Options of <see cref="SanctionsListImporter.Import"/>.</summary>
public sealed class SanctionsListImportOptions
{
    /// <summary>
    /// The dataset an earlier import of the same list wrote, or null. An entry of it that the list no longer holds is
    /// kept, delisted sometime between the two lists' dates; an entry new since then whose listing date the list does
    /// not give is dated by the same interval.
    /// </summary>
    public Dataset? Previous { get; init; }

    /// <summary>The title of the dataset written; null for one naming the list and its date.</summary>
    public string? Title { get; init; }
}
