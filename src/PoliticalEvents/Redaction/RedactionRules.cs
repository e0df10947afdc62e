using static PoliticalEvents.Redaction.RedactionCodes;

namespace PoliticalEvents.Redaction;

/// <summary>
/// What redaction makes of one record, field by field (docs/redaction.md has the table and the reasons): whether it
/// is dropped, and otherwise which references to dropped records and which sensitive fields it loses.
/// </summary>
/// <remarks>
/// Every question about another record goes through <see cref="RedactionState"/>, which notes that this record's fate
/// depends on the answer. Records are rebuilt only when something changes.
/// </remarks>
internal static class RedactionRules
{
    private const string Restricted = "Removed from a restricted record.";
    private const string AboutAnonymous = "Removed from a record about a person who must stay anonymous.";
    private const string NamesAnonymous = "Removed from a record that names a person who must stay anonymous.";
    private const string Anonymous = "Removed from an anonymous person, who is counted but never identified.";
    private const string DanglingEntry = "The entry names a record that was dropped.";
    private const string DanglingReference = "The reference names a record that was dropped; the rest of the record stays.";

    /// <summary>Why the record is dropped (the code, the pointer within the record, the message), or null when it stays.</summary>
    public static (string Code, string Path, string Message)? DropCause(Record record, RedactionState state)
    {
        if (RedactionProfile.Drops(record.Confidentiality))
        {
            return (RecordDroppedConfidential, string.Empty, "The record is confidential: it is never published.");
        }

        switch (record)
        {
            case Detention detention when state.IsDropped(detention.SubjectId.Value):
                return (RecordDroppedDangling, "/subjectId", "The detention's subject was dropped, and a detention cannot stand without its subject.");

            case SanctionMeasure measure when state.IsDropped(measure.ImposedById.Value):
                return (RecordDroppedDangling, "/imposedById", "The measure's imposer was dropped, and a measure cannot stand without its imposer.");

            case SanctionMeasure measure when measure.Targets.Count > 0 && measure.Targets.All(t => t.ActorId is { } actor && state.IsDropped(actor.Value)):
                return (RecordDroppedNoTargets, "/targets", "Every target of the measure was dropped, and a measure has at least one target.");

            case Release release when release.Detainees.Count > 0 && release.Detainees.All(d => state.IsDropped(d.SubjectId.Value)):
                return (RecordDroppedNoDetainees, "/detainees", "Every detainee of the release was dropped, and a release names at least one.");

            case Proceeding proceeding when proceeding.Defendants.Count > 0 && proceeding.Defendants.All(d => state.IsDropped(d.SubjectId.Value)):
                return (RecordDroppedNoDefendants, "/defendants", "Every defendant of the proceeding was dropped, and a proceeding has at least one.");

            case Link link when state.IsDropped(link.FromId.Value):
                return (RecordDroppedDangling, "/fromId", "A record the link relates was dropped, and a link cannot stand without both ends.");

            case Link link when state.IsDropped(link.ToId.Value):
                return (RecordDroppedDangling, "/toId", "A record the link relates was dropped, and a link cannot stand without both ends.");

            case SourceRecord source when state.IsUncited(source.Id.Value):
                return (RecordDroppedUncited, string.Empty, "Every citation of the source record went with the records that cite it: published alone, it would tell of them.");

            case Incident incident when DroppedSubject(incident, state) is int i:
                return (RecordDroppedSubject, $"/subjectIds/{i}", "A subject of the incident was dropped, and the incident would reveal a detail of that person.");

            default:
                return null;
        }
    }

    /// <summary>The record as the profile publishes it; <paramref name="log"/> gets an entry for each thing removed.</summary>
    public static Record Reduce(Record record, RedactionProfile profile, RedactionState state, EntryLog log) => WithoutDanglingCitations(record switch
    {
        Person person => Reduce(person, profile, state, log),
        Organization organization => Reduce(organization, profile, state, log),
        Detention detention => Reduce(detention, profile, state, log),
        Release release => Reduce(release, profile, state, log),
        SanctionMeasure measure => Reduce(measure, profile, state, log),
        Link link => Reduce(link, profile, state, log),
        Facility facility => Reduce(facility, profile, state, log),
        Incident incident => Reduce(incident, profile, state, log),
        MassDetention massDetention => Reduce(massDetention, profile, state, log),
        Proceeding proceeding => Reduce(proceeding, profile, state, log),
        SourceRecord source => Common(source, profile.Reduces(source.Confidentiality) ? Restricted : null, log),
        _ => throw new ArgumentException($"Unknown record type {record.GetType().Name}.", nameof(record)),
    }, state, log);

    // Format 1.1: a citation by id of a dropped source record leaves the sources of the record (and of a measure's
    // history entries). reduced: the record as reduced so far, whose source lists are as long as the input's or empty,
    // so that the pointers logged are the input's.
    private static Record WithoutDanglingCitations(Record reduced, RedactionState state, EntryLog log)
    {
        if (Citations(reduced.Sources, "/sources/", state, log) is { } sources)
        {
            reduced = reduced with { Sources = sources };
        }

        if (reduced is SanctionMeasure measure)
        {
            SanctionEvent[]? history = null;
            for (int i = 0; i < measure.History.Count; i++)
            {
                if (Citations(measure.History[i].Sources, $"/history/{i}/sources/", state, log) is { } kept)
                {
                    history ??= [.. measure.History];
                    history[i] = history[i] with { Sources = kept };
                }
            }

            if (history is not null)
            {
                reduced = measure with { History = history };
            }
        }

        return reduced;
    }

    // The sources without the citations of dropped source records; null when there is none. Every citation by id is
    // asked about, so that the record's fate depends on each. prefix: the list's pointer followed by "/".
    private static List<Source>? Citations(IReadOnlyList<Source> sources, string prefix, RedactionState state, EntryLog log)
    {
        List<Source>? kept = null;
        for (int i = 0; i < sources.Count; i++)
        {
            if (sources[i].SourceId is { } sourceId && state.IsDropped(sourceId.Value))
            {
                log.Add(EntryRemovedDangling, $"{prefix}{i}", "The citation names a source record that was dropped.");
                kept ??= [.. sources.Take(i)];
            }
            else
            {
                kept?.Add(sources[i]);
            }
        }

        return kept;
    }

    private static Person Reduce(Person person, RedactionProfile profile, RedactionState state, EntryLog log)
    {
        bool anonymous = profile.ReducesAnonymous && person.Anonymous;
        string? why = profile.Reduces(person.Confidentiality) ? Restricted : anonymous ? Anonymous : null;
        Person result = person;
        if (anonymous)
        {
            // An anonymous person keeps what counts them (gender, nationalities, roles, death date), nothing that names
            // or points to them. A name cannot be there in valid input; it is removed all the same.
            if (person.Name is not null)
            {
                log.Add(FieldRemovedName, "/name", Anonymous);
                result = result with { Name = null };
            }

            if (person.Names.Count > 0)
            {
                log.Add(FieldRemovedNames, "/names", Anonymous);
                result = result with { Names = [] };
            }

            if (person.Identifiers.Count > 0)
            {
                log.Add(FieldRemovedIdentifiers, "/identifiers", Anonymous);
                result = result with { Identifiers = [] };
            }

            if (person.Affiliations.Count > 0)
            {
                log.Add(FieldRemovedAffiliations, "/affiliations", Anonymous);
                result = result with { Affiliations = [] };
            }
        }
        else if (Affiliations(person.Affiliations, state, log) is { } affiliations)
        {
            result = result with { Affiliations = affiliations };
        }

        if (why is not null && person.BirthDate is not null)
        {
            log.Add(FieldRemovedBirthDate, "/birthDate", why);
            result = result with { BirthDate = null };
        }

        // Format 1.1: where and with which papers, as the birth date, go from a restricted or anonymous person.
        if (why is not null && person.BirthPlaces.Count > 0)
        {
            log.Add(FieldRemovedBirthPlaces, "/birthPlaces", why);
            result = result with { BirthPlaces = [] };
        }

        if (why is not null && person.Addresses.Count > 0)
        {
            log.Add(FieldRemovedAddresses, "/addresses", why);
            result = result with { Addresses = [] };
        }

        if (why is not null && person.Contacts.Count > 0)
        {
            log.Add(FieldRemovedContacts, "/contacts", why);
            result = result with { Contacts = [] };
        }

        if (why is not null && person.IdentityDocuments.Count > 0)
        {
            log.Add(FieldRemovedIdentityDocuments, "/identityDocuments", why);
            result = result with { IdentityDocuments = [] };
        }

        return Common(result, why, log, dropSources: anonymous ? Anonymous : null);
    }

    private static Organization Reduce(Organization organization, RedactionProfile profile, RedactionState state, EntryLog log)
    {
        Organization result = organization;
        if (Affiliations(organization.Affiliations, state, log) is { } affiliations)
        {
            result = result with { Affiliations = affiliations };
        }

        if (organization.ParentId is { } parent && state.IsDropped(parent.Value))
        {
            log.Add(ReferenceRemovedDangling, "/parentId", DanglingReference);
            result = result with { ParentId = null };
        }

        return Common(result, profile.Reduces(organization.Confidentiality) ? Restricted : null, log);
    }

    private static Detention Reduce(Detention detention, RedactionProfile profile, RedactionState state, EntryLog log)
    {
        bool aboutAnonymous = profile.ReducesAnonymous && state.IsAnonymous(detention.SubjectId.Value);
        string? why = profile.Reduces(detention.Confidentiality) ? Restricted : aboutAnonymous ? AboutAnonymous : null;
        Detention result = detention;
        if (detention.AuthorityId is { } authority && state.IsDropped(authority.Value))
        {
            log.Add(ReferenceRemovedDangling, "/authorityId", DanglingReference);
            result = result with { AuthorityId = null };
        }

        Sentence[]? sentences = Sentences(detention.Sentences, "/sentences/", state, log);

        Designation[]? designations = null;
        for (int i = 0; i < detention.Designations.Count; i++)
        {
            if (detention.Designations[i].ById is { } by && state.IsDropped(by.Value))
            {
                log.Add(ReferenceRemovedDangling, $"/designations/{i}/byId", DanglingReference);
                designations ??= [.. detention.Designations];
                designations[i] = designations[i] with { ById = null };
            }
        }

        if (sentences is not null || designations is not null)
        {
            result = result with { Sentences = sentences ?? result.Sentences, Designations = designations ?? result.Designations };
        }

        if (why is not null && detention.Placements.Count > 0)
        {
            log.Add(FieldRemovedPlacements, "/placements", why);
            result = result with { Placements = [] };
        }
        else if (Placements(detention.Placements, state, log) is { } placements)
        {
            result = result with { Placements = placements };
        }

        if (why is not null && detention.Conditions.Count > 0)
        {
            log.Add(FieldRemovedConditions, "/conditions", why);
            result = result with { Conditions = [] };
        }

        return Common(result, why, log, dropSources: aboutAnonymous ? AboutAnonymous : null);
    }

    // The sentences of a list without their references to dropped records (a court, a proceeding); null when none changes.
    private static Sentence[]? Sentences(IReadOnlyList<Sentence> list, string prefix, RedactionState state, EntryLog log)
    {
        Sentence[]? sentences = null;
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].CourtId is { } court && state.IsDropped(court.Value))
            {
                log.Add(ReferenceRemovedDangling, $"{prefix}{i}/courtId", DanglingReference);
                sentences ??= [.. list];
                sentences[i] = sentences[i] with { CourtId = null };
            }

            if (list[i].ProceedingId is { } proceeding && state.IsDropped(proceeding.Value))
            {
                log.Add(ReferenceRemovedDangling, $"{prefix}{i}/proceedingId", DanglingReference);
                sentences ??= [.. list];
                sentences[i] = sentences[i] with { ProceedingId = null };
            }
        }

        return sentences;
    }

    private static Release Reduce(Release release, RedactionProfile profile, RedactionState state, EntryLog log)
    {
        string? why = profile.Reduces(release.Confidentiality) ? Restricted
            : profile.ReducesAnonymous && AnyAnonymous(release.Detainees.Select(d => d.SubjectId.Value), state) ? NamesAnonymous : null;
        Release result = release;
        if (release.AuthorityId is { } authority && state.IsDropped(authority.Value))
        {
            log.Add(ReferenceRemovedDangling, "/authorityId", DanglingReference);
            result = result with { AuthorityId = null };
        }

        // A detainee who was dropped leaves the list; the reported count, a figure someone announced, stays as it is.
        List<ReleasedDetainee>? detainees = null;
        for (int i = 0; i < release.Detainees.Count; i++)
        {
            ReleasedDetainee detainee = release.Detainees[i];
            if (state.IsDropped(detainee.SubjectId.Value))
            {
                log.Add(EntryRemovedDangling, $"/detainees/{i}", DanglingEntry);
                detainees ??= [.. release.Detainees.Take(i)];
                continue;
            }

            if (detainee.DetentionId is { } detention && state.IsDropped(detention.Value))
            {
                log.Add(ReferenceRemovedDangling, $"/detainees/{i}/detentionId", DanglingReference);
                detainees ??= [.. release.Detainees.Take(i)];
                detainee = detainee with { DetentionId = null };
            }

            detainees?.Add(detainee);
        }

        if (detainees is not null)
        {
            result = result with { Detainees = detainees };
        }

        return Common(result, why, log);
    }

    private static SanctionMeasure Reduce(SanctionMeasure measure, RedactionProfile profile, RedactionState state, EntryLog log)
    {
        string? why = profile.Reduces(measure.Confidentiality) ? Restricted
            : profile.ReducesAnonymous && AnyAnonymous(measure.Targets.Select(t => t.ActorId?.Value), state) ? NamesAnonymous : null;
        SanctionMeasure result = measure;
        List<SanctionTarget>? targets = null;
        for (int i = 0; i < measure.Targets.Count; i++)
        {
            if (measure.Targets[i].ActorId is { } actor && state.IsDropped(actor.Value))
            {
                log.Add(EntryRemovedDangling, $"/targets/{i}", DanglingEntry);
                targets ??= [.. measure.Targets.Take(i)];
            }
            else
            {
                targets?.Add(measure.Targets[i]);
            }
        }

        if (targets is not null)
        {
            result = result with { Targets = targets };
        }

        if (why is not null)
        {
            SanctionEvent[]? history = null;
            for (int i = 0; i < measure.History.Count; i++)
            {
                if (Quotes(measure.History[i].Sources, $"/history/{i}/sources/", why, log) is { } sources)
                {
                    history ??= [.. measure.History];
                    history[i] = history[i] with { Sources = sources };
                }
            }

            if (history is not null)
            {
                result = result with { History = history };
            }
        }

        return Common(result, why, log);
    }

    private static Link Reduce(Link link, RedactionProfile profile, RedactionState state, EntryLog log)
    {
        // Both ends are asked, so that the decision depends on each (see RedactionState).
        bool fromAnonymous = profile.ReducesAnonymous && state.IsAnonymous(link.FromId.Value);
        bool toAnonymous = profile.ReducesAnonymous && state.IsAnonymous(link.ToId.Value);
        string? why = profile.Reduces(link.Confidentiality) ? Restricted : fromAnonymous || toAnonymous ? AboutAnonymous : null;
        Link result = link;
        if (link.AssertedById is { } asserter && state.IsDropped(asserter.Value))
        {
            log.Add(ReferenceRemovedDangling, "/assertedById", DanglingReference);
            result = result with { AssertedById = null };
        }

        // A denial (format 1.1) is attributed like the assertion: its actor reference goes when that actor is dropped.
        LinkDenial[]? denials = null;
        for (int i = 0; i < link.DeniedBy.Count; i++)
        {
            if (link.DeniedBy[i].ById is { } denier && state.IsDropped(denier.Value))
            {
                log.Add(ReferenceRemovedDangling, $"/deniedBy/{i}/byId", DanglingReference);
                denials ??= [.. link.DeniedBy];
                denials[i] = denials[i] with { ById = null };
            }
        }

        if (denials is not null)
        {
            result = result with { DeniedBy = denials };
        }

        return Common(result, why, log, dropSources: fromAnonymous || toAnonymous ? AboutAnonymous : null);
    }

    // A facility is about a place, not a person: it stays in public output, reduced like any record when restricted.
    private static Facility Reduce(Facility facility, RedactionProfile profile, RedactionState state, EntryLog log)
    {
        Facility result = facility;
        if (facility.OperatorId is { } operatorId && state.IsDropped(operatorId.Value))
        {
            log.Add(ReferenceRemovedDangling, "/operatorId", DanglingReference);
            result = result with { OperatorId = null };
        }

        return Common(result, profile.Reduces(facility.Confidentiality) ? Restricted : null, log);
    }

    // The first subject of the incident that is dropped; every subject is asked, so that the decision depends on each.
    private static int? DroppedSubject(Incident incident, RedactionState state)
    {
        int? first = null;
        for (int i = 0; i < incident.SubjectIds.Count; i++)
        {
            if (state.IsDropped(incident.SubjectIds[i].Value))
            {
                first ??= i;
            }
        }

        return first;
    }

    // An incident is a detail of its subjects' lives. Restricted, or about an anonymous person, it keeps what counts it
    // (kind, subjects, detention, date, perpetrators) and loses what tells the story or the place: the accounts, the
    // facility, notes and quotes; about an anonymous person, its sources too (as their detention).
    private static Incident Reduce(Incident incident, RedactionProfile profile, RedactionState state, EntryLog log)
    {
        bool aboutAnonymous = profile.ReducesAnonymous && AnyAnonymous(incident.SubjectIds.Select(s => (string?)s.Value), state);
        string? why = profile.Reduces(incident.Confidentiality) ? Restricted : aboutAnonymous ? AboutAnonymous : null;
        Incident result = incident;
        if (incident.DetentionId is { } detention && state.IsDropped(detention.Value))
        {
            log.Add(ReferenceRemovedDangling, "/detentionId", DanglingReference);
            result = result with { DetentionId = null };
        }

        if (incident.FacilityId is { } facility)
        {
            if (why is not null)
            {
                log.Add(FieldRemovedFacilityId, "/facilityId", why);
                result = result with { FacilityId = null };
            }
            else if (state.IsDropped(facility.Value))
            {
                log.Add(ReferenceRemovedDangling, "/facilityId", DanglingReference);
                result = result with { FacilityId = null };
            }
        }

        List<ActorId>? perpetrators = null;
        for (int i = 0; i < incident.PerpetratorIds.Count; i++)
        {
            if (state.IsDropped(incident.PerpetratorIds[i].Value))
            {
                log.Add(EntryRemovedDangling, $"/perpetratorIds/{i}", DanglingEntry);
                perpetrators ??= [.. incident.PerpetratorIds.Take(i)];
            }
            else
            {
                perpetrators?.Add(incident.PerpetratorIds[i]);
            }
        }

        if (perpetrators is not null)
        {
            result = result with { PerpetratorIds = perpetrators };
        }

        if (why is not null && incident.Accounts.Count > 0)
        {
            log.Add(FieldRemovedAccounts, "/accounts", why);
            result = result with { Accounts = [] };
        }
        else
        {
            IncidentAccount[]? accounts = null;
            for (int i = 0; i < incident.Accounts.Count; i++)
            {
                if (incident.Accounts[i].ById is { } by && state.IsDropped(by.Value))
                {
                    log.Add(ReferenceRemovedDangling, $"/accounts/{i}/byId", DanglingReference);
                    accounts ??= [.. incident.Accounts];
                    accounts[i] = accounts[i] with { ById = null };
                }
            }

            if (accounts is not null)
            {
                result = result with { Accounts = accounts };
            }
        }

        return Common(result, why, log, dropSources: aboutAnonymous ? AboutAnonymous : null);
    }

    // A mass detention is about an event, not a person: it stays in public output with its counts, who gave them and its
    // sources, reduced like any record when restricted (notes, quotes). Listing the detention of an anonymous person
    // does not reduce it: it names no one, and the counts are what 1.0 data lost when it was kept on a placeholder
    // person. The listed detentions that were dropped leave the list; references to dropped actors are removed.
    private static MassDetention Reduce(MassDetention massDetention, RedactionProfile profile, RedactionState state, EntryLog log)
    {
        MassDetention result = massDetention;
        if (massDetention.AuthorityId is { } authority && state.IsDropped(authority.Value))
        {
            log.Add(ReferenceRemovedDangling, "/authorityId", DanglingReference);
            result = result with { AuthorityId = null };
        }

        AttributedCount[]? counts = null;
        for (int i = 0; i < massDetention.Counts.Count; i++)
        {
            if (massDetention.Counts[i].ById is { } by && state.IsDropped(by.Value))
            {
                log.Add(ReferenceRemovedDangling, $"/counts/{i}/byId", DanglingReference);
                counts ??= [.. massDetention.Counts];
                counts[i] = counts[i] with { ById = null };
            }
        }

        List<DetentionId>? detentions = null;
        for (int i = 0; i < massDetention.DetentionIds.Count; i++)
        {
            if (state.IsDropped(massDetention.DetentionIds[i].Value))
            {
                log.Add(EntryRemovedDangling, $"/detentionIds/{i}", DanglingEntry);
                detentions ??= [.. massDetention.DetentionIds.Take(i)];
            }
            else
            {
                detentions?.Add(massDetention.DetentionIds[i]);
            }
        }

        if (counts is not null || detentions is not null)
        {
            result = result with { Counts = counts ?? result.Counts, DetentionIds = detentions ?? result.DetentionIds };
        }

        return Common(result, profile.Reduces(massDetention.Confidentiality) ? Restricted : null, log);
    }

    // The placements without references to dropped facilities: the reference goes, and the placement with it when it has
    // no facility text to stand on (a placement names its place by one or the other); null when nothing changes.
    private static List<Placement>? Placements(IReadOnlyList<Placement> placements, RedactionState state, EntryLog log)
    {
        List<Placement>? kept = null;
        for (int i = 0; i < placements.Count; i++)
        {
            Placement placement = placements[i];
            if (placement.FacilityId is { } facility && state.IsDropped(facility.Value))
            {
                kept ??= [.. placements.Take(i)];
                if (placement.Facility is null)
                {
                    log.Add(EntryRemovedDangling, $"/placements/{i}", DanglingEntry);
                    continue;
                }

                log.Add(ReferenceRemovedDangling, $"/placements/{i}/facilityId", DanglingReference);
                placement = placement with { FacilityId = null };
            }

            kept?.Add(placement);
        }

        return kept;
    }

    private static Proceeding Reduce(Proceeding proceeding, RedactionProfile profile, RedactionState state, EntryLog log)
    {
        string? why = profile.Reduces(proceeding.Confidentiality) ? Restricted
            : profile.ReducesAnonymous && AnyAnonymous(proceeding.Defendants.Select(d => d.SubjectId.Value), state) ? NamesAnonymous : null;
        Proceeding result = proceeding;
        if (proceeding.CourtId is { } court && state.IsDropped(court.Value))
        {
            log.Add(ReferenceRemovedDangling, "/courtId", DanglingReference);
            result = result with { CourtId = null };
        }

        if (People(proceeding.JudgeIds, "/judgeIds/", state, log) is { } judges)
        {
            result = result with { JudgeIds = judges };
        }

        if (People(proceeding.ProsecutorIds, "/prosecutorIds/", state, log) is { } prosecutors)
        {
            result = result with { ProsecutorIds = prosecutors };
        }

        // A defendant who was dropped leaves the list, with their charges, verdict and sentences.
        List<Defendant>? defendants = null;
        for (int i = 0; i < proceeding.Defendants.Count; i++)
        {
            Defendant defendant = proceeding.Defendants[i];
            if (state.IsDropped(defendant.SubjectId.Value))
            {
                log.Add(EntryRemovedDangling, $"/defendants/{i}", DanglingEntry);
                defendants ??= [.. proceeding.Defendants.Take(i)];
                continue;
            }

            Defendant kept = defendant;
            if (defendant.DetentionId is { } detention && state.IsDropped(detention.Value))
            {
                log.Add(ReferenceRemovedDangling, $"/defendants/{i}/detentionId", DanglingReference);
                kept = kept with { DetentionId = null };
            }

            if (Sentences(defendant.Sentences, $"/defendants/{i}/sentences/", state, log) is { } sentences)
            {
                kept = kept with { Sentences = sentences };
            }

            if (!ReferenceEquals(kept, defendant))
            {
                defendants ??= [.. proceeding.Defendants.Take(i)];
            }

            defendants?.Add(kept);
        }

        if (defendants is not null)
        {
            result = result with { Defendants = defendants };
        }

        Hearing[]? hearings = null;
        for (int i = 0; i < proceeding.Hearings.Count; i++)
        {
            Hearing hearing = proceeding.Hearings[i];
            if (hearing.CourtId is { } hearingCourt && state.IsDropped(hearingCourt.Value))
            {
                log.Add(ReferenceRemovedDangling, $"/hearings/{i}/courtId", DanglingReference);
                hearings ??= [.. proceeding.Hearings];
                hearings[i] = hearings[i] with { CourtId = null };
            }

            if (why is not null && hearing.Notes is not null)
            {
                log.Add(FieldRemovedNotes, $"/hearings/{i}/notes", why);
                hearings ??= [.. proceeding.Hearings];
                hearings[i] = hearings[i] with { Notes = null };
            }
        }

        if (hearings is not null)
        {
            result = result with { Hearings = hearings };
        }

        if (why is not null && proceeding.CaseNumber is not null)
        {
            log.Add(FieldRemovedCaseNumber, "/caseNumber", why);
            result = result with { CaseNumber = null };
        }

        return Common(result, why, log);
    }

    // The people of a list of ids without those dropped; null when none is. prefix: the list's pointer followed by "/".
    private static List<PersonId>? People(IReadOnlyList<PersonId> ids, string prefix, RedactionState state, EntryLog log)
    {
        List<PersonId>? kept = null;
        for (int i = 0; i < ids.Count; i++)
        {
            if (state.IsDropped(ids[i].Value))
            {
                log.Add(EntryRemovedDangling, $"{prefix}{i}", DanglingEntry);
                kept ??= [.. ids.Take(i)];
            }
            else
            {
                kept?.Add(ids[i]);
            }
        }

        return kept;
    }

    // Whether any of the ids is an anonymous person's; every id is asked, so that the decision depends on each.
    private static bool AnyAnonymous(IEnumerable<string?> ids, RedactionState state)
    {
        bool any = false;
        foreach (string? id in ids)
        {
            any |= id is not null && state.IsAnonymous(id);
        }

        return any;
    }

    // The affiliations without those with a dropped organization; null when none is removed.
    private static List<Affiliation>? Affiliations(IReadOnlyList<Affiliation> affiliations, RedactionState state, EntryLog log)
    {
        List<Affiliation>? kept = null;
        for (int i = 0; i < affiliations.Count; i++)
        {
            if (affiliations[i].OrganizationId is { } organization && state.IsDropped(organization.Value))
            {
                log.Add(EntryRemovedDangling, $"/affiliations/{i}", DanglingEntry);
                kept ??= [.. affiliations.Take(i)];
            }
            else
            {
                kept?.Add(affiliations[i]);
            }
        }

        return kept;
    }

    // Notes and quotes go when the record is reduced (why says why); the sources of a record about an anonymous person
    // go altogether (dropSources says why).
    private static T Common<T>(T record, string? why, EntryLog log, string? dropSources = null)
        where T : Record
    {
        Record result = record;
        if (why is not null && record.Notes is not null)
        {
            log.Add(FieldRemovedNotes, "/notes", why);
            result = result with { Notes = null };
        }

        if (dropSources is not null && record.Sources.Count > 0)
        {
            log.Add(FieldRemovedSources, "/sources", dropSources);
            result = result with { Sources = [] };
        }
        else if (why is not null && Quotes(record.Sources, "/sources/", why, log) is { } sources)
        {
            result = result with { Sources = sources };
        }

        return (T)result;
    }

    // The sources without their quotes; null when none has a quote. prefix: the list's pointer followed by "/".
    private static Source[]? Quotes(IReadOnlyList<Source> sources, string prefix, string why, EntryLog log)
    {
        Source[]? result = null;
        for (int i = 0; i < sources.Count; i++)
        {
            if (sources[i].Quote is not null)
            {
                log.Add(FieldRemovedQuote, $"{prefix}{i}/quote", why);
                result ??= [.. sources];
                result[i] = result[i] with { Quote = null };
            }
        }

        return result;
    }
}
