using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>How exact a reported count is. Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<CountQualifier>))]
public enum CountQualifier
{
    /// <summary><c>exact</c>: The count is stated as exact ("123 prisoners").</summary>
    Exact = 1,

    /// <summary><c>approximate</c>: The count is approximate ("about 120").</summary>
    Approximate = 2,

    /// <summary><c>atLeast</c>: The count is a lower bound ("at least 100").</summary>
    AtLeast = 3,
}
