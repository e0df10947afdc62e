using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>The status a designating body attributes to a detainee. Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<DesignationStatus>))]
public enum DesignationStatus
{
    /// <summary><c>politicalPrisoner</c>: Recognised as a political prisoner (for example by Viasna or Memorial, using the PACE 1900 criteria).</summary>
    PoliticalPrisoner = 1,

    /// <summary><c>prisonerOfConscience</c>: Recognised as a prisoner of conscience (Amnesty International's term).</summary>
    PrisonerOfConscience = 2,

    /// <summary><c>arbitrarilyDetained</c>: Found to be arbitrarily detained (for example by the UN Working Group on Arbitrary Detention).</summary>
    ArbitrarilyDetained = 3,

    /// <summary><c>wrongfullyDetained</c>: Determined by a government to be wrongfully detained by another state (for example under the United States' Levinson Act). Format 1.1.</summary>
    WrongfullyDetained = 4,

    /// <summary><c>hostage</c>: Held as a hostage: detained to compel a third party, such as another state, to act or refrain from acting. Format 1.1.</summary>
    Hostage = 5,
}
