using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>A condition attached to a release. Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<ReleaseCondition>))]
public enum ReleaseCondition
{
    /// <summary><c>forcedExile</c>: Expelled from the country as part of the release.</summary>
    ForcedExile = 1,

    /// <summary><c>passportWithheld</c>: Released without (or stripped of) a passport.</summary>
    PassportWithheld = 2,

    /// <summary><c>travelBan</c>: Forbidden to leave the country.</summary>
    TravelBan = 3,

    /// <summary><c>probation</c>: Released on probation.</summary>
    Probation = 4,

    /// <summary><c>pardonPetitionRequired</c>: A petition for pardon was required before release.</summary>
    PardonPetitionRequired = 5,

    /// <summary><c>reportingObligation</c>: Must report regularly to the authorities.</summary>
    ReportingObligation = 6,
}
