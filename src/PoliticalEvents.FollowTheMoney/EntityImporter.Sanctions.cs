using System.Security.Cryptography;
using System.Text;
using C = PoliticalEvents.FollowTheMoney.FtmReportCodes;

namespace PoliticalEvents.FollowTheMoney;

/// <summary>The import of Sanction entities: one <see cref="SanctionMeasure"/> each, imposed by an organization for the authority.</summary>
internal sealed partial class EntityImporter
{
    /// <summary>Sanction properties with no field of their own that go into the measure's notes, one labelled line each.</summary>
    private static readonly (string Property, string Label)[] NoteProperties =
    [
        ("authorityId", "Authority-issued identifier"),
        ("unscId", "UN Security Council identifier"),
        ("programUrl", "Programme URL"),
        ("duration", "Duration"),
    ];

    private void ImportSanction(FtmEntity entity, int? line, List<Record> records)
    {
        string id = entity.Id;

        // The targets: every entity value that is an imported person or organization.
        var targets = new List<SanctionTarget>();
        int missing = 0, notImported = 0;
        foreach (string target in entity.Values("entity").Distinct(StringComparer.Ordinal))
        {
            switch (ReferenceProblem(target, Role.Other)?.Code)
            {
                case null:
                    targets.Add(SanctionTarget.ForActor(new ActorId(target)));
                    break;
                case C.ImportReferenceMissing:
                    missing++;
                    break;
                default:
                    notImported++;
                    break;
            }
        }

        if (targets.Count == 0)
        {
            int count = Math.Max(1, entity.Values("entity").Count);
            report.AddImport(
                missing > 0 ? C.ImportReferenceMissing : C.ImportReferenceNotImported,
                id,
                "entity",
                entity.Values("entity").Count == 0 ? "The Sanction has no entity: it is not imported."
                    : missing > 0 ? "The sanctioned entity is not in the input: the Sanction is not imported."
                    : "The sanctioned entity is not imported as a person or organization: the Sanction is not imported.",
                count,
                line);
            return;
        }

        if (entity.Values("authority").FirstOrDefault(v => UsableName(v) is not null) is not string authority)
        {
            report.AddImport(C.ImportSanctionWithoutAuthority, id, "authority", "The Sanction names no authority, so the measure would have no imposer: it is not imported.", line: line);
            return;
        }

        PartialDate? imposed = EarliestDate(entity, "startDate") ?? EarliestDate(entity, "listingDate") ?? EarliestDate(entity, "date");
        if (imposed is not PartialDate start)
        {
            report.AddImport(C.ImportSanctionWithoutDate, id, "startDate", "The Sanction has no start, listing or other date, so its history cannot begin with \"imposed\": it is not imported.", line: line);
            return;
        }

        var use = new PropertyUse(entity, report, line);
        use.Use("entity", entity.Values("entity").Count);
        if (missing > 0)
        {
            use.Report(C.ImportReferenceMissing, "entity", "A sanctioned entity is not in the input: it is left out of the targets.", missing);
        }

        if (notImported > 0)
        {
            use.Report(C.ImportReferenceNotImported, "entity", "A sanctioned entity is not imported as a person or organization: it is left out of the targets.", notImported);
        }

        // The imposer: an imported organization with the authority's name and country, or one made for the authority.
        use.Use("authority");
        string? countryKey = TakeAuthorityCountry(use);
        string imposer = Imposer(authority, countryKey, id, records);

        // The history: imposed on the start (or listing) date, and the end with its status.
        use.Mapped("authority", "a measure has one imposer, the first authority");
        var history = new List<SanctionEvent>();
        UseDates(use, start, "startDate", "listingDate", "date");
        history.Add(new SanctionEvent { Action = SanctionAction.Imposed, On = start });
        bool oneTarget = targets.Count == 1;
        PartialDate? listedOn = oneTarget ? TargetListedOn(use, start) : null;
        PartialDate? delistedOn = null;
        string? statusUsed = null;
        if (LatestDate(use, "endDate", out bool endTime) is PartialDate end)
        {
            string? status = entity.Values("status").FirstOrDefault()?.Trim().ToLowerInvariant();
            if (oneTarget && status == "delisted")
            {
                // Format 1.1: the Sanction ends with its target's delisting, not with the measure.
                delistedOn = Kept(use, "endDate", end, endTime);
                statusUsed = entity.Values("status")[0];
                use.Use("status");
            }
            else if (end.IsDefinitelyBefore(start))
            {
                use.Report(C.ImportValueInvalid, "endDate", "The end date is before the start: left out.");
            }
            else
            {
                Kept(use, "endDate", end, endTime);
                SanctionAction action = status switch
                {
                    "expired" or "active" => SanctionAction.Expired,
                    "annulled" => SanctionAction.Annulled,
                    _ => SanctionAction.Lifted,
                };
                if (status is "lifted" or "expired" or "active" or "annulled" or "inactive")
                {
                    statusUsed = entity.Values("status")[0];
                    use.Use("status");
                }

                history.Add(new SanctionEvent { Action = action, On = end });
            }
        }

        // The programme and the kind of measure.
        string? programCode = FirstText(use, "programId");
        string? programName = FirstText(use, "program");
        (SanctionKind kind, bool provisionsKept) = KindOf(entity.Values("provisions"));
        if (provisionsKept)
        {
            use.Use("provisions", entity.Values("provisions").Count);
        }

        // The notes: summary and description, then the properties that have no field, one labelled line each.
        var extra = new List<(string Property, int Count, string Text)>();
        if (!provisionsKept && entity.Values("provisions").Count > 0)
        {
            extra.Add(("provisions", entity.Values("provisions").Count, "Provisions: " + string.Join("; ", entity.Values("provisions"))));
        }

        if (statusUsed is null && entity.Values("status").Count > 0)
        {
            extra.Add(("status", entity.Values("status").Count, "Status: " + string.Join("; ", entity.Values("status"))));
        }

        // Format 1.1: the authority's own identifier of the listing (else its UN reference) is the target's listing id.
        string? listingId = oneTarget
            ? entity.Values("authorityId").Concat(entity.Values("unscId")).FirstOrDefault(v => UsableName(v) is not null && v.Length <= FtmModel.IdentifierLength)
            : null;
        foreach ((string property, string label) in NoteProperties)
        {
            bool listing = listingId is not null && property is "authorityId" or "unscId";
            string[] values = [.. entity.Values(property).Where(v => !listing || v != listingId)];
            if (values.Length < entity.Values(property).Count)
            {
                use.Use(property, entity.Values(property).Count - values.Length);
            }

            if (values.Length > 0)
            {
                extra.Add((property, values.Length, $"{label}: {string.Join("; ", values)}"));
            }
        }

        string? reason = JoinText(use, ["reason"], []);
        string? notes = JoinText(use, ["summary", "description"], extra);
        List<Source> sources = TakeSources(use);

        records.Add(new SanctionMeasure
        {
            Id = new RecordId(id),
            ImposedById = new OrganizationId(imposer),
            Kind = kind,
            Program = programCode is null && programName is null ? null : new SanctionProgram { Code = programCode, Name = programName },
            Reason = reason,
            Targets = oneTarget ? [targets[0] with { ListedOn = listedOn, DelistedOn = delistedOn, ListingId = listingId }] : targets,
            History = history,
            Sources = [.. sources, Provenance(entity)],
            Notes = notes,
            ModifiedAt = TakeModifiedAt(use),
        });
        use.Finish();
    }

    /// <summary>
    /// Format 1.1: when no listing date is the measure's start, the earliest listing date is its one target's own: a
    /// target listed on another day than its measure was imposed. A listing date equal to the start says the target was
    /// listed with it; later ones are left out as before.
    /// </summary>
    private static PartialDate? TargetListedOn(PropertyUse use, PartialDate start)
    {
        (PartialDate Date, bool TimeDropped)[] dates = [.. Dates(use.Entity, "listingDate")];
        (PartialDate Date, bool TimeDropped)[] other = [.. dates.Where(d => d.Date != start)];
        if (other.Length == 0 || other.Length < dates.Length)
        {
            return null;
        }

        use.Mapped("listingDate", "the target has one listing date, the earliest that is not the start date");
        PartialDate listed = other.Min(d => d.Date);
        use.Use("listingDate", other.Count(d => d.Date == listed));
        return Kept(use, "listingDate", listed, other.Any(d => d.Date == listed && d.TimeDropped));
    }

    /// <summary>The kind the provisions stand for, and whether the kind says all they say (one provision, or several of the same kind, all known).</summary>
    private static (SanctionKind Kind, bool Kept) KindOf(IReadOnlyList<string> provisions)
    {
        if (provisions.Count == 0)
        {
            return (SanctionKind.Other, true);
        }

        SanctionKind?[] kinds = [.. provisions.Select(FtmModel.KindOfProvision)];
        SanctionKind[] known = [.. kinds.OfType<SanctionKind>().Distinct()];
        SanctionKind kind = known.Length == 1 ? known[0] : SanctionKind.Other;

        // Kept when the words are exactly what the export writes for the kind: they would come back unchanged.
        bool kept = provisions.Count == 1 && FtmModel.ProvisionOf(kind) == provisions[0];
        return (kind, kept);
    }

    private string? TakeAuthorityCountry(PropertyUse use)
    {
        use.Mapped("country", "the authority has one country, the first");
        IReadOnlyList<string> values = use.Entity.Values("country");
        if (values.Count == 0)
        {
            return null;
        }

        string key = values[0].Trim().ToLowerInvariant();
        if (key != "eu" && !FtmModel.TryParseCountry(key, out _))
        {
            use.Invalid("country", "Not an ISO 3166-1 country code (or eu): the authority is imported without a country.");
            return null;
        }

        use.Use("country");
        return key;
    }

    /// <summary>
    /// The id of the organization for an authority: the one imported organization with that name and country, if there is
    /// exactly one; otherwise an organization made for the authority (once per name and country, before the first measure
    /// that needs it).
    /// </summary>
    private string Imposer(string name, string? countryKey, string sanctionId, List<Record> records)
    {
        if (_organizationsByName.TryGetValue((name, countryKey), out List<string>? matches) && matches.Count == 1)
        {
            return matches[0];
        }

        if (_authorities.TryGetValue((name, countryKey), out string? existing))
        {
            return existing;
        }

        string prefix = countryKey is { Length: 2 } code && code.All(char.IsAsciiLetterLower) ? code : "xx";
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{name}\n{countryKey}")))[..16];
        string id = $"authority-{prefix}-{hash}";
        for (int attempt = 1; _known.ContainsKey(id) || !_authorityIds.Add(id); attempt++)
        {
            id = $"authority-{prefix}-{hash}-{FtmModel.Invariant(attempt)}";
        }

        _authorities[(name, countryKey)] = id;
        CountryCode? country = countryKey is not null && FtmModel.TryParseCountry(countryKey, out CountryCode parsed) ? parsed : null;
        records.Add(new Organization
        {
            Id = new RecordId(id),
            Kind = country is not null ? OrganizationKind.GovernmentBody : countryKey == "eu" ? OrganizationKind.Intergovernmental : OrganizationKind.Other,
            Name = name,
            Country = country,
            Sources =
            [
                new Source
                {
                    Title = $"FollowTheMoney Sanction {sanctionId} (authority)",
                    Publisher = string.IsNullOrWhiteSpace(options.Publisher) ? null : options.Publisher,
                },
            ],
        });
        return id;
    }

    private static PartialDate? EarliestDate(FtmEntity entity, string property)
        => Dates(entity, property).Select(d => (PartialDate?)d.Date).Min();

    private static PartialDate? LatestDate(PropertyUse use, string property, out bool timeDropped)
    {
        timeDropped = false;
        use.Mapped(property, "the history ends once, on the latest end date");
        var dates = new List<(PartialDate Date, bool TimeDropped)>();
        foreach (string value in use.Entity.Values(property))
        {
            if (FtmModel.TryParseDate(value, out PartialDate date, out bool withTime))
            {
                dates.Add((date, withTime));
            }
            else
            {
                use.Invalid(property, NotADate);
            }
        }

        if (dates.Count == 0)
        {
            return null;
        }

        (PartialDate latest, timeDropped) = dates.MaxBy(d => d.Date);
        use.Use(property, dates.Count(d => d.Date == latest));
        return latest;
    }

    /// <summary>Marks the imposition date's property values: the value taken, and values of the date properties equal to it, are used; invalid ones reported; the rest are left over.</summary>
    private static void UseDates(PropertyUse use, PartialDate imposed, params string[] properties)
    {
        bool reportedTime = false;
        foreach (string property in properties)
        {
            use.Mapped(property, "the history begins with one imposition, on the earliest start date (else listing date, else date); later dates have no place");
            foreach (string value in use.Entity.Values(property))
            {
                if (!FtmModel.TryParseDate(value, out PartialDate date, out bool timeDropped))
                {
                    use.Invalid(property, NotADate);
                }
                else if (date == imposed)
                {
                    use.Use(property);
                    if (timeDropped && !reportedTime)
                    {
                        use.Report(C.ImportDateTimeDropped, property, "The date has a time of day: only the day is kept.");
                        reportedTime = true;
                    }
                }
            }
        }
    }

    private static IEnumerable<(PartialDate Date, bool TimeDropped)> Dates(FtmEntity entity, string property)
    {
        foreach (string value in entity.Values(property))
        {
            if (FtmModel.TryParseDate(value, out PartialDate date, out bool timeDropped))
            {
                yield return (date, timeDropped);
            }
        }
    }

    private static string? FirstText(PropertyUse use, string property)
    {
        use.Mapped(property, "a programme has one code and one name: the first are taken");
        string? first = null;
        foreach (string value in use.Entity.Values(property))
        {
            if (UsableText(value) is null)
            {
                use.Invalid(property, BlankOrLong);
            }
            else if (first is null)
            {
                first = value;
                use.Use(property);
            }
        }

        return first;
    }
}
