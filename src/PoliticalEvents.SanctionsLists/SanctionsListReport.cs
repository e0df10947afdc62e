using System.Text.Encodings.Web;
using System.Text.Json;

namespace PoliticalEvents.SanctionsLists;

/// <summary>
/// The report of an import of an official list: what was read and written, each thing the dataset does not carry
/// (or carries differently) and what changed since the previous import, each as a <see cref="Finding"/> with a code of
/// <see cref="SanctionsListReportCodes"/>.
/// </summary>
/// <remarks>
/// A finding's <see cref="Finding.RecordId"/> is the id of the record the entry became (<c>un-6908001</c>: the list's
/// own id behind a prefix), null for the input as a whole or an entry without a usable id;
/// <see cref="Finding.ColumnName"/> names the element or attribute of the list (<c>INDIVIDUAL_DATE_OF_BIRTH</c>,
/// <c>birthdate/@circa</c>); <see cref="Finding.Line"/> is the line of the input; <see cref="Finding.Count"/> how
/// many values it is about. The message is fixed text: never a name, number or any other value of the list.
/// </remarks>
public sealed class SanctionsListReport
{
    private readonly List<Finding> _findings = [];
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _read = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _written = new(StringComparer.Ordinal);

    internal SanctionsListReport()
    {
    }

    /// <summary>The findings, in the order they arose.</summary>
    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>The sum of <see cref="Finding.Count"/> per code, sorted by code.</summary>
    public IReadOnlyDictionary<string, int> CountsByCode => _counts;

    /// <summary>The entries read, by the list's kind of entry (<c>individual</c>, <c>entity</c>, <c>vessel</c>, …).</summary>
    public IReadOnlyDictionary<string, int> Read => _read;

    /// <summary>The records written, by record type (<c>person</c>, <c>organization</c>, <c>sanctionMeasure</c>).</summary>
    public IReadOnlyDictionary<string, int> Written => _written;

    /// <summary>The number of targets (listings) written, delisted ones included.</summary>
    public int Listings { get; internal set; }

    /// <summary>True when the import was refused: a finding of severity error explains why.</summary>
    public bool HasErrors => _findings.Exists(static f => f.Severity == Severity.Error);

    /// <summary>
    /// Writes the report as one JSON object: <c>command</c>, <c>input</c>, <c>output</c>, <c>read</c>,
    /// <c>written</c>, <c>listings</c>, <c>counts</c> and <c>entries</c> (one finding a line: <c>code</c>,
    /// <c>severity</c>, <c>id</c>, <c>element</c>, <c>line</c>, <c>count</c>, <c>message</c>).
    /// </summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="command">The command that made the report (<c>import --from un</c>).</param>
    /// <param name="input">The name of the input, as the report shows it.</param>
    /// <param name="output">The name of the output, as the report shows it.</param>
    public void WriteJson(Stream utf8Json, string command, string input, string output)
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
            WriteCounts(head, "read", _read);
            WriteCounts(head, "written", _written);
            head.WriteNumber("listings"u8, Listings);
            WriteCounts(head, "counts", _counts);
            head.WritePropertyName("entries"u8);
        }

        bool any = false;
        using (var writer = new Utf8JsonWriter(utf8Json, options))
        {
            foreach (Finding finding in _findings)
            {
                utf8Json.Write(any ? ",\n"u8 : "[\n"u8);
                any = true;
                writer.Reset();
                writer.WriteStartObject();
                writer.WriteString("code"u8, finding.Code);
                writer.WriteString("severity"u8, finding.Severity == Severity.Error ? "error" : "info");
                writer.WriteString("id"u8, finding.RecordId ?? string.Empty);
                writer.WriteString("element"u8, finding.ColumnName ?? string.Empty);
                if (finding.Line is int line)
                {
                    writer.WriteNumber("line"u8, line);
                }

                writer.WriteNumber("count"u8, finding.Count);
                writer.WriteString("message"u8, finding.Message);
                writer.WriteEndObject();
                writer.Flush();
            }
        }

        utf8Json.Write(any ? "\n]}\n"u8 : "[]}\n"u8);
        utf8Json.Flush();
    }

    internal void Add(string code, string message, string? recordId = null, string? element = null, int? line = null, int count = 1, Severity severity = Severity.Info)
    {
        var finding = new Finding
        {
            Code = code,
            Message = message,
            Severity = severity,
            RecordId = recordId,
            ColumnName = element,
            Line = line,
            Count = count,
        };
        _findings.Add(finding);
        _counts[code] = _counts.GetValueOrDefault(code) + count;
    }

    internal void Add(Finding finding)
    {
        _findings.Add(finding);
        _counts[finding.Code] = _counts.GetValueOrDefault(finding.Code) + finding.Count;
    }

    internal void CountRead(string kind) => _read[kind] = _read.GetValueOrDefault(kind) + 1;

    internal void CountWritten(string type) => _written[type] = _written.GetValueOrDefault(type) + 1;

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
