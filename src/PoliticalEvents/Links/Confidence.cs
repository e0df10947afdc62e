using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>How confident the asserting party (or the dataset's editor) is in a link. Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<Confidence>))]
public enum Confidence
{
    /// <summary><c>high</c>: Confirmed by the parties or by several independent sources.</summary>
    High = 1,

    /// <summary><c>medium</c>: Reported by a credible source but not confirmed.</summary>
    Medium = 2,

    /// <summary><c>low</c>: Speculative or reported by a single weak source.</summary>
    Low = 3,
}
