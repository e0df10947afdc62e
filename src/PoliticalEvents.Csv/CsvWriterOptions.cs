namespace PoliticalEvents.Csv;

/// <summary>How <see cref="CsvWriter"/> writes.</summary>
internal sealed record CsvWriterOptions
{
    /// <summary>The defaults: a byte-order mark, the formula guard on, the stream closed with the writer.</summary>
    public static CsvWriterOptions Default { get; } = new();

    /// <summary>
    /// Whether the file begins with a UTF-8 byte-order mark (default true). Excel opens a CSV file as UTF-8 only when it
    /// has one (otherwise it reads the legacy code page of the computer and garbles Cyrillic, Arabic, Chinese …);
    /// LibreOffice, Google Sheets, pandas and R accept it.
    /// </summary>
    public bool ByteOrderMark { get; init; } = true;

    /// <summary>Whether text that a spreadsheet could run as a formula is neutralized (<see cref="CsvFormulaGuard"/>; default true).</summary>
    public bool GuardFormulas { get; init; } = true;

    /// <summary>Whether the stream stays open when the writer is disposed (default false).</summary>
    public bool LeaveOpen { get; init; }
}
