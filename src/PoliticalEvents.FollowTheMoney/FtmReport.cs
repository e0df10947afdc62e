using System.Text.Json;

namespace PoliticalEvents.FollowTheMoney;

/// <summary>
/// One thing the other side could not carry: a record, a field or some property values, with a stable code (see
/// <see cref="FtmReportCodes"/>). Never holds the data itself: only ids, paths, counts and a fixed message.
/// </summary>
public sealed record FtmReportEntry
{
    /// <summary>The stable code of what happened (a constant of <see cref="FtmReportCodes"/>).</summary>
    public required string Code { get; init; }

    /// <summary>The record id (export) or entity id (import) concerned; empty when a line had no readable id, or the entry is about the whole input.</summary>
    public required string Id { get; init; }

    /// <summary>
    /// Export: a JSON Pointer into the record as written in the PoliticalEvents format (<c>/names/2/language</c>); empty
    /// for the whole record. Import: the FtM property name (<c>birthPlace</c>); empty for the whole entity.
    /// </summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>How many values (or records, entities, items) the entry is about; at least 1.</summary>
    public int Count { get; init; } = 1;

    /// <summary>What happened and why, without any of the data.</summary>
    public required string Message { get; init; }

    /// <summary>Import: the line of the input the entity is on; null for export.</summary>
    public int? Line { get; init; }

    /// <summary>The code, id and path only.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Code} {Id}{Path}";
}

/// <summary>
/// What an export or import could not carry across (the loss report of an export, the skip report of an import), and
/// how many items were read and written.
/// </summary>
/// <remarks>
/// Counts are always kept; the entries themselves are kept in <see cref="Entries"/> unless the report was created to
/// pass them on (to a file, say) instead, so that memory does not grow with the input.
/// </remarks>
public sealed class FtmReport
{
    private readonly List<FtmReportEntry>? _entries;
    private readonly Action<FtmReportEntry>? _onEntry;
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _read = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _written = new(StringComparer.Ordinal);

    /// <summary>A report that keeps every entry.</summary>
    public FtmReport()
        : this(null, keepEntries: true)
    {
    }

    /// <summary>A report that passes each entry to <paramref name="onEntry"/> as it is added, and keeps it if asked.</summary>
    /// <param name="onEntry">Called with each entry, in order; null for none.</param>
    /// <param name="keepEntries">True to keep the entries in <see cref="Entries"/>.</param>
    public FtmReport(Action<FtmReportEntry>? onEntry, bool keepEntries)
    {
        _onEntry = onEntry;
        _entries = keepEntries ? [] : null;
    }

    /// <summary>The entries, in the order they arose (empty when the report does not keep them).</summary>
    public IReadOnlyList<FtmReportEntry> Entries => _entries ?? (IReadOnlyList<FtmReportEntry>)[];

    /// <summary>The number of entries added (kept or not).</summary>
    public int EntryCount { get; private set; }

    /// <summary>The sum of <see cref="FtmReportEntry.Count"/> per code, sorted by code.</summary>
    public IReadOnlyDictionary<string, int> CountsByCode => _counts;

    /// <summary>What was read, by kind: record types (<c>person</c>, …) for an export, schemata (<c>Person</c>, …) for an import.</summary>
    public IReadOnlyDictionary<string, int> Read => _read;

    /// <summary>What was written, by kind: schemata for an export, record types for an import.</summary>
    public IReadOnlyDictionary<string, int> Written => _written;

    /// <summary>Writes the report as one JSON object: <c>read</c>, <c>written</c>, <c>counts</c> and (if kept) <c>entries</c>.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteSummary(writer);
        writer.WriteStartArray("entries"u8);
        foreach (FtmReportEntry entry in Entries)
        {
            WriteEntry(writer, entry);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>read</c>, <c>written</c> and <c>counts</c> members (inside an object the caller has started).</summary>
    /// <param name="writer">The writer.</param>
    public void WriteSummary(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteCounts(writer, "read", _read);
        WriteCounts(writer, "written", _written);
        WriteCounts(writer, "counts", _counts);
    }

    /// <summary>Writes one entry as a JSON object: <c>code</c>, <c>id</c>, <c>path</c>, <c>count</c>, <c>message</c> and, on import, <c>line</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="entry">The entry.</param>
    public static void WriteEntry(Utf8JsonWriter writer, FtmReportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entry);
        writer.WriteStartObject();
        writer.WriteString("code"u8, entry.Code);
        writer.WriteString("id"u8, entry.Id);
        writer.WriteString("path"u8, entry.Path);
        writer.WriteNumber("count"u8, entry.Count);
        writer.WriteString("message"u8, entry.Message);
        if (entry.Line is int line)
        {
            writer.WriteNumber("line"u8, line);
        }

        writer.WriteEndObject();
    }

    internal void Add(FtmReportEntry entry)
    {
        EntryCount++;
        _counts[entry.Code] = _counts.GetValueOrDefault(entry.Code) + entry.Count;
        _entries?.Add(entry);
        _onEntry?.Invoke(entry);
    }

    // What stood in the "id" of a line may be anything: an id that is not one is shown by the rule of names from the
    // input (short and printable), else left empty (the line still says where it is).
    internal void Add(string code, string id, string path, string message, int count = 1, int? line = null)
        => Add(new FtmReportEntry
        {
            Code = code,
            Id = RecordId.IsValid(id) || FtmModel.Bounded(id) == id ? id : string.Empty,
            Path = FtmModel.Bounded(path) == path ? path : string.Empty,
            Count = count,
            Message = message,
            Line = line,
        });

    internal void CountRead(string kind)
    {
        kind = FtmModel.Bounded(kind);
        _read[kind] = _read.GetValueOrDefault(kind) + 1;
    }

    internal void CountWritten(string kind) => _written[kind] = _written.GetValueOrDefault(kind) + 1;

    private static void WriteCounts(Utf8JsonWriter writer, string name, SortedDictionary<string, int> counts)
    {
        writer.WriteStartObject(name);
        foreach ((string key, int value) in counts)
        {
            writer.WriteNumber(key, value);
        }

        writer.WriteEndObject();
    }
}
