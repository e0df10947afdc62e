using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using C = PoliticalEvents.FollowTheMoney.FtmReportCodes;

namespace PoliticalEvents.FollowTheMoney;

/// <summary>
/// The import mapping. A first pass (<see cref="Index"/>) learns every entity id with its role, the names of
/// organizations (to recognise a Sanction's authority) and the affiliation entities by member; the second pass
/// (<see cref="Import"/>) maps one entity at a time, so a Sanction or a Membership may come before or after the
/// entities it refers to.
/// </summary>
internal sealed partial class EntityImporter(FtmImportOptions options, FtmReport report)
{
    private const int MaxText = 100_000;

    private readonly Dictionary<string, Known> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, string? Country), List<string>> _organizationsByName = [];
    private readonly Dictionary<string, List<(FtmEntity Entity, int? Line)>> _affiliationsByMember = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, string? Country), string> _authorities = [];
    private readonly HashSet<string> _authorityIds = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _ignoredMembers = new(StringComparer.Ordinal);

    // The "parent" values of each importable organization (first pass), and, from them, the organizations whose parent
    // is left out to break a cycle of parents, with the length of the cycle (between the passes).
    private readonly Dictionary<string, IReadOnlyList<string>> _parentValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _parentCycles = new(StringComparer.Ordinal);
    private int _ordinal;

    private enum Role : byte
    {
        Other,
        Person,
        Organization,
    }

    // ----- First pass -----

    public void Index(FtmLine line)
    {
        int ordinal = _ordinal++;
        if (line.Entity is not { } entity || _known.ContainsKey(entity.Id))
        {
            return;
        }

        if (!RecordId.IsValid(entity.Id))
        {
            // In the input, but never imported: references to it are "not imported", not "missing".
            _known[entity.Id] = new Known(ordinal, Role.Other, Importable: false);
            return;
        }

        Role role = FtmModel.IsOrganizationSchema(entity.Schema) ? Role.Organization
            : entity.Schema == FtmModel.Person ? Role.Person
            : Role.Other;
        bool importable = role != Role.Other && PrimaryName(entity) is not null;
        _known[entity.Id] = new Known(ordinal, role, importable);
        if (importable && role == Role.Organization)
        {
            (string Name, string? Country) key = (PrimaryName(entity)!, OrganizationCountry(entity, null)?.Value.ToLowerInvariant());
            if (!_organizationsByName.TryGetValue(key, out List<string>? ids))
            {
                _organizationsByName[key] = ids = [];
            }

            ids.Add(entity.Id);
            if (entity.Values("parent") is { Count: > 0 } parents)
            {
                _parentValues[entity.Id] = parents;
            }
        }

        if (FtmModel.IsAffiliationSchema(entity.Schema) && entity.Values(FtmModel.AffiliationEnds(entity.Schema).Member) is [string member, ..])
        {
            if (!_affiliationsByMember.TryGetValue(member, out List<(FtmEntity, int?)>? list))
            {
                _affiliationsByMember[member] = list = [];
            }

            list.Add((entity, line.LineNumber));
        }

        IndexIdentity(entity, line.LineNumber);
    }

    /// <summary>Between the passes: finds the cycles of parents to break; the second pass counts lines from the start again.</summary>
    public void Rewind()
    {
        _ordinal = 0;
        FindParentCycles();
    }

    // The parent each organization would get (the first usable "parent" value, as TakeParent takes it) makes a graph in
    // which every organization has at most one parent; each of its cycles is broken at the organization with the
    // smallest id (ordinal order, as the validator reports organization.parentCycle), whose parent is left out.
    private void FindParentCycles()
    {
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string id, IReadOnlyList<string> values) in _parentValues)
        {
            if (values.FirstOrDefault(value => IsUsableParent(id, value)) is string parent)
            {
                parents[id] = parent;
            }
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (string start in parents.Keys)
        {
            path.Clear();
            onPath.Clear();
            string? id = start;
            while (id is not null && !done.Contains(id) && onPath.Add(id))
            {
                path.Add(id);
                id = parents.GetValueOrDefault(id);
            }

            if (id is not null && onPath.Contains(id))
            {
                List<string> cycle = path.GetRange(path.IndexOf(id), path.Count - path.IndexOf(id));
                _parentCycles[cycle.Min(StringComparer.Ordinal)!] = cycle.Count;
            }

            done.UnionWith(path);
        }

        _parentValues.Clear();
    }

    private bool IsUsableParent(string id, string parent) => parent != id && ReferenceProblem(parent, Role.Organization) is null;

    // ----- Second pass -----

    public IReadOnlyList<Record> Import(FtmLine line)
    {
        int ordinal = _ordinal++;
        int? lineNumber = line.LineNumber;
        if (line.Entity is not { } entity)
        {
            report.AddImport(C.ImportLineInvalid, line.Id ?? string.Empty, string.Empty, line.Error ?? "The line is not an FtM entity.", line: lineNumber);
            return [];
        }

        report.CountRead(entity.Schema);
        foreach (string member in line.IgnoredMembers)
        {
            _ignoredMembers[member] = _ignoredMembers.GetValueOrDefault(member) + 1;
        }

        if (!RecordId.IsValid(entity.Id))
        {
            report.AddImport(C.ImportIdInvalid, entity.Id.Length <= 200 ? entity.Id : string.Empty, string.Empty, "The id is not a valid record id (1–128 letters, digits, '.' and '-', starting and ending with a letter or digit): the entity is not imported.", line: lineNumber);
            return [];
        }

        if (_known[entity.Id].Ordinal != ordinal)
        {
            report.AddImport(C.ImportIdDuplicate, entity.Id, string.Empty, "An entity with this id came before: this one is not imported.", line: lineNumber);
            return [];
        }

        List<Record> records = [];
        if (FtmModel.IsActorSchema(entity.Schema))
        {
            if (ImportActor(entity, lineNumber) is { } actor)
            {
                records.Add(actor);
            }
        }
        else if (entity.Schema == FtmModel.Sanction)
        {
            ImportSanction(entity, lineNumber, records);
        }
        else if (FtmModel.IsAffiliationSchema(entity.Schema))
        {
            ReportAffiliation(entity, lineNumber);
        }
        else if (FtmModel.IsDocumentSchema(entity.Schema))
        {
            ReportDocument(entity, lineNumber);
        }
        else if (entity.Schema == FtmModel.Address)
        {
            ReportAddress(entity, lineNumber);
        }
        else
        {
            report.AddImport(C.ImportSchemaNotImported, entity.Id, string.Empty, $"The format has no place for an FtM {Bounded(entity.Schema)}: the entity is not imported.", line: lineNumber);
        }

        foreach (Record record in records)
        {
            report.CountWritten(record.TypeName);
        }

        return records;
    }

    /// <summary>After the second pass: reports the top-level members that were skipped, one entry per member name.</summary>
    public void Complete()
    {
        foreach ((string member, int count) in _ignoredMembers)
        {
            report.AddImport(C.ImportMetadataIgnored, string.Empty, Bounded(member), $"The top-level member \"{Bounded(member)}\" (next to \"properties\") is not part of an entity's data: left out of {FtmModel.Invariant(count)} entit(y/ies).", count);
        }
    }

    // ----- Actors -----

    private Actor? ImportActor(FtmEntity entity, int? line)
    {
        string id = entity.Id;
        if (!_known[id].Importable)
        {
            report.AddImport(C.ImportNameMissing, id, "name", "The entity has no usable name (FtM requires one): it is not imported.", line: line);
            return null;
        }

        var use = new PropertyUse(entity, report, line);
        string name = PrimaryName(entity)!;
        List<ActorName> names = TakeNames(use, name);
        List<ExternalIdentifier> identifiers = TakeIdentifiers(use);
        List<Source> sources = TakeSources(use);
        string? notes = JoinText(use, ["notes", "summary", "description"], []);
        List<Affiliation> affiliations = [];
        foreach ((FtmEntity relation, int? relationLine) in _affiliationsByMember.GetValueOrDefault(id) ?? [])
        {
            if (AffiliationProblem(relation) is null && relation.Values(FtmModel.AffiliationEnds(relation.Schema).Member)[0] == id)
            {
                affiliations.Add(MapAffiliation(new PropertyUse(relation, null, relationLine)));
            }
        }

        Actor actor;
        if (entity.Schema == FtmModel.Person)
        {
            affiliations.InsertRange(0, TakePositions(use));
            List<string> roles = TakeRoles(use, allowKind: false, out _);
            PartialDate? birth = Kept(use, "birthDate", TakeDate(use, "birthDate", out bool birthTime), birthTime);
            PartialDate? death = TakeDate(use, "deathDate", out bool deathTime);
            if (birth is PartialDate b && death is PartialDate d && d.IsDefinitelyBefore(b))
            {
                use.Report(C.ImportValueInvalid, "deathDate", "The death date is before the birth date: left out.");
                death = null;
            }

            death = Kept(use, "deathDate", death, deathTime);

            actor = new Person
            {
                Id = new RecordId(id),
                Name = name,
                Names = names,
                Identifiers = identifiers,
                Affiliations = affiliations,
                Roles = roles,
                Gender = TakeGender(use),
                BirthDate = birth,
                DeathDate = death,
                Nationalities = TakeNationalities(use),
                Contacts = TakeContacts(use),
                IdentityDocuments = TakeDocuments(id),
                Addresses = TakeAddresses(use),
                Sources = [.. sources, Provenance(entity)],
                Notes = notes,
                ModifiedAt = TakeModifiedAt(use),
            };
        }
        else
        {
            CountryCode? country = OrganizationCountry(entity, use);
            List<string> roles = TakeRoles(use, allowKind: entity.Schema != FtmModel.Company, out OrganizationKind? topicKind);
            OrganizationKind kind = topicKind ?? entity.Schema switch
            {
                FtmModel.Company => OrganizationKind.Company,
                FtmModel.PublicBody => OrganizationKind.GovernmentBody,
                _ => OrganizationKind.Other,
            };
            if (FtmModel.NeedsCountry(kind) && country is null)
            {
                use.Report(C.ImportKindNeedsCountry, topicKind is null ? string.Empty : "topics", "A public body, court, security service or state needs a country, and the entity has no usable one: imported as kind \"other\".");
                kind = OrganizationKind.Other;
            }

            if (entity.Schema == FtmModel.LegalEntity)
            {
                use.Report(C.ImportLegalEntityAsOrganization, string.Empty, "A LegalEntity may be a person or a body: imported as an organization (of kind \"other\" unless a topic says otherwise).");
            }

            actor = new Organization
            {
                Id = new RecordId(id),
                Kind = kind,
                Name = name,
                Names = names,
                Identifiers = identifiers,
                Affiliations = affiliations,
                Roles = roles,
                Country = country,
                ParentId = TakeParent(use),
                FoundedOn = Kept(use, "incorporationDate", TakeDate(use, "incorporationDate", out bool foundedTime), foundedTime),
                LegalForm = TakeFirstText(use, "legalForm"),
                Contacts = TakeContacts(use),
                Addresses = TakeAddresses(use),
                Sources = [.. sources, Provenance(entity)],
                Notes = notes,
                ModifiedAt = TakeModifiedAt(use),
            };
        }

        use.Finish();
        return actor;
    }

    private static string? PrimaryName(FtmEntity entity)
        => entity.Values("name").FirstOrDefault(v => UsableName(v) is not null);

    private static List<ActorName> TakeNames(PropertyUse use, string primary)
    {
        var names = new List<ActorName>();
        bool primaryTaken = false;
        foreach ((string property, IReadOnlyList<string> values) in use.Entity.Properties)
        {
            NameKind? kind;
            switch (property)
            {
                case "name" or "alias":
                    kind = null;
                    break;
                case "weakAlias":
                    kind = NameKind.Alias;
                    break;
                case "previousName":
                    kind = NameKind.Former;
                    break;
                default:
                    continue;
            }

            foreach (string value in values)
            {
                if (property == "name" && !primaryTaken && value == primary)
                {
                    primaryTaken = true;
                    use.Use(property);
                }
                else if (UsableName(value) is null)
                {
                    use.Invalid(property, NotAName);
                }
                else
                {
                    names.Add(new ActorName { Value = value, Kind = kind });
                    use.Use(property);
                }
            }
        }

        return names;
    }

    private static List<ExternalIdentifier> TakeIdentifiers(PropertyUse use)
    {
        var identifiers = new List<ExternalIdentifier>();
        IReadOnlyDictionary<string, int> known = FtmModel.IdentifierProperties(use.Entity.Schema);
        foreach ((string property, IReadOnlyList<string> values) in use.Entity.Properties)
        {
            if (property != "wikidataId" && !known.ContainsKey(property))
            {
                continue;
            }

            string scheme = FtmModel.SchemeOf(property);
            foreach (string value in values)
            {
                if (UsableName(value) is null)
                {
                    use.Invalid(property, NotAName);
                }
                else if (scheme == "wikidata" && !WikidataId().IsMatch(value))
                {
                    use.Invalid(property, "Not a Wikidata item id (Q followed by digits): left out.");
                }
                else
                {
                    identifiers.Add(new ExternalIdentifier { Scheme = scheme, Value = value });
                    use.Use(property);
                }
            }
        }

        return identifiers;
    }

    private static List<string> TakeRoles(PropertyUse use, bool allowKind, out OrganizationKind? kind)
    {
        kind = null;
        var roles = new List<string>();
        use.Mapped("topics", allowKind ? "they are topics with no role or organization kind of the format" : "they are topics with no role of the format");
        foreach (string topic in use.Entity.Values("topics"))
        {
            if (allowKind && kind is null && FtmModel.KindOfTopic(topic) is OrganizationKind topicKind)
            {
                kind = topicKind;
                use.Use("topics");
            }
            else if (FtmModel.RoleOfTopic(topic) is string role)
            {
                roles.Add(role);
                use.Use("topics");
            }
        }

        return roles;
    }

    // Format 1.1: phone, email and website values are contacts, read property by property in the order the properties
    // first appear (as identifiers are).
    private static List<Contact> TakeContacts(PropertyUse use)
    {
        var contacts = new List<Contact>();
        foreach ((string property, IReadOnlyList<string> values) in use.Entity.Properties)
        {
            ContactKind? kind = property switch
            {
                "phone" => ContactKind.Phone,
                "email" => ContactKind.Email,
                "website" => ContactKind.Website,
                _ => null,
            };
            if (kind is not ContactKind contactKind)
            {
                continue;
            }

            foreach (string value in values)
            {
                if (UsableName(value) is null)
                {
                    use.Invalid(property, NotAName);
                }
                else
                {
                    contacts.Add(new Contact { Kind = contactKind, Value = value });
                    use.Use(property);
                }
            }
        }

        return contacts;
    }

    // Format 1.1: the first usable value of a text property (an organization's legalForm); the others are dropped.
    private static string? TakeFirstText(PropertyUse use, string property)
    {
        string? taken = null;
        use.Mapped(property, "the format has one value");
        foreach (string value in use.Entity.Values(property))
        {
            if (UsableText(value) is null)
            {
                use.Invalid(property, BlankOrLong);
            }
            else if (taken is null || taken == value)
            {
                taken ??= value;
                use.Use(property);
            }
        }

        return taken;
    }

    // Format 1.1: a Person's positions (FtM position, text) are affiliations without an organization record.
    private static List<Affiliation> TakePositions(PropertyUse use)
    {
        var positions = new List<Affiliation>();
        foreach (string value in use.Entity.Values("position"))
        {
            if (UsableText(value) is null)
            {
                use.Invalid("position", BlankOrLong);
                continue;
            }

            use.Use("position");
            positions.Add(new Affiliation { Role = value });
        }

        return positions;
    }

    // Format 1.1: the latest modifiedAt that is a date and time to the second (as an export writes it, in UTC).
    internal static NodaTime.Instant? TakeModifiedAt(PropertyUse use)
    {
        use.Mapped("modifiedAt", "a record has one modifiedAt: the latest is kept");
        NodaTime.Instant? latest = null;
        int same = 0;
        foreach (string value in use.Entity.Values("modifiedAt"))
        {
            if (FtmModel.ModifiedAtPattern.Parse(value) is not { Success: true } parsed)
            {
                use.Dropped("modifiedAt", "Not a date and time to the second (YYYY-MM-DDTHH:MM:SS): the format's modifiedAt is an instant, which a day alone does not give.");
            }
            else if (latest is null || parsed.Value > latest)
            {
                (latest, same) = (parsed.Value, 1);
            }
            else if (parsed.Value == latest)
            {
                same++;
            }
        }

        if (same > 0)
        {
            use.Use("modifiedAt", same);
        }

        return latest;
    }

    private static Gender? TakeGender(PropertyUse use)
    {
        Gender? gender = null;
        use.Mapped("gender", "a person has one gender");
        foreach (string value in use.Entity.Values("gender"))
        {
            if (FtmModel.GenderOf(value) is not Gender parsed)
            {
                use.Invalid("gender", "Not an FtM gender (male, female, other): left out.");
            }
            else if (gender is null || gender == parsed)
            {
                gender = parsed;
                use.Use("gender");
            }
        }

        return gender;
    }

    private static List<CountryCode> TakeNationalities(PropertyUse use)
    {
        var nationalities = new List<CountryCode>();
        foreach (string property in (string[])["nationality", "citizenship"])
        {
            foreach (string value in use.Entity.Values(property))
            {
                if (!FtmModel.TryParseCountry(value, out CountryCode country))
                {
                    use.Invalid(property, "Not an ISO 3166-1 country code the format accepts: left out.");
                    continue;
                }

                use.Use(property);
                if (property == "nationality" || !nationalities.Contains(country))
                {
                    nationalities.Add(country);
                }
            }
        }

        return nationalities;
    }

    /// <summary>The first valid <c>country</c>, else <c>jurisdiction</c>, else <c>mainCountry</c>; values equal to it are used, the others reported when <paramref name="use"/> is given.</summary>
    private static CountryCode? OrganizationCountry(FtmEntity entity, PropertyUse? use)
    {
        string[] properties = ["country", "jurisdiction", "mainCountry"];
        CountryCode? chosen = null;
        foreach (string property in properties)
        {
            foreach (string value in entity.Values(property))
            {
                if (FtmModel.TryParseCountry(value, out CountryCode country))
                {
                    chosen ??= country;
                }
            }

            if (chosen is not null)
            {
                break;
            }
        }

        if (use is not null)
        {
            foreach (string property in properties)
            {
                use.Mapped(property, "an organization has one country (the first valid country, else jurisdiction, else mainCountry)");
                foreach (string value in entity.Values(property))
                {
                    if (!FtmModel.TryParseCountry(value, out CountryCode country))
                    {
                        use.Invalid(property, "Not an ISO 3166-1 country code the format accepts: left out.");
                    }
                    else if (country == chosen)
                    {
                        use.Use(property);
                    }
                }
            }
        }

        return chosen;
    }

    private OrganizationId? TakeParent(PropertyUse use)
    {
        OrganizationId? parent = null;
        bool taken = false;
        foreach (string value in use.Entity.Values("parent"))
        {
            if (taken)
            {
                use.Dropped("parent", "An organization has one parent: further parents left out.");
            }
            else if (ReferenceProblem(value, Role.Organization) is { } problem)
            {
                use.Report(problem.Code, "parent", problem.Code == C.ImportReferenceMissing
                    ? "The parent is not in the input: left out."
                    : "The parent is not imported as an organization: left out.");
                use.Use("parent");
            }
            else if (value == use.Entity.Id)
            {
                use.Invalid("parent", "An organization cannot be its own parent: left out.");
            }
            else if (_parentCycles.TryGetValue(use.Entity.Id, out int length))
            {
                // The value FindParentCycles took as the parent: left out, and no other value taken in its place.
                taken = true;
                use.Use("parent");
                use.Report(C.ImportParentCycle, "parent", $"The chain of parents leads back to this organization (a cycle of {FtmModel.Invariant(length)} organizations): this parent is left out to break the cycle.");
            }
            else
            {
                taken = true;
                parent = new OrganizationId(value);
                use.Use("parent");
            }
        }

        return parent;
    }

    // ----- Affiliations (Membership, Employment, Directorship) -----

    /// <summary>Null when the affiliation entity can be attached to its member; otherwise the code, property and message of why not.</summary>
    private (string Code, string Property, string Message)? AffiliationProblem(FtmEntity relation)
    {
        (string memberProperty, string organizationProperty) = FtmModel.AffiliationEnds(relation.Schema);
        if (relation.Values(memberProperty) is not [string member, ..])
        {
            return (C.ImportReferenceMissing, memberProperty, $"The {relation.Schema} has no {memberProperty}: it is not imported.");
        }

        Role memberRole = relation.Schema == FtmModel.Employment ? Role.Person : Role.Other;
        if (ReferenceProblem(member, memberRole) is { } memberProblem)
        {
            return (memberProblem.Code, memberProperty, memberProblem.Code == C.ImportReferenceMissing
                ? $"The {memberProperty} is not in the input: the {relation.Schema} is not imported."
                : $"The {memberProperty} is not imported as {(memberRole == Role.Person ? "a person" : "a person or organization")}: the {relation.Schema} is not imported.");
        }

        if (relation.Values(organizationProperty) is not [string organization, ..])
        {
            return (C.ImportReferenceMissing, organizationProperty, $"The {relation.Schema} has no {organizationProperty}: it is not imported.");
        }

        if (ReferenceProblem(organization, Role.Organization) is { } organizationProblem)
        {
            return (organizationProblem.Code, organizationProperty, organizationProblem.Code == C.ImportReferenceMissing
                ? $"The {organizationProperty} is not in the input: the {relation.Schema} is not imported."
                : $"The {organizationProperty} is not imported as an organization: the {relation.Schema} is not imported.");
        }

        return null;
    }

    private void ReportAffiliation(FtmEntity relation, int? line)
    {
        if (AffiliationProblem(relation) is { } problem)
        {
            report.AddImport(problem.Code, relation.Id, problem.Property, problem.Message, line: line);
            return;
        }

        var use = new PropertyUse(relation, report, line);
        Affiliation affiliation = MapAffiliation(use);
        bool personMember = _known[relation.Values(FtmModel.AffiliationEnds(relation.Schema).Member)[0]].Role == Role.Person;
        string exportedAs = FtmModel.AffiliationSchema(affiliation.Role, personMember);
        if (exportedAs != relation.Schema)
        {
            use.Report(C.ImportAffiliationSchemaNotKept, string.Empty, $"An affiliation has a role, not a schema, and this {relation.Schema}'s role does not say it is one: an export would write a {exportedAs}.");
        }

        use.Finish();
    }

    private static Affiliation MapAffiliation(PropertyUse use)
    {
        FtmEntity relation = use.Entity;
        (string memberProperty, string organizationProperty) = FtmModel.AffiliationEnds(relation.Schema);
        use.Use(memberProperty);
        use.Use(organizationProperty);
        use.Mapped("role", "an affiliation has one role");
        string? role = null;
        foreach (string value in relation.Values("role"))
        {
            if (UsableText(value) is null)
            {
                use.Invalid("role", BlankOrLong);
            }
            else if (role is null)
            {
                role = value;
                use.Use("role");
            }
        }

        PartialDate? from = Kept(use, "startDate", TakeDate(use, "startDate", out bool fromTime), fromTime);
        PartialDate? until = TakeDate(use, "endDate", out bool untilTime);
        if (from is PartialDate f && until is PartialDate u && u.IsDefinitelyBefore(f))
        {
            use.Report(C.ImportValueInvalid, "endDate", "The end date is before the start date: left out.");
            until = null;
        }

        until = Kept(use, "endDate", until, untilTime);

        return new Affiliation { OrganizationId = new OrganizationId(relation.Values(organizationProperty)[0]), Role = role, From = from, Until = until };
    }

    /// <summary>Null when <paramref name="id"/> is an imported actor of the role needed (<see cref="Role.Other"/>: any actor).</summary>
    private (string Code, int Unused)? ReferenceProblem(string id, Role needed)
    {
        if (!_known.TryGetValue(id, out Known known))
        {
            return (C.ImportReferenceMissing, 0);
        }

        bool fits = known.Importable && (needed == Role.Other || known.Role == needed);
        return fits ? null : (C.ImportReferenceNotImported, 0);
    }

    // ----- Common -----

    private static PartialDate? TakeDate(PropertyUse use, string property, out bool timeDropped)
    {
        timeDropped = false;
        use.Mapped(property, "the field takes one date, and these differ from the one taken (the first)");
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

        // Several values that only refine one another (2021, 2021-08, 2021-08-09) give the most precise; otherwise the first.
        (PartialDate Date, bool TimeDropped) finest = dates.MaxBy(d => d.Date.Precision);
        string finestText = FtmModel.DateValue(finest.Date);
        bool consistent = dates.All(d => finestText.StartsWith(FtmModel.DateValue(d.Date), StringComparison.Ordinal));
        (PartialDate Date, bool TimeDropped) chosen = consistent ? finest : dates[0];
        use.Use(property, consistent ? dates.Count : 1);
        timeDropped = chosen.TimeDropped;
        return chosen.Date;
    }

    /// <summary>Reports that the time of day of a date was left out, once the date is kept.</summary>
    private static PartialDate? Kept(PropertyUse use, string property, PartialDate? date, bool timeDropped)
    {
        if (date is not null && timeDropped)
        {
            use.Report(C.ImportDateTimeDropped, property, "The date has a time of day: only the day is kept.");
        }

        return date;
    }

    private static List<Source> TakeSources(PropertyUse use)
    {
        var sources = new List<Source>();
        foreach (string value in use.Entity.Values("sourceUrl"))
        {
            if (WebUrl.TryParse(value.Trim(), out WebUrl url))
            {
                sources.Add(new Source { Url = url });
                use.Use("sourceUrl");
            }
            else
            {
                use.Invalid("sourceUrl", "Not an http or https URL of at most 2,048 characters: left out.");
            }
        }

        return sources;
    }

    /// <summary>The values of the properties (then the extra lines), joined by blank lines; what does not fit in 100,000 characters is reported.</summary>
    private static string? JoinText(PropertyUse use, string[] properties, IReadOnlyList<(string Property, int Count, string Text)> extra)
    {
        var text = new StringBuilder();
        foreach (string property in properties)
        {
            use.Mapped(property);
            foreach (string value in use.Entity.Values(property))
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    use.Invalid(property, BlankOrLong);
                }
                else if (!Append(value))
                {
                    use.Dropped(property, "The text does not fit in the 100,000 characters of the field: left out.");
                }
                else
                {
                    use.Use(property);
                }
            }
        }

        foreach ((string property, int count, string line) in extra)
        {
            if (Append(line))
            {
                use.Use(property, count);
            }
            else
            {
                use.Dropped(property, "The text does not fit in the 100,000 characters of the notes: left out.", count);
            }
        }

        return text.Length > 0 ? text.ToString() : null;

        bool Append(string value)
        {
            int length = text.Length + (text.Length > 0 ? 2 : 0) + value.Length;
            if (length > MaxText)
            {
                return false;
            }

            text.Append(text.Length > 0 ? "\n\n" : string.Empty).Append(value);
            return true;
        }
    }

    private Source Provenance(FtmEntity entity) => new()
    {
        Title = $"FollowTheMoney {Bounded(entity.Schema)} {entity.Id}"
            + (entity.Datasets.Count > 0 ? $" (datasets: {string.Join(", ", entity.Datasets.Select(Bounded))})" : string.Empty),
        Publisher = string.IsNullOrWhiteSpace(options.Publisher) ? null : options.Publisher,
    };

    private const string BlankOrLong = "The value is blank or longer than 100,000 characters: left out.";

    private const string NotADate = "Not an FtM date (YYYY, YYYY-MM or YYYY-MM-DD naming a real day, optionally with a time): left out.";

    private const string NotAName = "The value is blank, longer than 100,000 characters, or holds a control or invisible format character (a name or identifier is one line of visible text): left out.";

    private static string? UsableText(string value) => string.IsNullOrWhiteSpace(value) || value.Length > MaxText ? null : value;

    // A name or identifier value that validation accepts (neither text.blank nor text.invisibleCharacter): some character
    // that is neither white space nor a joiner, and no control character, no format character other than the joiners
    // U+200C and U+200D, no half surrogate pair. By the runtime's Unicode data, which includes every character of the
    // validator's fixed table: at worst stricter than the validator, never laxer.
    private static string? UsableName(string value)
    {
        if (value.Length > MaxText)
        {
            return null;
        }

        bool visible = false;
        for (int i = 0, length; i < value.Length; i += length)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(i), out Rune rune, out length) != System.Buffers.OperationStatus.Done)
            {
                return null;
            }

            UnicodeCategory category = Rune.GetUnicodeCategory(rune);
            bool joiner = rune.Value is 0x200C or 0x200D;
            if (category == UnicodeCategory.Control || (category == UnicodeCategory.Format && !joiner))
            {
                return null;
            }

            visible |= !joiner && !Rune.IsWhiteSpace(rune);
        }

        return visible ? value : null;
    }

    private static string Bounded(string text) => FtmModel.Bounded(text);

    [GeneratedRegex("^Q[1-9][0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex WikidataId();

    private readonly record struct Known(int Ordinal, Role Role, bool Importable);
}
