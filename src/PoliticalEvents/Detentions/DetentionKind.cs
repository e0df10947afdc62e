using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>The latest known form of a deprivation of liberty. Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<DetentionKind>))]
public enum DetentionKind
{
    /// <summary><c>arrest</c>: Held by police or security services, before any court decision.</summary>
    Arrest = 1,

    /// <summary><c>pretrial</c>: Held in pre-trial detention by court order.</summary>
    Pretrial = 2,

    /// <summary><c>administrative</c>: Serving an administrative arrest (typically days to weeks, for 'petty' offences).</summary>
    Administrative = 3,

    /// <summary><c>imprisonment</c>: Serving a prison or penal-colony sentence.</summary>
    Imprisonment = 4,

    /// <summary><c>houseArrest</c>: Confined at home.</summary>
    HouseArrest = 5,

    /// <summary><c>enforcedDisappearance</c>: Held by the state while it refuses to acknowledge it or to say where.</summary>
    EnforcedDisappearance = 6,

    /// <summary><c>psychiatric</c>: Held in a psychiatric institution against the person's will.</summary>
    Psychiatric = 7,

    /// <summary><c>other</c>: Any other form.</summary>
    Other = 8,
}
