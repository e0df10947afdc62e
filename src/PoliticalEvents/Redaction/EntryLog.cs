namespace PoliticalEvents.Redaction;

/// <summary>The findings of one record as redaction makes them, with the record's place in the input.</summary>
/// <param name="pointer">The JSON Pointer of the record in its input (<c>/records/3</c>; empty for JSON Lines).</param>
/// <param name="line">The record's line, when known.</param>
/// <param name="recordId">The record's id.</param>
internal sealed class EntryLog(string pointer, int? line, string recordId)
{
    private List<Finding>? _findings;

    /// <summary>The findings so far.</summary>
    public IReadOnlyList<Finding> Findings => _findings ?? (IReadOnlyList<Finding>)[];

    /// <summary>Adds a finding (of severity <see cref="Severity.Info"/>: a removal is not a problem) at <paramref name="path"/>, relative to the record.</summary>
    public void Add(string code, string path, string message)
        => (_findings ??= []).Add(new Finding { Code = code, Path = pointer + path, RecordId = recordId, Message = message, Line = line, Severity = Severity.Info });
}
