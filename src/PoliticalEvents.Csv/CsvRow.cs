namespace PoliticalEvents.Csv;

/// <summary>One record (row) of a CSV file as read by <see cref="CsvReader"/>.</summary>
public sealed class CsvRow
{
    internal CsvRow(int number, int line, IReadOnlyList<CsvField> fields)
    {
        Number = number;
        Line = line;
        Fields = fields;
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

    /// <summary>True when every field is empty (an empty line, or a row of empty cells).</summary>
    public bool IsBlank => Fields.All(static f => f.Value.Length == 0);

    /// <summary>The text of the field at <paramref name="index"/> (from 0), or the empty string past the row's end.</summary>
    public string this[int index] => index < Fields.Count ? Fields[index].Value : string.Empty;
}
