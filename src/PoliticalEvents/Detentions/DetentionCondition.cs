using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>A reported condition of detention. Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<DetentionCondition>))]
public enum DetentionCondition
{
    /// <summary><c>incommunicado</c>: Held without contact with the outside world.</summary>
    Incommunicado = 1,

    /// <summary><c>solitaryConfinement</c>: Held in solitary confinement.</summary>
    SolitaryConfinement = 2,

    /// <summary><c>deniedMedicalCare</c>: Denied needed medical care.</summary>
    DeniedMedicalCare = 3,

    /// <summary><c>deniedLegalCounsel</c>: Denied access to a lawyer.</summary>
    DeniedLegalCounsel = 4,

    /// <summary><c>deniedFamilyContact</c>: Denied contact with family.</summary>
    DeniedFamilyContact = 5,

    /// <summary><c>illTreatmentAlleged</c>: Ill-treatment or torture has been alleged.</summary>
    IllTreatmentAlleged = 6,
}
