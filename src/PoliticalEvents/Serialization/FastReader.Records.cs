using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using NodaTime;

namespace PoliticalEvents.Serialization;

/// <summary>
/// Records and the dataset's metadata. A record's <c>"type"</c> may be anywhere in it, as for the serializer;
/// canonical writing puts it first, which saves looking ahead.
/// </summary>
internal static partial class FastReader
{
    /// <summary>The record types, as the model declares them (<see cref="Record"/>'s derived types), in the order messages list them.</summary>
    private static readonly string[] RecordTypeNames =
        [.. PoliticalEventsJson.RecordTypeInfo.PolymorphismOptions!.DerivedTypes.Select(d => (string)d.TypeDiscriminator!)];

    private static readonly string RecordTypeList = string.Join(", ", RecordTypeNames[..^1]) + " or " + RecordTypeNames[^1];

    /// <summary>A record object, from its <c>{</c> to its <c>}</c>.</summary>
    private static bool ReadRecord(ref Utf8JsonReader reader, [NotNullWhen(true)] out Record? record)
    {
        record = null;
        long start = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return Fail(start, "type", $"Expected a JSON object (a record), found {JsonTokenText.Describe(reader.TokenType)}.");
        }

        // The type decides how to read the rest, so it is looked for first, wherever it is; a record without a known
        // type is reported as such whatever else is wrong with it. Canonical input has it first: the reader steps onto
        // its value. Elsewhere, a copy of the reader looks ahead for it, and the record is then read from its first
        // property, meeting "type" on the way.
        Utf8JsonReader scout = reader;
        bool typeFirst = true;
        while (true)
        {
            if (!scout.Read())
            {
                return false;
            }

            if (scout.TokenType != JsonTokenType.PropertyName)
            {
                return Fail(start, "required", $"Missing required property 'type' ({RecordTypeList}).");
            }

            bool isType = scout.ValueIsEscaped ? scout.ValueTextEquals("type"u8) : scout.ValueSpan.SequenceEqual("type"u8);
            if (!scout.Read())
            {
                return false;
            }

            if (isType)
            {
                break;
            }

            typeFirst = false;
            scout.Skip();
        }

        if (scout.TokenType != JsonTokenType.String)
        {
            return Fail(scout.TokenStartIndex, "type", $"A record's \"type\" must be a string: {RecordTypeList}.");
        }

        // An escaped type is the name it stands for; the unescaped text is never longer than the escaped one.
        Span<byte> unescaped = stackalloc byte[256];
        ReadOnlySpan<byte> type = !scout.ValueIsEscaped ? scout.ValueSpan
            : scout.ValueSpan.Length <= unescaped.Length ? unescaped[..scout.CopyString(unescaped)]
            : [];
        if (typeFirst)
        {
            reader = scout;
        }

        bool ok;
        switch (type.Length)
        {
            case 6 when type.SequenceEqual("person"u8):
                ok = ReadPerson(ref reader, typeFirst, start, out Person? person);
                record = person;
                break;
            case 9 when type.SequenceEqual("detention"u8):
                ok = ReadDetention(ref reader, typeFirst, start, out Detention? detention);
                record = detention;
                break;
            case 12 when type.SequenceEqual("organization"u8):
                ok = ReadOrganization(ref reader, typeFirst, start, out Organization? organization);
                record = organization;
                break;
            case 7 when type.SequenceEqual("release"u8):
                ok = ReadRelease(ref reader, typeFirst, start, out Release? release);
                record = release;
                break;
            case 15 when type.SequenceEqual("sanctionMeasure"u8):
                ok = ReadSanctionMeasure(ref reader, typeFirst, start, out SanctionMeasure? measure);
                record = measure;
                break;
            case 4 when type.SequenceEqual("link"u8):
                ok = ReadLink(ref reader, typeFirst, start, out Link? link);
                record = link;
                break;
            case 8 when type.SequenceEqual("facility"u8):
                ok = ReadFacility(ref reader, typeFirst, start, out Facility? facility);
                record = facility;
                break;
            case 8 when type.SequenceEqual("incident"u8):
                ok = ReadIncident(ref reader, typeFirst, start, out Incident? incident);
                record = incident;
                break;
            case 13 when type.SequenceEqual("massDetention"u8):
                ok = ReadMassDetention(ref reader, typeFirst, start, out MassDetention? massDetention);
                record = massDetention;
                break;
            case 10 when type.SequenceEqual("proceeding"u8):
                ok = ReadProceeding(ref reader, typeFirst, start, out Proceeding? proceeding);
                record = proceeding;
                break;
            case 6 when type.SequenceEqual("source"u8):
                ok = ReadSourceRecord(ref reader, typeFirst, start, out SourceRecord? sourceRecord);
                record = sourceRecord;
                break;
            default:
                return Fail(scout.TokenStartIndex, "enum", $"Unknown record type: expected {RecordTypeList}.");
        }

        if (!ok)
        {
            record = null;
        }

        return ok;
    }

    private readonly struct RecordElement : IElementReader<Record>
    {
        public static bool Read(ref Utf8JsonReader reader, out Record value)
        {
            t_recordOffsets?.Add((int)reader.TokenStartIndex);
            bool ok = ReadRecord(ref reader, out Record? read);
            value = read!;
            return ok;
        }
    }

    /// <summary>The members of <see cref="Record"/>, read by every record type.</summary>
    private struct Common
    {
        public RecordId Id;
        public Source[]? Sources;
        public string? Notes;
        public Confidentiality Confidentiality;
        public Instant? ModifiedAt;

        public bool ReadModifiedAt(ref Utf8JsonReader reader) => ReadInstant(ref reader, out ModifiedAt);

        public bool ReadSources(ref Utf8JsonReader reader) => ReadList<Source, SourceElement>(ref reader, out Sources);

        public bool ReadNotes(ref Utf8JsonReader reader) => ReadString(ref reader, out Notes);

        public bool ReadConfidentiality(ref Utf8JsonReader reader) => ReadEnum(ref reader, out Confidentiality);
    }

    /// <summary>The list members of <see cref="Actor"/>.</summary>
    private struct ActorLists
    {
        public ActorName[]? Names;
        public ExternalIdentifier[]? Identifiers;
        public Affiliation[]? Affiliations;
        public string[]? Roles;

        public bool ReadNames(ref Utf8JsonReader reader) => ReadList<ActorName, ActorNameElement>(ref reader, out Names);

        public bool ReadIdentifiers(ref Utf8JsonReader reader) => ReadList<ExternalIdentifier, ExternalIdentifierElement>(ref reader, out Identifiers);

        public bool ReadAffiliations(ref Utf8JsonReader reader) => ReadList<Affiliation, AffiliationElement>(ref reader, out Affiliations);

        public bool ReadRoles(ref Utf8JsonReader reader) => ReadList<string, StringElement>(ref reader, out Roles);

        public Address[]? Addresses;

        public bool ReadAddresses(ref Utf8JsonReader reader) => ReadList<Address, AddressElement>(ref reader, out Addresses);

        public Contact[]? Contacts;

        public bool ReadContacts(ref Utf8JsonReader reader) => ReadList<Contact, ContactElement>(ref reader, out Contacts);
    }

    private static readonly Shape PersonNames = new(typeof(Person), "id", "name", "names", "identifiers", "affiliations", "roles", "anonymous", "gender", "birthDate", "deathDate", "nationalities",
        "birthPlaces", "identityDocuments", "addresses", "contacts", "modifiedAt", "sources", "notes", "confidentiality", "type");

    private static bool ReadPerson(ref Utf8JsonReader reader, bool typeFirst, long start, [NotNullWhen(true)] out Person? person)
    {
        person = null;
        uint seen = typeFirst ? PersonNames.TypeBit : 0;
        int hint = 0;
        int property;
        Common common = default;
        ActorLists lists = default;
        string? name = null;
        bool anonymous = false;
        Gender? gender = null;
        PartialDate? birthDate = null;
        PartialDate? deathDate = null;
        CountryCode[]? nationalities = null;
        BirthPlace[]? birthPlaces = null;
        IdentityDocument[]? identityDocuments = null;
        while ((property = NextProperty(ref reader, PersonNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWire(ref reader, out common.Id),
                1 => ReadString(ref reader, out name),
                2 => lists.ReadNames(ref reader),
                3 => lists.ReadIdentifiers(ref reader),
                4 => lists.ReadAffiliations(ref reader),
                5 => lists.ReadRoles(ref reader),
                6 => ReadBoolean(ref reader, out anonymous),
                7 => ReadEnumOptional(ref reader, out gender),
                8 => ReadWireOptional(ref reader, out birthDate),
                9 => ReadWireOptional(ref reader, out deathDate),
                10 => ReadList<CountryCode, WireElement<CountryCode>>(ref reader, out nationalities),
                11 => ReadList<BirthPlace, BirthPlaceElement>(ref reader, out birthPlaces),
                12 => ReadList<IdentityDocument, IdentityDocumentElement>(ref reader, out identityDocuments),
                13 => lists.ReadAddresses(ref reader),
                14 => lists.ReadContacts(ref reader),
                15 => common.ReadModifiedAt(ref reader),
                16 => common.ReadSources(ref reader),
                17 => common.ReadNotes(ref reader),
                18 => common.ReadConfidentiality(ref reader),
                _ => reader.TokenType == JsonTokenType.String, // "type", after other properties: its value was read ahead
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, PersonNames, start))
        {
            return false;
        }

        person = new Person
        {
            Id = common.Id,
            Name = name,
            Names = lists.Names!,
            Identifiers = lists.Identifiers!,
            Affiliations = lists.Affiliations!,
            Roles = lists.Roles!,
            Anonymous = anonymous,
            Gender = gender,
            BirthDate = birthDate,
            DeathDate = deathDate,
            Nationalities = nationalities!,
            BirthPlaces = birthPlaces!,
            IdentityDocuments = identityDocuments!,
            Addresses = lists.Addresses!,
            Contacts = lists.Contacts!,
            ModifiedAt = common.ModifiedAt,
            Sources = common.Sources!,
            Notes = common.Notes,
            Confidentiality = common.Confidentiality,
        };
        return true;
    }

    private static readonly Shape OrganizationNames = new(typeof(Organization), "id", "kind", "name", "names", "identifiers", "affiliations", "roles", "country", "parentId",
        "foundedOn", "legalForm", "addresses", "contacts", "modifiedAt", "sources", "notes", "confidentiality", "type");

    private static bool ReadOrganization(ref Utf8JsonReader reader, bool typeFirst, long start, [NotNullWhen(true)] out Organization? organization)
    {
        organization = null;
        uint seen = typeFirst ? OrganizationNames.TypeBit : 0;
        int hint = 0;
        int property;
        Common common = default;
        ActorLists lists = default;
        OrganizationKind kind = default;
        string? name = null;
        CountryCode? country = null;
        OrganizationId? parentId = null;
        PartialDate? foundedOn = null;
        string? legalForm = null;
        while ((property = NextProperty(ref reader, OrganizationNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWire(ref reader, out common.Id),
                1 => ReadEnum(ref reader, out kind),
                2 => ReadString(ref reader, out name),
                3 => lists.ReadNames(ref reader),
                4 => lists.ReadIdentifiers(ref reader),
                5 => lists.ReadAffiliations(ref reader),
                6 => lists.ReadRoles(ref reader),
                7 => ReadWireOptional(ref reader, out country),
                8 => ReadWireOptional(ref reader, out parentId),
                9 => ReadWireOptional(ref reader, out foundedOn),
                10 => ReadRecurringString(ref reader, out legalForm),
                11 => lists.ReadAddresses(ref reader),
                12 => lists.ReadContacts(ref reader),
                13 => common.ReadModifiedAt(ref reader),
                14 => common.ReadSources(ref reader),
                15 => common.ReadNotes(ref reader),
                16 => common.ReadConfidentiality(ref reader),
                _ => reader.TokenType == JsonTokenType.String, // "type", after other properties: its value was read ahead
            };
            if (!ok)
            {
                return false;
            }
        }
        if (!Complete(property, seen, OrganizationNames, start))
        {
            return false;
        }

        organization = new Organization
        {
            Id = common.Id,
            Kind = kind,
            Name = name!,
            Names = lists.Names!,
            Identifiers = lists.Identifiers!,
            Affiliations = lists.Affiliations!,
            Roles = lists.Roles!,
            Country = country,
            ParentId = parentId,
            FoundedOn = foundedOn,
            LegalForm = legalForm,
            Addresses = lists.Addresses!,
            Contacts = lists.Contacts!,
            ModifiedAt = common.ModifiedAt,
            Sources = common.Sources!,
            Notes = common.Notes,
            Confidentiality = common.Confidentiality,
        };
        return true;
    }

    private static readonly Shape DetentionNames = new(typeof(Detention), "id", "subjectId", "country", "authorityId", "startedOn", "endedOn", "status", "endReason", "kind",
        "charges", "sentences", "placements", "conditions", "designations",
        "modifiedAt", "sources", "notes", "confidentiality", "type");

    private static bool ReadDetention(ref Utf8JsonReader reader, bool typeFirst, long start, [NotNullWhen(true)] out Detention? detention)
    {
        detention = null;
        uint seen = typeFirst ? DetentionNames.TypeBit : 0;
        int hint = 0;
        int property;
        Common common = default;
        PersonId subjectId = default;
        CountryCode country = default;
        OrganizationId? authorityId = null;
        PartialDate startedOn = default;
        PartialDate? endedOn = null;
        DetentionStatus status = default;
        DetentionEndReason? endReason = null;
        DetentionKind? kind = null;
        Charge[]? charges = null;
        Sentence[]? sentences = null;
        Placement[]? placements = null;
        DetentionCondition[]? conditions = null;
        Designation[]? designations = null;
        while ((property = NextProperty(ref reader, DetentionNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWire(ref reader, out common.Id),
                1 => ReadWire(ref reader, out subjectId),
                2 => ReadWire(ref reader, out country),
                3 => ReadWireOptional(ref reader, out authorityId),
                4 => ReadWire(ref reader, out startedOn),
                5 => ReadWireOptional(ref reader, out endedOn),
                6 => ReadEnum(ref reader, out status),
                7 => ReadEnumOptional(ref reader, out endReason),
                8 => ReadEnumOptional(ref reader, out kind),
                9 => ReadList<Charge, ChargeElement>(ref reader, out charges),
                10 => ReadList<Sentence, SentenceElement>(ref reader, out sentences),
                11 => ReadList<Placement, PlacementElement>(ref reader, out placements),
                12 => ReadList<DetentionCondition, EnumElement<DetentionCondition>>(ref reader, out conditions),
                13 => ReadList<Designation, DesignationElement>(ref reader, out designations),
                14 => common.ReadModifiedAt(ref reader),
                15 => common.ReadSources(ref reader),
                16 => common.ReadNotes(ref reader),
                17 => common.ReadConfidentiality(ref reader),
                _ => reader.TokenType == JsonTokenType.String, // "type", after other properties: its value was read ahead
            };
            if (!ok)
            {
                return false;
            }
        }
        if (!Complete(property, seen, DetentionNames, start))
        {
            return false;
        }

        detention = new Detention
        {
            Id = common.Id,
            SubjectId = subjectId,
            Country = country,
            AuthorityId = authorityId,
            StartedOn = startedOn,
            EndedOn = endedOn,
            Status = status,
            EndReason = endReason,
            Kind = kind,
            Charges = charges!,
            Sentences = sentences!,
            Placements = placements!,
            Conditions = conditions!,
            Designations = designations!,
            ModifiedAt = common.ModifiedAt,
            Sources = common.Sources!,
            Notes = common.Notes,
            Confidentiality = common.Confidentiality,
        };
        return true;
    }

    private static readonly Shape ReleaseNames = new(typeof(Release), "id", "releasedOn", "authorityId", "kind", "detainees", "reportedCount",
        "modifiedAt", "sources", "notes", "confidentiality", "type");

    private static bool ReadRelease(ref Utf8JsonReader reader, bool typeFirst, long start, [NotNullWhen(true)] out Release? release)
    {
        release = null;
        uint seen = typeFirst ? ReleaseNames.TypeBit : 0;
        int hint = 0;
        int property;
        Common common = default;
        PartialDate releasedOn = default;
        OrganizationId? authorityId = null;
        ReleaseKind kind = default;
        ReleasedDetainee[]? detainees = null;
        ReportedCount? reportedCount = null;
        while ((property = NextProperty(ref reader, ReleaseNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWire(ref reader, out common.Id),
                1 => ReadWire(ref reader, out releasedOn),
                2 => ReadWireOptional(ref reader, out authorityId),
                3 => ReadEnum(ref reader, out kind),
                4 => ReadList<ReleasedDetainee, ReleasedDetaineeElement>(ref reader, out detainees),
                5 => ReadReportedCount(ref reader, out reportedCount),
                6 => common.ReadModifiedAt(ref reader),
                7 => common.ReadSources(ref reader),
                8 => common.ReadNotes(ref reader),
                9 => common.ReadConfidentiality(ref reader),
                _ => reader.TokenType == JsonTokenType.String, // "type", after other properties: its value was read ahead
            };
            if (!ok)
            {
                return false;
            }
        }
        if (!Complete(property, seen, ReleaseNames, start))
        {
            return false;
        }

        release = new Release
        {
            Id = common.Id,
            ReleasedOn = releasedOn,
            AuthorityId = authorityId,
            Kind = kind,
            Detainees = detainees!,
            ReportedCount = reportedCount,
            ModifiedAt = common.ModifiedAt,
            Sources = common.Sources!,
            Notes = common.Notes,
            Confidentiality = common.Confidentiality,
        };
        return true;
    }

    private static readonly Shape ProceedingNames = new(typeof(Proceeding), "id", "country", "caseNumber", "courtId", "judgeIds", "prosecutorIds", "openedOn",
        "defendants", "hearings", "modifiedAt", "sources", "notes", "confidentiality", "type");

    private static bool ReadProceeding(ref Utf8JsonReader reader, bool typeFirst, long start, [NotNullWhen(true)] out Proceeding? proceeding)
    {
        proceeding = null;
        uint seen = typeFirst ? ProceedingNames.TypeBit : 0;
        int hint = 0;
        int property;
        Common common = default;
        CountryCode country = default;
        string? caseNumber = null;
        OrganizationId? courtId = null;
        PersonId[]? judgeIds = null;
        PersonId[]? prosecutorIds = null;
        PartialDate? openedOn = null;
        Defendant[]? defendants = null;
        Hearing[]? hearings = null;
        while ((property = NextProperty(ref reader, ProceedingNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWire(ref reader, out common.Id),
                1 => ReadWire(ref reader, out country),
                2 => ReadString(ref reader, out caseNumber),
                3 => ReadWireOptional(ref reader, out courtId),
                4 => ReadList<PersonId, WireElement<PersonId>>(ref reader, out judgeIds),
                5 => ReadList<PersonId, WireElement<PersonId>>(ref reader, out prosecutorIds),
                6 => ReadWireOptional(ref reader, out openedOn),
                7 => ReadList<Defendant, DefendantElement>(ref reader, out defendants),
                8 => ReadList<Hearing, HearingElement>(ref reader, out hearings),
                9 => common.ReadModifiedAt(ref reader),
                10 => common.ReadSources(ref reader),
                11 => common.ReadNotes(ref reader),
                12 => common.ReadConfidentiality(ref reader),
                _ => reader.TokenType == JsonTokenType.String, // "type", after other properties: its value was read ahead
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, ProceedingNames, start))
        {
            return false;
        }

        proceeding = new Proceeding
        {
            Id = common.Id,
            Country = country,
            CaseNumber = caseNumber,
            CourtId = courtId,
            JudgeIds = judgeIds!,
            ProsecutorIds = prosecutorIds!,
            OpenedOn = openedOn,
            Defendants = defendants!,
            Hearings = hearings!,
            ModifiedAt = common.ModifiedAt,
            Sources = common.Sources!,
            Notes = common.Notes,
            Confidentiality = common.Confidentiality,
        };
        return true;
    }

    private static readonly Shape SanctionMeasureNames = new(typeof(SanctionMeasure), "id", "imposedById", "kind", "program", "legalBasis", "reason", "targets", "history",
        "modifiedAt", "sources", "notes", "confidentiality", "type");

    private static bool ReadSanctionMeasure(ref Utf8JsonReader reader, bool typeFirst, long start, [NotNullWhen(true)] out SanctionMeasure? measure)
    {
        measure = null;
        uint seen = typeFirst ? SanctionMeasureNames.TypeBit : 0;
        int hint = 0;
        int property;
        Common common = default;
        OrganizationId imposedById = default;
        SanctionKind kind = default;
        SanctionProgram? program = null;
        LegalBasis? legalBasis = null;
        string? reason = null;
        SanctionTarget[]? targets = null;
        SanctionEvent[]? history = null;
        while ((property = NextProperty(ref reader, SanctionMeasureNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWire(ref reader, out common.Id),
                1 => ReadWire(ref reader, out imposedById),
                2 => ReadEnum(ref reader, out kind),
                3 => ReadSanctionProgram(ref reader, out program),
                4 => ReadLegalBasis(ref reader, out legalBasis),
                5 => ReadString(ref reader, out reason),
                6 => ReadList<SanctionTarget, SanctionTargetElement>(ref reader, out targets),
                7 => ReadList<SanctionEvent, SanctionEventElement>(ref reader, out history),
                8 => common.ReadModifiedAt(ref reader),
                9 => common.ReadSources(ref reader),
                10 => common.ReadNotes(ref reader),
                11 => common.ReadConfidentiality(ref reader),
                _ => reader.TokenType == JsonTokenType.String, // "type", after other properties: its value was read ahead
            };
            if (!ok)
            {
                return false;
            }
        }
        if (!Complete(property, seen, SanctionMeasureNames, start))
        {
            return false;
        }

        measure = new SanctionMeasure
        {
            Id = common.Id,
            ImposedById = imposedById,
            Kind = kind,
            Program = program,
            LegalBasis = legalBasis,
            Reason = reason,
            Targets = targets!,
            History = history!,
            ModifiedAt = common.ModifiedAt,
            Sources = common.Sources!,
            Notes = common.Notes,
            Confidentiality = common.Confidentiality,
        };
        return true;
    }

    private static readonly Shape LinkNames = new(typeof(Link), "id", "kind", "fromId", "toId", "on", "assertedBy", "assertedById", "disputed", "confidence",
        "fromStepId", "toStepId", "deniedBy", "modifiedAt", "sources", "notes", "confidentiality", "type");

    private static bool ReadLink(ref Utf8JsonReader reader, bool typeFirst, long start, [NotNullWhen(true)] out Link? link)
    {
        link = null;
        uint seen = typeFirst ? LinkNames.TypeBit : 0;
        int hint = 0;
        int property;
        Common common = default;
        LinkKind kind = default;
        RecordId fromId = default;
        RecordId toId = default;
        PartialDate? on = null;
        string? assertedBy = null;
        ActorId? assertedById = null;
        bool disputed = false;
        Confidence? confidence = null;
        string? fromStepId = null;
        string? toStepId = null;
        LinkDenial[]? deniedBy = null;
        while ((property = NextProperty(ref reader, LinkNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWire(ref reader, out common.Id),
                1 => ReadEnum(ref reader, out kind),
                2 => ReadWire(ref reader, out fromId),
                3 => ReadWire(ref reader, out toId),
                4 => ReadWireOptional(ref reader, out on),
                5 => ReadRecurringString(ref reader, out assertedBy),
                6 => ReadWireOptional(ref reader, out assertedById),
                7 => ReadBoolean(ref reader, out disputed),
                8 => ReadEnumOptional(ref reader, out confidence),
                9 => ReadString(ref reader, out fromStepId),
                10 => ReadString(ref reader, out toStepId),
                11 => ReadList<LinkDenial, LinkDenialElement>(ref reader, out deniedBy),
                12 => common.ReadModifiedAt(ref reader),
                13 => common.ReadSources(ref reader),
                14 => common.ReadNotes(ref reader),
                15 => common.ReadConfidentiality(ref reader),
                _ => reader.TokenType == JsonTokenType.String, // "type", after other properties: its value was read ahead
            };
            if (!ok)
            {
                return false;
            }
        }
        if (!Complete(property, seen, LinkNames, start))
        {
            return false;
        }

        link = new Link
        {
            Id = common.Id,
            Kind = kind,
            FromId = fromId,
            ToId = toId,
            On = on,
            AssertedBy = assertedBy,
            AssertedById = assertedById,
            Disputed = disputed,
            Confidence = confidence,
            FromStepId = fromStepId,
            ToStepId = toStepId,
            DeniedBy = deniedBy!,
            ModifiedAt = common.ModifiedAt,
            Sources = common.Sources!,
            Notes = common.Notes,
            Confidentiality = common.Confidentiality,
        };
        return true;
    }

    // A source record has no "sources" of its own (format 1.1): the reader refuses them as an unknown property.
    private static readonly Shape SourceRecordNames = new(typeof(SourceRecord), "id", "url", "title", "publisher", "publishedOn", "accessedOn", "language", "archiveUrl", "kind",
        "modifiedAt", "notes", "confidentiality", "type");

    private static bool ReadSourceRecord(ref Utf8JsonReader reader, bool typeFirst, long start, [NotNullWhen(true)] out SourceRecord? sourceRecord)
    {
        sourceRecord = null;
        uint seen = typeFirst ? SourceRecordNames.TypeBit : 0;
        int hint = 0;
        int property;
        Common common = default;
        WebUrl? url = null;
        string? title = null;
        string? publisher = null;
        PartialDate? publishedOn = null;
        LocalDate? accessedOn = null;
        LanguageTag? language = null;
        WebUrl? archiveUrl = null;
        SourceKind? kind = null;
        while ((property = NextProperty(ref reader, SourceRecordNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWire(ref reader, out common.Id),
                1 => ReadWireOptional(ref reader, out url),
                2 => ReadString(ref reader, out title),
                3 => ReadRecurringString(ref reader, out publisher),
                4 => ReadWireOptional(ref reader, out publishedOn),
                5 => ReadLocalDate(ref reader, out accessedOn),
                6 => ReadLanguage(ref reader, out language),
                7 => ReadWireOptional(ref reader, out archiveUrl),
                8 => ReadEnumOptional(ref reader, out kind),
                9 => common.ReadModifiedAt(ref reader),
                10 => common.ReadNotes(ref reader),
                11 => common.ReadConfidentiality(ref reader),
                _ => reader.TokenType == JsonTokenType.String, // "type", after other properties: its value was read ahead
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, SourceRecordNames, start))
        {
            return false;
        }

        sourceRecord = new SourceRecord
        {
            Id = common.Id,
            Url = url,
            Title = title,
            Publisher = publisher,
            PublishedOn = publishedOn,
            AccessedOn = accessedOn,
            Language = language,
            ArchiveUrl = archiveUrl,
            Kind = kind,
            ModifiedAt = common.ModifiedAt,
            Notes = common.Notes,
            Confidentiality = common.Confidentiality,
        };
        return true;
    }

    private static readonly Shape FacilityNames = new(typeof(Facility), "id", "name", "kind", "country", "locality", "operatorId", "location", "identifiers",
        "modifiedAt", "sources", "notes", "confidentiality", "type");

    private static bool ReadFacility(ref Utf8JsonReader reader, bool typeFirst, long start, [NotNullWhen(true)] out Facility? facility)
    {
        facility = null;
        uint seen = typeFirst ? FacilityNames.TypeBit : 0;
        int hint = 0;
        int property;
        Common common = default;
        string? name = null;
        FacilityKind? kind = null;
        CountryCode country = default;
        string? locality = null;
        OrganizationId? operatorId = null;
        GeoLocation? location = null;
        ExternalIdentifier[]? identifiers = null;
        while ((property = NextProperty(ref reader, FacilityNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWire(ref reader, out common.Id),
                1 => ReadString(ref reader, out name),
                2 => ReadEnumOptional(ref reader, out kind),
                3 => ReadWire(ref reader, out country),
                4 => ReadRecurringString(ref reader, out locality),
                5 => ReadWireOptional(ref reader, out operatorId),
                6 => ReadGeoLocation(ref reader, out location),
                7 => ReadList<ExternalIdentifier, ExternalIdentifierElement>(ref reader, out identifiers),
                8 => common.ReadModifiedAt(ref reader),
                9 => common.ReadSources(ref reader),
                10 => common.ReadNotes(ref reader),
                11 => common.ReadConfidentiality(ref reader),
                _ => reader.TokenType == JsonTokenType.String, // "type", after other properties: its value was read ahead
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, FacilityNames, start))
        {
            return false;
        }

        facility = new Facility
        {
            Id = common.Id,
            Name = name!,
            Kind = kind,
            Country = country,
            Locality = locality,
            OperatorId = operatorId,
            Location = location,
            Identifiers = identifiers!,
            ModifiedAt = common.ModifiedAt,
            Sources = common.Sources!,
            Notes = common.Notes,
            Confidentiality = common.Confidentiality,
        };
        return true;
    }

    private static readonly Shape IncidentNames = new(typeof(Incident), "id", "kind", "subjectIds", "detentionId", "occurredOn", "facilityId", "perpetratorIds",
        "accounts", "modifiedAt", "sources", "notes", "confidentiality", "type");

    private static bool ReadIncident(ref Utf8JsonReader reader, bool typeFirst, long start, [NotNullWhen(true)] out Incident? incident)
    {
        incident = null;
        uint seen = typeFirst ? IncidentNames.TypeBit : 0;
        int hint = 0;
        int property;
        Common common = default;
        IncidentKind kind = default;
        PersonId[]? subjectIds = null;
        DetentionId? detentionId = null;
        PartialDate occurredOn = default;
        RecordId? facilityId = null;
        ActorId[]? perpetratorIds = null;
        IncidentAccount[]? accounts = null;
        while ((property = NextProperty(ref reader, IncidentNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWire(ref reader, out common.Id),
                1 => ReadEnum(ref reader, out kind),
                2 => ReadList<PersonId, WireElement<PersonId>>(ref reader, out subjectIds),
                3 => ReadWireOptional(ref reader, out detentionId),
                4 => ReadWire(ref reader, out occurredOn),
                5 => ReadWireOptional(ref reader, out facilityId),
                6 => ReadList<ActorId, WireElement<ActorId>>(ref reader, out perpetratorIds),
                7 => ReadList<IncidentAccount, IncidentAccountElement>(ref reader, out accounts),
                8 => common.ReadModifiedAt(ref reader),
                9 => common.ReadSources(ref reader),
                10 => common.ReadNotes(ref reader),
                11 => common.ReadConfidentiality(ref reader),
                _ => reader.TokenType == JsonTokenType.String, // "type", after other properties: its value was read ahead
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, IncidentNames, start))
        {
            return false;
        }

        incident = new Incident
        {
            Id = common.Id,
            Kind = kind,
            SubjectIds = subjectIds!,
            DetentionId = detentionId,
            OccurredOn = occurredOn,
            FacilityId = facilityId,
            PerpetratorIds = perpetratorIds!,
            Accounts = accounts!,
            ModifiedAt = common.ModifiedAt,
            Sources = common.Sources!,
            Notes = common.Notes,
            Confidentiality = common.Confidentiality,
        };
        return true;
    }

    private static readonly Shape MassDetentionNames = new(typeof(MassDetention), "id", "occurredOn", "country", "locality", "location", "authorityId", "context",
        "counts", "detentionIds", "modifiedAt", "sources", "notes", "confidentiality", "type");

    private static bool ReadMassDetention(ref Utf8JsonReader reader, bool typeFirst, long start, [NotNullWhen(true)] out MassDetention? massDetention)
    {
        massDetention = null;
        uint seen = typeFirst ? MassDetentionNames.TypeBit : 0;
        int hint = 0;
        int property;
        Common common = default;
        PartialDate occurredOn = default;
        CountryCode country = default;
        string? locality = null;
        GeoLocation? location = null;
        OrganizationId? authorityId = null;
        string? context = null;
        AttributedCount[]? counts = null;
        DetentionId[]? detentionIds = null;
        while ((property = NextProperty(ref reader, MassDetentionNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWire(ref reader, out common.Id),
                1 => ReadWire(ref reader, out occurredOn),
                2 => ReadWire(ref reader, out country),
                3 => ReadRecurringString(ref reader, out locality),
                4 => ReadGeoLocation(ref reader, out location),
                5 => ReadWireOptional(ref reader, out authorityId),
                6 => ReadString(ref reader, out context),
                7 => ReadList<AttributedCount, AttributedCountElement>(ref reader, out counts),
                8 => ReadList<DetentionId, WireElement<DetentionId>>(ref reader, out detentionIds),
                9 => common.ReadModifiedAt(ref reader),
                10 => common.ReadSources(ref reader),
                11 => common.ReadNotes(ref reader),
                12 => common.ReadConfidentiality(ref reader),
                _ => reader.TokenType == JsonTokenType.String, // "type", after other properties: its value was read ahead
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, MassDetentionNames, start))
        {
            return false;
        }

        massDetention = new MassDetention
        {
            Id = common.Id,
            OccurredOn = occurredOn,
            Country = country,
            Locality = locality,
            Location = location,
            AuthorityId = authorityId,
            Context = context,
            Counts = counts!,
            DetentionIds = detentionIds!,
            ModifiedAt = common.ModifiedAt,
            Sources = common.Sources!,
            Notes = common.Notes,
            Confidentiality = common.Confidentiality,
        };
        return true;
    }

    /// <summary>What a dataset document and a JSON Lines header line share (everything but the records).</summary>
    private struct Metadata
    {
        public string? Type;
        public string? Schema;
        public string? FormatVersion;
        public string? Title;
        public string? Description;
        public Publisher? Publisher;
        public string? License;
        public Instant? CreatedAt;
    }

    /// <summary>What <see cref="ReadMetadata"/> reads.</summary>
    private enum MetadataKind
    {
        /// <summary>A dataset document's root object, records and all.</summary>
        Document,

        /// <summary>A dataset document's root object, its records skipped (checked only for being an array).</summary>
        DocumentWithoutRecords,

        /// <summary>A JSON Lines header line.</summary>
        Header,
    }

    // The same names in both: "type" is the header line's first, "records" the document's last.
    private static readonly Shape DocumentNames = new(typeof(Dataset), "$schema", "formatVersion", "title", "description", "publisher", "license", "createdAt", "records");

    private static readonly Shape HeaderNames = new(typeof(DatasetHeaderLine), "type", "$schema", "formatVersion", "title", "description", "publisher", "license", "createdAt");

    /// <summary>A dataset document's root object or a header line's.</summary>
    private static bool ReadMetadata(ref Utf8JsonReader reader, MetadataKind kind, out Metadata metadata, out Record[]? records)
    {
        metadata = default;
        records = null;
        long start = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return Fail(start, "type", $"Expected a JSON object, found {JsonTokenText.Describe(reader.TokenType)}.");
        }

        bool header = kind == MetadataKind.Header;
        Shape shape = header ? HeaderNames : DocumentNames;
        uint seen = 0;
        int hint = 0;
        int property;
        while ((property = NextProperty(ref reader, shape, ref seen, ref hint)) >= 0)
        {
            bool ok = (header ? property : property + 1) switch
            {
                0 => ReadString(ref reader, out metadata.Type),
                1 => ReadString(ref reader, out metadata.Schema),
                2 => ReadString(ref reader, out metadata.FormatVersion),
                3 => ReadString(ref reader, out metadata.Title),
                4 => ReadString(ref reader, out metadata.Description),
                5 => ReadPublisher(ref reader, out metadata.Publisher),
                6 => ReadString(ref reader, out metadata.License),
                7 => ReadInstant(ref reader, out metadata.CreatedAt),
                _ when kind == MetadataKind.DocumentWithoutRecords => SkipArray(ref reader),
                _ => ReadList<Record, RecordElement>(ref reader, out records),
            };
            if (!ok)
            {
                return false;
            }
        }

        return Complete(property, seen, shape, start);
    }

    private static bool SkipArray(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return WrongToken(ref reader, "an array");
        }

        reader.Skip();
        return true;
    }
}
