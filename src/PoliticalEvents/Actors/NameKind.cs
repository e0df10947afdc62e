using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>What kind of other name an actor is known by.</summary>
[JsonConverter(typeof(WireEnumConverter<NameKind>))]
public enum NameKind
{
    /// <summary>Another name in use (a pseudonym, a short form).</summary>
    Alias = 1,

    /// <summary>A name no longer in use (before marriage, before renaming).</summary>
    Former = 2,

    /// <summary>The name in the actor's own language and script (Марыя Калеснікава).</summary>
    Native = 3,

    /// <summary>The name in another script (Maryia Kalesnikava).</summary>
    Transliteration = 4,
}
