using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>The kind of place a person is held in. Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<FacilityKind>))]
public enum FacilityKind
{
    /// <summary><c>policeStation</c>: A police station or temporary holding facility.</summary>
    PoliceStation = 1,

    /// <summary><c>pretrialCentre</c>: A pre-trial detention centre (SIZO).</summary>
    PretrialCentre = 2,

    /// <summary><c>prison</c>: A prison.</summary>
    Prison = 3,

    /// <summary><c>penalColony</c>: A penal colony.</summary>
    PenalColony = 4,

    /// <summary><c>psychiatricHospital</c>: A psychiatric hospital.</summary>
    PsychiatricHospital = 5,

    /// <summary><c>other</c>: Any other place.</summary>
    Other = 6,
}
