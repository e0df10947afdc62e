namespace PoliticalEvents.Serialization;

/// <summary>
/// One non-blank line of a JSON Lines dataset as read: the dataset header, a record, or the error that kept the line
/// from being read. Exactly one of <see cref="Header"/>, <see cref="Record"/> and <see cref="Error"/> is set.
/// </summary>
internal sealed record JsonLinesEntry
{
    /// <summary>The 1-based line number in the input.</summary>
    public required int LineNumber { get; init; }

    /// <summary>The dataset's metadata when this line is the <c>{"type":"dataset", …}</c> header (its <see cref="Dataset.Records"/> is empty).</summary>
    public Dataset? Header { get; init; }

    /// <summary>The record on this line.</summary>
    public Record? Record { get; init; }

    /// <summary>Why this line could not be read; its <see cref="Finding.Path"/> is within the line's record.</summary>
    public Finding? Error { get; init; }

    /// <summary>True when the line is a <c>{"type":"dataset", …}</c> header line, whether or not it could be read.</summary>
    internal bool IsHeaderLine { get; init; }
}
