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
/// </remarks>
public sealed record Finding
{
    /// <summary>
    /// An RFC 6901 JSON Pointer over the wire names to the offending value: <c>/records/3/sentences/0/term</c> in a
    /// document; within the line's record for JSON Lines (<c>/sentences/0/term</c>); empty for the whole input.
    /// </summary>
    public required string Path { get; init; }

    /// <summary>The stable code of the rule that failed.</summary>
    public required string Code { get; init; }

    /// <summary>What is wrong, for people.</summary>
    public required string Message { get; init; }

    /// <summary>How serious the finding is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The 1-based line of the input where the problem was found, when known.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column (in UTF-8 bytes) of the input where the problem was found, when known.</summary>
    public int? Column { get; init; }

    /// <summary>The id of the record the finding is about, when known.</summary>
    public string? RecordId { get; init; }

    /// <summary>For tabular input (CSV): the table (file name without extension, as <c>persons</c>), when known.</summary>
    public string? Table { get; init; }

    /// <summary>For tabular input (CSV): the 1-based data row of <see cref="Table"/> (the header is row 0), when known.</summary>
    public int? Row { get; init; }

    /// <summary>For tabular input (CSV): the column's header, when known and safe to show.</summary>
    public string? ColumnName { get; init; }

    /// <summary>A one-line rendering: <c>line:column: severity code path message</c>.</summary>
    /// <returns>The finding as text.</returns>
    public override string ToString()
    {
        string where = Line is int line ? (Column is int column ? $"{line}:{column}: " : $"{line}: ") : string.Empty;
        string severity = Severity.ToString().ToLowerInvariant();
        return $"{where}{severity} {Code} {(Path.Length == 0 ? "/" : Path)} {Message}";
    }
}
