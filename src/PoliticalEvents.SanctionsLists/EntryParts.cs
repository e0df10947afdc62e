using System.Xml.Linq;

namespace PoliticalEvents.SanctionsLists;

/// <summary>The steps every list's mapping shares: texts, countries, names, dates, each noting what it cannot carry.</summary>
internal static class EntryParts
{
    /// <summary>The text of an element or attribute as one line (see <see cref="Texts.Line"/>); notes a cleaned value.</summary>
    public static string? Line(this ListEntry entry, XObject? at)
    {
        string? raw = at switch
        {
            XElement element => element.Value,
            XAttribute attribute => attribute.Value,
            _ => null,
        };
        string? line = Texts.Line(raw, out bool cleaned);
        if (cleaned)
        {
            entry.Note(SanctionsListReportCodes.ValueCleaned, "Control or invisible characters were removed from a name or identifying text.", at);
        }

        return line;
    }

    /// <summary>A country given by name, mapped to its code; an unmapped name is noted and left out.</summary>
    public static CountryCode? CountryByName(this ListEntry entry, XObject? at)
    {
        string? name = entry.Line(at);
        if (name is null)
        {
            return null;
        }

        if (CountryNames.TryMap(name, out CountryCode code))
        {
            return code;
        }

        entry.Note(SanctionsListReportCodes.CountryUnmapped, "A country name that is not in the importer's table of country names: left out, not guessed.", at);
        return null;
    }

    /// <summary>A country given by its ISO code (EU); <c>00</c> and empty mean unknown.</summary>
    public static CountryCode? CountryByCode(this ListEntry entry, XAttribute? at)
    {
        string? code = at?.Value.Trim();
        if (string.IsNullOrEmpty(code) || code == "00")
        {
            return null;
        }

        if (CountryCode.TryParse(code.ToUpperInvariant(), out CountryCode parsed))
        {
            return parsed;
        }

        entry.Note(SanctionsListReportCodes.CountryUnmapped, "A country code that is not an assigned ISO 3166-1 code: left out.", at);
        return null;
    }

    /// <summary>Adds a name other than the primary one, once.</summary>
    public static void AddName(this ListEntry entry, string? value, NameKind? kind, LanguageTag? language = null, string? given = null, string? family = null)
    {
        if (value is null || (value == entry.Name && kind is null && language is null && given is null && family is null))
        {
            return;
        }

        var name = new ActorName { Value = value, Kind = kind, Language = language, Given = given, Family = family };
        if (!entry.OtherNames.Contains(name))
        {
            entry.OtherNames.Add(name);
        }
    }

    /// <summary>
    /// Adds a birth date; a second or later one is noted: the person's birth date becomes the span that holds them all
    /// (<see cref="BirthDateSpan"/>).
    /// </summary>
    public static void AddBirthDate(this ListEntry entry, PartialDate? date, XObject at)
    {
        if (date is not { } value || entry.BirthDates.Contains(value))
        {
            return;
        }

        if (entry.BirthDates.Count > 0)
        {
            entry.Note(SanctionsListReportCodes.BirthDateAlternative, "Another birth date: a person has one birth date in the format, so it is the span from the earliest to the latest the list gives, which claims no more than they do.", at);
        }

        entry.BirthDates.Add(value);
    }

    /// <summary>
    /// The one birth date that the list's alternatives (<c>1979</c>, <c>1980</c> or <c>1981</c>) certainly agree with:
    /// itself when there is one, else the interval from the start of the earliest to the end of the latest
    /// (<c>1979/1981</c>), open on a side where one of them is open. Less precise than the alternatives, never wrong: a
    /// single pick would claim what the list does not.
    /// </summary>
    public static PartialDate? BirthDateSpan(IReadOnlyList<PartialDate> dates)
    {
        if (dates.Count <= 1)
        {
            return dates.Count == 0 ? null : dates[0];
        }

        PartialDate first = dates.MinBy(static d => d.Earliest), last = dates.MaxBy(static d => d.Latest);
        return (first.Start, last.End) switch
        {
            ({ } start, { } end) => PartialDate.Between(start, end),
            (null, { } end) => PartialDate.OnOrBefore(end),
            ({ } start, null) => PartialDate.OnOrAfter(start),
            _ => first,
        };
    }

    /// <summary>Adds a contact (format 1.1), once.</summary>
    public static void AddContact(this ListEntry entry, ContactKind kind, string value)
    {
        var contact = new Contact { Kind = kind, Value = value };
        if (!entry.Contacts.Contains(contact))
        {
            entry.Contacts.Add(contact);
        }
    }

    /// <summary>A date that could not be read.</summary>
    public static void DateUnreadable(this ListEntry entry, XObject at)
        => entry.Note(SanctionsListReportCodes.DateUnreadable, "A date that cannot be read as a day, month or year: left out.", at);

    /// <summary>
    /// A position or function the entry holds, as the list words it: an affiliation without an organization record
    /// (format 1.1), undated, since the lists date none ("former" stays in the words).
    /// </summary>
    public static void Position(this ListEntry entry, XObject at)
    {
        if (entry.Line(at) is { } role)
        {
            var position = new Affiliation { Role = role };
            if (!entry.Positions.Contains(position))
            {
                entry.Positions.Add(position);
            }
        }
    }

    /// <summary>A title or honorific.</summary>
    public static void Title(this ListEntry entry, XObject at)
        => entry.Note(SanctionsListReportCodes.TitleNotCarried, "A title or honorific: not carried.", at);

    /// <summary>
    /// An element or attribute the mapping does not know, named by the element it is in (<c>INDIVIDUAL/*</c>,
    /// <c>identification/@*</c>) and its line: its own name comes from the input, not from the list's format, so it is
    /// not shown (as the CSV import shows an unknown header only by its position).
    /// </summary>
    public static void Unknown(this ListEntry entry, XObject at)
        => entry.Note(SanctionsListReportCodes.ElementUnknown, "An element or attribute the importer does not know: not imported.", at, UnknownName(at));

    /// <summary>Where an unknown element or attribute is: its parent's name with <c>/*</c> or <c>/@*</c>.</summary>
    public static string UnknownName(XObject at) => at switch
    {
        XAttribute attribute => (attribute.Parent?.Name.LocalName ?? string.Empty) + "/@*",
        _ => (at.Parent?.Name.LocalName ?? string.Empty) + "/*",
    };

    /// <summary>The identity document kind a list's document type names, by its words.</summary>
    public static IdentityDocumentKind DocumentKind(string? type)
    {
        string text = type?.ToUpperInvariant() ?? string.Empty;
        return text switch
        {
            _ when text.Contains("PASSPORT", StringComparison.Ordinal) || text.Contains("PASAPORTE", StringComparison.Ordinal) || text.Contains("PASSEPORT", StringComparison.Ordinal) => IdentityDocumentKind.Passport,
            _ when text.Contains("RESIDEN", StringComparison.Ordinal) => IdentityDocumentKind.ResidencePermit,
            _ when text.Contains("TAX", StringComparison.Ordinal) => IdentityDocumentKind.TaxId,
            _ when text.Contains("NATIONAL", StringComparison.Ordinal) || text.Contains("IDENTI", StringComparison.Ordinal) || text.Contains("CEDULA", StringComparison.Ordinal) || text == "ID" => IdentityDocumentKind.NationalId,
            _ => IdentityDocumentKind.Other,
        };
    }

    /// <summary>The child elements with one of the names, in document order.</summary>
    public static IEnumerable<XElement> Children(this XElement element, string name) => element.Elements().Where(e => e.Name.LocalName == name);

    /// <summary>The first child element with the name, or null.</summary>
    public static XElement? Child(this XElement element, string name) => element.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    /// <summary>True when the element holds no text (an empty placeholder, as the UN list writes them).</summary>
    public static bool IsBlank(this XElement element) => string.IsNullOrWhiteSpace(element.Value) && !element.HasAttributes;
}
