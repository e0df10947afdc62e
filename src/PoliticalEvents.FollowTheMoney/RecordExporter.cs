using System.Security.Cryptography;
using System.Text;
using C = PoliticalEvents.FollowTheMoney.FtmReportCodes;

namespace PoliticalEvents.FollowTheMoney;

/// <summary>
/// The export mapping of one record at a time, given the index of the first pass (which records exist, which are
/// exported, and the names of the organizations). Every value that is not written is reported, at the JSON Pointer
/// of the record field it comes from.
/// </summary>
internal sealed class RecordExporter(FtmExportOptions options, FtmReport report)
{
    private const int MaxIdLength = 128;

    private readonly Dictionary<string, IndexEntry> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, string? Country), int> _organizationsByName = [];
    private readonly HashSet<string> _derivedIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    // Format 1.1: the URL of each source record, and whether it is left out (as a record would be), by id: what the
    // citations by id need, and no more (the first pass keeps it, so a citation before its source record resolves).
    private readonly Dictionary<string, SharedSource> _sourceUrls = new(StringComparer.Ordinal);

    private enum ActorKind : byte
    {
        None,
        Person,
        Organization,
    }

    /// <summary>First pass: remembers the record's id, whether it will be exported, and an organization's name and country.</summary>
    public void Index(Record record)
    {
        bool exported = SkipCode(record) is null;
        switch (record)
        {
            case Person:
                _index.TryAdd(record.Id.Value, new IndexEntry(ActorKind.Person, exported, null, null));
                break;
            case Organization organization:
                string? country = organization.Country is { } code ? FtmModel.CountryValue(code) : null;
                if (_index.TryAdd(record.Id.Value, new IndexEntry(ActorKind.Organization, exported, organization.Name, country)) && exported)
                {
                    _organizationsByName[(organization.Name, country)] = _organizationsByName.GetValueOrDefault((organization.Name, country)) + 1;
                }

                break;
            case SourceRecord source:
                _index.TryAdd(record.Id.Value, new IndexEntry(ActorKind.None, false, null, null));
                _sourceUrls.TryAdd(record.Id.Value, new SharedSource(SourceSkipped(source), source.Url?.Value));
                break;
            default:
                _index.TryAdd(record.Id.Value, new IndexEntry(ActorKind.None, false, null, null));
                break;
        }
    }

    // A source record is never an entity; its URL goes where it is cited, unless the record would not be exported.
    private bool SourceSkipped(SourceRecord source)
        => (source.Confidentiality == Confidentiality.Confidential && !options.IncludeConfidential)
        || (source.Confidentiality == Confidentiality.Restricted && options.Restricted == RestrictedExport.Skip);

    /// <summary>Second pass: the entities of one record (none, one, or several), reporting what is not carried.</summary>
    public IReadOnlyList<FtmEntity> Export(Record record)
    {
        report.CountRead(record.TypeName);
        string id = record.Id.Value;
        if (!_seen.Add(id))
        {
            // Only a forced export of invalid input gets here; a second entity with the id would make FtM merge them.
            report.AddExport(C.ExportIdDuplicate, id, string.Empty, "A record with this id came before (the input is invalid): this one is not exported.");
            return [];
        }

        if (SkipCode(record) is string skip)
        {
            report.AddExport(skip, id, string.Empty, SkipMessage(skip, record));
            return [];
        }

        List<EntityBuilder> entities = record switch
        {
            Person person => ExportActor(person),
            Organization organization => ExportActor(organization),
            SanctionMeasure measure => ExportMeasure(measure),
            Proceeding proceeding => ExportProceeding(proceeding),
            _ => [],
        };

        AddModifiedAt(entities, record);
        var result = new List<FtmEntity>(entities.Count);
        foreach (EntityBuilder builder in entities)
        {
            report.CountWritten(builder.Schema);
            result.Add(builder.ToEntity());
        }

        return result;
    }

    // ----- Which records are exported -----

    private string? SkipCode(Record record)
    {
        if (record is not (Person or Organization or SanctionMeasure or Proceeding))
        {
            return C.ExportRecordNotMapped;
        }

        if (record.Confidentiality == Confidentiality.Confidential && !options.IncludeConfidential)
        {
            return C.ExportRecordConfidential;
        }

        if (record.Confidentiality == Confidentiality.Restricted && options.Restricted == RestrictedExport.Skip)
        {
            return C.ExportRecordRestricted;
        }

        return record switch
        {
            Person { Anonymous: true } => C.ExportPersonAnonymous,
            Person person when !UsableName(person.Name) => C.ExportNameUnusable,
            Organization organization when !UsableName(organization.Name) => C.ExportNameUnusable,
            _ => null,
        };
    }

    private static bool UsableName(string? name) => !string.IsNullOrWhiteSpace(name) && name.Length <= FtmModel.NameLength;

    private static string SkipMessage(string code, Record record) => code switch
    {
        C.ExportRecordNotMapped when record is SourceRecord => "A source record is no FtM entity: its URL is written as the sourceUrl of the entities that cite it.",
        C.ExportRecordNotMapped => $"FollowTheMoney has no schema for {(record.TypeName[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a")} {record.TypeName}: the record is not exported.",
        C.ExportRecordConfidential => "Confidential record: not exported (include it with IncludeConfidential, or polev's --include-confidential).",
        C.ExportRecordRestricted => "Restricted record: not exported (export it reduced or in full with the Restricted option, or polev's --restricted).",
        C.ExportPersonAnonymous => "Anonymous person: not exported, since FtM requires a name and nothing else about the person is published.",
        _ => $"The {record.TypeName}'s name is blank or longer than FtM's {FtmModel.NameLength} characters: the record is not exported.",
    };

    private bool Reduced(Record record) => record.Confidentiality == Confidentiality.Restricted && options.Restricted == RestrictedExport.Reduced;

    // ----- Actors -----

    private List<EntityBuilder> ExportActor(Actor actor)
    {
        string id = actor.Id.Value;
        EntityBuilder entity;
        if (actor is Person person)
        {
            entity = new EntityBuilder(FtmModel.Person, id);
            entity.Add("name", person.Name!);
            AddNames(entity, actor);
            for (int i = 0; i < person.Names.Count; i++)
            {
                foreach ((string part, bool present) in (ReadOnlySpan<(string, bool)>)[("given", person.Names[i].Given is not null), ("family", person.Names[i].Family is not null), ("patronymic", person.Names[i].Patronymic is not null)])
                {
                    if (present)
                    {
                        Report(C.ExportPersonIdentityDetail, id, $"/names/{i}/{part}", "The parts of a name (format 1.1) are not written to FtM yet: the name is written whole.");
                    }
                }
            }

            if (person.Gender is Gender gender)
            {
                entity.Add("gender", FtmModel.GenderValue(gender));
            }

            if (person.BirthDate is PartialDate birth)
            {
                if (Reduced(person))
                {
                    Report(C.ExportRestrictedReduced, id, "/birthDate", "Restricted record exported in reduced form: the birth date is left out.");
                }
                else
                {
                    AddDate(entity, "birthDate", birth, id, "/birthDate");
                }
            }

            if (person.DeathDate is PartialDate death)
            {
                AddDate(entity, "deathDate", death, id, "/deathDate");
            }

            foreach (CountryCode nationality in person.Nationalities)
            {
                entity.Add("nationality", FtmModel.CountryValue(nationality));
            }

            // Format 1.1: not written (FtM's birthPlace and birthCountry are separate lists, which cannot say which place
            // goes with which country); identity documents and addresses are entities of their own (below).
            if (person.BirthPlaces.Count > 0)
            {
                Report(C.ExportPersonIdentityDetail, id, "/birthPlaces", "A person's birth places (format 1.1) are not written to FtM: its birthPlace and birthCountry cannot pair a place with its country.", person.BirthPlaces.Count);
            }

            AddTopics(entity, actor, kindTopic: null);
        }
        else
        {
            var organization = (Organization)actor;
            (string schema, string? kindTopic, bool kindKept) = FtmModel.SchemaOf(organization.Kind);
            entity = new EntityBuilder(schema, id);
            entity.Add("name", organization.Name);
            AddNames(entity, actor);

            if (!kindKept)
            {
                Report(C.ExportOrganizationKindNotCarried, id, "/kind", "FtM has no schema or topic for this kind of organization: exported as an Organization, which comes back as kind \"other\".");
            }

            if (organization.Country is { } country)
            {
                entity.Add("country", FtmModel.CountryValue(country));
            }

            AddTopics(entity, actor, kindTopic);
            if (organization.ParentId is not null)
            {
                Report(C.ExportParentNotCarried, id, "/parentId", "FtM's only property for a parent organization (LegalEntity:parent) is deprecated: the parent is not exported.");
            }
        }

        AddIdentifiers(entity, actor);
        AddContacts(entity, actor);
        AddNotes(entity, "notes", actor);
        AddSources(entity, actor.Sources, id, "/sources/");
        ReportConfidentiality(actor);

        var entities = new List<EntityBuilder> { entity };
        int firstExported = -1;
        for (int i = 0; i < actor.Affiliations.Count; i++)
        {
            if (ExportAffiliation(actor, i) is { } affiliation)
            {
                entities.Add(affiliation);
                firstExported = firstExported < 0 ? i : firstExported;
            }
        }

        AddPositions(entity, actor, firstExported);
        ExportAddresses(entity, actor, entities);
        if (actor is Person holder)
        {
            ExportDocuments(holder, entities);
        }

        return entities;
    }

    // Format 1.1: each address an FtM Address entity, named by the actor's addressEntity. A restricted person's are left
    // out of a reduced export, as its birth date is.
    private void ExportAddresses(EntityBuilder owner, Actor actor, List<EntityBuilder> entities)
    {
        string id = actor.Id.Value;
        if (actor.Addresses.Count > 0 && actor is Person && Reduced(actor))
        {
            Report(C.ExportRestrictedReduced, id, "/addresses", "Restricted record exported in reduced form: the addresses, which lead to the person, are left out.");
            return;
        }

        for (int i = 0; i < actor.Addresses.Count; i++)
        {
            Address address = actor.Addresses[i];
            string path = $"/addresses/{FtmModel.Invariant(i)}";
            var entity = new EntityBuilder(FtmModel.Address, DerivedId($"{id}-address-{FtmModel.Invariant(i)}", "address", id, FtmModel.Invariant(i)));
            foreach ((string property, string? value, string field) in (ReadOnlySpan<(string, string?, string)>)[
                ("full", address.Full, "/full"), ("street", address.Street, "/street"), ("city", address.Locality, "/locality"),
                ("region", address.Region, "/region"), ("postalCode", address.PostalCode, "/postalCode")])
            {
                if (value is not null)
                {
                    AddValue(entity, property, value, property == "full" ? FtmModel.AddressLength : FtmModel.StringLength, id, path + field);
                }
            }

            if (address.Country is { } country)
            {
                entity.Add("country", FtmModel.CountryValue(country));
            }

            if (entity.PropertyNames.Any())
            {
                owner.Add("addressEntity", entity.Id);
                entities.Add(entity);
            }
        }
    }

    // Format 1.1: each identity document a Passport (kind passport) or an Identification (the others, the kind as its
    // type), held by the person. Left out of a reduced export of a restricted person: a number identifies the person.
    private void ExportDocuments(Person person, List<EntityBuilder> entities)
    {
        string id = person.Id.Value;
        if (person.IdentityDocuments.Count > 0 && Reduced(person))
        {
            Report(C.ExportRestrictedReduced, id, "/identityDocuments", "Restricted record exported in reduced form: the identity documents, which identify the person, are left out.");
            return;
        }

        for (int i = 0; i < person.IdentityDocuments.Count; i++)
        {
            IdentityDocument document = person.IdentityDocuments[i];
            string path = $"/identityDocuments/{FtmModel.Invariant(i)}";
            if (string.IsNullOrWhiteSpace(document.Number) || document.Number.Length > FtmModel.IdentifierLength)
            {
                Report(C.ExportPersonIdentityDetail, id, path, "The document's number is longer than the 64 characters FtM allows in number (which a document needs): the document is not written.");
                continue;
            }

            string schema = document.Kind == IdentityDocumentKind.Passport ? FtmModel.Passport : FtmModel.Identification;
            var entity = new EntityBuilder(schema, DerivedId($"{id}-document-{FtmModel.Invariant(i)}", "document", id, FtmModel.Invariant(i)));
            entity.Add("holder", id);
            entity.Add("number", document.Number);
            if (document.Kind is { } kind && kind != IdentityDocumentKind.Passport)
            {
                entity.Add("type", FtmModel.DocumentType(kind));
            }

            if (document.Country is { } country)
            {
                entity.Add("country", FtmModel.CountryValue(country));
            }

            if (document.IssuedOn is PartialDate issued)
            {
                AddDate(entity, "startDate", issued, id, path + "/issuedOn");
            }

            if (document.ExpiresOn is PartialDate expires)
            {
                AddDate(entity, "endDate", expires, id, path + "/expiresOn");
            }

            entities.Add(entity);
        }
    }

    // Format 1.1: contact details (phone, email, website, which every FtM actor schema has), grouped by property as
    // identifiers are; and an organization's founding date and legal form (incorporationDate, legalForm).
    private void AddContacts(EntityBuilder entity, Actor actor)
    {
        string id = actor.Id.Value;
        if (actor is Organization organization)
        {
            if (organization.FoundedOn is PartialDate founded)
            {
                AddDate(entity, "incorporationDate", founded, id, "/foundedOn");
            }

            if (organization.LegalForm is string legalForm)
            {
                AddValue(entity, "legalForm", legalForm, FtmModel.StringLength, id, "/legalForm");
            }
        }

        if (actor.Contacts.Count > 0 && actor is Person && Reduced(actor))
        {
            Report(C.ExportRestrictedReduced, id, "/contacts", "Restricted record exported in reduced form: the contacts, which lead to the person, are left out.");
            return;
        }

        var kept = new List<(int Index, string Property)>();
        for (int i = 0; i < actor.Contacts.Count; i++)
        {
            Contact contact = actor.Contacts[i];
            string path = $"/contacts/{FtmModel.Invariant(i)}";
            (string? property, int maxLength) = contact.Kind switch
            {
                ContactKind.Phone => ("phone", FtmModel.PhoneLength),
                ContactKind.Email => ("email", FtmModel.EmailLength),
                ContactKind.Website => ("website", FtmModel.UrlLength),
                _ => ((string?)null, 0),
            };
            if (property is null)
            {
                Report(C.ExportContactNotCarried, id, path, "FtM has no property for a contact of kind other: it is not written.");
            }
            else if (!FtmModel.FitsContactType(contact.Kind, contact.Value))
            {
                Report(C.ExportContactNotCarried, id, path, "FtM's url type takes only http(s) URLs, and its email type only addresses with @: the contact is not written.");
            }
            else if (AddValue(entity, property, contact.Value, maxLength, id, path))
            {
                kept.Add((i, property));
            }
        }

        ReportOrder(entity, kept, id, "/contacts", "Contacts go to one FtM property per kind (phone, email, website): they come back grouped by kind, not in their order here.");
    }

    // Format 1.1: a position without an organization record is a Person's FtM position (text, without dates); an
    // organization has no such property. An importer reads positions before the person's Memberships, Employments and
    // Directorships: when one comes after an affiliation that is exported as such an entity, the order is reported.
    private void AddPositions(EntityBuilder entity, Actor actor, int firstExported)
    {
        string id = actor.Id.Value;
        bool reordered = false;
        for (int i = 0; i < actor.Affiliations.Count; i++)
        {
            Affiliation affiliation = actor.Affiliations[i];
            string path = $"/affiliations/{FtmModel.Invariant(i)}";
            if (affiliation.OrganizationId is not null)
            {
                continue;
            }

            if (actor is not Person)
            {
                Report(C.ExportPositionDetail, id, path, "FtM has no position for an organization: a position without an organization record is not written.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(affiliation.Role) || affiliation.Role.Length > FtmModel.StringLength)
            {
                Report(C.ExportPositionDetail, id, path, "The position's role is blank or longer than FtM allows in position: the position is not written.");
                continue;
            }

            entity.Add("position", affiliation.Role);

            reordered |= firstExported >= 0 && firstExported < i;
            if (affiliation.From is not null)
            {
                Report(C.ExportPositionDetail, id, path + "/from", "FtM position is text: the position's dates are not written.");
            }

            if (affiliation.Until is not null)
            {
                Report(C.ExportPositionDetail, id, path + "/until", "FtM position is text: the position's dates are not written.");
            }
        }

        if (reordered)
        {
            Report(C.ExportOrderNotKept, id, "/affiliations", "Positions without an organization come back before the affiliations with one, not in their order here.");
        }
    }

    private void AddNames(EntityBuilder entity, Actor actor)
    {
        string id = actor.Id.Value;
        var kept = new List<(int Index, string Property)>();
        for (int i = 0; i < actor.Names.Count; i++)
        {
            ActorName name = actor.Names[i];
            string property = name.Kind == NameKind.Former ? "previousName" : "alias";
            string path = $"/names/{i}";
            if (!AddValue(entity, property, name.Value, FtmModel.NameLength, id, path))
            {
                continue;
            }

            kept.Add((i, property));
            if (name.Language is not null)
            {
                Report(C.ExportNameLanguage, id, path + "/language", "FtM entities do not carry the language of a name.");
            }

            if (name.Kind is NameKind.Alias or NameKind.Native or NameKind.Transliteration)
            {
                Report(C.ExportNameKind, id, path + "/kind", "FtM has no kind for other names: this one is written as \"alias\" (\"other name\"), which comes back without a kind.");
            }
        }

        ReportOrder(entity, kept, id, "/names", "Other names go to FtM alias and previousName: they come back grouped by property, not in their order here.");
    }

    private void AddIdentifiers(EntityBuilder entity, Actor actor)
    {
        string id = actor.Id.Value;
        IReadOnlyDictionary<string, int> properties = FtmModel.IdentifierProperties(entity.Schema);
        var kept = new List<(int Index, string Property)>();
        for (int i = 0; i < actor.Identifiers.Count; i++)
        {
            ExternalIdentifier identifier = actor.Identifiers[i];
            string? property = FtmModel.PropertyOf(identifier.Scheme);
            int maxLength;
            if (property == "wikidataId")
            {
                maxLength = FtmModel.WikidataIdLength;
            }
            else if (property is null || FtmModel.IsDeprecated(property) || !properties.TryGetValue(property, out maxLength))
            {
                Report(C.ExportIdentifierNotCarried, id, $"/identifiers/{i}", $"FtM {entity.Schema} has no identifier property for this scheme (wikidata goes to wikidataId, and a scheme such as inn-code to the property innCode).");
                continue;
            }

            if (AddValue(entity, property, identifier.Value, maxLength, id, $"/identifiers/{i}"))
            {
                kept.Add((i, property));
            }
        }

        ReportOrder(entity, kept, id, "/identifiers", "Identifiers go to one FtM property per scheme: they come back grouped by scheme, not in their order here.");
    }

    // An importer reads the values property by property, in the order the properties first appear.
    private void ReportOrder(EntityBuilder entity, List<(int Index, string Property)> kept, string id, string path, string message)
    {
        List<string> order = [.. entity.PropertyNames];
        bool grouped = kept.Select(k => k.Index)
            .SequenceEqual(kept.OrderBy(k => order.IndexOf(k.Property)).Select(k => k.Index));
        if (!grouped)
        {
            Report(C.ExportOrderNotKept, id, path, message);
        }
    }

    private void AddTopics(EntityBuilder entity, Actor actor, string? kindTopic)
    {
        if (kindTopic is not null)
        {
            entity.Add("topics", kindTopic);
        }

        for (int i = 0; i < actor.Roles.Count; i++)
        {
            if (FtmModel.TopicOfRole(actor.Roles[i]) is string topic)
            {
                entity.Add("topics", topic);
            }
            else
            {
                Report(C.ExportRoleNotCarried, actor.Id.Value, $"/roles/{i}", "FtM has no topic for this role.");
            }
        }
    }

    private EntityBuilder? ExportAffiliation(Actor actor, int index)
    {
        string id = actor.Id.Value;
        Affiliation affiliation = actor.Affiliations[index];
        string path = $"/affiliations/{index}";
        if (affiliation.OrganizationId is not { } organization)
        {
            return null; // a position: see AddPositions
        }

        string organizationId = organization.Value;
        if (_index.GetValueOrDefault(organizationId) is not { Kind: ActorKind.Organization, Exported: true })
        {
            Report(C.ExportAffiliationNotExported, id, path, "The organization of this affiliation is not exported, so no FtM Membership, Employment or Directorship is written for it.");
            return null;
        }

        string schema = FtmModel.AffiliationSchema(affiliation.Role, actor is Person);
        (string memberProperty, string organizationProperty) = FtmModel.AffiliationEnds(schema);
        var entity = new EntityBuilder(schema, DerivedId($"{id}-affiliation-{FtmModel.Invariant(index)}", "affiliation", id, FtmModel.Invariant(index)));
        entity.Add(memberProperty, id);
        entity.Add(organizationProperty, organizationId);
        if (affiliation.Role is string role)
        {
            AddValue(entity, "role", role, FtmModel.StringLength, id, path + "/role");
        }

        if (affiliation.From is PartialDate from)
        {
            AddDate(entity, "startDate", from, id, path + "/from");
        }

        if (affiliation.Until is PartialDate until)
        {
            AddDate(entity, "endDate", until, id, path + "/until");
        }

        return entity;
    }

    // ----- Sanction measures -----

    private List<EntityBuilder> ExportMeasure(SanctionMeasure measure)
    {
        string id = measure.Id.Value;
        var targets = new List<(string Actor, int Index)>();
        var notCarried = new List<(string Code, int Index)>();
        for (int i = 0; i < measure.Targets.Count; i++)
        {
            SanctionTarget target = measure.Targets[i];
            if (target.ActorId is not ActorId actor)
            {
                notCarried.Add((C.ExportSanctionTargetNotActor, i));
            }
            else if (_index.GetValueOrDefault(actor.Value) is { Kind: not ActorKind.None, Exported: true })
            {
                targets.Add((actor.Value, i));
            }
            else
            {
                notCarried.Add((C.ExportSanctionTargetNotExported, i));
            }
        }

        if (targets.Count == 0)
        {
            Report(C.ExportSanctionNoActorTarget, id, string.Empty, "None of the measure's targets is an exported person or organization (sectors and countries cannot be the entity of an FtM Sanction): no Sanction entity is written.");
            return [];
        }

        foreach ((string code, int i) in notCarried)
        {
            Report(code, id, $"/targets/{i}", code == C.ExportSanctionTargetNotActor
                ? "An FtM Sanction targets an entity, not a sector or a country: this target is not exported."
                : "The targeted person or organization is not exported, so no Sanction entity is written for this target.");
        }

        if (targets.Count > 1)
        {
            Report(C.ExportSanctionSplit, id, "/targets", "An FtM Sanction has one entity: the measure is written as one Sanction per target, and comes back as that many measures.", targets.Count);
        }

        EntityBuilder shared = MeasureProperties(measure);
        var entities = new List<EntityBuilder>(targets.Count);
        foreach ((string target, int index) in targets)
        {
            // One Sanction takes the measure's id (no entity has it), so that importing and exporting again keeps it;
            // several get derived ids, each naming its target.
            string sanctionId = targets.Count == 1 ? id : DerivedId($"{id}-{target}", "sanction", id, target);
            var entity = new EntityBuilder(FtmModel.Sanction, sanctionId);
            entity.Add("entity", target);
            EntityBuilder own = TargetListing(measure, index, measure.Targets[index]);
            entity.AddAll(shared, own.PropertyNames.ToHashSet(StringComparer.Ordinal));
            entity.AddAll(own);
            entities.Add(entity);
        }

        return entities;
    }

    // Format 1.1: a target's own listing, as properties of its Sanction that take the place of the measure's (listing
    // date, end date and status, reason) or that only a target has (authority id, UN reference). Written so that the
    // import reads each back as the target's where FtM leaves no doubt; what it would read as the measure's, or cannot
    // carry, is reported at the target's field.
    private EntityBuilder TargetListing(SanctionMeasure measure, int index, SanctionTarget target)
    {
        string id = measure.Id.Value;
        string path = $"/targets/{FtmModel.Invariant(index)}";
        var own = new EntityBuilder(FtmModel.Sanction, id);
        IReadOnlyList<SanctionEvent> history = measure.History;
        string? start = history.Count > 0 && history[0].Action == SanctionAction.Imposed ? FtmModel.ContainingDateValue(history[0].On) : null;
        if (target.ListedOn is PartialDate listed)
        {
            if (start is null)
            {
                Report(C.ExportSanctionTargetListing, id, path + "/listedOn", "The measure's Sanction has no start date, and an importer would take the listing date for the measure's imposition: the target's listing date is not written.");
            }
            else if (FtmModel.ContainingDateValue(listed) == start)
            {
                Report(C.ExportSanctionTargetListing, id, path + "/listedOn", "The target's listing date is written as the measure's start date: an importer cannot tell the two apart and takes it for the measure's.");
            }
            else
            {
                AddDate(own, "listingDate", listed, id, path + "/listedOn");
            }
        }

        if (target.DelistedOn is PartialDate delisted)
        {
            if (FinalEnd(history) is not null)
            {
                Report(C.ExportSanctionTargetListing, id, path + "/delistedOn", "The measure has an end of its own, which is its Sanction's end date: the target's delisting date is not written.");
            }
            else
            {
                AddDate(own, "endDate", delisted, id, path + "/delistedOn");
                if (own.PropertyNames.Contains("endDate"))
                {
                    own.Add("status", FtmModel.DelistedStatus);
                }
            }
        }

        if (target.ListingId is string listingId && AddValue(own, "authorityId", listingId, FtmModel.IdentifierLength, id, path + "/listingId")
            && FtmModel.IsUnReference(listingId))
        {
            own.Add("unscId", listingId);
        }

        if (target.Reason is string reason && AddValue(own, "reason", reason, FtmModel.TextLength, id, path + "/reason"))
        {
            Report(C.ExportSanctionTargetListing, id, path + "/reason", "The target's own reason is its Sanction's reason, in place of the measure's: an importer takes it for the measure's reason.");
        }

        if (target.DelistingReason is not null)
        {
            Report(C.ExportSanctionTargetListing, id, path + "/delistingReason", "FtM Sanction has no property for the reason of a delisting: it is not written.");
        }

        return own;
    }

    // The properties every Sanction of the measure shares (all but the entity), reporting each loss once.
    private EntityBuilder MeasureProperties(SanctionMeasure measure)
    {
        string id = measure.Id.Value;
        var entity = new EntityBuilder(FtmModel.Sanction, id);
        string imposer = measure.ImposedById.Value;
        if (_index.GetValueOrDefault(imposer) is { Kind: ActorKind.Organization, Exported: true, Name: string name } organization)
        {
            entity.Add("authority", name);
            if (organization.Country is string country)
            {
                entity.Add("country", country);
            }

            if (_organizationsByName.GetValueOrDefault((name, organization.Country)) > 1)
            {
                Report(C.ExportSanctionImposerNotCarried, id, "/imposedById", "An FtM Sanction names its authority in words, and several exported organizations have this imposer's name and country: an importer cannot tell which one it is.");
            }
        }
        else
        {
            Report(C.ExportSanctionImposerNotCarried, id, "/imposedById", "An FtM Sanction names its authority in words, and the imposer is not exported: the Sanction has no authority.");
        }

        if (measure.Program is { } program)
        {
            if (program.Code is null && program.Name is null)
            {
                Report(C.ExportSanctionProgramEmpty, id, "/program", "The programme has neither a code nor a name: nothing to write.");
            }

            if (program.Name is string programName)
            {
                AddValue(entity, "program", programName, FtmModel.StringLength, id, "/program/name");
            }

            if (program.Code is string code)
            {
                AddValue(entity, "programId", code, FtmModel.IdentifierLength, id, "/program/code");
            }
        }

        if (FtmModel.ProvisionOf(measure.Kind) is string provision)
        {
            entity.Add("provisions", provision);
        }

        if (measure.Reason is string reason)
        {
            AddValue(entity, "reason", reason, FtmModel.TextLength, id, "/reason");
        }

        if (measure.LegalBasis is not null)
        {
            Report(C.ExportSanctionLegalBasisNotCarried, id, "/legalBasis", "FtM Sanction has no property for the legal basis of a measure.");
        }

        AddHistory(entity, measure);
        AddNotes(entity, "summary", measure);
        AddSources(entity, measure.Sources, id, "/sources/");
        ReportConfidentiality(measure);
        return entity;
    }

    private void AddHistory(EntityBuilder entity, SanctionMeasure measure)
    {
        string id = measure.Id.Value;
        IReadOnlyList<SanctionEvent> history = measure.History;
        int? start = history.Count > 0 && history[0].Action == SanctionAction.Imposed ? 0 : null;

        int? end = FinalEnd(history);

        if (start is int first)
        {
            AddDate(entity, "startDate", history[first].On, id, "/history/0/on");
            if (FtmModel.ContainingDateValue(history[first].On) is string listed)
            {
                entity.Add("listingDate", listed);
            }
        }

        if (end is int last)
        {
            AddDate(entity, "endDate", history[last].On, id, $"/history/{last}/on");
            entity.Add("status", FtmModel.StatusOf(history[last].Action));
        }

        for (int i = 0; i < history.Count; i++)
        {
            string path = $"/history/{i}";
            if (i != start && i != end)
            {
                Report(C.ExportSanctionHistoryStep, id, path, "FtM Sanction has a start and an end date but no history: this step is not exported.");
                continue;
            }

            SanctionEvent step = history[i];
            if (step.Description is not null)
            {
                Report(C.ExportSanctionHistoryDetail, id, path + "/description", "Only the date of this history step is exported.");
            }

            if (step.LegalBasis is not null)
            {
                Report(C.ExportSanctionHistoryDetail, id, path + "/legalBasis", "Only the date of this history step is exported.");
            }

            if (step.Sources.Count > 0)
            {
                Report(C.ExportSanctionHistoryDetail, id, path + "/sources", "Only the date of this history step is exported.", step.Sources.Count);
            }

            if (step.StepId is not null)
            {
                Report(C.ExportSanctionHistoryDetail, id, path + "/stepId", "Only the date of this history step is exported.");
            }
        }
    }

    // The final end: the last lifting, expiry or annulment, unless the measure was reimposed after it.
    private static int? FinalEnd(IReadOnlyList<SanctionEvent> history)
    {
        for (int i = history.Count - 1; i > 0; i--)
        {
            if (history[i].Action == SanctionAction.Reimposed)
            {
                return null;
            }

            if (history[i].Action is SanctionAction.Lifted or SanctionAction.Expired or SanctionAction.Annulled)
            {
                return i;
            }
        }

        return null;
    }

    // ----- Proceedings -----

    // A CourtCase for the proceeding, and a CourtCaseParty for each defendant, judge and prosecutor that is exported.
    private List<EntityBuilder> ExportProceeding(Proceeding proceeding)
    {
        string id = proceeding.Id.Value;
        var entity = new EntityBuilder(FtmModel.CourtCase, id);
        bool reduced = Reduced(proceeding);

        // FtM requires a name: the case number when there is a usable one, else the record's id. Never a defendant's name.
        string? caseNumber = proceeding.CaseNumber;
        if (caseNumber is not null && reduced)
        {
            Report(C.ExportRestrictedReduced, id, "/caseNumber", "Restricted record exported in reduced form: the case number, which court registers can trace to the defendants, is left out.");
            caseNumber = null;
        }

        bool numberUsable = caseNumber is not null && !string.IsNullOrWhiteSpace(caseNumber) && caseNumber.Length <= FtmModel.IdentifierLength;
        entity.Add("name", numberUsable ? caseNumber! : id);
        if (caseNumber is not null)
        {
            AddValue(entity, "caseNumber", caseNumber, FtmModel.IdentifierLength, id, "/caseNumber");
        }

        entity.Add("country", FtmModel.CountryValue(proceeding.Country));
        if (proceeding.CourtId is { } court)
        {
            if (_index.GetValueOrDefault(court.Value) is { Kind: ActorKind.Organization, Exported: true, Name: string courtName })
            {
                AddValue(entity, "court", courtName, FtmModel.StringLength, id, "/courtId");
            }
            else
            {
                Report(C.ExportProceedingDetail, id, "/courtId", "An FtM CourtCase names its court in words, and the court is not exported: the CourtCase has no court.");
            }
        }

        if (proceeding.OpenedOn is { } opened)
        {
            AddDate(entity, "fileDate", opened, id, "/openedOn");
        }

        if (proceeding.Hearings.Count > 0)
        {
            Report(C.ExportProceedingDetail, id, "/hearings", "FtM CourtCase has no property for hearings: they are not exported.", proceeding.Hearings.Count);
        }

        AddNotes(entity, "notes", proceeding);
        AddSources(entity, proceeding.Sources, id, "/sources/");
        ReportConfidentiality(proceeding);

        var entities = new List<EntityBuilder> { entity };
        for (int i = 0; i < proceeding.Defendants.Count; i++)
        {
            Defendant defendant = proceeding.Defendants[i];
            string path = $"/defendants/{FtmModel.Invariant(i)}";
            if (Party(proceeding, defendant.SubjectId.Value, "defendant", "party", i, path + "/subjectId") is { } party)
            {
                entities.Add(party);
            }

            if (defendant.DetentionId is not null)
            {
                Report(C.ExportProceedingDetail, id, path + "/detentionId", "FtM has no detentions: the defendant's detention is not exported.");
            }

            if (defendant.Charges.Count > 0)
            {
                Report(C.ExportProceedingDetail, id, path + "/charges", "FtM CourtCaseParty has no property for charges: they are not exported.", defendant.Charges.Count);
            }

            if (defendant.Verdict is not null)
            {
                Report(C.ExportProceedingDetail, id, path + "/verdict", "FtM CourtCaseParty has no property for a verdict: it is not exported.");
            }

            if (defendant.Sentences.Count > 0)
            {
                Report(C.ExportProceedingDetail, id, path + "/sentences", "FtM CourtCaseParty has no property for sentences: they are not exported.", defendant.Sentences.Count);
            }
        }

        for (int i = 0; i < proceeding.JudgeIds.Count; i++)
        {
            if (Party(proceeding, proceeding.JudgeIds[i].Value, "judge", "judge", i, $"/judgeIds/{FtmModel.Invariant(i)}") is { } judge)
            {
                entities.Add(judge);
            }
        }

        for (int i = 0; i < proceeding.ProsecutorIds.Count; i++)
        {
            if (Party(proceeding, proceeding.ProsecutorIds[i].Value, "prosecutor", "prosecutor", i, $"/prosecutorIds/{FtmModel.Invariant(i)}") is { } prosecutor)
            {
                entities.Add(prosecutor);
            }
        }

        return entities;
    }

    // A CourtCaseParty of the proceeding with the given role, when the party's record is exported; otherwise reported.
    private EntityBuilder? Party(Proceeding proceeding, string partyId, string role, string kind, int index, string path)
    {
        string id = proceeding.Id.Value;
        if (_index.GetValueOrDefault(partyId) is not { Kind: not ActorKind.None, Exported: true })
        {
            Report(C.ExportProceedingPartyNotExported, id, path, $"The {role}'s record is not exported, so no FtM CourtCaseParty is written for them.");
            return null;
        }

        var party = new EntityBuilder(FtmModel.CourtCaseParty, DerivedId($"{id}-{kind}-{FtmModel.Invariant(index)}", kind, id, FtmModel.Invariant(index)));
        party.Add("party", partyId);
        party.Add("case", id);
        party.Add("role", role);
        return party;
    }

    // ----- Common to all records -----

    private void AddNotes(EntityBuilder entity, string property, Record record)
    {
        if (record.Notes is not string notes)
        {
            return;
        }

        if (Reduced(record))
        {
            Report(C.ExportRestrictedReduced, record.Id.Value, "/notes", "Restricted record exported in reduced form: the notes are left out.");
        }
        else
        {
            AddValue(entity, property, notes, FtmModel.TextLength, record.Id.Value, "/notes");
        }
    }

    private void AddSources(EntityBuilder entity, IReadOnlyList<Source> sources, string id, string prefix)
    {
        for (int i = 0; i < sources.Count; i++)
        {
            Source source = sources[i];
            string path = prefix + FtmModel.Invariant(i);
            if (source.SourceId is { } sourceId)
            {
                // Format 1.1: a citation by id gives the URL of its source record (found in the first pass), and comes
                // back from FtM as an inline source with that URL.
                if (!_sourceUrls.TryGetValue(sourceId.Value, out SharedSource shared))
                {
                    Report(C.ExportSourceUnresolved, id, path, "The citation names no source record of the input: no sourceUrl is written for it.");
                }
                else if (shared.Skipped)
                {
                    Report(C.ExportSourceUnresolved, id, path, "The source record the citation names is not exported: no sourceUrl is written for it.");
                }
                else if (shared.Url is null)
                {
                    Report(C.ExportSourceWithoutUrl, id, path, "FtM keeps only the URL of a source (sourceUrl), and the source record this citation names has none.");
                }
                else
                {
                    entity.Add("sourceUrl", shared.Url);
                    Report(C.ExportSourceDetail, id, path + "/sourceId", "FtM keeps only the URL of a source: the citation by id is written as its source record's URL, and comes back as a source with that URL.");
                    ReportSourceDetail(source.Quote, "quote");
                    ReportSourceDetail(source.Page, "page");
                }

                continue;
            }

            if (source.Url is not { } url)
            {
                Report(C.ExportSourceWithoutUrl, id, path, "FtM keeps only the URL of a source (sourceUrl), and this source has none.");
                continue;
            }

            entity.Add("sourceUrl", url.Value);
            ReportSourceDetail(source.Title, "title");
            ReportSourceDetail(source.Publisher, "publisher");
            ReportSourceDetail(source.PublishedOn, "publishedOn");
            ReportSourceDetail(source.AccessedOn, "accessedOn");
            ReportSourceDetail(source.Quote, "quote");
            ReportSourceDetail(source.Page, "page");
            ReportSourceDetail(source.Language, "language");
            ReportSourceDetail(source.ArchiveUrl, "archiveUrl");
            ReportSourceDetail(source.Kind, "kind");

            void ReportSourceDetail(object? value, string field)
            {
                if (value is not null)
                {
                    Report(C.ExportSourceDetail, id, $"{path}/{field}", "FtM keeps only the URL of a source (sourceUrl).");
                }
            }
        }
    }

    // Format 1.1: the record's modifiedAt on every entity made from it (FtM Thing and Interval have modifiedAt, a date
    // that may hold a time of day to the second, without a zone: the instant is in UTC).
    private void AddModifiedAt(List<EntityBuilder> entities, Record record)
    {
        if (record.ModifiedAt is not { } modifiedAt || entities.Count == 0)
        {
            return;
        }

        // An actor's affiliations are entities of their own, but not the actor: only the actor's entity gets it.
        string value = FtmModel.ModifiedAtPattern.Format(modifiedAt);
        foreach (EntityBuilder entity in record is Actor ? entities.Take(1) : entities)
        {
            entity.Add("modifiedAt", value);
        }

        if (modifiedAt.ToUnixTimeTicks() % NodaTime.NodaConstants.TicksPerSecond != 0)
        {
            Report(C.ExportModifiedAtPrecision, record.Id.Value, "/modifiedAt", "FtM's modifiedAt is written to the second: the fraction of a second is left out.");
        }
    }

    private void ReportConfidentiality(Record record)
    {
        if (record.Confidentiality != Confidentiality.Public)
        {
            Report(C.ExportConfidentialityNotCarried, record.Id.Value, "/confidentiality", "Exported on request, but FtM cannot mark an entity as restricted or confidential.");
        }
    }

    private void AddDate(EntityBuilder entity, string property, PartialDate date, string id, string path)
    {
        string? value = FtmModel.ContainingDateValue(date);
        if (value is not null)
        {
            entity.Add(property, value);
        }

        if (date.IsInterval)
        {
            Report(C.ExportDateInterval, id, path, value is null
                ? $"FtM dates are single dates, and no FtM date holds this interval without claiming more: {property} is not written."
                : "FtM dates are single dates: the interval is written as the year or month that holds it.");
        }

        if (date.Qualifier != DateQualifier.None)
        {
            Report(C.ExportDateQualifier, id, path, "FtM dates cannot be approximate or uncertain: the date is written without its qualifier.");
        }
    }

    private bool AddValue(EntityBuilder entity, string property, string value, int maxLength, string id, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Report(C.ExportValueBlank, id, path, $"The value is blank, and FtM drops blank values: {property} is not written.");
            return false;
        }

        if (value.Length > maxLength)
        {
            Report(C.ExportValueTooLong, id, path, $"The value is longer than the {FtmModel.Invariant(maxLength)} characters FtM allows in {property}: it is not written.");
            return false;
        }

        entity.Add(property, value);
        return true;
    }

    private void Report(string code, string id, string path, string message, int count = 1) => report.AddExport(code, id, path, message, count);

    /// <summary>
    /// The id of an entity that no record has (a Sanction per target, an affiliation): <paramref name="preferred"/>
    /// when it fits and is free, else a hash of its parts; never the id of a record or of another derived entity.
    /// </summary>
    private string DerivedId(string preferred, string kind, string first, string second)
    {
        if (preferred.Length <= MaxIdLength && !_index.ContainsKey(preferred) && _derivedIds.Add(preferred))
        {
            return preferred;
        }

        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}\n{first}\n{second}")))[..40];
        for (int attempt = 0; ; attempt++)
        {
            string candidate = attempt == 0 ? $"ftm-{hash}" : $"ftm-{hash}-{FtmModel.Invariant(attempt)}";
            if (!_index.ContainsKey(candidate) && _derivedIds.Add(candidate))
            {
                return candidate;
            }
        }
    }

    private readonly record struct IndexEntry(ActorKind Kind, bool Exported, string? Name, string? Country);

    private readonly record struct SharedSource(bool Skipped, string? Url);
}
