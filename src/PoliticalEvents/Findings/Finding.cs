using System.Globalization;
using System.Text;

namespace PoliticalEvents;

/// <summary>
/// One finding about a piece of data: where it is, which rule it breaks (a stable code), a message for people, and
/// how serious it is. The one type every part of PoliticalEvents reports with: reading, validation, redaction,
/// statistics and the CSV and FollowTheMoney adapters.
/// </summary>
/// <remarks>
/// <para><see cref="Code"/> is public API and never changes meaning; <see cref="Message"/> is for people and may be
/// reworded. Messages never repeat the data's values beyond what locates the problem: records describe people in danger.</para>
/// <para>Codes are the JSON Schema keyword for structural failures (<c>required</c>, <c>type</c>, <c>pattern</c>,
/// <c>enum</c>, <c>additionalProperties</c>, …), <c>json.*</c> for input that is not well-formed JSON, and
/// <c>&lt;area&gt;.&lt;rule&gt;</c> for the rest. docs/validation.md lists them all.</para>
/// <para>A finding is located in one of two ways: in JSON, by a JSON Pointer (<see cref="Path"/>) with
/// <see cref="Line"/>, <see cref="Column"/> and <see cref="RecordId"/>; in a table or other input that is not JSON, by
/// <see cref="Table"/>, <see cref="Row"/> and <see cref="ColumnName"/> (with the <see cref="Line"/> of the file, and the
/// <see cref="RecordId"/> when known), and then <see cref="Path"/> is empty.</para>
/// </remarks>
public sealed record Finding
{
    /// <summary>
    /// An RFC 6901 JSON Pointer over the wire names to the offending value: <c>/records/3/sentences/0/term</c> in a
    /// document; within the line's record for JSON Lines (<c>/sentences/0/term</c>); empty for the whole input, and for
    /// a finding located by <see cref="Table"/>, <see cref="Row"/> and <see cref="ColumnName"/> instead.
    /// </summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The stable code of the rule that failed.</summary>
    public required string Code { get; init; }

    /// <summary>What is wrong, for people.</summary>
    public required string Message { get; init; }

    /// <summary>How serious the finding is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The 1-based line of the input where the problem was found (for a CSV row, the line it begins on), when known.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column (in UTF-8 bytes) of the input where the problem was found, when known.</summary>
    public int? Column { get; init; }

    /// <summary>
    /// The id of the record the finding is about, when known: in the FollowTheMoney adapter, the id of the record
    /// (export) or entity (import) concerned, as the input gives it.
    /// </summary>
    public string? RecordId { get; init; }

    /// <summary>For tabular input (CSV): the table, by its file name (<c>persons.csv</c>, as <c>CsvTables</c> names it); null for a single sheet.</summary>
    public string? Table { get; init; }

    /// <summary>
    /// For tabular input (CSV): the row, numbered as a spreadsheet program numbers it (the first row of the file is 1,
    /// so a table's header is row 1 and its first data row 2), when known.
    /// </summary>
    public int? Row { get; init; }

    /// <summary>
    /// For input that is not located by a JSON Pointer: the column's name as its header gives it (CSV), or the property
    /// or member of an FtM entity (<c>birthPlace</c>), when known and safe to show.
    /// </summary>
    public string? ColumnName { get; init; }

    /// <summary>
    /// How many values, items or records this one finding stands for (1 unless said otherwise): an FtM import reports
    /// three values of a property it left out as one finding with a count of 3.
    /// </summary>
    public int Count { get; init; } = 1;

    /// <summary>
    /// A one-line rendering. Located by a JSON Pointer: <c>line:column: severity code path message</c>. Located by table,
    /// row and column, as a spreadsheet's user looks for it: <c>persons.csv, row 12, column "birthDate": message</c>, with
    /// <c>warning: </c> or <c>info: </c> before a finding that is not an error.
    /// </summary>
    /// <returns>The finding as text.</returns>
    public override string ToString()
    {
        if (Table is null && Row is null && ColumnName is null)
        {
            string where = Line is int line ? (Column is int column ? $"{line}:{column}: " : $"{line}: ") : string.Empty;
            return $"{where}{Severity.ToString().ToLowerInvariant()} {Code} {(Path.Length == 0 ? "/" : Path)} {Message}";
        }

        var text = new StringBuilder(Severity == Severity.Error ? string.Empty : Severity.ToString().ToLowerInvariant() + ": ");
        string separator = string.Empty;
        if (Table is not null)
        {
            text.Append(Table);
            separator = ", ";
        }

        if (Row is int row)
        {
            text.Append(separator).Append(CultureInfo.InvariantCulture, $"row {row}");
            separator = ", ";
        }

        if (ColumnName is not null)
        {
            text.Append(separator).Append("column \"").Append(ColumnName).Append('"');
        }

        return text.Append(": ").Append(Message).ToString();
    }
}
