using NodaTime;

namespace PoliticalEvents;

/// <summary>
/// Where a fact was read: a news report, a human-rights group's case page, an official notice.
/// Every record and every sanction history entry can carry sources.
/// </summary>
/// <remarks>At least one of <see cref="Url"/> or <see cref="Title"/> must be given (checked by validation).</remarks>
public sealed record Source
{
    /// <summary>The address of the source, if it is online.</summary>
    public WebUrl? Url { get; init; }

    /// <summary>The title of the report or document.</summary>
    public string? Title { get; init; }

    /// <summary>Who published it (a newspaper, an NGO, a ministry).</summary>
    public string? Publisher { get; init; }

    /// <summary>When it was published, to the precision known.</summary>
    public PartialDate? PublishedOn { get; init; }

    /// <summary>The day the source was read (for online sources that may change).</summary>
    public LocalDate? AccessedOn { get; init; }

    /// <summary>A verbatim quote that supports the record, at most 2,000 characters. Treated as sensitive: redaction removes it from restricted records.</summary>
    public string? Quote { get; init; }

    /// <summary>The language of the source.</summary>
    public LanguageTag? Language { get; init; }

    /// <summary>An archived copy of the source (the Wayback Machine, archive.today), for when <see cref="Url"/> changes or goes. Format 1.1.</summary>
    public WebUrl? ArchiveUrl { get; init; }

    /// <summary>What kind of source it is (an official document, a court's record, media, an NGO, a witness, social media, other). Format 1.1.</summary>
    public SourceKind? Kind { get; init; }
}
