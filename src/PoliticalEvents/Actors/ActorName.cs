
namespace PoliticalEvents;

/// <summary>Another name of an actor: a spelling in another language or script, an alias, a former name.</summary>
public sealed record ActorName
{
    /// <summary>The name as written.</summary>
    public required string Value { get; init; }

    /// <summary>The language (and script) the name is written in.</summary>
    public LanguageTag? Language { get; init; }

    /// <summary>What kind of name this is; unknown when null.</summary>
    public NameKind? Kind { get; init; }
}
