namespace PoliticalEvents.Csv;

/// <summary>One field of a CSV row as read: its text and whether it was written in double quotes.</summary>
/// <remarks>
/// RFC 4180 does not distinguish an empty field from an empty quoted field, but the distinction is kept here because
/// the table export uses it (after PostgreSQL's CSV convention): an unquoted empty field means "no value", a quoted
/// empty field (<c>""</c>) means the empty text. Spreadsheet programs do not keep the difference when they save.
/// </remarks>
/// <param name="Value">The field's text, with quotes removed and doubled quotes undone; never null.</param>
/// <param name="Quoted">True when the field was enclosed in double quotes.</param>
internal readonly record struct CsvField(string Value, bool Quoted)
{
    /// <summary>True when the field is empty and was not quoted: "no value" in the table export.</summary>
    public bool IsAbsent => Value.Length == 0 && !Quoted;

    /// <summary>The field's text.</summary>
    public override string ToString() => Value;
}
