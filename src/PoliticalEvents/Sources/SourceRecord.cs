using System.Text.Json.Serialization;
using NodaTime;

namespace PoliticalEvents;

/// <summary>
/// A source that many records cite, given once: a report, a list, a court's decision. Wire type <c>source</c>. Format 1.1.
/// </summary>
/// <remarks>
/// <para>A record's <see cref="Record.Sources"/> (or a sanction history entry's) cite it by id: a <see cref="Source"/>
/// whose <see cref="Source.SourceId"/> is this record's <see cref="Record.Id"/>, with the citation's own
/// <see cref="Source.Quote"/> and <see cref="Source.Page"/>. The fields here are those of an inline
/// <see cref="Source"/> but the quote, which belongs to each citation; as for an inline source, at least one of
/// <see cref="Url"/> or <see cref="Title"/> must be given (checked by validation).</para>
/// <para>A source record has no sources of its own: <see cref="Record.Sources"/> must stay empty, and is not part of
/// its wire form (the reader refuses <c>"sources"</c> on a source record, the writers refuse a non-empty list).</para>
/// </remarks>
public sealed record SourceRecord : Record
{
    /// <summary>The address of the source, if it is online.</summary>
    [JsonPropertyOrder(-90)]
    public WebUrl? Url { get; init; }

    /// <summary>The title of the report or document.</summary>
    [JsonPropertyOrder(-89)]
    public string? Title { get; init; }

    /// <summary>Who published it (a newspaper, an NGO, a ministry).</summary>
    [JsonPropertyOrder(-88)]
    public string? Publisher { get; init; }

    /// <summary>When it was published, to the precision known.</summary>
    [JsonPropertyOrder(-87)]
    public PartialDate? PublishedOn { get; init; }

    /// <summary>The day the source was read (for online sources that may change).</summary>
    [JsonPropertyOrder(-86)]
    public LocalDate? AccessedOn { get; init; }

    /// <summary>The language of the source.</summary>
    [JsonPropertyOrder(-85)]
    public LanguageTag? Language { get; init; }

    /// <summary>An archived copy of the source (the Wayback Machine, archive.today), for when <see cref="Url"/> changes or goes.</summary>
    [JsonPropertyOrder(-84)]
    public WebUrl? ArchiveUrl { get; init; }

    /// <summary>What kind of source it is (an official document, a court's record, media, an NGO, a witness, social media, other).</summary>
    [JsonPropertyOrder(-83)]
    public SourceKind? Kind { get; init; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string TypeName => "source";

    /// <summary>A citation of this source by id, with an optional quote and page.</summary>
    /// <param name="quote">A verbatim quote that supports the citing record, at most 2,000 characters.</param>
    /// <param name="page">Where in the source (<c>12</c>, <c>12-14</c>, <c>annex II</c>).</param>
    /// <returns>The citation, to put in a record's <see cref="Record.Sources"/>.</returns>
    public Source Cite(string? quote = null, string? page = null) => new() { SourceId = Id, Quote = quote, Page = page };

    /// <summary>Value equality.</summary>
    /// <param name="other">The source record to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(SourceRecord? other)
        => base.Equals(other)
        && Url == other!.Url && Title == other.Title && Publisher == other.Publisher && PublishedOn == other.PublishedOn
        && AccessedOn == other.AccessedOn && Language == other.Language && ArchiveUrl == other.ArchiveUrl && Kind == other.Kind;

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(base.GetHashCode(), Url, Title, Publisher, PublishedOn, AccessedOn, Language, HashCode.Combine(ArchiveUrl, Kind));
}
