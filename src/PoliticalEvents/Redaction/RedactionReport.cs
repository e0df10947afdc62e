using System.Globalization;
using System.Text.Json;
using PoliticalEvents.Serialization;

namespace PoliticalEvents.Redaction;

/// <summary>
/// Everything a redaction did to a dataset: a finding per dropped record and per removed entry, reference or field,
/// in the order of the input, with counts.
/// </summary>
/// <remarks>
/// The findings name the ids of dropped and changed records, which the published output does not contain: keep the
/// report with the input, not with the output. <see cref="ToString"/> prints counts only. <see cref="WriteJson(Stream, string, string)"/>
/// writes the report as <c>polev redact --report</c> does:
/// <c>{"profile","input","output","records":{"read","written","dropped"},"passes","counts":{code: n},"entries":[…]}</c>
/// (docs/redaction.md).
/// </remarks>
public sealed class RedactionReport
{
    // The report of the final pass of a redactor, whose entries the caller collected.
    internal RedactionReport(StreamingRedactor redactor, IReadOnlyList<Finding> findings)
    {
        Profile = redactor.Profile;
        Findings = findings;
        RecordsRead = redactor.RecordsRead;
        RecordsKept = redactor.RecordsKept;
        Passes = redactor.Pass;
        Counts = new Dictionary<string, int>(redactor.Counts, StringComparer.Ordinal);
    }

    /// <summary>The profile the dataset was redacted with.</summary>
    public RedactionProfile Profile { get; }

    /// <summary>
    /// What was done, in input order (records in order, and within a record in the order of its properties): findings
    /// of severity <see cref="Severity.Info"/>, each with a code of <see cref="RedactionCodes"/>, a JSON Pointer into the
    /// input, the record's id and, when known, its line.
    /// </summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The number of findings of each code that occurs (ordinal keys).</summary>
    public IReadOnlyDictionary<string, int> Counts { get; }

    /// <summary>The number of records in the input.</summary>
    public int RecordsRead { get; }

    /// <summary>The number of records written to the output (some of them reduced).</summary>
    public int RecordsKept { get; }

    /// <summary>The number of records dropped: one <c>record.dropped.*</c> finding each.</summary>
    public int RecordsDropped => RecordsRead - RecordsKept;

    /// <summary>How many passes over the records the redaction took (see <see cref="StreamingRedactor"/>).</summary>
    public int Passes { get; }

    /// <summary>A one-line summary of counts, never ids or contents: <c>12 read, 10 kept, 2 dropped; 5 entries</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{RecordsRead} read, {RecordsKept} kept, {RecordsDropped} dropped; {Findings.Count} entries");

    /// <summary>Writes the report as one JSON object, with the writer's own options (indentation, escaping).</summary>
    /// <param name="writer">The writer; flushed as the findings are written, so that they do not pile up in it.</param>
    /// <param name="input">The name of the input, as the report shows it.</param>
    /// <param name="output">The name of the output, as the report shows it.</param>
    public void WriteJson(Utf8JsonWriter writer, string input, string output)
        => Write(writer, Profile, RecordsRead, RecordsKept, Passes, Counts, Findings, input, output);

    /// <summary>
    /// Writes the report as <c>polev redact --report</c> writes it: indented, non-ASCII text unescaped as in the data
    /// (<see cref="PoliticalEventsJson.Options"/>), and a line break at the end.
    /// </summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="input">The name of the input, as the report shows it.</param>
    /// <param name="output">The name of the output, as the report shows it.</param>
    public void WriteJson(Stream utf8Json, string input, string output)
        => WriteJson(utf8Json, Profile, RecordsRead, RecordsKept, Passes, Counts, Findings, input, output);

    /// <summary>
    /// Writes the report of a redaction done with a <see cref="StreamingRedactor"/> as <see cref="WriteJson(Stream, string, string)"/>
    /// does: the counts of the redactor's final pass, then <paramref name="findings"/>, read one at a time (so they may
    /// come back from a file rather than be held in memory).
    /// </summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="redactor">The redactor, after its final pass (<see cref="StreamingRedactor.EndPass"/> returned true).</param>
    /// <param name="findings">The findings of the final pass, in input order.</param>
    /// <param name="input">The name of the input, as the report shows it.</param>
    /// <param name="output">The name of the output, as the report shows it.</param>
    public static void WriteJson(Stream utf8Json, StreamingRedactor redactor, IEnumerable<Finding> findings, string input, string output)
    {
        ArgumentNullException.ThrowIfNull(redactor);
        WriteJson(utf8Json, redactor.Profile, redactor.RecordsRead, redactor.RecordsKept, redactor.Pass, redactor.Counts, findings, input, output);
    }

    /// <summary>Writes one finding as the report does: <c>{"code","path","recordId","line"?,"message"}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="finding">The finding.</param>
    public static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(finding);
        writer.WriteStartObject();
        writer.WriteString("code"u8, finding.Code);
        writer.WriteString("path"u8, finding.Path);
        writer.WriteString("recordId"u8, finding.RecordId ?? string.Empty);
        if (finding.Line is int line)
        {
            writer.WriteNumber("line"u8, line);
        }

        writer.WriteString("message"u8, finding.Message);
        writer.WriteEndObject();
    }

    private static void WriteJson(Stream utf8Json, RedactionProfile profile, int read, int kept, int passes, IReadOnlyDictionary<string, int> counts, IEnumerable<Finding> findings, string input, string output)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using (var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true, Encoder = PoliticalEventsJson.Options.Encoder }))
        {
            Write(writer, profile, read, kept, passes, counts, findings, input, output);
        }

        utf8Json.Write("\n"u8);
        utf8Json.Flush();
    }

    private static void Write(Utf8JsonWriter writer, RedactionProfile profile, int read, int kept, int passes, IReadOnlyDictionary<string, int> counts, IEnumerable<Finding> findings, string input, string output)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        writer.WriteStartObject();
        writer.WriteString("profile"u8, profile.Name);
        writer.WriteString("input"u8, input);
        writer.WriteString("output"u8, output);
        writer.WriteStartObject("records"u8);
        writer.WriteNumber("read"u8, read);
        writer.WriteNumber("written"u8, kept);
        writer.WriteNumber("dropped"u8, read - kept);
        writer.WriteEndObject();
        writer.WriteNumber("passes"u8, passes);
        writer.WriteStartObject("counts"u8);
        foreach ((string code, int count) in Ordered(counts))
        {
            writer.WriteNumber(code, count);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("entries"u8);
        foreach (Finding finding in findings)
        {
            WriteFinding(writer, finding);
            if (writer.BytesPending >= 64 * 1024)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // Whole records first, then list entries, references and fields; by code within each.
    private static IEnumerable<KeyValuePair<string, int>> Ordered(IReadOnlyDictionary<string, int> counts)
    {
        return counts.OrderBy(static c => c.Key.StartsWith("record.", StringComparison.Ordinal) ? 0 : 1).ThenBy(static c => c.Key, StringComparer.Ordinal);
    }
}
