using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>What sort of body an organization is.</summary>
[JsonConverter(typeof(WireEnumConverter<OrganizationKind>))]
public enum OrganizationKind
{
    /// <summary>A sovereign state as a whole (the Republic of Belarus). Requires a country.</summary>
    State = 1,

    /// <summary>A ministry, agency or office of a state (OFAC, a prosecutor's office). Requires a country.</summary>
    GovernmentBody = 2,

    /// <summary>A court or tribunal. Requires a country.</summary>
    Court = 3,

    /// <summary>Police, intelligence or security service (the KGB of Belarus). Requires a country.</summary>
    SecurityService = 4,

    /// <summary>A political party or movement.</summary>
    PoliticalParty = 5,

    /// <summary>A non-governmental organization (a human-rights group).</summary>
    Ngo = 6,

    /// <summary>A news organization.</summary>
    Media = 7,

    /// <summary>A company (including state-owned ones such as Belaruskali).</summary>
    Company = 8,

    /// <summary>An intergovernmental organization (the EU, the UN).</summary>
    Intergovernmental = 9,

    /// <summary>Anything else.</summary>
    Other = 10,
}
