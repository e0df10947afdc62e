using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>A person's gender as the sources report it; leave it out when not reported.</summary>
[JsonConverter(typeof(WireEnumConverter<Gender>))]
public enum Gender
{
    /// <summary>Female.</summary>
    Female = 1,

    /// <summary>Male.</summary>
    Male = 2,

    /// <summary>Another gender.</summary>
    Other = 3,
}
