using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>Why a detention ended. Wire values are the camelCase member names. Format 1.1.</summary>
[JsonConverter(typeof(WireEnumConverter<DetentionEndReason>))]
public enum DetentionEndReason
{
    /// <summary><c>release</c>: The person was released (pardoned, served the term, freed on bail, exchanged, …).</summary>
    Release = 1,

    /// <summary><c>death</c>: The person died in custody; <c>endedOn</c> and the person's <c>deathDate</c> should agree.</summary>
    Death = 2,

    /// <summary><c>escape</c>: The person escaped.</summary>
    Escape = 3,

    /// <summary><c>transfer</c>: Custody passed to another authority, which a further detention records.</summary>
    Transfer = 4,

    /// <summary><c>unknown</c>: The detention is known to have ended, not how.</summary>
    Unknown = 5,
}
