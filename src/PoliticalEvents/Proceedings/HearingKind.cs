using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>What a hearing of a proceeding was for. Wire values are the camelCase member names. Format 1.1.</summary>
[JsonConverter(typeof(WireEnumConverter<HearingKind>))]
public enum HearingKind
{
    /// <summary><c>preliminary</c>: A hearing before the trial (on detention, on the admissibility of the case).</summary>
    Preliminary = 1,

    /// <summary><c>trial</c>: A hearing of the trial at first instance.</summary>
    Trial = 2,

    /// <summary><c>verdict</c>: The hearing at which the verdict was pronounced.</summary>
    Verdict = 3,

    /// <summary><c>appeal</c>: A hearing of an appeal against the verdict, before it took effect.</summary>
    Appeal = 4,

    /// <summary><c>cassation</c>: A hearing of a further review (cassation, supervisory review) after the verdict took effect.</summary>
    Cassation = 5,

    /// <summary><c>other</c>: Any other hearing.</summary>
    Other = 6,
}
