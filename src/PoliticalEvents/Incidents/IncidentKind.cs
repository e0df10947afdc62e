using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>What happened in an <see cref="Incident"/>. Wire values are the camelCase member names. Format 1.1.</summary>
[JsonConverter(typeof(WireEnumConverter<IncidentKind>))]
public enum IncidentKind
{
    /// <summary>
    /// <c>deathInCustody</c>: The subjects died in custody or in the hands of the authorities; each subject's
    /// <c>deathDate</c> should agree with <see cref="Incident.OccurredOn"/> (checked by validation, as a warning).
    /// </summary>
    DeathInCustody = 1,

    /// <summary><c>torture</c>: Torture, as those who report it call it.</summary>
    Torture = 2,

    /// <summary><c>illTreatment</c>: Cruel, inhuman or degrading treatment short of what is called torture (beatings, cold cells, denied sleep).</summary>
    IllTreatment = 3,

    /// <summary><c>enforcedDisappearance</c>: The authorities held the subjects while denying it or hiding where they were.</summary>
    EnforcedDisappearance = 4,

    /// <summary><c>hungerStrike</c>: The subjects refused food in protest.</summary>
    HungerStrike = 5,

    /// <summary><c>forcedConfession</c>: A confession or "repentance" obtained by pressure, often filmed and broadcast.</summary>
    ForcedConfession = 6,

    /// <summary><c>medicalEmergency</c>: A grave illness or injury in custody (a stroke, a heart attack, a suicide attempt).</summary>
    MedicalEmergency = 7,

    /// <summary><c>other</c>: A grave event of another kind; <c>accounts</c> or <c>notes</c> say what.</summary>
    Other = 8,
}
