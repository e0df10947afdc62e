using System.Globalization;
using NodaTime;
using PoliticalEvents.Validation;

namespace PoliticalEvents.SanctionsLists;

/// <summary>Turns the entries of a list into records, and weighs them against the previous import.</summary>
internal sealed class DatasetBuilder(Imposer imposer, SanctionsListReport report)
{
    private readonly List<Actor> _actors = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal) { imposer.Id.Value };

    // Programme (as the list writes it) → its listings, in the order of the list.
    private readonly Dictionary<string, List<Listing>> _programmes = new(StringComparer.Ordinal);

    private sealed record Listing(ActorId ActorId, string? ListingId, PartialDate? ListedOn, string? Reason);

    /// <summary>Maps one entry (called by the reader for each, in order).</summary>
    public void Add(ListEntry entry)
    {
        report.CountRead(entry.Kind);
        string? refusal = null, message = null;
        if (entry.RecordId is null)
        {
            (refusal, message) = (SanctionsListReportCodes.EntryIdUnusable, "An entry without the list's own id, or with one that cannot make a record id: not imported.");
        }
        else if (!entry.IsPerson && !entry.IsOrganization)
        {
            (refusal, message) = (SanctionsListReportCodes.EntryKindNotCarried, "An entry that is neither a person nor an organization (a vessel, an aircraft…): the format has no record for it, so it is not imported.");
        }
        else if (entry.Name is null)
        {
            (refusal, message) = (SanctionsListReportCodes.EntryNoName, "An entry without a usable name: not imported.");
        }
        else if (!_ids.Add(entry.RecordId))
        {
            (refusal, message) = (SanctionsListReportCodes.EntryDuplicate, "An entry whose id an earlier entry has: not imported again.");
        }

        Actor? actor = refusal is null ? ToActor(entry) : null;
        if (actor is not null && DatasetValidator.Validate(actor).Findings.Any(static f => f.Severity == Severity.Error))
        {
            (refusal, message, actor) = (SanctionsListReportCodes.EntryInvalid, "An entry that, mapped, does not validate: not imported.", null);
            _ids.Remove(entry.RecordId!);
        }

        string? shownId = refusal == SanctionsListReportCodes.EntryDuplicate || refusal == SanctionsListReportCodes.EntryIdUnusable ? null : entry.RecordId;
        if (refusal is not null)
        {
            report.Add(refusal, message!, shownId, null, entry.Line);
            return;
        }

        foreach (Finding finding in entry.Findings)
        {
            report.Add(finding with { RecordId = shownId });
        }

        _actors.Add(actor!);
        if (entry.Programmes.Count == 0)
        {
            report.Add(SanctionsListReportCodes.EntryNoProgramme, "An entry that names no regime or programme: imported, but the target of no measure.", shownId, null, entry.Line);
        }

        var actorId = new ActorId(actor!.Id.Value);
        foreach (string programme in entry.Programmes)
        {
            if (!_programmes.TryGetValue(programme, out List<Listing>? listings))
            {
                _programmes[programme] = listings = [];
            }

            listings.Add(new Listing(actorId, entry.ListingId, entry.ListedOn, entry.Reason));
        }
    }

    private Actor ToActor(ListEntry entry)
    {
        var id = new RecordId(entry.RecordId!);
        return entry.IsPerson
            ? new Person
            {
                Id = id,
                Name = entry.Name,
                Names = entry.OtherNames.Distinct().ToArray(),
                Identifiers = entry.Identifiers.Distinct().ToArray(),
                Addresses = entry.Addresses.Distinct().ToArray(),
                Affiliations = entry.Positions,
                Contacts = entry.Contacts,
                Gender = entry.Gender,
                BirthDate = EntryParts.BirthDateSpan(entry.BirthDates),
                Nationalities = entry.Nationalities.Distinct().ToArray(),
                BirthPlaces = entry.BirthPlaces.Distinct().ToArray(),
                IdentityDocuments = entry.Documents.Distinct().ToArray(),
                Notes = entry.Notes,
            }
            : new Organization
            {
                Id = id,
                Kind = OrganizationKind.Other,
                Name = entry.Name!,
                Names = entry.OtherNames.Where(static n => n.Given is null && n.Family is null).Distinct().ToArray(),
                Identifiers = entry.Identifiers.Distinct().ToArray(),
                Addresses = entry.Addresses.Distinct().ToArray(),
                Affiliations = entry.Positions,
                Contacts = entry.Contacts,
                Notes = entry.Notes,
            };
    }

    /// <summary>The dataset, or null when the previous dataset does not fit (with an error in the report).</summary>
    public Dataset? Build(LocalDate listDate, SanctionsListImportOptions options)
    {
        // The list is one source record, cited by id from every record (format 1.1), not repeated in each.
        string day = listDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        var listSource = new SourceRecord
        {
            Id = new RecordId($"{imposer.Prefix}-list-{day}"),
            Title = imposer.ListTitle,
            Publisher = imposer.Name,
            PublishedOn = PartialDate.FromDate(listDate),
            Kind = SourceKind.OfficialDocument,
        };
        _ids.Add(listSource.Id.Value);
        Source source = listSource.Cite();

        Previous? previous = null;
        if (options.Previous is { } dataset)
        {
            previous = Previous.Of(dataset, imposer, listDate, report);
            if (previous is null)
            {
                return null;
            }
        }

        PartialDate undated = previous is null ? ListDates.OnOrBefore(listDate) : ListDates.DaysBetween(previous.ListDate, listDate);
        var actors = _actors.Select(a => (Actor)WithSources(a, source)).ToList();
        var actorIds = new HashSet<string>(actors.Select(static a => a.Id.Value), StringComparer.Ordinal);
        var measures = new List<SanctionMeasure>();
        var measureIds = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string programme, List<Listing> listings) in _programmes)
        {
            string id = MeasureId(programme);
            measureIds.Add(id);
            SanctionMeasure? before = previous?.Measures.GetValueOrDefault(id);
            var targets = new List<SanctionTarget>();
            var current = new HashSet<string>(StringComparer.Ordinal);
            foreach (Listing listing in listings)
            {
                SanctionTarget? earlier = listing.ListingId is null ? null : before?.Targets.FirstOrDefault(t => t.ListingId == listing.ListingId && t.DelistedOn is null && t.ActorId == listing.ActorId);
                PartialDate? listedOn = listing.ListedOn ?? earlier?.ListedOn ?? undated;
                var target = new SanctionTarget { ActorId = listing.ActorId, ListingId = listing.ListingId, ListedOn = listedOn, Reason = listing.Reason };
                if (!targets.Contains(target))
                {
                    targets.Add(target);
                }

                if (listing.ListingId is not null)
                {
                    current.Add(listing.ListingId);
                }

                if (previous is not null && earlier is null)
                {
                    report.Add(SanctionsListReportCodes.ChangeListed, "A listing the previous import did not have.", listing.ActorId.Value, null, null);
                }
            }

            if (before is not null)
            {
                Carry(before, targets, current, previous!, listDate, actors, actorIds);
            }

            AddChecked(measures, Measure(id, programme, targets, before, source, undated));
        }

        // Measures the list no longer has at all: every listing of theirs is delisted.
        foreach ((string id, SanctionMeasure before) in previous?.Measures ?? [])
        {
            if (!measureIds.Contains(id))
            {
                var targets = new List<SanctionTarget>();
                Carry(before, targets, [], previous!, listDate, actors, actorIds);
                if (targets.Count > 0)
                {
                    AddChecked(measures, Measure(id, before.Program?.Code ?? id, targets, before, source, undated));
                }
            }
        }

        var organization = new Organization
        {
            Id = imposer.Id,
            Kind = imposer.Kind,
            Name = imposer.Name,
            Country = imposer.Country,
            Sources = [source],
        };
        var records = new List<Record>(actors.Count + measures.Count + 2) { listSource, organization };
        records.AddRange(actors);
        records.AddRange(measures);

        // Records kept from the previous import (delisted listings, a measure's history) cite the earlier lists: those
        // source records come along.
        if (previous is not null)
        {
            var present = new HashSet<string>(StringComparer.Ordinal) { listSource.Id.Value };
            foreach (string cited in records.SelectMany(Citations).ToList())
            {
                if (previous.Sources.GetValueOrDefault(cited) is { } earlier && present.Add(cited))
                {
                    records.Insert(present.Count - 1, earlier);
                }
            }
        }

        foreach (Record record in records)
        {
            report.CountWritten(record.TypeName);
        }

        report.Listings = measures.Sum(static m => m.Targets.Count);
        return new Dataset
        {
            Title = options.Title ?? $"{imposer.ListTitle}, {day}",
            Description = $"Imported by PoliticalEvents.SanctionsLists from the {imposer.ListTitle} of {day}"
                + (previous is null ? "." : $", compared with the import of the list of {previous.ListDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}."),
            Publisher = null,
            Records = records,
        };
    }

    // The previous import's targets of one measure that this list no longer has: delisted between the two lists, their
    // actors kept (from the previous import when this list no longer names them at all). Targets delisted before stay.
    private void Carry(SanctionMeasure before, List<SanctionTarget> targets, HashSet<string> current, Previous previous, LocalDate listDate, List<Actor> actors, HashSet<string> actorIds)
    {
        foreach (SanctionTarget old in before.Targets)
        {
            if (old.DelistedOn is null && old.ListingId is not null && current.Contains(old.ListingId))
            {
                continue;
            }

            if (old.ActorId is { } actorId && !actorIds.Contains(actorId.Value))
            {
                if (previous.Actors.GetValueOrDefault(actorId.Value) is not { } actor || !_ids.Add(actorId.Value))
                {
                    continue;
                }

                actors.Add(actor);
                actorIds.Add(actorId.Value);
            }

            SanctionTarget kept = old;
            if (old.DelistedOn is null)
            {
                kept = old with { DelistedOn = ListDates.DaysBetween(previous.ListDate, listDate) };
                report.Add(SanctionsListReportCodes.ChangeDelisted, "A listing the previous import had and the list no longer has: kept, delisted between the two lists' dates.", old.ActorId?.Value, null, null);
            }

            if (!targets.Contains(kept))
            {
                targets.Add(kept);
            }
        }
    }

    // A measure is kept when it validates; a target that does not (dates of the list that contradict each other, say)
    // is reported and left out, and the measure checked again without it.
    private void AddChecked(List<SanctionMeasure> measures, SanctionMeasure measure)
    {
        while (measure.Targets.Count > 0)
        {
            Finding? error = DatasetValidator.Validate(measure).Findings.FirstOrDefault(static f => f.Severity == Severity.Error);
            if (error is null)
            {
                measures.Add(measure);
                return;
            }

            int index = TargetIndex(error.Path);
            if (index < 0)
            {
                break;
            }

            report.Add(SanctionsListReportCodes.EntryInvalid, "A listing that, mapped, does not validate: not imported.", measure.Targets[index].ActorId?.Value, null, null);
            measure = measure with { Targets = [.. measure.Targets.Where((_, i) => i != index)] };
        }

        if (measure.Targets.Count == 0)
        {
            return;
        }

        report.Add(SanctionsListReportCodes.EntryInvalid, "A measure that, mapped, does not validate: not imported.", measure.Id.Value, null, null, measure.Targets.Count);
    }

    private static int TargetIndex(string pointer)
    {
        const string prefix = "/targets/";
        if (!pointer.StartsWith(prefix, StringComparison.Ordinal))
        {
            return -1;
        }

        int end = pointer.IndexOf('/', prefix.Length);
        return int.TryParse(end < 0 ? pointer[prefix.Length..] : pointer[prefix.Length..end], NumberStyles.None, CultureInfo.InvariantCulture, out int index) ? index : -1;
    }

    private SanctionMeasure Measure(string id, string programme, List<SanctionTarget> targets, SanctionMeasure? before, Source source, PartialDate undated)
    {
        // Imposed: the earliest listing (the one that certainly ends first), unless the previous import has a history.
        PartialDate imposed = targets.Where(static t => t.ListedOn is not null).Select(static t => t.ListedOn!.Value)
            .OrderBy(static d => d.Latest).ThenBy(static d => d.IsInterval ? 1 : 0).FirstOrDefault(undated);
        return new SanctionMeasure
        {
            Id = new RecordId(id),
            ImposedById = new OrganizationId(imposer.Id.Value),
            Kind = imposer.MeasureKind,
            Program = new SanctionProgram { Code = programme },
            Targets = targets,
            History = before?.History is { Count: > 0 } history ? history : [new SanctionEvent { Action = SanctionAction.Imposed, On = imposed }],
            Sources = [source],
        };
    }

    private string MeasureId(string programme)
    {
        string slug = Texts.Slug(programme) ?? "programme";
        if (slug.Length > 60)
        {
            slug = slug[..60].TrimEnd('-');
        }

        string id = $"{imposer.Prefix}-{slug}-{imposer.MeasureSuffix}";
        for (int n = 2; !_ids.Add(id); n++)
        {
            id = $"{imposer.Prefix}-{slug}-{imposer.MeasureSuffix}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return id;
    }

    // The source records a record cites, and its history steps.
    private static IEnumerable<string> Citations(Record record)
        => record.Sources.Concat(record is SanctionMeasure measure ? measure.History.SelectMany(static h => h.Sources) : [])
            .Where(static s => s.SourceId is not null).Select(static s => s.SourceId!.Value.Value);

    private static Record WithSources(Actor actor, Source source) => actor switch
    {
        Person person => person with { Sources = [source] },
        Organization organization => organization with { Sources = [source] },
        _ => actor,
    };
}
