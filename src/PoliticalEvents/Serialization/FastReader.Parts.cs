using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using NodaTime;

namespace PoliticalEvents.Serialization;

/// <summary>The objects records are made of. Each reader starts at the object's <c>{</c> and ends at its <c>}</c>.</summary>
internal static partial class FastReader
{
    private static readonly Shape SourceNames = new(typeof(Source), "sourceId", "url", "title", "publisher", "publishedOn", "accessedOn", "quote", "page", "language", "archiveUrl", "kind");

    private static bool ReadSource(ref Utf8JsonReader reader, [NotNullWhen(true)] out Source? source)
    {
        source = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        RecordId? sourceId = null;
        WebUrl? url = null;
        string? title = null;
        string? publisher = null;
        PartialDate? publishedOn = null;
        LocalDate? accessedOn = null;
        string? quote = null;
        string? page = null;
        LanguageTag? language = null;
        WebUrl? archiveUrl = null;
        SourceKind? kind = null;
        while ((property = NextProperty(ref reader, SourceNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWireOptional(ref reader, out sourceId),
                1 => ReadWireOptional(ref reader, out url),
                2 => ReadString(ref reader, out title),
                3 => ReadRecurringString(ref reader, out publisher),
                4 => ReadWireOptional(ref reader, out publishedOn),
                5 => ReadLocalDate(ref reader, out accessedOn),
                6 => ReadString(ref reader, out quote),
                7 => ReadString(ref reader, out page),
                8 => ReadLanguage(ref reader, out language),
                9 => ReadWireOptional(ref reader, out archiveUrl),
                _ => ReadEnumOptional(ref reader, out kind),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, SourceNames, start))
        {
            return false;
        }

        source = new Source
        {
            SourceId = sourceId,
            Url = url,
            Title = title,
            Publisher = publisher,
            PublishedOn = publishedOn,
            AccessedOn = accessedOn,
            Quote = quote,
            Page = page,
            Language = language,
            ArchiveUrl = archiveUrl,
            Kind = kind,
        };
        return true;
    }

    private static readonly Shape ActorNameNames = new(typeof(ActorName), "value", "language", "kind", "given", "family", "patronymic");

    private static bool ReadActorName(ref Utf8JsonReader reader, [NotNullWhen(true)] out ActorName? name)
    {
        name = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        string? value = null;
        LanguageTag? language = null;
        NameKind? kind = null;
        string? given = null;
        string? family = null;
        string? patronymic = null;
        while ((property = NextProperty(ref reader, ActorNameNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadString(ref reader, out value),
                1 => ReadLanguage(ref reader, out language),
                2 => ReadEnumOptional(ref reader, out kind),
                3 => ReadRecurringString(ref reader, out given),
                4 => ReadRecurringString(ref reader, out family),
                _ => ReadRecurringString(ref reader, out patronymic),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, ActorNameNames, start))
        {
            return false;
        }

        name = new ActorName { Value = value!, Language = language, Kind = kind, Given = given, Family = family, Patronymic = patronymic };
        return true;
    }

    private static readonly Shape BirthPlaceNames = new(typeof(BirthPlace), "locality", "country");

    private static bool ReadBirthPlace(ref Utf8JsonReader reader, [NotNullWhen(true)] out BirthPlace? place)
    {
        place = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        string? locality = null;
        CountryCode? country = null;
        while ((property = NextProperty(ref reader, BirthPlaceNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadRecurringString(ref reader, out locality),
                _ => ReadWireOptional(ref reader, out country),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, BirthPlaceNames, start))
        {
            return false;
        }

        place = new BirthPlace { Locality = locality, Country = country };
        return true;
    }

    private readonly struct BirthPlaceElement : IElementReader<BirthPlace>
    {
        public static bool Read(ref Utf8JsonReader reader, out BirthPlace value)
        {
            bool ok = ReadBirthPlace(ref reader, out BirthPlace? read);
            value = read!;
            return ok;
        }
    }

    private static readonly Shape IdentityDocumentNames = new(typeof(IdentityDocument), "kind", "number", "country", "issuedOn", "expiresOn");

    private static bool ReadIdentityDocument(ref Utf8JsonReader reader, [NotNullWhen(true)] out IdentityDocument? document)
    {
        document = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        IdentityDocumentKind? kind = null;
        string? number = null;
        CountryCode? country = null;
        PartialDate? issuedOn = null;
        PartialDate? expiresOn = null;
        while ((property = NextProperty(ref reader, IdentityDocumentNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadEnumOptional(ref reader, out kind),
                1 => ReadString(ref reader, out number),
                2 => ReadWireOptional(ref reader, out country),
                3 => ReadWireOptional(ref reader, out issuedOn),
                _ => ReadWireOptional(ref reader, out expiresOn),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, IdentityDocumentNames, start))
        {
            return false;
        }

        document = new IdentityDocument { Kind = kind, Number = number!, Country = country, IssuedOn = issuedOn, ExpiresOn = expiresOn };
        return true;
    }

    private readonly struct IdentityDocumentElement : IElementReader<IdentityDocument>
    {
        public static bool Read(ref Utf8JsonReader reader, out IdentityDocument value)
        {
            bool ok = ReadIdentityDocument(ref reader, out IdentityDocument? read);
            value = read!;
            return ok;
        }
    }

    private static readonly Shape ContactNames = new(typeof(Contact), "kind", "value");

    private static bool ReadContact(ref Utf8JsonReader reader, [NotNullWhen(true)] out Contact? contact)
    {
        contact = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        ContactKind kind = default;
        string? value = null;
        while ((property = NextProperty(ref reader, ContactNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadEnum(ref reader, out kind),
                _ => ReadString(ref reader, out value),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, ContactNames, start))
        {
            return false;
        }

        contact = new Contact { Kind = kind, Value = value! };
        return true;
    }

    private readonly struct ContactElement : IElementReader<Contact>
    {
        public static bool Read(ref Utf8JsonReader reader, out Contact value)
        {
            bool ok = ReadContact(ref reader, out Contact? read);
            value = read!;
            return ok;
        }
    }

    private static readonly Shape AddressNames = new(typeof(Address), "full", "street", "locality", "region", "postalCode", "country");

    private static bool ReadAddress(ref Utf8JsonReader reader, [NotNullWhen(true)] out Address? address)
    {
        address = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        string? full = null;
        string? street = null;
        string? locality = null;
        string? region = null;
        string? postalCode = null;
        CountryCode? country = null;
        while ((property = NextProperty(ref reader, AddressNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadString(ref reader, out full),
                1 => ReadString(ref reader, out street),
                2 => ReadRecurringString(ref reader, out locality),
                3 => ReadRecurringString(ref reader, out region),
                4 => ReadString(ref reader, out postalCode),
                _ => ReadWireOptional(ref reader, out country),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, AddressNames, start))
        {
            return false;
        }

        address = new Address { Full = full, Street = street, Locality = locality, Region = region, PostalCode = postalCode, Country = country };
        return true;
    }

    private readonly struct AddressElement : IElementReader<Address>
    {
        public static bool Read(ref Utf8JsonReader reader, out Address value)
        {
            bool ok = ReadAddress(ref reader, out Address? read);
            value = read!;
            return ok;
        }
    }

    private static readonly Shape ExternalIdentifierNames = new(typeof(ExternalIdentifier), "scheme", "value");

    private static bool ReadExternalIdentifier(ref Utf8JsonReader reader, [NotNullWhen(true)] out ExternalIdentifier? identifier)
    {
        identifier = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        string? scheme = null;
        string? value = null;
        while ((property = NextProperty(ref reader, ExternalIdentifierNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadRecurringString(ref reader, out scheme),
                _ => ReadString(ref reader, out value),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, ExternalIdentifierNames, start))
        {
            return false;
        }

        identifier = new ExternalIdentifier { Scheme = scheme!, Value = value! };
        return true;
    }

    private static readonly Shape AffiliationNames = new(typeof(Affiliation), "organizationId", "role", "from", "until");

    private static bool ReadAffiliation(ref Utf8JsonReader reader, [NotNullWhen(true)] out Affiliation? affiliation)
    {
        affiliation = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        OrganizationId? organizationId = null;
        string? role = null;
        PartialDate? from = null;
        PartialDate? until = null;
        while ((property = NextProperty(ref reader, AffiliationNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWireOptional(ref reader, out organizationId),
                1 => ReadRecurringString(ref reader, out role),
                2 => ReadWireOptional(ref reader, out from),
                _ => ReadWireOptional(ref reader, out until),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, AffiliationNames, start))
        {
            return false;
        }

        affiliation = new Affiliation { OrganizationId = organizationId, Role = role, From = from, Until = until };
        return true;
    }

    private static readonly Shape ChargeNames = new(typeof(Charge), "law", "article", "part", "description", "on", "status");

    private static bool ReadCharge(ref Utf8JsonReader reader, [NotNullWhen(true)] out Charge? charge)
    {
        charge = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        string? law = null;
        string? article = null;
        string? part = null;
        string? description = null;
        PartialDate? on = null;
        ChargeStatus? status = null;
        while ((property = NextProperty(ref reader, ChargeNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadRecurringString(ref reader, out law),
                1 => ReadRecurringString(ref reader, out article),
                2 => ReadRecurringString(ref reader, out part),
                3 => ReadRecurringString(ref reader, out description),
                4 => ReadWireOptional(ref reader, out on),
                _ => ReadEnumOptional(ref reader, out status),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, ChargeNames, start))
        {
            return false;
        }

        charge = new Charge { Law = law!, Article = article, Part = part, Description = description, On = on, Status = status };
        return true;
    }

    private static readonly Shape SentenceNames = new(
        typeof(Sentence), "imposedOn", "kind", "term", "court", "courtId", "inAbsentia", "appealStatus", "regime", "fine", "proceedingId", "combination", "replacesIndex", "credited");

    private static bool ReadSentence(ref Utf8JsonReader reader, [NotNullWhen(true)] out Sentence? sentence)
    {
        sentence = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        PartialDate imposedOn = default;
        SentenceKind kind = default;
        Term? term = null;
        string? court = null;
        OrganizationId? courtId = null;
        bool inAbsentia = false;
        AppealStatus? appealStatus = null;
        string? regime = null;
        Fine? fine = null;
        RecordId? proceedingId = null;
        SentenceCombination? combination = null;
        int? replacesIndex = null;
        Term? credited = null;
        while ((property = NextProperty(ref reader, SentenceNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWire(ref reader, out imposedOn),
                1 => ReadEnum(ref reader, out kind),
                2 => ReadWireOptional(ref reader, out term),
                3 => ReadRecurringString(ref reader, out court),
                4 => ReadWireOptional(ref reader, out courtId),
                5 => ReadBoolean(ref reader, out inAbsentia),
                6 => ReadEnumOptional(ref reader, out appealStatus),
                7 => ReadRecurringString(ref reader, out regime),
                8 => ReadFine(ref reader, out fine),
                9 => ReadWireOptional(ref reader, out proceedingId),
                10 => ReadSentenceCombination(ref reader, out combination),
                11 => ReadInt32Optional(ref reader, out replacesIndex),
                _ => ReadWireOptional(ref reader, out credited),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, SentenceNames, start))
        {
            return false;
        }

        sentence = new Sentence
        {
            ImposedOn = imposedOn,
            Kind = kind,
            Term = term,
            Court = court,
            CourtId = courtId,
            InAbsentia = inAbsentia,
            AppealStatus = appealStatus,
            Regime = regime,
            Fine = fine,
            ProceedingId = proceedingId,
            Combination = combination,
            ReplacesIndex = replacesIndex,
            Credited = credited,
        };
        return true;
    }

    private static readonly Shape FineNames = new(typeof(Fine), "amount", "currency");

    private static bool ReadFine(ref Utf8JsonReader reader, out Fine? fine)
    {
        fine = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        decimal amount = 0;
        CurrencyCode currency = default;
        while ((property = NextProperty(ref reader, FineNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadDecimal(ref reader, out amount),
                _ => ReadWire(ref reader, out currency),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, FineNames, start))
        {
            return false;
        }

        fine = new Fine { Amount = amount, Currency = currency };
        return true;
    }

    private static readonly Shape SentenceCombinationNames = new(typeof(SentenceCombination), "kind", "withIndexes");

    private static bool ReadSentenceCombination(ref Utf8JsonReader reader, out SentenceCombination? combination)
    {
        combination = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        SentenceCombinationKind kind = default;
        int[]? withIndexes = null;
        while ((property = NextProperty(ref reader, SentenceCombinationNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadEnum(ref reader, out kind),
                _ => ReadList<int, Int32Element>(ref reader, out withIndexes),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, SentenceCombinationNames, start))
        {
            return false;
        }

        combination = new SentenceCombination { Kind = kind, WithIndexes = withIndexes! };
        return true;
    }

    private static bool ReadInt32Optional(ref Utf8JsonReader reader, out int? value)
    {
        bool ok = ReadInt32(ref reader, out int read);
        value = ok ? read : null;
        return ok;
    }

    /// <summary>
    /// A number that a <see cref="decimal"/> holds: any JSON number within about ±7.9 × 10^28, more digits than 28 or 29
    /// rounded; a number beyond that range is <c>json.invalid</c>, as for a whole number out of range.
    /// </summary>
    private static bool ReadDecimal(ref Utf8JsonReader reader, out decimal value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            return WrongToken(ref reader, "a number");
        }

        return reader.TryGetDecimal(out value) || Fail(ref reader, "json.invalid", WholeNumberConverter.OutOfRangeMessage);
    }

    private static readonly Shape PlacementNames = new(typeof(Placement), "facility", "facilityId", "facilityKind", "locality", "from", "until");

    private static bool ReadPlacement(ref Utf8JsonReader reader, [NotNullWhen(true)] out Placement? placement)
    {
        placement = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        string? facility = null;
        RecordId? facilityId = null;
        FacilityKind? facilityKind = null;
        string? locality = null;
        PartialDate? from = null;
        PartialDate? until = null;
        while ((property = NextProperty(ref reader, PlacementNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadRecurringString(ref reader, out facility),
                1 => ReadWireOptional(ref reader, out facilityId),
                2 => ReadEnumOptional(ref reader, out facilityKind),
                3 => ReadRecurringString(ref reader, out locality),
                4 => ReadWireOptional(ref reader, out from),
                _ => ReadWireOptional(ref reader, out until),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, PlacementNames, start))
        {
            return false;
        }

        placement = new Placement { Facility = facility, FacilityId = facilityId, FacilityKind = facilityKind, Locality = locality, From = from, Until = until };
        return true;
    }

    private static readonly Shape GeoLocationNames = new(typeof(GeoLocation), "latitude", "longitude");

    private static bool ReadGeoLocation(ref Utf8JsonReader reader, out GeoLocation? location)
    {
        location = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        double latitude = 0;
        double longitude = 0;
        while ((property = NextProperty(ref reader, GeoLocationNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadDouble(ref reader, out latitude),
                _ => ReadDouble(ref reader, out longitude),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, GeoLocationNames, start))
        {
            return false;
        }

        location = new GeoLocation { Latitude = latitude, Longitude = longitude };
        return true;
    }

    private static readonly Shape DesignationNames = new(typeof(Designation), "by", "byId", "status", "on", "withdrawnOn", "criteria");

    private static bool ReadDesignation(ref Utf8JsonReader reader, [NotNullWhen(true)] out Designation? designation)
    {
        designation = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        string? by = null;
        ActorId? byId = null;
        DesignationStatus status = default;
        PartialDate? on = null;
        PartialDate? withdrawnOn = null;
        WgadCategory[]? criteria = null;
        while ((property = NextProperty(ref reader, DesignationNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadRecurringString(ref reader, out by),
                1 => ReadWireOptional(ref reader, out byId),
                2 => ReadEnum(ref reader, out status),
                3 => ReadWireOptional(ref reader, out on),
                4 => ReadWireOptional(ref reader, out withdrawnOn),
                _ => ReadList<WgadCategory, EnumElement<WgadCategory>>(ref reader, out criteria),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, DesignationNames, start))
        {
            return false;
        }

        designation = new Designation { By = by!, ById = byId, Status = status, On = on, WithdrawnOn = withdrawnOn, Criteria = criteria! };
        return true;
    }

    private static readonly Shape ReleasedDetaineeNames = new(typeof(ReleasedDetainee), "subjectId", "detentionId", "destination", "conditions");

    private static bool ReadReleasedDetainee(ref Utf8JsonReader reader, [NotNullWhen(true)] out ReleasedDetainee? detainee)
    {
        detainee = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        PersonId subjectId = default;
        DetentionId? detentionId = null;
        CountryCode? destination = null;
        ReleaseCondition[]? conditions = null;
        while ((property = NextProperty(ref reader, ReleasedDetaineeNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWire(ref reader, out subjectId),
                1 => ReadWireOptional(ref reader, out detentionId),
                2 => ReadWireOptional(ref reader, out destination),
                _ => ReadList<ReleaseCondition, EnumElement<ReleaseCondition>>(ref reader, out conditions),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, ReleasedDetaineeNames, start))
        {
            return false;
        }

        detainee = new ReleasedDetainee { SubjectId = subjectId, DetentionId = detentionId, Destination = destination, Conditions = conditions! };
        return true;
    }

    private static readonly Shape ReportedCountNames = new(typeof(ReportedCount), "value", "qualifier", "by");

    private static bool ReadReportedCount(ref Utf8JsonReader reader, out ReportedCount? count)
    {
        count = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        int value = 0;
        CountQualifier qualifier = default;
        string? by = null;
        while ((property = NextProperty(ref reader, ReportedCountNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadInt32(ref reader, out value),
                1 => ReadEnum(ref reader, out qualifier),
                _ => ReadRecurringString(ref reader, out by),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, ReportedCountNames, start))
        {
            return false;
        }

        count = new ReportedCount { Value = value, Qualifier = qualifier, By = by };
        return true;
    }

    private static readonly Shape AttributedCountNames = new(typeof(AttributedCount), "value", "qualifier", "by", "byId", "asOf");

    private static bool ReadAttributedCount(ref Utf8JsonReader reader, [NotNullWhen(true)] out AttributedCount? count)
    {
        count = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        int value = 0;
        CountQualifier qualifier = default;
        string? by = null;
        ActorId? byId = null;
        PartialDate? asOf = null;
        while ((property = NextProperty(ref reader, AttributedCountNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadInt32(ref reader, out value),
                1 => ReadEnum(ref reader, out qualifier),
                2 => ReadRecurringString(ref reader, out by),
                3 => ReadWireOptional(ref reader, out byId),
                _ => ReadWireOptional(ref reader, out asOf),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, AttributedCountNames, start))
        {
            return false;
        }

        count = new AttributedCount { Value = value, Qualifier = qualifier, By = by!, ById = byId, AsOf = asOf };
        return true;
    }

    private static readonly Shape SanctionProgramNames = new(typeof(SanctionProgram), "code", "name");

    private static bool ReadSanctionProgram(ref Utf8JsonReader reader, out SanctionProgram? program)
    {
        program = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        string? code = null;
        string? name = null;
        while ((property = NextProperty(ref reader, SanctionProgramNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadRecurringString(ref reader, out code),
                _ => ReadRecurringString(ref reader, out name),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, SanctionProgramNames, start))
        {
            return false;
        }

        program = new SanctionProgram { Code = code, Name = name };
        return true;
    }

    private static readonly Shape LegalBasisNames = new(typeof(LegalBasis), "citation", "url");

    private static bool ReadLegalBasis(ref Utf8JsonReader reader, out LegalBasis? legalBasis)
    {
        legalBasis = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        string? citation = null;
        WebUrl? url = null;
        while ((property = NextProperty(ref reader, LegalBasisNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadRecurringString(ref reader, out citation),
                _ => ReadWireOptional(ref reader, out url),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, LegalBasisNames, start))
        {
            return false;
        }

        legalBasis = new LegalBasis { Citation = citation!, Url = url };
        return true;
    }

    private static readonly Shape SanctionTargetNames = new(typeof(SanctionTarget), "actorId", "sector", "country", "listedOn", "delistedOn", "listingId", "reason", "delistingReason");

    private static bool ReadSanctionTarget(ref Utf8JsonReader reader, [NotNullWhen(true)] out SanctionTarget? target)
    {
        target = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        ActorId? actorId = null;
        string? sector = null;
        CountryCode? country = null;
        PartialDate? listedOn = null;
        PartialDate? delistedOn = null;
        string? listingId = null;
        string? reason = null;
        string? delistingReason = null;
        while ((property = NextProperty(ref reader, SanctionTargetNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWireOptional(ref reader, out actorId),
                1 => ReadRecurringString(ref reader, out sector),
                2 => ReadWireOptional(ref reader, out country),
                3 => ReadWireOptional(ref reader, out listedOn),
                4 => ReadWireOptional(ref reader, out delistedOn),
                5 => ReadString(ref reader, out listingId),
                6 => ReadString(ref reader, out reason),
                _ => ReadString(ref reader, out delistingReason),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, SanctionTargetNames, start))
        {
            return false;
        }

        target = new SanctionTarget
        {
            ActorId = actorId, Sector = sector, Country = country, ListedOn = listedOn, DelistedOn = delistedOn, ListingId = listingId, Reason = reason,
            DelistingReason = delistingReason,
        };
        return true;
    }

    private static readonly Shape SanctionEventNames = new(typeof(SanctionEvent), "action", "on", "description", "legalBasis", "sources", "stepId");

    private static bool ReadSanctionEvent(ref Utf8JsonReader reader, [NotNullWhen(true)] out SanctionEvent? step)
    {
        step = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        SanctionAction action = default;
        PartialDate on = default;
        string? description = null;
        LegalBasis? legalBasis = null;
        Source[]? sources = null;
        string? stepId = null;
        while ((property = NextProperty(ref reader, SanctionEventNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadEnum(ref reader, out action),
                1 => ReadWire(ref reader, out on),
                2 => ReadString(ref reader, out description),
                3 => ReadLegalBasis(ref reader, out legalBasis),
                4 => ReadList<Source, SourceElement>(ref reader, out sources),
                _ => ReadString(ref reader, out stepId),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, SanctionEventNames, start))
        {
            return false;
        }

        step = new SanctionEvent { Action = action, On = on, Description = description, LegalBasis = legalBasis, Sources = sources!, StepId = stepId };
        return true;
    }

    private static readonly Shape DefendantNames = new(typeof(Defendant), "subjectId", "detentionId", "charges", "verdict", "sentences");

    private static bool ReadDefendant(ref Utf8JsonReader reader, [NotNullWhen(true)] out Defendant? defendant)
    {
        defendant = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        ActorId subjectId = default;
        DetentionId? detentionId = null;
        Charge[]? charges = null;
        Verdict? verdict = null;
        Sentence[]? sentences = null;
        while ((property = NextProperty(ref reader, DefendantNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWire(ref reader, out subjectId),
                1 => ReadWireOptional(ref reader, out detentionId),
                2 => ReadList<Charge, ChargeElement>(ref reader, out charges),
                3 => ReadVerdict(ref reader, out verdict),
                _ => ReadList<Sentence, SentenceElement>(ref reader, out sentences),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, DefendantNames, start))
        {
            return false;
        }

        defendant = new Defendant { SubjectId = subjectId, DetentionId = detentionId, Charges = charges!, Verdict = verdict, Sentences = sentences! };
        return true;
    }

    private static readonly Shape VerdictNames = new(typeof(Verdict), "on", "outcome", "inAbsentia");

    private static bool ReadVerdict(ref Utf8JsonReader reader, out Verdict? verdict)
    {
        verdict = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        PartialDate? on = null;
        VerdictOutcome outcome = default;
        bool inAbsentia = false;
        while ((property = NextProperty(ref reader, VerdictNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWireOptional(ref reader, out on),
                1 => ReadEnum(ref reader, out outcome),
                _ => ReadBoolean(ref reader, out inAbsentia),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, VerdictNames, start))
        {
            return false;
        }

        verdict = new Verdict { On = on, Outcome = outcome, InAbsentia = inAbsentia };
        return true;
    }

    private static readonly Shape HearingNames = new(typeof(Hearing), "on", "kind", "courtId", "closedToPublic", "notes");

    private static bool ReadHearing(ref Utf8JsonReader reader, [NotNullWhen(true)] out Hearing? hearing)
    {
        hearing = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        PartialDate on = default;
        HearingKind? kind = null;
        OrganizationId? courtId = null;
        bool closedToPublic = false;
        string? notes = null;
        while ((property = NextProperty(ref reader, HearingNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadWire(ref reader, out on),
                1 => ReadEnumOptional(ref reader, out kind),
                2 => ReadWireOptional(ref reader, out courtId),
                3 => ReadBoolean(ref reader, out closedToPublic),
                _ => ReadString(ref reader, out notes),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, HearingNames, start))
        {
            return false;
        }

        hearing = new Hearing { On = on, Kind = kind, CourtId = courtId, ClosedToPublic = closedToPublic, Notes = notes };
        return true;
    }

    private static readonly Shape PublisherNames = new(typeof(Publisher), "name", "url");

    private static bool ReadPublisher(ref Utf8JsonReader reader, out Publisher? publisher)
    {
        publisher = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        string? name = null;
        WebUrl? url = null;
        while ((property = NextProperty(ref reader, PublisherNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadString(ref reader, out name),
                _ => ReadWireOptional(ref reader, out url),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, PublisherNames, start))
        {
            return false;
        }

        publisher = new Publisher { Name = name!, Url = url };
        return true;
    }

    private readonly struct SourceElement : IElementReader<Source>
    {
        public static bool Read(ref Utf8JsonReader reader, out Source value)
        {
            bool ok = ReadSource(ref reader, out Source? read);
            value = read!;
            return ok;
        }
    }

    private readonly struct ActorNameElement : IElementReader<ActorName>
    {
        public static bool Read(ref Utf8JsonReader reader, out ActorName value)
        {
            bool ok = ReadActorName(ref reader, out ActorName? read);
            value = read!;
            return ok;
        }
    }

    private readonly struct ExternalIdentifierElement : IElementReader<ExternalIdentifier>
    {
        public static bool Read(ref Utf8JsonReader reader, out ExternalIdentifier value)
        {
            bool ok = ReadExternalIdentifier(ref reader, out ExternalIdentifier? read);
            value = read!;
            return ok;
        }
    }

    private readonly struct AffiliationElement : IElementReader<Affiliation>
    {
        public static bool Read(ref Utf8JsonReader reader, out Affiliation value)
        {
            bool ok = ReadAffiliation(ref reader, out Affiliation? read);
            value = read!;
            return ok;
        }
    }

    private readonly struct ChargeElement : IElementReader<Charge>
    {
        public static bool Read(ref Utf8JsonReader reader, out Charge value)
        {
            bool ok = ReadCharge(ref reader, out Charge? read);
            value = read!;
            return ok;
        }
    }

    private readonly struct SentenceElement : IElementReader<Sentence>
    {
        public static bool Read(ref Utf8JsonReader reader, out Sentence value)
        {
            bool ok = ReadSentence(ref reader, out Sentence? read);
            value = read!;
            return ok;
        }
    }

    private readonly struct Int32Element : IElementReader<int>
    {
        public static bool Read(ref Utf8JsonReader reader, out int value) => ReadInt32(ref reader, out value);
    }

    private readonly struct DefendantElement : IElementReader<Defendant>
    {
        public static bool Read(ref Utf8JsonReader reader, out Defendant value)
        {
            bool ok = ReadDefendant(ref reader, out Defendant? read);
            value = read!;
            return ok;
        }
    }

    private readonly struct HearingElement : IElementReader<Hearing>
    {
        public static bool Read(ref Utf8JsonReader reader, out Hearing value)
        {
            bool ok = ReadHearing(ref reader, out Hearing? read);
            value = read!;
            return ok;
        }
    }

    private readonly struct PlacementElement : IElementReader<Placement>
    {
        public static bool Read(ref Utf8JsonReader reader, out Placement value)
        {
            bool ok = ReadPlacement(ref reader, out Placement? read);
            value = read!;
            return ok;
        }
    }

    private readonly struct DesignationElement : IElementReader<Designation>
    {
        public static bool Read(ref Utf8JsonReader reader, out Designation value)
        {
            bool ok = ReadDesignation(ref reader, out Designation? read);
            value = read!;
            return ok;
        }
    }

    private readonly struct ReleasedDetaineeElement : IElementReader<ReleasedDetainee>
    {
        public static bool Read(ref Utf8JsonReader reader, out ReleasedDetainee value)
        {
            bool ok = ReadReleasedDetainee(ref reader, out ReleasedDetainee? read);
            value = read!;
            return ok;
        }
    }

    private readonly struct SanctionTargetElement : IElementReader<SanctionTarget>
    {
        public static bool Read(ref Utf8JsonReader reader, out SanctionTarget value)
        {
            bool ok = ReadSanctionTarget(ref reader, out SanctionTarget? read);
            value = read!;
            return ok;
        }
    }

    private readonly struct SanctionEventElement : IElementReader<SanctionEvent>
    {
        public static bool Read(ref Utf8JsonReader reader, out SanctionEvent value)
        {
            bool ok = ReadSanctionEvent(ref reader, out SanctionEvent? read);
            value = read!;
            return ok;
        }
    }

    private static readonly Shape LinkDenialNames = new(typeof(LinkDenial), "by", "byId", "on");

    private static bool ReadLinkDenial(ref Utf8JsonReader reader, [NotNullWhen(true)] out LinkDenial? denial)
    {
        denial = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        string? by = null;
        ActorId? byId = null;
        PartialDate? on = null;
        while ((property = NextProperty(ref reader, LinkDenialNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadRecurringString(ref reader, out by),
                1 => ReadWireOptional(ref reader, out byId),
                _ => ReadWireOptional(ref reader, out on),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, LinkDenialNames, start))
        {
            return false;
        }

        denial = new LinkDenial { By = by!, ById = byId, On = on };
        return true;
    }

    private readonly struct LinkDenialElement : IElementReader<LinkDenial>
    {
        public static bool Read(ref Utf8JsonReader reader, out LinkDenial value)
        {
            bool ok = ReadLinkDenial(ref reader, out LinkDenial? read);
            value = read!;
            return ok;
        }
    }

    private static readonly Shape IncidentAccountNames = new(typeof(IncidentAccount), "by", "byId", "on", "summary");

    private static bool ReadIncidentAccount(ref Utf8JsonReader reader, [NotNullWhen(true)] out IncidentAccount? account)
    {
        account = null;
        if (!StartObject(ref reader, out long start))
        {
            return false;
        }

        uint seen = 0;
        int hint = 0;
        int property;
        string? by = null;
        ActorId? byId = null;
        PartialDate? on = null;
        string? summary = null;
        while ((property = NextProperty(ref reader, IncidentAccountNames, ref seen, ref hint)) >= 0)
        {
            bool ok = property switch
            {
                0 => ReadRecurringString(ref reader, out by),
                1 => ReadWireOptional(ref reader, out byId),
                2 => ReadWireOptional(ref reader, out on),
                _ => ReadString(ref reader, out summary),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (!Complete(property, seen, IncidentAccountNames, start))
        {
            return false;
        }

        account = new IncidentAccount { By = by!, ById = byId, On = on, Summary = summary! };
        return true;
    }

    private readonly struct IncidentAccountElement : IElementReader<IncidentAccount>
    {
        public static bool Read(ref Utf8JsonReader reader, out IncidentAccount value)
        {
            bool ok = ReadIncidentAccount(ref reader, out IncidentAccount? read);
            value = read!;
            return ok;
        }
    }

    private readonly struct AttributedCountElement : IElementReader<AttributedCount>
    {
        public static bool Read(ref Utf8JsonReader reader, out AttributedCount value)
        {
            bool ok = ReadAttributedCount(ref reader, out AttributedCount? read);
            value = read!;
            return ok;
        }
    }
}
