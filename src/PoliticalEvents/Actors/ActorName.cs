
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

    /// <summary>The given name(s) within <see cref="Value"/> ("Maryia"), when the source gives the parts; a person's names only. Format 1.1.</summary>
    public string? Given { get; init; }

    /// <summary>The family name within <see cref="Value"/> ("Kalesnikava"); a person's names only. Format 1.1.</summary>
    public string? Family { get; init; }

    /// <summary>The patronymic within <see cref="Value"/> ("Aliaksandrauna"), as Eastern Slavic and other names have; a person's names only. Format 1.1.</summary>
    public string? Patronymic { get; init; }
}
