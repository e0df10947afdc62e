using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using NodaTime;

namespace PoliticalEvents.SanctionsLists;

/// <summary>The OFAC SDN list, <c>sdnList</c>: <c>publshInformation</c> (sic) and one <c>sdnEntry</c> per listing.</summary>
internal sealed partial class OfacListReader(SanctionsListReport report) : ListReader(report)
{
    // The words of an OFAC idType that make it an identity document of a person, and the kind each is.
    private static readonly (string Words, IdentityDocumentKind Kind)[] DocumentTypes =
    [
        ("PASSPORT", IdentityDocumentKind.Passport),
        ("NATIONAL ID", IdentityDocumentKind.NationalId),
        ("CEDULA", IdentityDocumentKind.NationalId),
        ("C.U.R.P.", IdentityDocumentKind.NationalId),
        ("D.N.I.", IdentityDocumentKind.NationalId),
        ("IDENTIFICATION NUMBER", IdentityDocumentKind.NationalId),
        ("PERSONAL ID", IdentityDocumentKind.NationalId),
        ("RESIDENCY", IdentityDocumentKind.ResidencePermit),
        ("TAX ID", IdentityDocumentKind.TaxId),
        ("R.F.C.", IdentityDocumentKind.TaxId),
        ("DRIVER", IdentityDocumentKind.Other),
        ("SSN", IdentityDocumentKind.Other),
        ("BIRTH CERTIFICATE", IdentityDocumentKind.Other),
    ];

    public override string RootName => "sdnList";

    protected override bool IsWhole(XmlReader reader) => reader.LocalName is "sdnEntry" or "publshInformation";

    protected override ListEntry? Map(XElement element)
    {
        if (element.Name.LocalName == "publshInformation")
        {
            string? published = element.Child("Publish_Date")?.Value.Trim();
            if (DateOnly.TryParseExact(published, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
            {
                ListDate = LocalDate.FromDateOnly(day);
            }

            return null;
        }

        string type = element.Child("sdnType")?.Value.Trim() ?? string.Empty;
        bool person = type == "Individual", organization = type == "Entity";
        var entry = new ListEntry { Kind = Texts.Slug(type) ?? "unknown", Line = ListEntry.LineOf(element), IsPerson = person, IsOrganization = organization };
        string? uid = element.Child("uid")?.Value.Trim();
        entry.RecordId = uid is { Length: > 0 } && RecordId.IsValid("ofac-" + uid) ? "ofac-" + uid : null;
        string? first = entry.Line(element.Child("firstName")), last = entry.Line(element.Child("lastName"));
        entry.Name = Texts.Join(" ", first, last);
        if (person && entry.Name is not null && (first is not null || last is not null))
        {
            entry.AddName(entry.Name, null, null, first, last);
        }

        foreach (XElement child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "firstName" or "lastName" or "sdnType":
                    break;
                case "uid":
                    entry.ListingId = uid;
                    if (uid is not null && UidPattern().IsMatch(uid))
                    {
                        entry.Identifiers.Add(new ExternalIdentifier { Scheme = "ofac", Value = uid });
                    }
                    else
                    {
                        entry.Note(SanctionsListReportCodes.IdentifierUnexpectedForm, "A uid in a form the identifier scheme does not accept: kept as the listing id only.", child);
                    }

                    break;
                case "title":
                    if (!child.IsBlank())
                    {
                        if (person)
                        {
                            entry.Position(child);
                        }
                        else
                        {
                            entry.Title(child);
                        }
                    }

                    break;
                case "remarks":
                    entry.Notes = Texts.Free(child.Value);
                    break;
                case "programList":
                    foreach (XElement program in child.Elements())
                    {
                        if (program.Name.LocalName != "program")
                        {
                            entry.Unknown(program);
                        }
                        else if (entry.Line(program) is { } key && !entry.Programmes.Contains(key))
                        {
                            entry.Programmes.Add(key);
                        }
                    }

                    break;
                case "idList":
                    foreach (XElement id in child.Elements())
                    {
                        Id(entry, id);
                    }

                    break;
                case "akaList":
                    foreach (XElement aka in child.Elements())
                    {
                        Aka(entry, aka);
                    }

                    break;
                case "addressList":
                    foreach (XElement address in child.Elements())
                    {
                        Address(entry, address);
                    }

                    break;
                case "nationalityList" or "citizenshipList":
                    foreach (XElement nationality in child.Elements())
                    {
                        if (!person)
                        {
                            entry.Note(SanctionsListReportCodes.DetailNotForKind, "A nationality of an entry that is not a person: not carried.", nationality);
                        }
                        else if (entry.CountryByName(nationality.Child("country")) is { } country && !entry.Nationalities.Contains(country))
                        {
                            entry.Nationalities.Add(country);
                        }

                        Known(entry, nationality, "uid", "country", "mainEntry");
                    }

                    break;
                case "dateOfBirthList":
                    // The main entry first: it becomes the birth date.
                    foreach (XElement item in child.Elements().OrderBy(i => i.Child("mainEntry")?.Value.Trim() == "true" ? 0 : 1))
                    {
                        Known(entry, item, "uid", "dateOfBirth", "mainEntry");
                        if (item.Child("dateOfBirth") is not { } text || text.IsBlank())
                        {
                            continue;
                        }

                        if (!person)
                        {
                            entry.Note(SanctionsListReportCodes.DetailNotForKind, "A birth date of an entry that is not a person: not carried.", text);
                        }
                        else if (ListDates.Text(text.Value) is { } date)
                        {
                            entry.AddBirthDate(date, text);
                        }
                        else
                        {
                            entry.DateUnreadable(text);
                        }
                    }

                    break;
                case "placeOfBirthList":
                    foreach (XElement item in child.Elements())
                    {
                        Known(entry, item, "uid", "placeOfBirth", "mainEntry");
                        if (!person)
                        {
                            entry.Note(SanctionsListReportCodes.DetailNotForKind, "A birth place of an entry that is not a person: not carried.", item);
                        }
                        else
                        {
                            BirthPlace(entry, item.Child("placeOfBirth"));
                        }
                    }

                    break;
                default:
                    if (!child.IsBlank())
                    {
                        entry.Unknown(child);
                    }

                    break;
            }
        }

        return entry;
    }

    private static void Known(ListEntry entry, XElement element, params string[] names)
    {
        foreach (XElement child in element.Elements())
        {
            if (!names.Contains(child.Name.LocalName) && !child.IsBlank())
            {
                entry.Unknown(child);
            }
        }
    }

    private static void Id(ListEntry entry, XElement id)
    {
        Known(entry, id, "uid", "idType", "idNumber", "idCountry", "issueDate", "expirationDate");
        string idType = id.Child("idType")?.Value.Trim() ?? string.Empty;
        string? number = entry.Line(id.Child("idNumber"));
        if (entry.IsPerson && idType.Equals("Gender", StringComparison.OrdinalIgnoreCase))
        {
            Gender? gender = number?.ToUpperInvariant() switch { "MALE" => Gender.Male, "FEMALE" => Gender.Female, _ => null };
            if (gender is null)
            {
                entry.Note(SanctionsListReportCodes.GenderNotCarried, "A gender the format does not have: not carried.", id.Child("idNumber"));
            }
            else
            {
                entry.Gender ??= gender;
            }

            return;
        }

        string upper = idType.ToUpperInvariant();
        ContactKind? contact = upper switch
        {
            _ when upper.Contains("WEBSITE", StringComparison.Ordinal) => ContactKind.Website,
            _ when upper.Contains("EMAIL", StringComparison.Ordinal) || upper.Contains("E-MAIL", StringComparison.Ordinal) => ContactKind.Email,
            _ when upper.Contains("PHONE", StringComparison.Ordinal) || upper.Contains("FAX", StringComparison.Ordinal) => ContactKind.Phone,
            _ => null,
        };
        if (contact is ContactKind contactKind)
        {
            // Format 1.1: a website, e-mail address or phone number of the entry is a contact.
            if (number is not null)
            {
                entry.AddContact(contactKind, number);
            }

            return;
        }

        IdentityDocumentKind? kind = DocumentTypes.FirstOrDefault(t => upper.Contains(t.Words, StringComparison.Ordinal)) is { Words: not null } match ? match.Kind : null;
        if (kind is null || !entry.IsPerson)
        {
            entry.Note(SanctionsListReportCodes.IdentifierNotCarried, "An id entry that is no identity document of a person the format knows (a registration number, a sanctions note…): not carried.", id);
            return;
        }

        if (number is null)
        {
            entry.Note(SanctionsListReportCodes.DocumentNotCarried, "An identity document without a number: not carried (the format requires the number).", id);
            return;
        }

        PartialDate? issued = Date(entry, id.Child("issueDate")), expires = Date(entry, id.Child("expirationDate"));
        if (issued is { } i && expires is { } e && e.IsDefinitelyBefore(i))
        {
            entry.Note(SanctionsListReportCodes.DateUnreadable, "A document's expiry before its issue: the expiry is left out.", id.Child("expirationDate"));
            expires = null;
        }

        var document = new IdentityDocument { Kind = kind, Number = number, Country = entry.CountryByName(id.Child("idCountry")), IssuedOn = issued, ExpiresOn = expires };
        if (!entry.Documents.Contains(document))
        {
            entry.Documents.Add(document);
        }
    }

    private static PartialDate? Date(ListEntry entry, XElement? element)
    {
        if (element is null || element.IsBlank())
        {
            return null;
        }

        PartialDate? date = ListDates.Text(element.Value);
        if (date is null)
        {
            entry.DateUnreadable(element);
        }

        return date;
    }

    private static void Aka(ListEntry entry, XElement aka)
    {
        Known(entry, aka, "uid", "type", "category", "firstName", "lastName");
        string? first = entry.Line(aka.Child("firstName")), last = entry.Line(aka.Child("lastName"));
        string? name = Texts.Join(" ", first, last);
        if (name is null)
        {
            return;
        }

        string type = aka.Child("type")?.Value.Trim() ?? string.Empty;
        bool parts = entry.IsPerson && first is not null && last is not null;
        entry.AddName(name, type == "f.k.a." ? NameKind.Former : NameKind.Alias, null, parts ? first : null, parts ? last : null);
        if (aka.Child("category")?.Value.Trim() == "weak")
        {
            entry.Note(SanctionsListReportCodes.NameWeak, "A weak alias: carried as an alias, without its quality.", aka.Child("category"));
        }
    }

    private static void Address(ListEntry entry, XElement address)
    {
        Known(entry, address, "uid", "address1", "address2", "address3", "city", "stateOrProvince", "postalCode", "country");
        string? street = Texts.Join(", ", entry.Line(address.Child("address1")), entry.Line(address.Child("address2")), entry.Line(address.Child("address3")));
        string? city = entry.Line(address.Child("city")), region = entry.Line(address.Child("stateOrProvince")), postal = entry.Line(address.Child("postalCode"));
        CountryCode? country = entry.CountryByName(address.Child("country"));
        if (street is not null || city is not null || region is not null || postal is not null || country is not null)
        {
            var carried = new Address { Street = street, Locality = city, Region = region, PostalCode = postal, Country = country };
            if (!entry.Addresses.Contains(carried))
            {
                entry.Addresses.Add(carried);
            }
        }
    }

    // "Ratnagiri, Maharashtra, India": the last part is the country when it is a country's name; the rest (or all) the locality.
    private static void BirthPlace(ListEntry entry, XElement? element)
    {
        string? text = entry.Line(element);
        if (text is null)
        {
            return;
        }

        int comma = text.LastIndexOf(',');
        string last = (comma < 0 ? text : text[(comma + 1)..]).Trim();
        BirthPlace place = CountryNames.TryMap(last, out CountryCode country)
            ? new BirthPlace { Locality = comma < 0 ? null : Texts.Line(text[..comma], out _), Country = country }
            : new BirthPlace { Locality = text };
        if (!entry.BirthPlaces.Contains(place))
        {
            entry.BirthPlaces.Add(place);
        }
    }

    // The form the format's "ofac" identifier scheme accepts (docs/format.md, identifier schemes).
    [GeneratedRegex("^[1-9][0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex UidPattern();
}
