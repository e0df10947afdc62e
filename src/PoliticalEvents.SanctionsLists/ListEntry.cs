using System.Xml;
using System.Xml.Linq;

namespace PoliticalEvents.SanctionsLists;

/// <summary>What the importer keeps of one entry of a list, before it becomes records.</summary>
internal sealed class ListEntry
{
    public required string Kind { get; init; }

    public int? Line { get; init; }

    /// <summary>The id of the record the entry becomes (prefix and the list's own id), null until known or when unusable.</summary>
    public string? RecordId { get; set; }

    public bool IsPerson { get; set; }

    public bool IsOrganization { get; set; }

    public string? ListingId { get; set; }

    public string? Name { get; set; }

    public string? Given { get; set; }

    public string? Family { get; set; }

    public List<ActorName> OtherNames { get; } = [];

    public Gender? Gender { get; set; }

    public List<PartialDate> BirthDates { get; } = [];

    public List<BirthPlace> BirthPlaces { get; } = [];

    public List<CountryCode> Nationalities { get; } = [];

    public List<IdentityDocument> Documents { get; } = [];

    public List<Address> Addresses { get; } = [];

    /// <summary>Phone numbers, e-mail addresses, websites (format 1.1).</summary>
    public List<Contact> Contacts { get; } = [];

    /// <summary>Positions held (format 1.1 affiliations without an organization record).</summary>
    public List<Affiliation> Positions { get; } = [];

    public List<ExternalIdentifier> Identifiers { get; } = [];

    /// <summary>The regimes or programmes, as the list writes them.</summary>
    public List<string> Programmes { get; } = [];

    public PartialDate? ListedOn { get; set; }

    public string? Reason { get; set; }

    public string? Notes { get; set; }

    /// <summary>The findings about the entry, held until its record id is known.</summary>
    public List<Finding> Findings { get; } = [];

    public void Note(string code, string message, XObject? at, string? element = null, int count = 1)
        => Findings.Add(new Finding
        {
            Code = code,
            Message = message,
            Severity = Severity.Info,
            ColumnName = element ?? ElementName(at),
            Line = LineOf(at) ?? Line,
            Count = count,
        });

    public static int? LineOf(XObject? at) => at is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    /// <summary>
    /// The element's local name, with its parent's when that is not the entry itself (<c>INDIVIDUAL_ADDRESS/NOTE</c>,
    /// <c>NATIONALITY/VALUE</c>), or <c>element/@attribute</c>; bounded, since the names come from the input.
    /// </summary>
    public static string? ElementName(XObject? at)
    {
        string? name = at switch
        {
            XElement { Parent: { Parent: not null } parent } element => parent.Name.LocalName + "/" + element.Name.LocalName,
            XElement element => element.Name.LocalName,
            XAttribute attribute => (attribute.Parent?.Name.LocalName ?? string.Empty) + "/@" + attribute.Name.LocalName,
            _ => null,
        };
        return name is { Length: > 80 } ? name[..80] + "…" : name;
    }
}
