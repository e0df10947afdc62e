using NodaTime;

namespace PoliticalEvents;

/// <summary>
/// Where a fact was read: a news report, a human-rights group's case page, an official notice.
/// Every record and every sanction history entry can carry sources.
/// </summary>
/// <remarks>
/// <para>A source is given in one of two ways. <b>Inline</b>: its own <see cref="Url"/> and/or <see cref="Title"/> (at
/// least one of them, checked by validation) and the other fields. <b>By id</b> (format 1.1): <see cref="SourceId"/>
/// names a <see cref="SourceRecord"/> of the dataset that holds the source's fields once for every record citing it,
/// and the citation carries nothing but <see cref="SourceId"/>, <see cref="Quote"/> and <see cref="Page"/> (what is
/// particular to this citation); validation refuses any other field beside a <see cref="SourceId"/>. Tell the two apart
/// with <see cref="IsCitationById"/>; <see cref="ResolvedWith"/> gives a citation by id as an inline source.</para>
/// </remarks>
public sealed record Source
{
    /// <summary>
    /// The <see cref="SourceRecord"/> (a record of type <c>source</c> of the same dataset) this citation names, for a
    /// citation by id; null for a source given inline. Format 1.1.
    /// </summary>
    public RecordId? SourceId { get; init; }

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

    /// <summary>
    /// Where in the source the fact is, as text: <c>12</c>, <c>12-14</c>, <c>annex II</c>. For a citation by id or an inline
    /// source. Format 1.1.
    /// </summary>
    public string? Page { get; init; }

    /// <summary>The language of the source.</summary>
    public LanguageTag? Language { get; init; }

    /// <summary>An archived copy of the source (the Wayback Machine, archive.today), for when <see cref="Url"/> changes or goes. Format 1.1.</summary>
    public WebUrl? ArchiveUrl { get; init; }

    /// <summary>What kind of source it is (an official document, a court's record, media, an NGO, a witness, social media, other). Format 1.1.</summary>
    public SourceKind? Kind { get; init; }

    /// <summary>Whether this is a citation by id (<see cref="SourceId"/> is set) rather than a source given inline.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsCitationById => SourceId is not null;

    /// <summary>
    /// This citation as an inline source: the fields of <paramref name="record"/> with this citation's
    /// <see cref="Quote"/> and <see cref="Page"/>. A source given inline is returned unchanged.
    /// </summary>
    /// <param name="record">The source record this citation names.</param>
    /// <returns>The inline source.</returns>
    /// <exception cref="ArgumentException"><paramref name="record"/> is not the record this citation names.</exception>
    public Source ResolvedWith(SourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (SourceId is not { } id)
        {
            return this;
        }

        if (id != record.Id)
        {
            throw new ArgumentException("The source record is not the one this citation names.", nameof(record));
        }

        return new Source
        {
            Url = record.Url,
            Title = record.Title,
            Publisher = record.Publisher,
            PublishedOn = record.PublishedOn,
            AccessedOn = record.AccessedOn,
            Quote = Quote,
            Page = Page,
            Language = record.Language,
            ArchiveUrl = record.ArchiveUrl,
            Kind = record.Kind,
        };
    }
}
