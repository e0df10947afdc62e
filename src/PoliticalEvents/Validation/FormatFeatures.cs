namespace PoliticalEvents.Validation;

/// <summary>
/// What a record uses of format 1.1: the places (JSON Pointers below the record) of every property, value or record
/// type that format 1.0 does not have. A dataset that declares <c>"formatVersion": "1.0"</c> may not use them: a strict
/// 1.0 reader would refuse them, and the version is what tells it why (<see cref="ValidationCodes.FormatVersionTooLow"/>).
/// </summary>
/// <remarks>One place lists the additions of 1.1, so that each new field or value is added here once as it lands.</remarks>
internal static class FormatFeatures
{
    /// <summary>The version of the format that added what this class lists.</summary>
    public const string Version = "1.1";

    /// <summary>One use of a 1.1 feature: where, and the finding a dataset declaring 1.0 gets for it.</summary>
    /// <param name="Pointer">The JSON Pointer below the record.</param>
    /// <param name="Code">The finding's code: <see cref="ValidationCodes.FormatVersionTooLow"/>, or the code 1.0 gave the same input.</param>
    /// <param name="Message">The finding's message.</param>
    public readonly record struct Use(string Pointer, string Code, string Message)
    {
        /// <summary>A use of something 1.0 does not have at all.</summary>
        public static Use Of(string pointer, string feature) => new(pointer, ValidationCodes.FormatVersionTooLow, FormatFeatures.Message(feature));
    }

    /// <summary>The 1.1 features of <paramref name="record"/>; empty (and nothing allocated) for a 1.0 record.</summary>
    public static IReadOnlyList<Use> Of(Record record)
    {
        List<Use>? found = null;
        Intervals(record, ref found);
        Field(record.ModifiedAt is not null, "/modifiedAt", "\"modifiedAt\" of a record", ref found);
        Sources(record.Sources, null, ref found);
        if (record is SanctionMeasure measure)
        {
            Targets(measure.Targets, ref found);
            for (int i = 0; i < measure.History.Count; i++)
            {
                Sources(measure.History[i].Sources, i, ref found);
                Field(measure.History[i].StepId is not null, "/history/", i, "/stepId", "\"stepId\" of a history entry", ref found);
            }
        }

        if (record is Actor actor)
        {
            for (int i = 0; i < actor.Names.Count; i++)
            {
                ActorName name = actor.Names[i];
                Field(name.Given is not null, "/names/", i, "/given", "\"given\" of a name", ref found);
                Field(name.Family is not null, "/names/", i, "/family", "\"family\" of a name", ref found);
                Field(name.Patronymic is not null, "/names/", i, "/patronymic", "\"patronymic\" of a name", ref found);
            }

            Field(actor.Addresses.Count > 0, "/addresses", "\"addresses\" of an actor", ref found);
            Field(actor.Contacts.Count > 0, "/contacts", "\"contacts\" of an actor", ref found);
        }

        if (record is Organization organization)
        {
            Field(organization.FoundedOn is not null, "/foundedOn", "\"foundedOn\" of an organization", ref found);
            Field(organization.LegalForm is not null, "/legalForm", "\"legalForm\" of an organization", ref found);
        }

        if (record is Person person)
        {
            Field(person.BirthPlaces.Count > 0, "/birthPlaces", "\"birthPlaces\" of a person", ref found);
            Field(person.IdentityDocuments.Count > 0, "/identityDocuments", "\"identityDocuments\" of a person", ref found);
        }

        if (record is Link link)
        {
            Field(link.FromStepId is not null, "/fromStepId", "\"fromStepId\" of a link", ref found);
            Field(link.ToStepId is not null, "/toStepId", "\"toStepId\" of a link", ref found);
            Field(link.DeniedBy.Count > 0, "/deniedBy", "\"deniedBy\" of a link", ref found);
        }

        if (record is Facility)
        {
            (found ??= []).Add(Use.Of("/type", "the record type \"facility\""));
        }

        if (record is Incident)
        {
            (found ??= []).Add(Use.Of("/type", "the record type \"incident\""));
        }

        if (record is MassDetention)
        {
            (found ??= []).Add(Use.Of("/type", "the record type \"massDetention\""));
        }

        if (record is Proceeding)
        {
            (found ??= []).Add(Use.Of("/type", "the record type \"proceeding\""));
        }

        if (record is SourceRecord)
        {
            (found ??= []).Add(Use.Of("/type", "the record type \"source\""));
        }

        if (record is Detention detention)
        {
            Placements(detention.Placements, ref found);
            if (detention.EndReason is not null)
            {
                (found ??= []).Add(Use.Of("/endReason", "\"endReason\" of a detention"));
            }

            Sentences(detention.Sentences, "/sentences/", ref found);

            for (int i = 0; i < detention.Charges.Count; i++)
            {
                Charge charge = detention.Charges[i];
                if (charge.Article is null)
                {
                    (found ??= []).Add(Use.Of($"/charges/{i}", "a charge without \"article\""));
                }

                if (charge.On is not null)
                {
                    (found ??= []).Add(Use.Of($"/charges/{i}/on", "\"on\" of a charge"));
                }

                if (charge.Status is not null)
                {
                    (found ??= []).Add(Use.Of($"/charges/{i}/status", "\"status\" of a charge"));
                }
            }

            for (int i = 0; i < detention.Designations.Count; i++)
            {
                Designation designation = detention.Designations[i];
                if (designation.Status is DesignationStatus.WrongfullyDetained or DesignationStatus.Hostage)
                {
                    (found ??= []).Add(Use.Of($"/designations/{i}/status", $"the designation status \"{WireNames.Of(designation.Status)}\""));
                }

                if (designation.WithdrawnOn is not null)
                {
                    (found ??= []).Add(Use.Of($"/designations/{i}/withdrawnOn", "\"withdrawnOn\" of a designation"));
                }
            }
        }

        return found ?? (IReadOnlyList<Use>)[];
    }

    /// <summary>Every date of the record that is an interval (<c>2020/2021</c>, <c>../2025-11-30</c>, <c>2020-09/..</c>), but the sources' (<see cref="Sources"/>).</summary>
    private static void Intervals(Record record, ref List<Use>? found)
    {
        switch (record)
        {
            case Person person:
                Interval(person.BirthDate, "/birthDate", ref found);
                Interval(person.DeathDate, "/deathDate", ref found);
                for (int i = 0; i < person.IdentityDocuments.Count; i++)
                {
                    Interval(person.IdentityDocuments[i].IssuedOn, "/identityDocuments/", i, "/issuedOn", ref found);
                    Interval(person.IdentityDocuments[i].ExpiresOn, "/identityDocuments/", i, "/expiresOn", ref found);
                }

                break;
            case Detention detention:
                Interval(detention.StartedOn, "/startedOn", ref found);
                Interval(detention.EndedOn, "/endedOn", ref found);
                for (int i = 0; i < detention.Placements.Count; i++)
                {
                    Interval(detention.Placements[i].From, "/placements/", i, "/from", ref found);
                    Interval(detention.Placements[i].Until, "/placements/", i, "/until", ref found);
                }

                for (int i = 0; i < detention.Charges.Count; i++)
                {
                    Interval(detention.Charges[i].On, "/charges/", i, "/on", ref found);
                }

                for (int i = 0; i < detention.Sentences.Count; i++)
                {
                    Interval(detention.Sentences[i].ImposedOn, "/sentences/", i, "/imposedOn", ref found);
                }

                for (int i = 0; i < detention.Designations.Count; i++)
                {
                    Interval(detention.Designations[i].On, "/designations/", i, "/on", ref found);
                    Interval(detention.Designations[i].WithdrawnOn, "/designations/", i, "/withdrawnOn", ref found);
                }

                break;
            case Release release:
                Interval(release.ReleasedOn, "/releasedOn", ref found);
                break;
            case SanctionMeasure measure:
                for (int i = 0; i < measure.History.Count; i++)
                {
                    Interval(measure.History[i].On, "/history/", i, "/on", ref found);
                }

                break;
            case Link link:
                Interval(link.On, "/on", ref found);
                for (int i = 0; i < link.DeniedBy.Count; i++)
                {
                    Interval(link.DeniedBy[i].On, "/deniedBy/", i, "/on", ref found);
                }

                break;
        }

        if (record is Actor actor)
        {
            for (int i = 0; i < actor.Affiliations.Count; i++)
            {
                Field(actor.Affiliations[i].OrganizationId is null, "/affiliations/", i, string.Empty, "a position without \"organizationId\"", ref found);
                Interval(actor.Affiliations[i].From, "/affiliations/", i, "/from", ref found);
                Interval(actor.Affiliations[i].Until, "/affiliations/", i, "/until", ref found);
            }
        }
    }

    // prefix: the pointer of the list followed by "/" ("/sentences/").
    private static void Sentences(IReadOnlyList<Sentence> sentences, string prefix, ref List<Use>? found)
    {
        for (int i = 0; i < sentences.Count; i++)
        {
            Sentence sentence = sentences[i];

            // 1.0 allowed terms of at most 100 years and refused longer ones as out of range: in a 1.0 dataset they
            // keep that finding.
            if (sentence.Term is { IsOver100Years: true })
            {
                (found ??= []).Add(new Use($"{prefix}{i}/term", ValidationCodes.TermOutOfRange, "A term is at most 100 years in format 1.0, which the dataset declares; format 1.1 allows up to 1,000: declare \"1.1\" for a longer term."));
            }

            if (sentence.Fine is not null)
            {
                (found ??= []).Add(Use.Of($"{prefix}{i}/fine", "\"fine\" of a sentence"));
            }

            if (sentence.ProceedingId is not null)
            {
                (found ??= []).Add(Use.Of($"{prefix}{i}/proceedingId", "\"proceedingId\" of a sentence"));
            }

            if (sentence.Combination is not null)
            {
                (found ??= []).Add(Use.Of($"{prefix}{i}/combination", "\"combination\" of a sentence"));
            }

            if (sentence.ReplacesIndex is not null)
            {
                (found ??= []).Add(Use.Of($"{prefix}{i}/replacesIndex", "\"replacesIndex\" of a sentence"));
            }

            if (sentence.Credited is not null)
            {
                (found ??= []).Add(Use.Of($"{prefix}{i}/credited", "\"credited\" of a sentence"));
            }
        }
    }

    // What 1.1 added to a sanction target: its own listing dates, reference and reasons, and a sector of one country.
    private static void Targets(IReadOnlyList<SanctionTarget> targets, ref List<Use>? found)
    {
        for (int i = 0; i < targets.Count; i++)
        {
            SanctionTarget target = targets[i];
            if (target is { Sector: not null, Country: not null, ActorId: null })
            {
                // 1.0 refused a target with both as oneOf: in a 1.0 dataset it keeps that finding.
                (found ??= []).Add(new Use($"/targets/{i}", ValidationCodes.OneOf, "A target has exactly one of \"actorId\", \"sector\" and \"country\" in format 1.0, which the dataset declares; format 1.1 allows a sector with its country: declare \"1.1\" for it."));
            }

            Field(target.ListedOn is not null, "/targets/", i, "/listedOn", "\"listedOn\" of a target", ref found);
            Field(target.DelistedOn is not null, "/targets/", i, "/delistedOn", "\"delistedOn\" of a target", ref found);
            Field(target.ListingId is not null, "/targets/", i, "/listingId", "\"listingId\" of a target", ref found);
            Field(target.Reason is not null, "/targets/", i, "/reason", "\"reason\" of a target", ref found);
            Field(target.DelistingReason is not null, "/targets/", i, "/delistingReason", "\"delistingReason\" of a target", ref found);
        }
    }

    // A field of the i-th item of a list: the pointer is built only when the field is there, so that a record using
    // nothing of 1.1 allocates nothing here (this runs for every record validated).
    private static void Field(bool present, string list, int index, string field, string feature, ref List<Use>? found)
    {
        if (present)
        {
            (found ??= []).Add(Use.Of(Item(list, index, field), feature));
        }
    }

    // The pointer of a field of the i-th item of a list ("/targets/", 2, "/listedOn").
    private static string Item(string list, int index, string field)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{list}{index}{field}");

    private static void Field(bool present, string pointer, string feature, ref List<Use>? found)
    {
        if (present)
        {
            (found ??= []).Add(Use.Of(pointer, feature));
        }
    }

    private static void Placements(IReadOnlyList<Placement> placements, ref List<Use>? found)
    {
        for (int i = 0; i < placements.Count; i++)
        {
            if (placements[i].Facility is null)
            {
                (found ??= []).Add(Use.Of($"/placements/{i}", "a placement without \"facility\""));
            }

            if (placements[i].FacilityId is not null)
            {
                (found ??= []).Add(Use.Of($"/placements/{i}/facilityId", "\"facilityId\" of a placement"));
            }
        }
    }

    private const string IntervalFeature = "a date interval or open end (\"/\")";

    private static void Interval(PartialDate? date, string pointer, ref List<Use>? found)
    {
        if (date is { IsInterval: true })
        {
            (found ??= []).Add(Use.Of(pointer, IntervalFeature));
        }
    }

    // A date of the i-th item of a list; the pointer is built only for an interval (see Field).
    private static void Interval(PartialDate? date, string list, int index, string field, ref List<Use>? found)
    {
        if (date is { IsInterval: true })
        {
            (found ??= []).Add(Use.Of(Item(list, index, field), IntervalFeature));
        }
    }

    // What 1.1 added to a source: sourceId (a citation by id), page, archiveUrl, kind, and an interval as publishedOn.
    private static void Sources(IReadOnlyList<Source> sources, int? step, ref List<Use>? found)
    {
        for (int i = 0; i < sources.Count; i++)
        {
            Source source = sources[i];
            if (source.SourceId is not null)
            {
                (found ??= []).Add(Use.Of(SourcePointer(step, i, "/sourceId"), "\"sourceId\" of a source (a citation by id)"));
            }

            if (source.Page is not null)
            {
                (found ??= []).Add(Use.Of(SourcePointer(step, i, "/page"), "\"page\" of a source"));
            }

            if (source.PublishedOn is { IsInterval: true })
            {
                (found ??= []).Add(Use.Of(SourcePointer(step, i, "/publishedOn"), IntervalFeature));
            }

            if (source.ArchiveUrl is not null)
            {
                (found ??= []).Add(Use.Of(SourcePointer(step, i, "/archiveUrl"), "\"archiveUrl\" of a source"));
            }

            if (source.Kind is not null)
            {
                (found ??= []).Add(Use.Of(SourcePointer(step, i, "/kind"), "\"kind\" of a source"));
            }
        }
    }

    // The pointer of a field of the record's (step null) or a history step's i-th source; built only for a use found.
    private static string SourcePointer(int? step, int index, string field)
        => step is int s ? Item(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/history/{s}/sources/"), index, field) : Item("/sources/", index, field);

    /// <summary>
    /// Whether the rules that came with 1.1 apply to a dataset declaring <paramref name="formatVersion"/>: 1.1 or a later
    /// 1.x. Not for 1.0, which stays valid as it was, nor where no version is declared.
    /// </summary>
    public static bool HasRulesOf11(string? formatVersion)
        => formatVersion is { Length: > 2 } && formatVersion.StartsWith("1.", StringComparison.Ordinal) && formatVersion != "1.0";

    /// <summary>Whether a dataset declaring <paramref name="formatVersion"/> may not use 1.1 features.</summary>
    public static bool Forbids(string? formatVersion) => formatVersion == "1.0";

    /// <summary>The message of a 1.1 feature in a dataset that declares 1.0.</summary>
    public static string Message(string feature)
        => $"The dataset declares formatVersion \"1.0\", but {feature} is part of format {Version}: declare \"{Version}\" to use it.";
}
