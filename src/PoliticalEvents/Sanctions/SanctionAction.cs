using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>A step in the life of a sanction measure. Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<SanctionAction>))]
public enum SanctionAction
{
    /// <summary><c>imposed</c>: The measure was imposed; always the first step.</summary>
    Imposed = 1,

    /// <summary><c>amended</c>: The measure was changed without easing or ending it (e.g. targets added).</summary>
    Amended = 2,

    /// <summary><c>extended</c>: The measure was renewed or prolonged.</summary>
    Extended = 3,

    /// <summary><c>eased</c>: The measure was partly relaxed (e.g. a general licence) but stays in force.</summary>
    Eased = 4,

    /// <summary><c>suspended</c>: The measure was suspended; it may resume.</summary>
    Suspended = 5,

    /// <summary><c>lifted</c>: The measure was lifted.</summary>
    Lifted = 6,

    /// <summary><c>reimposed</c>: The measure was imposed again after suspension or an end.</summary>
    Reimposed = 7,

    /// <summary><c>expired</c>: The measure lapsed at the end of its term (may be given in advance, as a planned date).</summary>
    Expired = 8,

    /// <summary><c>annulled</c>: A court annulled the measure.</summary>
    Annulled = 9,
}
