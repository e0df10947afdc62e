using NodaTime;

namespace PoliticalEvents.SanctionsLists;

/// <summary>The previous import of the same list: its date, its measures (by id) and its actors (by id).</summary>
internal sealed class Previous
{
    private Previous(LocalDate listDate, Dictionary<string, SanctionMeasure> measures, Dictionary<string, Actor> actors)
    {
        ListDate = listDate;
        Measures = measures;
        Actors = actors;
    }

    public LocalDate ListDate { get; }

    public Dictionary<string, SanctionMeasure> Measures { get; }

    public Dictionary<string, Actor> Actors { get; }

    /// <summary>
    /// The previous import, when the dataset is one: measures of the same imposer that cite the list (the source the
    /// importer writes) with its day. Null, with an error in the report, when it is not, or when its list is not older.
    /// </summary>
    public static Previous? Of(Dataset dataset, Imposer imposer, LocalDate listDate, SanctionsListReport report)
    {
        var measures = new Dictionary<string, SanctionMeasure>(StringComparer.Ordinal);
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        LocalDate? date = null;
        foreach (Record record in dataset.Records)
        {
            if (record is Actor actor)
            {
                actors[actor.Id.Value] = actor;
            }
            else if (record is SanctionMeasure measure && measure.ImposedById.Value == imposer.Id.Value)
            {
                foreach (Source source in measure.Sources)
                {
                    if (source.Title == imposer.ListTitle && source.PublishedOn is { IsInterval: false, Day: not null } day)
                    {
                        measures[measure.Id.Value] = measure;
                        date = date is { } d && d > day.Earliest ? d : day.Earliest;
                    }
                }
            }
        }

        if (date is not LocalDate previous)
        {
            report.Add(SanctionsListReportCodes.PreviousNotAnImport, "The previous dataset is not an import of the same list: it has no measure of the list's imposer citing the list with its day.", severity: Severity.Error);
            return null;
        }

        if (previous >= listDate)
        {
            report.Add(SanctionsListReportCodes.PreviousNotEarlier, "The previous import's list is not older than this one: delistings cannot be dated between the two.", severity: Severity.Error);
            return null;
        }

        return new Previous(previous, measures, actors);
    }
}
