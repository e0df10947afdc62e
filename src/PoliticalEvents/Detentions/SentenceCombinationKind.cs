using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>How a sentence combines with earlier sentences of the same list. Wire values are the camelCase member names. Format 1.1.</summary>
[JsonConverter(typeof(WireEnumConverter<SentenceCombinationKind>))]
public enum SentenceCombinationKind
{
    /// <summary><c>concurrent</c>: Served at the same time as the sentences named; the longest decides how long the person is held.</summary>
    Concurrent = 1,

    /// <summary><c>consecutive</c>: Served after the sentences named; the terms add up.</summary>
    Consecutive = 2,

    /// <summary>
    /// <c>aggregate</c>: The one sentence a court set for several offences or verdicts, absorbing the sentences named (in
    /// full or in part): its term is what is to be served in all, and the sentences named are not served on their own
    /// ("11 years in all, absorbing the 2020 sentence of 3 years").
    /// </summary>
    Aggregate = 3,
}
