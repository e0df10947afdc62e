namespace PoliticalEvents.Redaction;

/// <summary>The entries of one record as redaction makes them, with the record's place in the input.</summary>
/// <param name="pointer">The JSON Pointer of the record in its input (<c>/records/3</c>; empty for JSON Lines).</param>
/// <param name="line">The record's line, when known.</param>
/// <param name="recordId">The record's id.</param>
internal sealed class EntryLog(string pointer, int? line, string recordId)
{
    private List<RedactionEntry>? _entries;

    /// <summary>The entries so far.</summary>
    public IReadOnlyList<RedactionEntry> Entries => _entries ?? (IReadOnlyList<RedactionEntry>)[];

    /// <summary>Adds an entry at <paramref name="path"/>, relative to the record.</summary>
    public void Add(string code, string path, string message)
        => (_entries ??= []).Add(new RedactionEntry { Code = code, Path = pointer + path, RecordId = recordId, Message = message, Line = line });
}
