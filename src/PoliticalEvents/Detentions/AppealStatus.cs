using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>What became of a sentence on appeal. Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<AppealStatus>))]
public enum AppealStatus
{
    /// <summary><c>notAppealed</c>: No appeal was lodged (or none was possible).</summary>
    NotAppealed = 1,

    /// <summary><c>pending</c>: An appeal has been lodged and not yet decided.</summary>
    Pending = 2,

    /// <summary><c>upheld</c>: The appeal was rejected; the sentence stands.</summary>
    Upheld = 3,

    /// <summary><c>reduced</c>: The appeal court reduced the sentence.</summary>
    Reduced = 4,

    /// <summary><c>increased</c>: The appeal court increased the sentence.</summary>
    Increased = 5,

    /// <summary><c>overturned</c>: The appeal court quashed the sentence.</summary>
    Overturned = 6,
}
