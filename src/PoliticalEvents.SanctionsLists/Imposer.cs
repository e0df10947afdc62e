namespace PoliticalEvents.SanctionsLists;

/// <summary>Who publishes each list: the organization record every measure names as imposer, and the list as a source.</summary>
/// <remarks>
/// The kind of each list's measures: the EU file lists those under financial sanctions (asset freezes), SDN listing
/// blocks property; the UN list names those subject to a regime's measures, which combine an asset freeze, a travel ban
/// and an arms embargo differently by regime and, for a few listings, by entry, and its XML does not say which: other.
/// </remarks>
internal sealed record Imposer(string Prefix, RecordId Id, string Name, OrganizationKind Kind, CountryCode? Country, string ListTitle, SanctionKind MeasureKind, string MeasureSuffix)
{
    public static Imposer Of(SanctionsListFormat format) => format switch
    {
        SanctionsListFormat.Un => new("un", (RecordId)"un-security-council", "United Nations Security Council", OrganizationKind.Intergovernmental, null, "United Nations Security Council Consolidated List", SanctionKind.Other, "sanctions"),
        SanctionsListFormat.Eu => new("eu", (RecordId)"eu-council", "Council of the European Union", OrganizationKind.Intergovernmental, null, "Consolidated list of persons, groups and entities subject to EU financial sanctions", SanctionKind.AssetFreeze, "asset-freeze"),
        SanctionsListFormat.Ofac => new("ofac", (RecordId)"us-ofac", "Office of Foreign Assets Control", OrganizationKind.GovernmentBody, CountryCode.Parse("US"), "Specially Designated Nationals and Blocked Persons List (SDN)", SanctionKind.AssetFreeze, "asset-freeze"),
        _ => throw new ArgumentOutOfRangeException(nameof(format), "Not a list the importer reads."),
    };

    public ListReader Reader(SanctionsListReport report, SanctionsListFormat format) => format switch
    {
        SanctionsListFormat.Un => new UnListReader(report),
        SanctionsListFormat.Eu => new EuListReader(report),
        _ => new OfacListReader(report),
    };
}
