using System.Text.RegularExpressions;
using NodaTime;

namespace PoliticalEvents.Validation;

/// <summary>
/// The rules inside one record: the structural constraints a reader cannot enforce by types alone (lengths,
/// patterns of plain strings, conditional requirements — the same ones the JSON Schemas state) and the record rules
/// of dates, status and the sanction lifecycle. Pointers are relative to the record.
/// </summary>
internal static partial class RecordRules
{
    public const int MaxQuoteLength = 2000;

    public const string SchemePatternText = "^[a-z][a-z0-9-]*$";

    public const string RolePatternText = "^[a-z][A-Za-z0-9]*$";

    public static void Check(Record record, Findings findings, LocalDate today)
    {
        LocalDate futureLimit = today.PlusYears(1);
        switch (record)
        {
            case Person person:
                CheckPerson(person, findings, futureLimit);
                break;
            case Organization organization:
                CheckOrganization(organization, findings, futureLimit);
                break;
            case Detention detention:
                CheckDetention(detention, findings, futureLimit);
                break;
            case Release release:
                CheckRelease(release, findings, futureLimit);
                break;
            case SanctionMeasure measure:
                CheckSanction(measure, findings, futureLimit);
                break;
            case Proceeding proceeding:
                CheckProceeding(proceeding, findings, futureLimit);
                break;
            case Link link:
                IdentifyingText(link.AssertedBy, "/assertedBy", findings);
                Future(link.On, "/on", findings, futureLimit);
                StepId(link.FromStepId, "/fromStepId", findings);
                StepId(link.ToStepId, "/toStepId", findings);
                for (int i = 0; i < link.DeniedBy.Count; i++)
                {
                    Name(link.DeniedBy[i].By, new At("/deniedBy/", i, "/by"), findings);
                    Future(link.DeniedBy[i].On, new At("/deniedBy/", i, "/on"), findings, futureLimit);
                }

                break;
            case Facility facility:
                CheckFacility(facility, findings);
                break;
            case Incident incident:
                CheckIncident(incident, findings, futureLimit);
                break;
            case MassDetention massDetention:
                CheckMassDetention(massDetention, findings, futureLimit);
                break;
            case SourceRecord sourceRecord:
                CheckSourceRecord(sourceRecord, findings, futureLimit);
                break;
        }

        CheckSources(record.Sources, "/sources/", findings, futureLimit);
        ModifiedAt(record.ModifiedAt, today, findings);
    }

    // Format 1.1: a record changed after tomorrow (in UTC) was stamped by a wrong clock. A day of slack covers the time
    // zones of whoever gives "today"; no more, as an edit, unlike a sanction's expiry, cannot be planned.
    private static void ModifiedAt(Instant? modifiedAt, LocalDate today, Findings findings)
    {
        if (modifiedAt is Instant instant && instant.InUtc().Date > today.PlusDays(1))
        {
            findings.Warning("/modifiedAt", ValidationCodes.RecordModifiedInFuture, "The record's modifiedAt is after today.");
        }
    }

    // Format 1.1: a source given once for the records that cite it by id. Like an inline source, it needs a url or a title.
    private static void CheckSourceRecord(SourceRecord source, Findings findings, LocalDate futureLimit)
    {
        // Not on the wire (the reader refuses "sources" there); a record built in code or from tables may have them.
        if (source.Sources.Count > 0)
        {
            findings.Error("/sources", ValidationCodes.AdditionalProperties, "A source record has no sources of its own.");
        }

        if (source.Url is null && source.Title is null)
        {
            findings.Error(string.Empty, ValidationCodes.AnyOf, "A source needs a \"url\" or a \"title\".");
        }

        IdentifyingText(source.Publisher, "/publisher", findings);
        Future(source.PublishedOn, "/publishedOn", findings, futureLimit);
        if (source.AccessedOn is LocalDate accessed && accessed > futureLimit)
        {
            findings.Warning("/accessedOn", ValidationCodes.DateFuture, "The date is more than a year in the future.");
        }
    }

    private static void CheckPerson(Person person, Findings findings, LocalDate futureLimit)
    {
        if (person.Anonymous)
        {
            if (person.Name is not null)
            {
                findings.Error("/name", ValidationCodes.Not, "An anonymous person must not have a name.");
            }

            if (person.Names.Count > 0)
            {
                findings.Error("/names", ValidationCodes.Not, "An anonymous person must not have other names.");
            }

            if (person.IdentityDocuments.Count > 0)
            {
                findings.Error("/identityDocuments", ValidationCodes.Not, "An anonymous person must not have identity documents: they identify the person.");
            }

            if (person.Addresses.Count > 0)
            {
                findings.Error("/addresses", ValidationCodes.Not, "An anonymous person must not have addresses: they lead to the person.");
            }

            if (person.Contacts.Count > 0)
            {
                findings.Error("/contacts", ValidationCodes.Not, "An anonymous person must not have contacts: they lead to the person.");
            }
        }
        else if (person.Name is null)
        {
            findings.Error(string.Empty, ValidationCodes.Required, "A person needs a name, unless \"anonymous\": true.");
        }
        else
        {
            Name(person.Name, "/name", findings);
        }

        CheckActor(person, findings, futureLimit);
        for (int i = 0; i < person.BirthPlaces.Count; i++)
        {
            BirthPlace place = person.BirthPlaces[i];
            if (place.Locality is null && place.Country is null)
            {
                findings.Error(new At("/birthPlaces/", i), ValidationCodes.AnyOf, "A birth place needs a \"locality\" or a \"country\".");
            }

            Name(place.Locality, new At("/birthPlaces/", i, "/locality"), findings);
        }

        for (int i = 0; i < person.IdentityDocuments.Count; i++)
        {
            IdentityDocument document = person.IdentityDocuments[i];
            Name(document.Number, new At("/identityDocuments/", i, "/number"), findings);
            Future(document.IssuedOn, new At("/identityDocuments/", i, "/issuedOn"), findings, futureLimit);
            findings.Order(document.IssuedOn, document.ExpiresOn, new At("/identityDocuments/", i, "/expiresOn"), ValidationCodes.IdentityDocumentExpiresBeforeIssued, "The document expires before it was issued.");
        }

        findings.Order(person.BirthDate, person.DeathDate, "/deathDate", ValidationCodes.PersonDeathBeforeBirth, "The death date is before the birth date.");
        Future(person.BirthDate, "/birthDate", findings, futureLimit);
        Future(person.DeathDate, "/deathDate", findings, futureLimit);
    }

    private static void CheckOrganization(Organization organization, Findings findings, LocalDate futureLimit)
    {
        Name(organization.Name, "/name", findings);
        if (organization.Country is null && organization.Kind is OrganizationKind.State or OrganizationKind.GovernmentBody or OrganizationKind.Court or OrganizationKind.SecurityService)
        {
            findings.Error(string.Empty, ValidationCodes.Required, "States, government bodies, courts and security services need a \"country\".");
        }

        Future(organization.FoundedOn, "/foundedOn", findings, futureLimit);
        NotEmpty(organization.LegalForm, "/legalForm", findings);
        CheckActor(organization, findings, futureLimit);
    }

    private static void CheckActor(Actor actor, Findings findings, LocalDate futureLimit)
    {
        for (int i = 0; i < actor.Names.Count; i++)
        {
            ActorName name = actor.Names[i];
            Name(name.Value, new At("/names/", i, "/value"), findings);
            Name(name.Given, new At("/names/", i, "/given"), findings);
            Name(name.Family, new At("/names/", i, "/family"), findings);
            Name(name.Patronymic, new At("/names/", i, "/patronymic"), findings);
            if (actor is Organization && (name.Given ?? name.Family ?? name.Patronymic) is not null)
            {
                findings.Warning(new At("/names/", i), ValidationCodes.NamePartsOfOrganization, "An organization's name has no given name, family name or patronymic: write it whole in \"value\".");
            }
        }

        Identifiers(actor.Identifiers, findings);

        for (int i = 0; i < actor.Affiliations.Count; i++)
        {
            Affiliation affiliation = actor.Affiliations[i];
            if (affiliation.OrganizationId is null && affiliation.Role is null)
            {
                findings.Error(new At("/affiliations/", i), ValidationCodes.AnyOf, "An affiliation needs an \"organizationId\" or a \"role\".");
            }

            findings.Order(affiliation.From, affiliation.Until, new At("/affiliations/", i, "/until"), ValidationCodes.AffiliationEndBeforeStart, "The affiliation ends before it begins.");
            Future(affiliation.From, new At("/affiliations/", i, "/from"), findings, futureLimit);
            Future(affiliation.Until, new At("/affiliations/", i, "/until"), findings, futureLimit);
        }

        for (int i = 0; i < actor.Addresses.Count; i++)
        {
            Address address = actor.Addresses[i];
            At at = new("/addresses/", i);
            if (address is { Full: null, Street: null, Locality: null, Region: null, PostalCode: null, Country: null })
            {
                findings.Error(at, ValidationCodes.AnyOf, "An address needs at least one of \"full\", \"street\", \"locality\", \"region\", \"postalCode\" and \"country\".");
            }

            NotEmpty(address.Full, at.Then("/full"), findings);
            NotEmpty(address.Street, at.Then("/street"), findings);
            Name(address.Locality, at.Then("/locality"), findings);
            Name(address.Region, at.Then("/region"), findings);
            Name(address.PostalCode, at.Then("/postalCode"), findings);
        }

        for (int i = 0; i < actor.Contacts.Count; i++)
        {
            Name(actor.Contacts[i].Value, new At("/contacts/", i, "/value"), findings);
        }

        for (int i = 0; i < actor.Roles.Count; i++)
        {
            if (!RolePattern().IsMatch(actor.Roles[i]))
            {
                findings.Error(new At("/roles/", i), ValidationCodes.Pattern, "A role is a camelCase tag such as \"opposition\" or \"humanRightsDefender\".");
            }
        }
    }

    // The external identifiers of an actor or a facility.
    private static void Identifiers(IReadOnlyList<ExternalIdentifier> identifiers, Findings findings)
    {
        for (int i = 0; i < identifiers.Count; i++)
        {
            ExternalIdentifier identifier = identifiers[i];
            if (!SchemePattern().IsMatch(identifier.Scheme))
            {
                findings.Error(new At("/identifiers/", i, "/scheme"), ValidationCodes.Pattern, "An identifier scheme is lower-case letters, digits and '-', starting with a letter (e.g. \"wikidata\").");
            }

            if (identifier.Value.Length == 0)
            {
                findings.Error(new At("/identifiers/", i, "/value"), ValidationCodes.MinLength, "An identifier value must not be empty.");
            }
            else if (KnownSchemes.Check(identifier.Scheme, identifier.Value) is string expected)
            {
                findings.Error(new At("/identifiers/", i, "/value"), ValidationCodes.Pattern, $"Not a valid {identifier.Scheme} id: expected {expected}.");
            }
            else
            {
                IdentifyingText(identifier.Value, new At("/identifiers/", i, "/value"), findings);
            }
        }
    }

    private static void CheckFacility(Facility facility, Findings findings)
    {
        Name(facility.Name, "/name", findings);
        IdentifyingText(facility.Locality, "/locality", findings);
        Location(facility.Location, "/location", findings);
        Identifiers(facility.Identifiers, findings);
    }

    private static void CheckIncident(Incident incident, Findings findings, LocalDate futureLimit)
    {
        if (incident.SubjectIds.Count == 0)
        {
            findings.Error("/subjectIds", ValidationCodes.MinItems, "An incident names at least one subject.");
        }

        // Each subject once (uniqueItems, at the list as JSON Schema reports it): one finding per later mention.
        var seen = new HashSet<PersonId>();
        for (int i = 0; i < incident.SubjectIds.Count; i++)
        {
            if (!seen.Add(incident.SubjectIds[i]))
            {
                findings.Error("/subjectIds", ValidationCodes.UniqueItems, $"The subject at index {i} is named earlier in the list: each subject once.");
            }
        }

        Future(incident.OccurredOn, "/occurredOn", findings, futureLimit);
        for (int i = 0; i < incident.Accounts.Count; i++)
        {
            IncidentAccount account = incident.Accounts[i];
            Name(account.By, new At("/accounts/", i, "/by"), findings);
            NotEmpty(account.Summary, new At("/accounts/", i, "/summary"), findings);
            Future(account.On, new At("/accounts/", i, "/on"), findings, futureLimit);

            // Only when certain: an account "2024-03" of an incident on 2024-03-15 may well be from after it.
            if (account.On is { } on && on.IsDefinitelyBefore(incident.OccurredOn))
            {
                findings.Error(new At("/accounts/", i, "/on"), ValidationCodes.IncidentAccountBeforeIncident, "The account is dated before the incident it tells of.");
            }
        }
    }

    private static void CheckMassDetention(MassDetention massDetention, Findings findings, LocalDate futureLimit)
    {
        IdentifyingText(massDetention.Locality, "/locality", findings);
        Location(massDetention.Location, "/location", findings);
        Future(massDetention.OccurredOn, "/occurredOn", findings, futureLimit);

        // Each detention once (uniqueItems, at the array as JSON Schema reports it): one finding per later mention.
        HashSet<DetentionId> listed = [];
        for (int i = 0; i < massDetention.DetentionIds.Count; i++)
        {
            if (!listed.Add(massDetention.DetentionIds[i]))
            {
                findings.Error("/detentionIds", ValidationCodes.UniqueItems, $"The detention at index {i} is listed already: each is listed once.");
            }
        }

        int named = listed.Count;
        if (massDetention.Counts.Count == 0)
        {
            findings.Error("/counts", ValidationCodes.MinItems, "A mass detention has at least one count.");
        }

        for (int i = 0; i < massDetention.Counts.Count; i++)
        {
            AttributedCount count = massDetention.Counts[i];
            At at = new("/counts/", i);
            if (count.Value < 0)
            {
                findings.Error(at.Then("/value"), ValidationCodes.Minimum, "A count is 0 or more.");
            }
            else if (count.Qualifier is CountQualifier.Exact or CountQualifier.AtLeast && count.Value < named)
            {
                // A warning, not an error: a source may count only part of the event (one district, one day).
                findings.Warning(at.Then("/value"), ValidationCodes.MassDetentionCountBelowListed, "The count is below the number of detentions the mass detention lists.");
            }

            Name(count.By, at.Then("/by"), findings);
            findings.OrderApart(massDetention.OccurredOn, count.AsOf, at.Then("/asOf"), ValidationCodes.MassDetentionCountBeforeEvent, "The count is given as of a day before the event.");
            Future(count.AsOf, at.Then("/asOf"), findings, futureLimit);
        }
    }

    // WGS 84 degrees: the same ranges the schemas state (minimum, maximum).
    private static void Location(GeoLocation? location, At path, Findings findings)
    {
        if (location is null)
        {
            return;
        }

        if (location.Latitude is not (>= -90 and <= 90))
        {
            findings.Error(path.Then("/latitude"), location.Latitude < -90 ? ValidationCodes.Minimum : ValidationCodes.Maximum, "A latitude is between -90 and 90 degrees.");
        }

        if (location.Longitude is not (>= -180 and <= 180))
        {
            findings.Error(path.Then("/longitude"), location.Longitude < -180 ? ValidationCodes.Minimum : ValidationCodes.Maximum, "A longitude is between -180 and 180 degrees.");
        }
    }

    private static void CheckDetention(Detention detention, Findings findings, LocalDate futureLimit)
    {
        if (detention.Status == DetentionStatus.Ongoing && detention.EndedOn is not null)
        {
            findings.Error("/endedOn", ValidationCodes.DetentionOngoingHasEnd, "An ongoing detention cannot have an end date; set status to \"ended\" or remove \"endedOn\".");
        }

        if (detention.Status == DetentionStatus.Ongoing && detention.EndReason is not null)
        {
            findings.Error("/endReason", ValidationCodes.DetentionOngoingHasEndReason, "An ongoing detention has not ended; set status to \"ended\" or remove \"endReason\".");
        }

        findings.Order(detention.StartedOn, detention.EndedOn, "/endedOn", ValidationCodes.DetentionEndBeforeStart, "The detention ends before it starts.");
        Future(detention.StartedOn, "/startedOn", findings, futureLimit);
        Future(detention.EndedOn, "/endedOn", findings, futureLimit);

        Charges(detention.Charges, "/charges/", findings, futureLimit);

        for (int i = 0; i < detention.Sentences.Count; i++)
        {
            Sentence sentence = detention.Sentences[i];
            At at = new At("/sentences/", i);
            SentenceTermAndCourt(sentence, at, findings);

            // A warning whether the violation is certain or only possible: trials in absentia and records that date the
            // detention from a later arrest make a sentence before the start legitimate often enough.
            // A sentence that does not deprive of liberty (suspended, a fine, restricted freedom) is often given to someone
            // still free, who is detained later: no warning, and no nudge to mark a trial in absentia that was not.
            bool custodial = sentence.Kind is not (SentenceKind.Suspended or SentenceKind.Fine or SentenceKind.RestrictedFreedom);
            if (custodial && !sentence.InAbsentia && sentence.ImposedOn.Earliest < detention.StartedOn.Earliest)
            {
                findings.Warning(at.Then("/imposedOn"), ValidationCodes.DetentionSentenceBeforeStart, "The sentence is dated before the detention began, and the trial is not marked in absentia.");
            }

            Future(sentence.ImposedOn, at.Then("/imposedOn"), findings, futureLimit);
            SentenceAdditions(detention.Sentences, i, at, findings);
        }

        for (int i = 0; i < detention.Placements.Count; i++)
        {
            Placement placement = detention.Placements[i];
            At at = new At("/placements/", i);
            if (placement.Facility is null && placement.FacilityId is null)
            {
                findings.Error(at, ValidationCodes.AnyOf, "A placement needs a \"facility\" or a \"facilityId\".");
            }

            Name(placement.Facility, at.Then("/facility"), findings);
            IdentifyingText(placement.Locality, at.Then("/locality"), findings);
            findings.Order(placement.From, placement.Until, at.Then("/until"), ValidationCodes.DetentionPlacementEndBeforeStart, "The placement ends before it begins.");
            // Dates that overlap may name the same day (a placement "from 2023-03~" of an arrest on 2023-03-29, the
            // commonest way sources write it): no warning for them, only for dates apart.
            findings.OrderApart(detention.StartedOn, placement.From, at.Then("/from"), ValidationCodes.DetentionPlacementOutside, "The placement begins before the detention.");
            findings.OrderApart(detention.StartedOn, placement.Until, at.Then("/until"), ValidationCodes.DetentionPlacementOutside, "The placement ends before the detention begins.");
            findings.OrderApart(placement.From, detention.EndedOn, at.Then("/from"), ValidationCodes.DetentionPlacementOutside, "The placement begins after the detention ended.");
            findings.OrderApart(placement.Until, detention.EndedOn, at.Then("/until"), ValidationCodes.DetentionPlacementOutside, "The placement ends after the detention ended.");
            Future(placement.From, at.Then("/from"), findings, futureLimit);
            Future(placement.Until, at.Then("/until"), findings, futureLimit);
        }

        for (int i = 0; i < detention.Designations.Count; i++)
        {
            Name(detention.Designations[i].By, new At("/designations/", i, "/by"), findings);
            Future(detention.Designations[i].On, new At("/designations/", i, "/on"), findings, futureLimit);
            Future(detention.Designations[i].WithdrawnOn, new At("/designations/", i, "/withdrawnOn"), findings, futureLimit);
            findings.Order(detention.Designations[i].On, detention.Designations[i].WithdrawnOn, new At("/designations/", i, "/withdrawnOn"), ValidationCodes.DesignationWithdrawnBeforeOn, "The designation is withdrawn before it was made.");
        }
    }

    private static void CheckProceeding(Proceeding proceeding, Findings findings, LocalDate futureLimit)
    {
        IdentifyingText(proceeding.CaseNumber, "/caseNumber", findings);
        Future(proceeding.OpenedOn, "/openedOn", findings, futureLimit);
        if (proceeding.Defendants.Count == 0)
        {
            findings.Error("/defendants", ValidationCodes.MinItems, "A proceeding has at least one defendant.");
        }

        for (int i = 0; i < proceeding.Defendants.Count; i++)
        {
            Defendant defendant = proceeding.Defendants[i];
            At at = new("/defendants/", i);
            Charges(defendant.Charges, $"/defendants/{i}/charges/", findings, futureLimit);
            if (defendant.Verdict is { } verdict)
            {
                Future(verdict.On, at.Then("/verdict/on"), findings, futureLimit);
                findings.OrderApart(proceeding.OpenedOn, verdict.On, at.Then("/verdict/on"), ValidationCodes.ProceedingBeforeOpened, "The verdict is dated before the proceeding was opened.");
                if (verdict.Outcome is VerdictOutcome.Acquitted or VerdictOutcome.Dismissed && defendant.Sentences.Count > 0)
                {
                    findings.Error(at.Then("/sentences"), ValidationCodes.ProceedingSentenceWithoutConviction, $"The defendant was {WireNames.Of(verdict.Outcome)}, so the entry has no sentences.");
                }
            }

            for (int j = 0; j < defendant.Sentences.Count; j++)
            {
                Sentence sentence = defendant.Sentences[j];
                At sentenceAt = at.Then($"/sentences/{j}");
                SentenceTermAndCourt(sentence, sentenceAt, findings);
                Future(sentence.ImposedOn, sentenceAt.Then("/imposedOn"), findings, futureLimit);
                findings.OrderApart(proceeding.OpenedOn, sentence.ImposedOn, sentenceAt.Then("/imposedOn"), ValidationCodes.ProceedingBeforeOpened, "The sentence is dated before the proceeding was opened.");
                SentenceAdditions(defendant.Sentences, j, sentenceAt, findings);
                if (sentence.ProceedingId is not null)
                {
                    findings.Error(sentenceAt.Then("/proceedingId"), ValidationCodes.ProceedingSentenceNamesProceeding, "A sentence in a defendant entry is the proceeding's own: it names no \"proceedingId\".");
                }
            }
        }

        for (int i = 0; i < proceeding.Hearings.Count; i++)
        {
            At at = new("/hearings/", i, "/on");
            Future(proceeding.Hearings[i].On, at, findings, futureLimit);
            findings.OrderApart(proceeding.OpenedOn, proceeding.Hearings[i].On, at, ValidationCodes.ProceedingBeforeOpened, "The hearing is dated before the proceeding was opened.");
        }
    }

    // prefix: the pointer of the list followed by "/" ("/charges/").
    private static void Charges(IReadOnlyList<Charge> charges, string prefix, Findings findings, LocalDate futureLimit)
    {
        for (int i = 0; i < charges.Count; i++)
        {
            Charge charge = charges[i];
            NotEmpty(charge.Law, new At(prefix, i, "/law"), findings);
            if (charge.Article is null && charge.Description is null)
            {
                findings.Error(new At(prefix, i), ValidationCodes.AnyOf, "A charge needs an \"article\" or a \"description\".");
            }

            NotEmpty(charge.Article, new At(prefix, i, "/article"), findings);

            Future(charge.On, new At(prefix, i, "/on"), findings, futureLimit);
        }
    }

    private static void SentenceTermAndCourt(Sentence sentence, At at, Findings findings)
    {
        if (sentence.Term is null && sentence.Kind is SentenceKind.Imprisonment or SentenceKind.RestrictedFreedom or SentenceKind.Suspended or SentenceKind.HouseArrest)
        {
            findings.Error(at, ValidationCodes.Required, "A sentence of imprisonment, restricted freedom, suspended imprisonment or house arrest needs a \"term\".");
        }

        IdentifyingText(sentence.Court, at.Then("/court"), findings);
    }

    private static void CheckRelease(Release release, Findings findings, LocalDate futureLimit)
    {
        if (release.Detainees.Count == 0)
        {
            findings.Error("/detainees", ValidationCodes.MinItems, "A release names at least one detainee.");
        }

        if (release.ReportedCount is { Value: < 1 })
        {
            findings.Error("/reportedCount/value", ValidationCodes.Minimum, "A reported count is at least 1.");
        }
        else if (release.ReportedCount is { Qualifier: CountQualifier.Exact } count && count.Value < release.Detainees.Count)
        {
            findings.Error("/reportedCount/value", ValidationCodes.ReleaseCountBelowNamed, "The exact reported count is smaller than the number of detainees named.");
        }

        IdentifyingText(release.ReportedCount?.By, "/reportedCount/by", findings);
        Future(release.ReleasedOn, "/releasedOn", findings, futureLimit);
    }

    private static void CheckSanction(SanctionMeasure measure, Findings findings, LocalDate futureLimit)
    {
        if (measure.LegalBasis is { } basis)
        {
            NotEmpty(basis.Citation, "/legalBasis/citation", findings);
        }

        if (measure.Targets.Count == 0)
        {
            findings.Error("/targets", ValidationCodes.MinItems, "A sanction measure has at least one target.");
        }

        for (int i = 0; i < measure.Targets.Count; i++)
        {
            SanctionTarget target = measure.Targets[i];

            // An actor alone, a sector (with or without the country it belongs to), or a country alone.
            bool oneOf = target.ActorId is not null ? target is { Sector: null, Country: null } : target.Sector is not null || target.Country is not null;
            if (!oneOf)
            {
                findings.Error(new At("/targets/", i), ValidationCodes.OneOf, "A target is one of: an actor (\"actorId\"), a sector (\"sector\", with \"country\" for one country's sector), or a country (\"country\").");
            }
            else if (target.Sector is not null)
            {
                NotEmpty(target.Sector, new At("/targets/", i, "/sector"), findings);
            }

            Name(target.ListingId, new At("/targets/", i, "/listingId"), findings);
            NotEmpty(target.Reason, new At("/targets/", i, "/reason"), findings);
            NotEmpty(target.DelistingReason, new At("/targets/", i, "/delistingReason"), findings);
            Future(target.ListedOn, new At("/targets/", i, "/listedOn"), findings, futureLimit);
            Future(target.DelistedOn, new At("/targets/", i, "/delistedOn"), findings, futureLimit);
            findings.Order(target.ListedOn, target.DelistedOn, new At("/targets/", i, "/delistedOn"), ValidationCodes.SanctionTargetDelistedBeforeListed, "The target is delisted before it was listed.");

            // Listed before the measure was first imposed: possible when the measure stands for a later act that took
            // over earlier listings, so a warning, and only when certain.
            if (target.ListedOn is { } listed && measure.History.Count > 0 && listed.IsDefinitelyBefore(measure.History[0].On))
            {
                findings.Warning(new At("/targets/", i, "/listedOn"), ValidationCodes.SanctionTargetListedBeforeImposed, "The target is listed before the measure was imposed (its first history entry).");
            }
        }

        if (measure.History.Count == 0)
        {
            findings.Error("/history", ValidationCodes.MinItems, "A sanction measure's history has at least one entry, \"imposed\".");
            return;
        }

        if (measure.History[0].Action != SanctionAction.Imposed)
        {
            findings.Error("/history/0/action", ValidationCodes.SanctionFirstNotImposed, "The first entry of a sanction's history is \"imposed\".");
        }

        // Each step id once within the measure, at the later entry (a link names a step by it).
        HashSet<string>? stepIds = null;
        for (int i = 0; i < measure.History.Count; i++)
        {
            if (measure.History[i].StepId is { } stepId && StepId(stepId, new At("/history/", i, "/stepId"), findings) && !(stepIds ??= new(StringComparer.Ordinal)).Add(stepId))
            {
                findings.Error(new At("/history/", i, "/stepId"), ValidationCodes.SanctionDuplicateStepId, "An earlier entry of the history has this step id: each step id once within a measure.");
            }
        }

        bool ended = false;
        for (int i = 0; i < measure.History.Count; i++)
        {
            SanctionEvent step = measure.History[i];
            At at = new At("/history/", i);
            if (ended && step.Action != SanctionAction.Reimposed)
            {
                findings.Error(at.Then("/action"), ValidationCodes.SanctionActionAfterEnd, "After \"lifted\", \"expired\" or \"annulled\" only \"reimposed\" may follow.");
            }

            ended = step.Action is SanctionAction.Lifted or SanctionAction.Expired or SanctionAction.Annulled
                || (ended && step.Action != SanctionAction.Reimposed);
            if (i > 0)
            {
                findings.Order(measure.History[i - 1].On, step.On, at.Then("/on"), ValidationCodes.SanctionHistoryOrder, "The history is not in chronological order: this entry is dated before the previous one.");
            }

            if (step.Action != SanctionAction.Expired)
            {
                Future(step.On, at.Then("/on"), findings, futureLimit);
            }

            if (step.LegalBasis is { } stepBasis)
            {
                NotEmpty(stepBasis.Citation, at.Then("/legalBasis/citation"), findings);
            }

            if (step.Sources.Count > 0)
            {
                CheckSources(step.Sources, $"/history/{i}/sources/", findings, futureLimit);
            }
        }
    }

    // The rules of what format 1.1 added to a sentence: its fine, and the earlier sentences of its list that it combines
    // with or replaces, named by position.
    private static void SentenceAdditions(IReadOnlyList<Sentence> sentences, int index, At at, Findings findings)
    {
        Sentence sentence = sentences[index];
        if (sentence.Fine is { Amount: < 0 })
        {
            findings.Error(at.Then("/fine/amount"), ValidationCodes.Minimum, "A fine's amount is zero or more.");
        }

        if (sentence.Combination is { } combination)
        {
            if (combination.WithIndexes.Count == 0)
            {
                findings.Error(at.Then("/combination/withIndexes"), ValidationCodes.MinItems, "A combination names at least one earlier sentence.");
            }

            for (int j = 0; j < combination.WithIndexes.Count; j++)
            {
                At item = at.Then($"/combination/withIndexes/{j}");
                int other = combination.WithIndexes[j];
                if (!EarlierSentence(sentences, index, other, item, findings))
                {
                    continue;
                }

                // At the list, as for the lists of ids: one finding per later mention, naming its index.
                for (int k = 0; k < j; k++)
                {
                    if (combination.WithIndexes[k] == other)
                    {
                        findings.Error(at.Then("/combination/withIndexes"), ValidationCodes.UniqueItems, $"The index at position {j} names sentence {other}, which the combination names earlier: each sentence once.");
                        break;
                    }
                }
            }
        }

        if (sentence.ReplacesIndex is int replaced)
        {
            EarlierSentence(sentences, index, replaced, at.Then("/replacesIndex"), findings);
        }
    }

    // Whether sentence `other` of the list is before sentence `index` (a finding when not) and not certainly after it
    // (a finding when it is: a sentence cannot combine with or replace one imposed later).
    private static bool EarlierSentence(IReadOnlyList<Sentence> sentences, int index, int other, At path, Findings findings)
    {
        if (other < 0)
        {
            findings.Error(path, ValidationCodes.Minimum, "A sentence index is zero or more.");
            return false;
        }

        if (other >= index)
        {
            string what = other == index ? "this sentence itself" : other < sentences.Count ? "a later sentence" : "no sentence of the list";
            findings.Error(path, ValidationCodes.SentenceIndexNotEarlier, $"The index names {what}; it must name an earlier sentence of the same list (from 0).");
            return false;
        }

        if (sentences[index].ImposedOn.IsDefinitelyBefore(sentences[other].ImposedOn))
        {
            findings.Error(path, ValidationCodes.SentenceBeforeReferenced, $"The sentence is dated before sentence {other}, which it combines with or replaces.");
        }

        return true;
    }

    // prefix: the pointer of the list followed by "/" ("/sources/").
    private static void CheckSources(IReadOnlyList<Source> sources, string prefix, Findings findings, LocalDate futureLimit)
    {
        for (int i = 0; i < sources.Count; i++)
        {
            Source source = sources[i];
            At at = new(prefix, i);
            if (source.SourceId is not null)
            {
                // Format 1.1: a citation by id carries what is particular to the citation; the rest is the source record's.
                CitationOnly(source.Url is not null, at, "/url", findings);
                CitationOnly(source.Title is not null, at, "/title", findings);
                CitationOnly(source.Publisher is not null, at, "/publisher", findings);
                CitationOnly(source.PublishedOn is not null, at, "/publishedOn", findings);
                CitationOnly(source.AccessedOn is not null, at, "/accessedOn", findings);
                CitationOnly(source.Language is not null, at, "/language", findings);
                CitationOnly(source.ArchiveUrl is not null, at, "/archiveUrl", findings);
                CitationOnly(source.Kind is not null, at, "/kind", findings);
            }
            else if (source.Url is null && source.Title is null)
            {
                findings.Error(at, ValidationCodes.AnyOf, "A source needs a \"url\" or a \"title\" (or, in format 1.1, a \"sourceId\").");
            }

            IdentifyingText(source.Publisher, at.Then("/publisher"), findings);
            if (source.Quote is { Length: > MaxQuoteLength })
            {
                findings.Error(at.Then("/quote"), ValidationCodes.MaxLength, $"A quote is at most {MaxQuoteLength} characters.");
            }

            Future(source.PublishedOn, at.Then("/publishedOn"), findings, futureLimit);
            if (source.AccessedOn is LocalDate accessed && accessed > futureLimit)
            {
                findings.Warning(at.Then("/accessedOn"), ValidationCodes.DateFuture, "The date is more than a year in the future.");
            }
        }
    }

    private static void CitationOnly(bool present, At at, string property, Findings findings)
    {
        if (present)
        {
            findings.Error(at.Then(property), ValidationCodes.Not, "A citation by id (\"sourceId\") carries only \"quote\" and \"page\"; the source's other fields belong in its source record.");
        }
    }

    // A step id has the form of a record id (format 1.1); true when absent or well formed.
    private static bool StepId(string? stepId, At path, Findings findings)
    {
        if (stepId is null || IdSyntax.IsValid(stepId))
        {
            return true;
        }

        findings.Error(path, ValidationCodes.Pattern, $"Not a valid step id: expected {IdSyntax.Expectation}.");
        return false;
    }

    private static void NotEmpty(string? text, At path, Findings findings)
    {
        if (text is { Length: 0 })
        {
            findings.Error(path, ValidationCodes.MinLength, "The text must not be empty.");
        }
    }

    private static void Future(PartialDate? date, At path, Findings findings, LocalDate futureLimit)
    {
        if (date is PartialDate d && d.Earliest > futureLimit)
        {
            findings.Warning(path, ValidationCodes.DateFuture, "The date is more than a year in the future.");
        }
    }

    [GeneratedRegex(SchemePatternText, RegexOptions.CultureInvariant)]
    internal static partial Regex SchemePattern();

    [GeneratedRegex(RolePatternText, RegexOptions.CultureInvariant)]
    internal static partial Regex RolePattern();
}
