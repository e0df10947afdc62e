namespace PoliticalEvents.Serialization;

/// <summary>
/// One piece of a dataset document as <see cref="DatasetDocumentReader"/> reads it: a record, the metadata (always
/// last, once the whole document has been read), or an error. Exactly one of <see cref="Record"/>,
/// <see cref="Metadata"/> and <see cref="Error"/> is set.
/// </summary>
internal sealed record DatasetDocumentEntry
{
    /// <summary>The 1-based line of the document on which the record begins (for the metadata: line 1; for an error: its line).</summary>
    public required int Line { get; init; }

    /// <summary>The 0-based index of the record in the <c>records</c> array; null for the metadata and for errors outside a record.</summary>
    public int? RecordIndex { get; init; }

    /// <summary>The record read.</summary>
    public Record? Record { get; init; }

    /// <summary>The dataset's metadata, with no records (<see cref="Dataset.Records"/> is empty).</summary>
    public Dataset? Metadata { get; init; }

    /// <summary>Why a record or the metadata could not be read; the path is a JSON Pointer from the document's root (<c>/records/3/…</c>).</summary>
    public Finding? Error { get; init; }
}
