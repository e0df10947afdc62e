namespace PoliticalEvents;

/// <summary>
/// A number of people as one source gave it, with who gave it and as of when: "at least 250 detained, according to
/// Viasna, as of the next morning". Format 1.1.
/// </summary>
/// <remarks>
/// Sources often disagree, and their numbers grow as the days pass: a record keeps every count, each attributed, and
/// none is preferred. A count is a claim, never derived by this library.
/// </remarks>
public sealed record AttributedCount
{
    /// <summary>The number of people, 0 or more. On the wire a JSON number without a fraction (<c>250</c>).</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(WholeNumberConverter))]
    public required int Value { get; init; }

    /// <summary>How exact the number is: <c>exact</c>, <c>approximate</c>, or <c>atLeast</c> (a lower bound).</summary>
    public required CountQualifier Qualifier { get; init; }

    /// <summary>Who gave the number, in words ("Human Rights Centre Viasna", "Ministry of Internal Affairs").</summary>
    public required string By { get; init; }

    /// <summary>Who gave the number, as an actor record (a person or an organization).</summary>
    public ActorId? ById { get; init; }

    /// <summary>The day (or month, or year) as of which the number was given; it may grow over the following days.</summary>
    public PartialDate? AsOf { get; init; }
}
