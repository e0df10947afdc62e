using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>The status of a sanction measure on a given day, derived from its history (never stored). Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<SanctionStatus>))]
public enum SanctionStatus
{
    /// <summary><c>active</c>: In force.</summary>
    Active = 1,

    /// <summary><c>eased</c>: In force, but partly relaxed.</summary>
    Eased = 2,

    /// <summary><c>suspended</c>: Suspended.</summary>
    Suspended = 3,

    /// <summary><c>ended</c>: Lifted, expired or annulled.</summary>
    Ended = 4,
}
