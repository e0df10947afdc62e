namespace PoliticalEvents.SanctionsLists;

/// <summary>Who publishes each list: the organization record every measure names as imposer, and the list as a source.</summary>
internal sealed record Imposer(string Prefix, RecordId Id, string Name, OrganizationKind Kind, CountryCode? Country, string ListTitle)
{
    public static Imposer Of(SanctionsListFormat format) => format switch
    {
        SanctionsListFormat.Un => new("un", (RecordId)"un-security-council", "United Nations Security Council", OrganizationKind.Intergovernmental, null, "United Nations Security Council Consolidated List"),
        SanctionsListFormat.Eu => new("eu", (RecordId)"eu-council", "Council of the European Union", OrganizationKind.Intergovernmental, null, "Consolidated list of persons, groups and entities subject to EU financial sanctions"),
        SanctionsListFormat.Ofac => new("ofac", (RecordId)"us-ofac", "Office of Foreign Assets Control", OrganizationKind.GovernmentBody, CountryCode.Parse("US"), "Specially Designated Nationals and Blocked Persons List (SDN)"),
        _ => throw new ArgumentOutOfRangeException(nameof(format), "Not a list the importer reads."),
    };

    public ListReader Reader(SanctionsListReport report, SanctionsListFormat format) => format switch
    {
        SanctionsListFormat.Un => new UnListReader(report),
        SanctionsListFormat.Eu => new EuListReader(report),
        _ => new OfacListReader(report),
    };
}
