using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>Whether a detention is still going on. Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<DetentionStatus>))]
public enum DetentionStatus
{
    /// <summary><c>ongoing</c>: The person is still deprived of liberty; <c>endedOn</c> must be absent.</summary>
    Ongoing = 1,

    /// <summary><c>ended</c>: The person is no longer deprived of liberty (released, served the sentence, or died).</summary>
    Ended = 2,

    /// <summary><c>unknown</c>: The sources do not say whether the detention continues.</summary>
    Unknown = 3,
}
