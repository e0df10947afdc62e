
namespace PoliticalEvents;

/// <summary>The legal act a measure, or a step in its history, rests on.</summary>
public sealed record LegalBasis
{
    /// <summary>The act as cited ("Executive Order 14038", "Council Regulation (EC) No 765/2006").</summary>
    public required string Citation { get; init; }

    /// <summary>Where the text of the act can be read.</summary>
    public WebUrl? Url { get; init; }
}
