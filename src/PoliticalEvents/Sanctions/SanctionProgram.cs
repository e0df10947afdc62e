namespace PoliticalEvents;

/// <summary>The sanctions programme a measure belongs to, e.g. code <c>BELARUS-EO14038</c>.</summary>
public sealed record SanctionProgram
{
    /// <summary>The programme's code as the imposer or OpenSanctions writes it (<c>BELARUS-EO14038</c>, <c>EU-BLR</c>).</summary>
    public string? Code { get; init; }

    /// <summary>The programme's name in words.</summary>
    public string? Name { get; init; }
}
