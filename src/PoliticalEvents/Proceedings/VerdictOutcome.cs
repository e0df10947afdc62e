using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>What a court decided about a defendant. Wire values are the camelCase member names. Format 1.1.</summary>
[JsonConverter(typeof(WireEnumConverter<VerdictOutcome>))]
public enum VerdictOutcome
{
    /// <summary><c>convicted</c>: Found guilty (of at least one charge). The sentence may be unknown.</summary>
    Convicted = 1,

    /// <summary><c>acquitted</c>: Found not guilty; no sentence.</summary>
    Acquitted = 2,

    /// <summary><c>dismissed</c>: The case against the defendant was closed without a finding of guilt; no sentence.</summary>
    Dismissed = 3,

    /// <summary><c>other</c>: Any other outcome (compulsory medical measures instead of a penalty, say).</summary>
    Other = 4,
}
