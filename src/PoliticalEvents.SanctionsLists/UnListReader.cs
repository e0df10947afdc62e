using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace PoliticalEvents.SanctionsLists;

/// <summary>The UN Security Council Consolidated List: <c>CONSOLIDATED_LIST</c> with <c>INDIVIDUALS/INDIVIDUAL</c> and <c>ENTITIES/ENTITY</c>.</summary>
internal sealed partial class UnListReader(SanctionsListReport report) : ListReader(report)
{
    // The name in up to four parts, which the list does not say are given or family names.
    private static readonly string[] NameParts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    public override string RootName => "CONSOLIDATED_LIST";

    protected override void ReadRoot(XmlReader reader) => ListDate = ListDates.IsoDay(reader.GetAttribute("dateGenerated"));

    protected override bool IsContainer(XmlReader reader) => reader.LocalName is "INDIVIDUALS" or "ENTITIES";

    protected override bool IsWhole(XmlReader reader) => reader.LocalName is "INDIVIDUAL" or "ENTITY";

    protected override ListEntry? Map(XElement element)
    {
        bool person = element.Name.LocalName == "INDIVIDUAL";
        var entry = new ListEntry { Kind = person ? "individual" : "entity", Line = ListEntry.LineOf(element), IsPerson = person, IsOrganization = !person };
        string? id = element.Child("DATAID")?.Value.Trim();
        entry.RecordId = id is { Length: > 0 } && RecordId.IsValid("un-" + id) ? "un-" + id : null;
        entry.Name = Texts.Join(" ", NameParts.Select(n => entry.Line(element.Child(n))).ToArray());
        foreach (XElement child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "DATAID" or "FIRST_NAME" or "SECOND_NAME" or "THIRD_NAME" or "FOURTH_NAME":
                    break;
                case "VERSIONNUM" or "LIST_TYPE" or "SORT_KEY" or "SORT_KEY_LAST_MOD":
                    // Bookkeeping of the list itself (a version counter, "UN List", sort keys): not facts about the entry.
                    break;
                case "UN_LIST_TYPE":
                    if (entry.Line(child) is { } regime)
                    {
                        entry.Programmes.Add(regime);
                    }

                    break;
                case "REFERENCE_NUMBER":
                    entry.ListingId = entry.Line(child);
                    if (entry.ListingId is { } reference)
                    {
                        if (ReferencePattern().IsMatch(reference))
                        {
                            entry.Identifiers.Add(new ExternalIdentifier { Scheme = "un-sc", Value = reference });
                        }
                        else
                        {
                            entry.Note(SanctionsListReportCodes.IdentifierUnexpectedForm, "A reference in a form the identifier scheme does not accept: kept as the listing id only.", child);
                        }
                    }

                    break;
                case "LISTED_ON":
                    if (!child.IsBlank())
                    {
                        if (ListDates.IsoDay(child.Value) is { } listed)
                        {
                            entry.ListedOn = PartialDate.FromDate(listed);
                        }
                        else
                        {
                            entry.DateUnreadable(child);
                        }
                    }

                    break;
                case "GENDER" when person:
                    Gender(entry, child);
                    break;
                case "COMMENTS1":
                    entry.Notes = Texts.Free(child.Value);
                    break;
                case "NAME_ORIGINAL_SCRIPT":
                    entry.AddName(entry.Line(child), NameKind.Native);
                    break;
                case "TITLE":
                    foreach (XElement value in child.Children("VALUE").Where(v => !v.IsBlank()))
                    {
                        entry.Title(value);
                    }

                    break;
                case "DESIGNATION":
                    foreach (XElement value in child.Children("VALUE").Where(v => !v.IsBlank()))
                    {
                        entry.Position(value);
                    }

                    break;
                case "NATIONALITY" when person:
                    foreach (XElement value in child.Children("VALUE"))
                    {
                        if (entry.CountryByName(value) is { } country && !entry.Nationalities.Contains(country))
                        {
                            entry.Nationalities.Add(country);
                        }
                    }

                    break;
                case "LAST_DAY_UPDATED":
                    if (child.Children("VALUE").Any(v => !v.IsBlank()))
                    {
                        entry.Note(SanctionsListReportCodes.LastUpdatedNotCarried, "The day the entry was last amended: the format has no field for it (a record's modifiedAt is when the dataset's record changed), so it is not carried.", child);
                    }

                    break;
                case "INDIVIDUAL_ALIAS" or "ENTITY_ALIAS":
                    Alias(entry, child);
                    break;
                case "INDIVIDUAL_ADDRESS" or "ENTITY_ADDRESS":
                    Address(entry, child);
                    break;
                case "INDIVIDUAL_DATE_OF_BIRTH" when person:
                    BirthDate(entry, child);
                    break;
                case "INDIVIDUAL_PLACE_OF_BIRTH" when person:
                    BirthPlace(entry, child);
                    break;
                case "INDIVIDUAL_DOCUMENT" when person:
                    Document(entry, child);
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

    private static void Gender(ListEntry entry, XElement element)
    {
        string? value = entry.Line(element);
        entry.Gender = value?.ToUpperInvariant() switch
        {
            null or "UNKNOWN" => null,
            "MALE" => PoliticalEvents.Gender.Male,
            "FEMALE" => PoliticalEvents.Gender.Female,
            _ => null,
        };
        if (value is not null && entry.Gender is null && !value.Equals("Unknown", StringComparison.OrdinalIgnoreCase))
        {
            entry.Note(SanctionsListReportCodes.GenderNotCarried, "A gender the format does not have: not carried.", element);
        }
    }

    private static void Alias(ListEntry entry, XElement alias)
    {
        string? name = entry.Line(alias.Child("ALIAS_NAME"));
        if (name is null)
        {
            return;
        }

        string quality = alias.Child("QUALITY")?.Value.Trim() ?? string.Empty;
        entry.AddName(name, quality == "f.k.a." ? NameKind.Former : NameKind.Alias);
        if (quality == "Low")
        {
            entry.Note(SanctionsListReportCodes.NameWeak, "A low-quality alias: carried as an alias, without its quality.", alias.Child("QUALITY"));
        }

        foreach (XElement child in alias.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "ALIAS_NAME" or "QUALITY":
                    break;
                case "NOTE" or "DATE_OF_BIRTH" or "CITY_OF_BIRTH" or "COUNTRY_OF_BIRTH":
                    if (!child.IsBlank())
                    {
                        entry.Note(SanctionsListReportCodes.NameDetailNotCarried, "A detail given for one alias (a birth date, place or note): the alias is carried, the detail is not.", child);
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
    }

    private static void Address(ListEntry entry, XElement address)
    {
        string? street = null, city = null, region = null, postal = null;
        CountryCode? country = null;
        foreach (XElement child in address.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "STREET":
                    street = entry.Line(child);
                    break;
                case "CITY":
                    city = entry.Line(child);
                    break;
                case "STATE_PROVINCE":
                    region = entry.Line(child);
                    break;
                case "ZIP_CODE":
                    postal = entry.Line(child);
                    break;
                case "COUNTRY":
                    country = entry.CountryByName(child);
                    break;
                case "NOTE":
                    if (!child.IsBlank())
                    {
                        entry.Note(SanctionsListReportCodes.AddressDetailNotCarried, "A note on an address: not carried.", child);
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

        if (street is not null || city is not null || region is not null || postal is not null || country is not null)
        {
            entry.Addresses.Add(new Address { Street = street, Locality = city, Region = region, PostalCode = postal, Country = country });
        }
    }

    private static void BirthDate(ListEntry entry, XElement birth)
    {
        string type = birth.Child("TYPE_OF_DATE")?.Value.Trim().ToUpperInvariant() ?? string.Empty;
        XElement? day = birth.Child("DATE"), year = birth.Child("YEAR"), from = birth.Child("FROM_YEAR"), to = birth.Child("TO_YEAR");
        bool approximate = type == "APPROXIMATELY";
        foreach (XElement child in birth.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "TYPE_OF_DATE" or "DATE" or "YEAR" or "FROM_YEAR" or "TO_YEAR":
                    break;
                case "NOTE":
                    if (!child.IsBlank())
                    {
                        entry.Note(SanctionsListReportCodes.BirthNote, "A note on a birth date: not carried (the date is carried as the list gives it).", child);
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

        if (day is not null && !day.IsBlank())
        {
            PartialDate? date = ListDates.IsoDay(day.Value) is { } d ? ListDates.FromParts(d.Year, d.Month, d.Day, approximate) : null;
            Add(date, day);
        }
        else if (year is not null && !year.IsBlank())
        {
            Add(ListDates.FromParts(ListDates.Number(year.Value), null, null, approximate), year);
        }
        else if (from is not null && to is not null && !from.IsBlank() && !to.IsBlank())
        {
            Add(ListDates.Between(ListDates.FromParts(ListDates.Number(from.Value), null, null, approximate), ListDates.FromParts(ListDates.Number(to.Value), null, null, approximate)), from);
        }
        else if (from is not null && !from.IsBlank())
        {
            entry.DateUnreadable(from);
        }

        void Add(PartialDate? date, XElement at)
        {
            if (date is null)
            {
                entry.DateUnreadable(at);
            }
            else
            {
                entry.AddBirthDate(date, at);
            }
        }
    }

    private static void BirthPlace(ListEntry entry, XElement place)
    {
        string? street = null, city = null, region = null;
        CountryCode? country = null;
        foreach (XElement child in place.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "STREET":
                    street = entry.Line(child);
                    break;
                case "CITY":
                    city = entry.Line(child);
                    break;
                case "STATE_PROVINCE":
                    region = entry.Line(child);
                    break;
                case "COUNTRY":
                    country = entry.CountryByName(child);
                    break;
                case "NOTE":
                    if (!child.IsBlank())
                    {
                        entry.Note(SanctionsListReportCodes.BirthNote, "A note on a birth place: not carried.", child);
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

        string? locality = Texts.Join(", ", street, city, region);
        if (locality is not null || country is not null)
        {
            var birthPlace = new BirthPlace { Locality = locality, Country = country };
            if (!entry.BirthPlaces.Contains(birthPlace))
            {
                entry.BirthPlaces.Add(birthPlace);
            }
        }
    }

    private static void Document(ListEntry entry, XElement document)
    {
        if (document.IsBlank() && !document.HasElements)
        {
            return;
        }

        string? type = null, type2 = null, number = null;
        CountryCode? country = null;
        PartialDate? issued = null;
        foreach (XElement child in document.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "TYPE_OF_DOCUMENT":
                    type = entry.Line(child);
                    break;
                case "TYPE_OF_DOCUMENT2":
                    type2 = entry.Line(child);
                    break;
                case "NUMBER":
                    number = entry.Line(child);
                    break;
                case "ISSUING_COUNTRY" or "COUNTRY_OF_ISSUE":
                    if (entry.CountryByName(child) is { } issuing)
                    {
                        if (country is null || country == issuing)
                        {
                            country = issuing;
                        }
                        else
                        {
                            entry.Note(SanctionsListReportCodes.DocumentDetailNotCarried, "A second, different country of issue of an identity document: the first is kept.", child);
                        }
                    }

                    break;
                case "DATE_OF_ISSUE":
                    if (!child.IsBlank())
                    {
                        issued = ListDates.IsoDay(child.Value) is { } day ? PartialDate.FromDate(day) : null;
                        if (issued is null)
                        {
                            entry.DateUnreadable(child);
                        }
                    }

                    break;
                case "CITY_OF_ISSUE" or "NOTE":
                    if (!child.IsBlank())
                    {
                        entry.Note(SanctionsListReportCodes.DocumentDetailNotCarried, "A detail of an identity document the format has no place for: not carried.", child);
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

        if (number is null)
        {
            if (type is not null || type2 is not null || country is not null || issued is not null)
            {
                entry.Note(SanctionsListReportCodes.DocumentNotCarried, "An identity document without a number: not carried (the format requires the number).", document);
            }

            return;
        }

        IdentityDocumentKind kind = EntryParts.DocumentKind(type);
        if (kind == IdentityDocumentKind.Other && type2 is not null)
        {
            kind = EntryParts.DocumentKind(type2);
        }

        var carried = new IdentityDocument { Kind = kind, Number = number, Country = country, IssuedOn = issued };
        if (!entry.Documents.Contains(carried))
        {
            entry.Documents.Add(carried);
        }
    }

    // The form the format's "un-sc" identifier scheme accepts (docs/format.md, identifier schemes).
    [GeneratedRegex("^[A-Z]{2}[ie]\\.[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();
}
