using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>What kind of source a source is. Wire values are the camelCase member names. Format 1.1.</summary>
[JsonConverter(typeof(WireEnumConverter<SourceKind>))]
public enum SourceKind
{
    /// <summary><c>officialDocument</c>: A document of a state or an intergovernmental body (a decree, a sanctions list, a notice).</summary>
    OfficialDocument = 1,

    /// <summary><c>court</c>: A court's own record (a verdict, a hearing schedule, a case register).</summary>
    Court = 2,

    /// <summary><c>media</c>: A news report.</summary>
    Media = 3,

    /// <summary><c>ngo</c>: A human-rights group's or other NGO's publication (a case page, a list of political prisoners).</summary>
    Ngo = 4,

    /// <summary><c>witness</c>: A witness's account, given to the documenter.</summary>
    Witness = 5,

    /// <summary><c>socialMedia</c>: A post on social media.</summary>
    SocialMedia = 6,

    /// <summary><c>other</c>: None of these.</summary>
    Other = 7,
}
