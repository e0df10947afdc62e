using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>The kind of penalty a court imposed. Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<SentenceKind>))]
public enum SentenceKind
{
    /// <summary><c>imprisonment</c>: Imprisonment for a term (requires <c>term</c>).</summary>
    Imprisonment = 1,

    /// <summary><c>restrictedFreedom</c>: Restriction of freedom ('khimiya' in Belarus), for a term (requires <c>term</c>).</summary>
    RestrictedFreedom = 2,

    /// <summary><c>suspended</c>: A suspended sentence with a probation term (requires <c>term</c>).</summary>
    Suspended = 3,

    /// <summary><c>houseArrest</c>: House arrest for a term (requires <c>term</c>).</summary>
    HouseArrest = 4,

    /// <summary><c>fine</c>: A fine.</summary>
    Fine = 5,

    /// <summary><c>lifeImprisonment</c>: Imprisonment for life.</summary>
    LifeImprisonment = 6,

    /// <summary><c>death</c>: The death penalty.</summary>
    Death = 7,

    /// <summary><c>other</c>: Any other penalty.</summary>
    Other = 8,
}
