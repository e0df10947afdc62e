using System.Globalization;

namespace PoliticalEvents.Redaction;

/// <summary>
/// Everything a redaction did to a dataset: a finding per dropped record and per removed entry, reference or field,
/// in the order of the input, with counts.
/// </summary>
/// <remarks>
/// The findings name the ids of dropped and changed records, which the published output does not contain: keep the
/// report with the input, not with the output. <see cref="ToString"/> prints counts only.
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
}
