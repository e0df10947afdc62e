using NodaTime;

namespace PoliticalEvents.SanctionsLists;

/// <summary>The previous import of the same list: its date, its measures (by id) and its actors (by id).</summary>
internal sealed class Previous
{
    private Previous(LocalDate listDate, Dictionary<string, SanctionMeasure> measures, Dictionary<string, Actor> actors, Dictionary<string, SourceRecord> sources)
    {
        ListDate = listDate;
        Measures = measures;
        Actors = actors;
        Sources = sources;
    }

    public LocalDate ListDate { get; }

    public Dictionary<string, SanctionMeasure> Measures { get; }

    public Dictionary<string, Actor> Actors { get; }

    /// <summary>The source records of the previous import (format 1.1: the lists it cites by id), by id.</summary>
    public Dictionary<string, SourceRecord> Sources { get; }

    /// <summary>
    /// The previous import, when the dataset is one: measures of the same imposer that cite the list (the source the
    /// importer writes) with its day. Null, with an error in the report, when it is not, or when its list is not older.
    /// </summary>
    public static Previous? Of(Dataset dataset, Imposer imposer, LocalDate listDate, SanctionsListReport report)
    {
        var measures = new Dictionary<string, SanctionMeasure>(StringComparer.Ordinal);
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var sources = dataset.Records.OfType<SourceRecord>().ToDictionary(static s => s.Id.Value, StringComparer.Ordinal);
        LocalDate? date = null;
        foreach (Record record in dataset.Records)
        {
            if (record is Actor actor)
            {
                actors[actor.Id.Value] = actor;
            }
            else if (record is SanctionMeasure measure && measure.ImposedById.Value == imposer.Id.Value)
            {
                foreach (Source cited in measure.Sources)
                {
                    // The list cited by id (format 1.1), or given inline (an import written before shared sources).
                    Source source = cited.SourceId is { } id && sources.GetValueOrDefault(id.Value) is { } list ? cited.ResolvedWith(list) : cited;
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

        return new Previous(previous, measures, actors, sources);
    }
}
