using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>The kind of restrictive measure. Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<SanctionKind>))]
public enum SanctionKind
{
    /// <summary><c>assetFreeze</c>: Freezing of funds and economic resources (OFAC blocking).</summary>
    AssetFreeze = 1,

    /// <summary><c>travelBan</c>: Ban on entry or transit.</summary>
    TravelBan = 2,

    /// <summary><c>armsEmbargo</c>: Ban on the supply of arms and related material.</summary>
    ArmsEmbargo = 3,

    /// <summary><c>exportRestriction</c>: Restriction on exports to the target.</summary>
    ExportRestriction = 4,

    /// <summary><c>importRestriction</c>: Restriction on imports from the target.</summary>
    ImportRestriction = 5,

    /// <summary><c>financialRestriction</c>: Restriction on financial services, loans or transactions.</summary>
    FinancialRestriction = 6,

    /// <summary><c>investmentBan</c>: Ban on new investment.</summary>
    InvestmentBan = 7,

    /// <summary><c>servicesBan</c>: Ban on providing services.</summary>
    ServicesBan = 8,

    /// <summary><c>transportRestriction</c>: Restriction on flights, shipping or other transport.</summary>
    TransportRestriction = 9,

    /// <summary><c>sectoral</c>: Restrictions on a sector of an economy.</summary>
    Sectoral = 10,

    /// <summary><c>other</c>: Any other measure.</summary>
    Other = 11,
}
