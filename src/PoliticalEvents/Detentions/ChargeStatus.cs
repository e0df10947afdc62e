using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>Where a charge stands. Wire values are the camelCase member names. Format 1.1.</summary>
[JsonConverter(typeof(WireEnumConverter<ChargeStatus>))]
public enum ChargeStatus
{
    /// <summary><c>brought</c>: Brought, and not yet decided.</summary>
    Brought = 1,

    /// <summary><c>requalified</c>: Replaced by another charge (tax evasion requalified as smuggling, say); the new charge is a further entry.</summary>
    Requalified = 2,

    /// <summary><c>dropped</c>: Dropped by the prosecution or the court without a verdict.</summary>
    Dropped = 3,

    /// <summary><c>convicted</c>: The defendant was convicted on it.</summary>
    Convicted = 4,

    /// <summary><c>acquitted</c>: The defendant was acquitted of it.</summary>
    Acquitted = 5,
}
