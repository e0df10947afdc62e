using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using NodaTime;

namespace PoliticalEvents.SanctionsLists;

/// <summary>The EU Financial Sanctions Files, version 1.1: <c>export</c> with one <c>sanctionEntity</c> per listed person or entity.</summary>
internal sealed partial class EuListReader(SanctionsListReport report) : ListReader(report)
{
    public override string RootName => "export";

    protected override void ReadRoot(XmlReader reader) => ListDate = ListDates.IsoDay(reader.GetAttribute("generationDate"));

    protected override bool IsWhole(XmlReader reader) => reader.LocalName == "sanctionEntity";

    protected override ListEntry? Map(XElement element)
    {
        string code = element.Child("subjectType")?.Attribute("code")?.Value.Trim() ?? string.Empty;
        bool person = code == "person", organization = code == "enterprise";
        var entry = new ListEntry
        {
            Kind = code.Length == 0 ? "unknown" : Texts.Slug(code) ?? "unknown",
            Line = ListEntry.LineOf(element),
            IsPerson = person,
            IsOrganization = organization,
        };
        string? id = element.Attribute("logicalId")?.Value.Trim();
        entry.RecordId = id is { Length: > 0 } && RecordId.IsValid("eu-" + id) ? "eu-" + id : null;

        foreach (XAttribute attribute in element.Attributes())
        {
            switch (attribute.Name.LocalName)
            {
                case "logicalId":
                    break;
                case "euReferenceNumber":
                    entry.ListingId = entry.Line(attribute);
                    Identifier(entry, attribute, "eu-fsf", EuReferencePattern());
                    break;
                case "unitedNationId":
                    Identifier(entry, attribute, "un-sc", UnReferencePattern());
                    break;
                case "designationDate":
                    if (!string.IsNullOrWhiteSpace(attribute.Value))
                    {
                        entry.ListedOn = ListDates.IsoDay(attribute.Value) is { } day ? PartialDate.FromDate(day) : null;
                        if (entry.ListedOn is null)
                        {
                            entry.DateUnreadable(attribute);
                        }
                    }

                    break;
                case "designationDetails":
                    entry.Reason = Texts.Free(attribute.Value);
                    break;
                default:
                    Unknown(entry, attribute);
                    break;
            }
        }

        LocalDate? inForceBy = null;
        int acts = 0;
        var remarks = new List<string>();
        bool named = false;
        foreach (XElement child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "subjectType":
                    break;
                case "remark":
                    if (Texts.Free(child.Value) is { } remark)
                    {
                        remarks.Add(remark);
                    }

                    break;
                case "regulation":
                    acts++;
                    if (child.Attribute("programme") is { } programme && entry.Line(programme) is { } key && !entry.Programmes.Contains(key))
                    {
                        entry.Programmes.Add(key);
                    }

                    LocalDate? published = ListDates.IsoDay(child.Attribute("publicationDate")?.Value), inForce = ListDates.IsoDay(child.Attribute("entryIntoForceDate")?.Value);
                    LocalDate? by = published is { } p && inForce is { } f ? LocalDate.Max(p, f) : published ?? inForce;
                    if (by is { } b && (inForceBy is null || b < inForceBy))
                    {
                        inForceBy = b;
                    }

                    break;
                case "nameAlias":
                    acts += Summaries(child);
                    named |= NameAlias(entry, child, primary: !named);
                    break;
                case "citizenship":
                    acts += Summaries(child);
                    if (!person)
                    {
                        entry.Note(SanctionsListReportCodes.DetailNotForKind, "A citizenship of an entry that is not a person: not carried.", child);
                    }
                    else if (entry.CountryByCode(child.Attribute("countryIso2Code")) is { } country && !entry.Nationalities.Contains(country))
                    {
                        entry.Nationalities.Add(country);
                    }

                    if (!string.IsNullOrWhiteSpace(child.Attribute("region")?.Value))
                    {
                        entry.Note(SanctionsListReportCodes.CitizenshipRegion, "The region of a citizenship: not carried (a nationality is a country).", child.Attribute("region"));
                    }

                    break;
                case "birthdate":
                    acts += Summaries(child);
                    if (person)
                    {
                        BirthDate(entry, child);
                    }
                    else
                    {
                        entry.Note(SanctionsListReportCodes.DetailNotForKind, "A birth date of an entry that is not a person: not carried.", child);
                    }

                    break;
                case "identification":
                    acts += Summaries(child);
                    Identification(entry, child);
                    break;
                case "address":
                    acts += Summaries(child);
                    Address(entry, child);
                    break;
                default:
                    entry.Unknown(child);
                    break;
            }
        }

        if (entry.ListedOn is null && inForceBy is { } known)
        {
            // No designation date: the entry was in force by the time the first act that cites it was published and in force.
            entry.ListedOn = ListDates.OnOrBefore(known);
        }

        if (acts > 0)
        {
            entry.Note(SanctionsListReportCodes.LegalActNotCarried, "The legal acts the entry and its details cite: the measure keeps the programme, not each entry's acts.", element, "regulation", acts);
        }

        entry.Notes = remarks.Count == 0 ? null : string.Join("\n", remarks);
        return entry;
    }

    private static int Summaries(XElement element) => element.Children("regulationSummary").Count();

    private static void Identifier(ListEntry entry, XAttribute attribute, string scheme, Regex pattern)
    {
        if (entry.Line(attribute) is not { } value)
        {
            return;
        }

        if (pattern.IsMatch(value))
        {
            entry.Identifiers.Add(new ExternalIdentifier { Scheme = scheme, Value = value });
        }
        else
        {
            entry.Note(SanctionsListReportCodes.IdentifierUnexpectedForm, "A reference in a form the identifier scheme does not accept: not carried as an identifier.", attribute);
        }
    }

    // The name the entry is listed under is its first nameAlias with a whole name; the others are aliases.
    private static bool NameAlias(ListEntry entry, XElement alias, bool primary)
    {
        string? whole = entry.Line(alias.Attribute("wholeName"));
        string? first = entry.Line(alias.Attribute("firstName")), middle = entry.Line(alias.Attribute("middleName")), last = entry.Line(alias.Attribute("lastName"));
        whole ??= Texts.Join(" ", first, middle, last);
        LanguageTag? language = null;
        foreach (XAttribute attribute in alias.Attributes())
        {
            switch (attribute.Name.LocalName)
            {
                case "wholeName" or "firstName" or "middleName" or "lastName" or "regulationLanguage" or "logicalId":
                    break;
                case "nameLanguage":
                    if (!string.IsNullOrWhiteSpace(attribute.Value))
                    {
                        language = LanguageTag.TryParse(attribute.Value.Trim().ToLowerInvariant(), out LanguageTag tag) ? tag : null;
                    }

                    break;
                case "gender":
                    string value = attribute.Value.Trim();
                    if (value.Length > 0)
                    {
                        Gender? gender = value switch { "M" => Gender.Male, "F" => Gender.Female, _ => null };
                        if (!entry.IsPerson)
                        {
                            entry.Note(SanctionsListReportCodes.DetailNotForKind, "A gender of an entry that is not a person: not carried.", attribute);
                        }
                        else if (gender is null)
                        {
                            entry.Note(SanctionsListReportCodes.GenderNotCarried, "A gender the format does not have: not carried.", attribute);
                        }
                        else
                        {
                            entry.Gender ??= gender;
                        }
                    }

                    break;
                case "strong":
                    if (attribute.Value.Trim() == "false" && whole is not null)
                    {
                        entry.Note(SanctionsListReportCodes.NameWeak, "A weak alias: carried as an alias, without its quality.", attribute);
                    }

                    break;
                case "title":
                    if (!string.IsNullOrWhiteSpace(attribute.Value))
                    {
                        entry.Title(attribute);
                    }

                    break;
                case "function":
                    if (!string.IsNullOrWhiteSpace(attribute.Value))
                    {
                        entry.Position(attribute);
                    }

                    break;
                default:
                    Unknown(entry, attribute);
                    break;
            }
        }

        foreach (XElement child in alias.Elements().Where(c => c.Name.LocalName != "regulationSummary"))
        {
            if (child.Name.LocalName == "remark" && !child.IsBlank())
            {
                entry.Note(SanctionsListReportCodes.NameDetailNotCarried, "A remark on one name: the name is carried, the remark is not.", child);
            }
            else if (!child.IsBlank())
            {
                entry.Unknown(child);
            }
        }

        if (whole is null)
        {
            return false;
        }

        bool parts = entry.IsPerson && (first is not null || middle is not null || last is not null);
        if (parts && middle is not null)
        {
            entry.Note(SanctionsListReportCodes.NameMiddle, "A middle name given apart: carried within the given names.", alias.Attribute("middleName"));
        }

        string? given = parts ? Texts.Join(" ", first, middle) : null, family = parts ? last : null;
        if (primary)
        {
            entry.Name = whole;
            if (parts || language is not null)
            {
                entry.AddName(whole, null, language, given, family);
            }
        }
        else
        {
            entry.AddName(whole, NameKind.Alias, language, given, family);
        }

        return true;
    }

    private static void BirthDate(ListEntry entry, XElement birth)
    {
        bool circa = birth.Attribute("circa")?.Value.Trim() == "true";
        string calendar = birth.Attribute("calendarType")?.Value.Trim() ?? string.Empty;
        PartialDate? date = null;
        XObject at = birth;
        if (ListDates.IsoDay(birth.Attribute("birthdate")?.Value) is { } day)
        {
            date = ListDates.FromParts(day.Year, day.Month, day.Day, circa);
        }
        else if (ListDates.Number(birth.Attribute("year")?.Value) is int year)
        {
            date = ListDates.FromParts(year, ListDates.Number(birth.Attribute("monthOfYear")?.Value), ListDates.Number(birth.Attribute("dayOfMonth")?.Value), circa);
        }
        else if (ListDates.Number(birth.Attribute("yearRangeFrom")?.Value) is int from && ListDates.Number(birth.Attribute("yearRangeTo")?.Value) is int to)
        {
            date = ListDates.Between(ListDates.FromParts(from, null, null, circa), ListDates.FromParts(to, null, null, circa));
        }

        bool given = new[] { "birthdate", "year", "monthOfYear", "dayOfMonth", "yearRangeFrom", "yearRangeTo" }.Any(a => !string.IsNullOrWhiteSpace(birth.Attribute(a)?.Value));
        if (calendar.Length > 0 && calendar != "GREGORIAN" && given)
        {
            entry.Note(SanctionsListReportCodes.DateUnreadable, "A date of a calendar other than the Gregorian: left out.", birth.Attribute("calendarType"));
        }
        else if (date is not null)
        {
            entry.AddBirthDate(date, at);
        }
        else if (given)
        {
            entry.DateUnreadable(birth);
        }

        string? locality = Texts.Join(", ", Place(entry, birth.Attribute("place")), Place(entry, birth.Attribute("city")), Place(entry, birth.Attribute("region")));
        CountryCode? country = entry.CountryByCode(birth.Attribute("countryIso2Code"));
        if (locality is not null || country is not null)
        {
            var place = new BirthPlace { Locality = locality, Country = country };
            if (!entry.BirthPlaces.Contains(place))
            {
                entry.BirthPlaces.Add(place);
            }
        }

        foreach (XAttribute attribute in birth.Attributes())
        {
            switch (attribute.Name.LocalName)
            {
                case "circa" or "calendarType" or "birthdate" or "year" or "monthOfYear" or "dayOfMonth" or "yearRangeFrom" or "yearRangeTo"
                    or "place" or "city" or "region" or "countryIso2Code" or "countryDescription" or "regulationLanguage" or "logicalId":
                    break;
                case "zipCode":
                    if (!string.IsNullOrWhiteSpace(attribute.Value))
                    {
                        entry.Note(SanctionsListReportCodes.BirthNote, "The postal code of a birth place: not carried.", attribute);
                    }

                    break;
                default:
                    Unknown(entry, attribute);
                    break;
            }
        }

        foreach (XElement child in birth.Elements().Where(c => c.Name.LocalName != "regulationSummary" && !c.IsBlank()))
        {
            if (child.Name.LocalName == "remark")
            {
                entry.Note(SanctionsListReportCodes.BirthNote, "A remark on a birth date or place: not carried.", child);
            }
            else
            {
                entry.Unknown(child);
            }
        }
    }

    // "-" stands for nothing in the EU file.
    private static string? Place(ListEntry entry, XAttribute? attribute) => entry.Line(attribute) is { } text && text != "-" ? text : null;

    private static void Identification(ListEntry entry, XElement identification)
    {
        string? number = entry.Line(identification.Attribute("number")) ?? entry.Line(identification.Attribute("latinNumber"));
        if (!entry.IsPerson || number is null)
        {
            entry.Note(SanctionsListReportCodes.DocumentNotCarried, entry.IsPerson ? "An identity document without a number: not carried (the format requires the number)." : "An identification of an entry that is not a person: organizations have no identity documents in the format, so it is not carried.", identification);
            return;
        }

        string type = identification.Attribute("identificationTypeCode")?.Value.Trim().ToLowerInvariant() ?? string.Empty;
        IdentityDocumentKind kind = type switch
        {
            "passport" => IdentityDocumentKind.Passport,
            "id" => IdentityDocumentKind.NationalId,
            _ => EntryParts.DocumentKind(identification.Attribute("identificationTypeDescription")?.Value),
        };
        PartialDate? issued = Day(entry, identification.Attribute("issueDate")) ?? Day(entry, identification.Attribute("validFrom"));
        PartialDate? expires = Day(entry, identification.Attribute("validTo"));
        if (issued is { } i && expires is { } e && e.IsDefinitelyBefore(i))
        {
            entry.Note(SanctionsListReportCodes.DateUnreadable, "A document's expiry before its issue: the expiry is left out.", identification.Attribute("validTo"));
            expires = null;
        }

        var document = new IdentityDocument { Kind = kind, Number = number, Country = entry.CountryByCode(identification.Attribute("countryIso2Code")), IssuedOn = issued, ExpiresOn = expires };
        if (!entry.Documents.Contains(document))
        {
            entry.Documents.Add(document);
        }

        foreach (XAttribute attribute in identification.Attributes())
        {
            switch (attribute.Name.LocalName)
            {
                case "number" or "identificationTypeCode" or "identificationTypeDescription" or "issueDate" or "validFrom" or "validTo"
                    or "countryIso2Code" or "countryDescription" or "regulationLanguage" or "logicalId":
                    break;
                case "latinNumber" when attribute.Value.Trim() == number:
                    break;
                case "diplomatic" or "knownExpired" or "knownFalse" or "reportedLost" or "revokedByIssuer":
                    if (attribute.Value.Trim() == "true")
                    {
                        entry.Note(SanctionsListReportCodes.DocumentDetailNotCarried, "A flag on an identity document (diplomatic, known expired, known false, reported lost, revoked): not carried.", attribute);
                    }

                    break;
                case "issuedBy" or "nameOnDocument" or "region" or "latinNumber":
                    if (!string.IsNullOrWhiteSpace(attribute.Value))
                    {
                        entry.Note(SanctionsListReportCodes.DocumentDetailNotCarried, "A detail of an identity document the format has no place for: not carried.", attribute);
                    }

                    break;
                default:
                    Unknown(entry, attribute);
                    break;
            }
        }

        foreach (XElement child in identification.Elements().Where(c => c.Name.LocalName != "regulationSummary" && !c.IsBlank()))
        {
            if (child.Name.LocalName == "remark")
            {
                entry.Note(SanctionsListReportCodes.DocumentDetailNotCarried, "A remark on an identity document: not carried.", child);
            }
            else
            {
                entry.Unknown(child);
            }
        }
    }

    private static PartialDate? Day(ListEntry entry, XAttribute? attribute)
    {
        if (string.IsNullOrWhiteSpace(attribute?.Value))
        {
            return null;
        }

        if (ListDates.IsoDay(attribute.Value) is { } day)
        {
            return PartialDate.FromDate(day);
        }

        entry.DateUnreadable(attribute);
        return null;
    }

    private static void Address(ListEntry entry, XElement address)
    {
        string? street = entry.Line(address.Attribute("street"));
        string? locality = Texts.Join(", ", Place(entry, address.Attribute("place")), Place(entry, address.Attribute("city")));
        string? region = entry.Line(address.Attribute("region")), postal = entry.Line(address.Attribute("zipCode"));
        CountryCode? country = entry.CountryByCode(address.Attribute("countryIso2Code"));
        if (street is not null || locality is not null || region is not null || postal is not null || country is not null)
        {
            var carried = new Address { Street = street, Locality = locality, Region = region, PostalCode = postal, Country = country };
            if (!entry.Addresses.Contains(carried))
            {
                entry.Addresses.Add(carried);
            }
        }

        foreach (XAttribute attribute in address.Attributes())
        {
            switch (attribute.Name.LocalName)
            {
                case "street" or "place" or "city" or "region" or "zipCode" or "countryIso2Code" or "countryDescription" or "regulationLanguage" or "logicalId":
                    break;
                case "poBox" or "asAtListingTime":
                    if (!string.IsNullOrWhiteSpace(attribute.Value) && attribute.Value.Trim() != "false")
                    {
                        entry.Note(SanctionsListReportCodes.AddressDetailNotCarried, "A detail of an address the format has no place for (PO box, as at listing time): not carried.", attribute);
                    }

                    break;
                default:
                    Unknown(entry, attribute);
                    break;
            }
        }

        foreach (XElement child in address.Elements().Where(c => c.Name.LocalName != "regulationSummary" && !c.IsBlank()))
        {
            if (child.Name.LocalName == "contactInfo")
            {
                ContactInfo(entry, child);
            }
            else if (child.Name.LocalName == "remark")
            {
                entry.Note(SanctionsListReportCodes.AddressDetailNotCarried, "A remark on an address: not carried.", child);
            }
            else
            {
                entry.Unknown(child);
            }
        }
    }

    // An address's contactInfo (key PHONE, FAX, EMAIL, WEB…, and value): the entry's contacts (format 1.1), one per
    // ";"-separated value.
    private static void ContactInfo(ListEntry entry, XElement info)
    {
        string key = info.Attribute("key")?.Value.Trim().ToUpperInvariant() ?? string.Empty;
        ContactKind kind = key switch
        {
            "PHONE" or "FAX" or "TEL" or "TELEPHONE" or "MOBILE" => ContactKind.Phone,
            "EMAIL" or "E-MAIL" => ContactKind.Email,
            "WEB" or "WEBSITE" or "URL" => ContactKind.Website,
            _ => ContactKind.Other,
        };
        foreach (string part in (info.Attribute("value")?.Value ?? string.Empty).Split(';'))
        {
            if (Texts.Line(part, out bool cleaned) is { } value)
            {
                if (cleaned)
                {
                    entry.Note(SanctionsListReportCodes.ValueCleaned, "Control or invisible characters were removed from a name or identifying text.", info.Attribute("value"));
                }

                entry.AddContact(kind, value);
            }
        }
    }

    private static void Unknown(ListEntry entry, XAttribute attribute)
    {
        if (!string.IsNullOrWhiteSpace(attribute.Value) && !attribute.IsNamespaceDeclaration)
        {
            entry.Unknown(attribute);
        }
    }

    // The forms the format's "eu-fsf" and "un-sc" identifier schemes accept (docs/format.md, identifier schemes).
    [GeneratedRegex("^EU\\.[0-9]+\\.[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EuReferencePattern();

    [GeneratedRegex("^[A-Z]{2}[ie]\\.[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex UnReferencePattern();
}
