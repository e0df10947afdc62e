using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>How serious a finding is. Only errors make data invalid. Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<Severity>))]
public enum Severity
{
    /// <summary><c>error</c>: The data breaks a rule of the format; it is invalid.</summary>
    Error = 1,

    /// <summary><c>warning</c>: The data is valid but probably wrong (a possible date conflict, a record without sources).</summary>
    Warning = 2,

    /// <summary><c>info</c>: A remark that needs no action.</summary>
    Info = 3,
}
