using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>How two records are related. Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<LinkKind>))]
public enum LinkKind
{
    /// <summary><c>exchange</c>: Each was given in return for the other (a release for sanctions relief).</summary>
    Exchange = 1,

    /// <summary><c>conditionalOn</c>: The first happened on condition of the second.</summary>
    ConditionalOn = 2,

    /// <summary><c>inResponseTo</c>: The first happened in response to the second.</summary>
    InResponseTo = 3,

    /// <summary><c>partOf</c>: The first is part of the second.</summary>
    PartOf = 4,

    /// <summary><c>relatedTo</c>: The two are related in an unspecified way.</summary>
    RelatedTo = 5,
}
