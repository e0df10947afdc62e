namespace PoliticalEvents.Csv;

/// <summary>How <see cref="CsvReader"/> reads.</summary>
internal sealed record CsvReaderOptions
{
    /// <summary>The defaults: fields of up to 1,048,576 characters, the stream closed with the reader.</summary>
    public static CsvReaderOptions Default { get; } = new();

    /// <summary>
    /// The longest field accepted, in UTF-16 code units (default 1,048,576). A longer field is an error: it is usually an
    /// unbalanced quote that would otherwise swallow the rest of the file into one field.
    /// </summary>
    public int MaxFieldLength { get; init; } = 1024 * 1024;

    /// <summary>Whether the stream stays open when the reader is disposed (default false).</summary>
    public bool LeaveOpen { get; init; }
}
