using System.Text.Encodings.Web;
using System.Text.Json;

namespace PoliticalEvents.FollowTheMoney;

/// <summary>
/// What an export or import could not carry across (the loss report of an export, the skip report of an import), and
/// how many items were read and written.
/// </summary>
/// <remarks>
/// <para>Each thing not carried is a <see cref="Finding"/> of severity <see cref="Severity.Info"/> with a code of
/// <see cref="FtmReportCodes"/>. <see cref="Finding.RecordId"/> is the id of the record (export) or entity (import)
/// concerned, as the input gives it (null when a line had no readable id, or the finding is about the whole input);
/// an export's finding has a JSON Pointer into the record as written in the PoliticalEvents format
/// (<see cref="Finding.Path"/>, <c>/names/2/language</c>; empty for the whole record); an import's finding names the
/// FtM property (<see cref="Finding.ColumnName"/>, <c>birthPlace</c>; null for the whole entity) and the line of the
/// input (<see cref="Finding.Line"/>); <see cref="Finding.Count"/> says how many values, records, entities or items
/// it is about. Never the data itself: only ids, paths, counts and a fixed message.</para>
/// <para>Counts are always kept; the findings themselves are kept in <see cref="Findings"/> unless the report was
/// created to pass them on (to a file, say) instead, so that memory does not grow with the input.</para>
/// </remarks>
public sealed class FtmReport
{
    private readonly List<Finding>? _findings;
    private readonly Action<Finding>? _onFinding;
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _read = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _written = new(StringComparer.Ordinal);

    /// <summary>A report that keeps every finding.</summary>
    public FtmReport()
        : this(null, keepFindings: true)
    {
    }

    /// <summary>A report that passes each finding to <paramref name="onFinding"/> as it is added, and keeps it if asked.</summary>
    /// <param name="onFinding">Called with each finding, in order; null for none.</param>
    /// <param name="keepFindings">True to keep the findings in <see cref="Findings"/>.</param>
    public FtmReport(Action<Finding>? onFinding, bool keepFindings)
    {
        _onFinding = onFinding;
        _findings = keepFindings ? [] : null;
    }

    /// <summary>The findings, in the order they arose (empty when the report does not keep them).</summary>
    public IReadOnlyList<Finding> Findings => _findings ?? (IReadOnlyList<Finding>)[];

    /// <summary>The number of findings added (kept or not).</summary>
    public int FindingCount { get; private set; }

    /// <summary>The sum of <see cref="Finding.Count"/> per code, sorted by code.</summary>
    public IReadOnlyDictionary<string, int> CountsByCode => _counts;

    /// <summary>What was read, by kind: record types (<c>person</c>, …) for an export, schemata (<c>Person</c>, …) for an import.</summary>
    public IReadOnlyDictionary<string, int> Read => _read;

    /// <summary>What was written, by kind: schemata for an export, record types for an import.</summary>
    public IReadOnlyDictionary<string, int> Written => _written;

    /// <summary>Writes the report as one JSON object: <c>read</c>, <c>written</c>, <c>counts</c> and (if kept) the findings as <c>entries</c>.</summary>
    /// <param name="writer">The writer; its options decide indentation and escaping.</param>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteSummary(writer);
        writer.WriteStartArray("entries"u8);
        foreach (Finding finding in Findings)
        {
            WriteFinding(writer, finding);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the report file of <c>polev export --to ftm</c> and <c>polev import --from ftm</c> (<c>--report</c>), byte
    /// for byte: one object, <c>command</c>, <c>input</c>, <c>output</c>, <c>read</c>, <c>written</c>, <c>counts</c>,
    /// <c>entryCount</c> (<see cref="FindingCount"/>) and <c>entries</c>, compact, with one finding a line (see
    /// <see cref="WriteFinding"/>), text unescaped but for what JSON requires, and a line break at the end.
    /// </summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="command">The command that made the report (<c>export --to ftm</c>).</param>
    /// <param name="input">The name of the input, as the report shows it.</param>
    /// <param name="output">The name of the output, as the report shows it.</param>
    /// <param name="findings">
    /// The findings, read one at a time (a report that passed them on may get them back from a file); null for
    /// <see cref="Findings"/>.
    /// </param>
    public void WriteJson(Stream utf8Json, string command, string input, string output, IEnumerable<Finding>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var head = new Utf8JsonWriter(utf8Json, options))
        {
            head.WriteStartObject();
            head.WriteString("command"u8, command);
            head.WriteString("input"u8, input);
            head.WriteString("output"u8, output);
            WriteSummary(head);
            head.WriteNumber("entryCount"u8, FindingCount);
            head.WritePropertyName("entries"u8);
        }

        // The entries, one per line.
        bool any = false;
        using (var writer = new Utf8JsonWriter(utf8Json, options))
        {
            foreach (Finding finding in findings ?? Findings)
            {
                utf8Json.Write(any ? ",\n"u8 : "[\n"u8);
                any = true;
                writer.Reset();
                WriteFinding(writer, finding);
                writer.Flush();
            }
        }

        utf8Json.Write(any ? "\n]}\n"u8 : "[]}\n"u8);
        utf8Json.Flush();
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

    /// <summary>
    /// Writes one finding as a JSON object: <c>code</c>, <c>id</c> (<see cref="Finding.RecordId"/>, empty when
    /// null), <c>path</c> (the JSON Pointer of an export's finding, the FtM property of an import's), <c>count</c>,
    /// <c>message</c> and, on import, <c>line</c>.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="finding">The finding.</param>
    public static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(finding);
        writer.WriteStartObject();
        writer.WriteString("code"u8, finding.Code);
        writer.WriteString("id"u8, finding.RecordId ?? string.Empty);
        writer.WriteString("path"u8, finding.ColumnName ?? finding.Path);
        writer.WriteNumber("count"u8, finding.Count);
        writer.WriteString("message"u8, finding.Message);
        if (finding.Line is int line)
        {
            writer.WriteNumber("line"u8, line);
        }

        writer.WriteEndObject();
    }

    /// <summary>Adds what an export could not carry: at <paramref name="pointer"/> in the record <paramref name="recordId"/>.</summary>
    internal void AddExport(string code, string recordId, string pointer, string message, int count = 1)
        => Add(new Finding
        {
            Code = code,
            Severity = Severity.Info,
            RecordId = Shown(recordId),
            Path = FtmModel.Bounded(pointer) == pointer ? pointer : string.Empty,
            Count = count,
            Message = message,
        });

    /// <summary>Adds what an import could not carry: <paramref name="property"/> (empty for the whole entity) of the entity <paramref name="entityId"/>.</summary>
    internal void AddImport(string code, string entityId, string property, string message, int count = 1, int? line = null)
        => Add(new Finding
        {
            Code = code,
            Severity = Severity.Info,
            RecordId = Shown(entityId),
            ColumnName = property.Length > 0 && FtmModel.Bounded(property) == property ? property : null,
            Count = count,
            Message = message,
            Line = line,
        });

    // What stood in the "id" of a line may be anything: an id that is not one is shown by the rule of names from the
    // input (short and printable), else left out (the line still says where it is).
    private static string? Shown(string id) => id.Length > 0 && (RecordId.IsValid(id) || FtmModel.Bounded(id) == id) ? id : null;

    private void Add(Finding finding)
    {
        FindingCount++;
        _counts[finding.Code] = _counts.GetValueOrDefault(finding.Code) + finding.Count;
        _findings?.Add(finding);
        _onFinding?.Invoke(finding);
    }

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
