namespace PoliticalEvents.Csv;

/// <summary>One record (row) of a CSV file as read by <see cref="CsvReader"/>.</summary>
internal sealed class CsvRow
{
    public CsvRow(int number, int line, IReadOnlyList<CsvField> fields, bool endsWithLineBreak)
    {
        Number = number;
        Line = line;
        Fields = fields;
        EndsWithLineBreak = endsWithLineBreak;
    }

    /// <summary>
    /// The row's number, counting from 1 with the first row of the file (usually the header): the number a spreadsheet
    /// program shows for it. A row whose quoted fields hold line breaks spans several lines but is one row.
    /// </summary>
    public int Number { get; }

    /// <summary>The line of the file (from 1) on which the row begins.</summary>
    public int Line { get; }

    /// <summary>The fields, in order; at least one (an empty line is one empty field).</summary>
    public IReadOnlyList<CsvField> Fields { get; }

    /// <summary>
    /// True when a line break (CRLF, LF or CR) ended the row; false only for the last row of a file that ends without
    /// one. RFC 4180 allows that, but a writer that ends every row with a line break (as <see cref="CsvWriter"/> does)
    /// can then tell a file cut short inside its last row from a complete one.
    /// </summary>
    public bool EndsWithLineBreak { get; }

    /// <summary>True when every field is empty (an empty line, or a row of empty cells).</summary>
    public bool IsBlank => Fields.All(static f => f.Value.Length == 0);

    /// <summary>The text of the field at <paramref name="index"/> (from 0), or the empty string past the row's end.</summary>
    public string this[int index] => index < Fields.Count ? Fields[index].Value : string.Empty;
}
