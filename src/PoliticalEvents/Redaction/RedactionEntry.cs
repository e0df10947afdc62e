namespace PoliticalEvents.Redaction;

/// <summary>
/// One thing a redaction did: dropped a record, removed an entry, a reference or a field. It says what (a stable
/// code), where in the input (a JSON Pointer and, when known, the line) and why, in words that never repeat what was
/// removed.
/// </summary>
/// <remarks>
/// The report is for whoever publishes the output, not for publication: it names the ids of the records it dropped or
/// changed, and ids may have been built from names (docs/redaction.md).
/// </remarks>
public sealed record RedactionEntry
{
    /// <summary>What happened: one of <see cref="RedactionCodes"/>.</summary>
    public required string Code { get; init; }

    /// <summary>
    /// An RFC 6901 JSON Pointer into the input to what was removed, or to what made a record go: <c>/records/3/notes</c>
    /// in a document, <c>/notes</c> (within the line's record) for JSON Lines; for a dropped record, the record itself
    /// or the reference that dangled (<c>/records/5/subjectId</c>).
    /// </summary>
    public required string Path { get; init; }

    /// <summary>The id of the record concerned.</summary>
    public required string RecordId { get; init; }

    /// <summary>Why, for people; never the removed content. May be reworded, unlike <see cref="Code"/>.</summary>
    public required string Message { get; init; }

    /// <summary>The 1-based line of the input where the record is (JSON Lines) or begins (a streamed document), when known.</summary>
    public int? Line { get; init; }

    /// <summary>A one-line rendering: <c>line: code path message</c>.</summary>
    /// <returns>The entry as text.</returns>
    public override string ToString()
        => $"{(Line is int line ? $"{line}: " : string.Empty)}{Code} {(Path.Length == 0 ? "/" : Path)} {Message}";
}
