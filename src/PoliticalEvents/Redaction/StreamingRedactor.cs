
namespace PoliticalEvents.Redaction;

/// <summary>
/// Redacts a dataset record by record as it is read — from JSON Lines, a streamed document, a database — in memory that
/// grows with the records it drops and the anonymous persons it meets, not with the dataset. Redact every record, then
/// call <see cref="EndPass"/>: when it returns false, a later record changed what an earlier one becomes, so discard
/// what the pass wrote and redact the same records again.
/// </summary>
/// <remarks>
/// <para>Whether a record stays depends on others: a detention goes with its confidential subject, a link with either
/// end, a release when every person it names is dropped; a reference to a dropped record is removed; a record about an
/// anonymous person is reduced. Records may come in any order, so a record can be decided before the record it depends
/// on is read. The redactor remembers what it has learnt (the ids of dropped records and of anonymous persons) from one
/// pass to the next, and notes which ids each pass looked up: if an id it learns about was looked up earlier in the
/// same pass, that pass is stale and <see cref="EndPass"/> asks for another. A pass in which nothing learnt affects an
/// earlier record is final, and its output is the redacted dataset.</para>
/// <para>One pass suffices when every record comes after the records it references (persons and organizations first,
/// then detentions, releases, measures, links), as canonical files usually are. Otherwise a pass fixes what the previous
/// one learnt too late; a chain of links to links, each after the one it points to, can take one pass per link.
/// A source record (format 1.1) that the input cites but whose every citation goes (with a dropped record, or from a
/// record about an anonymous person) is dropped too, by one more pass: it would tell of them alone.</para>
/// <para>The input must be valid (<see cref="Validation.DatasetValidator"/>): only then is the output valid. Whatever
/// the input, a confidential record is never returned and an anonymous person's name never is. Not thread-safe.</para>
/// </remarks>
/// <example>
/// A pass over JSON Lines, writing what stays (docs/redaction.md has the whole example, tested):
/// <code>
/// var redactor = new StreamingRedactor(RedactionProfile.Public);
/// do
/// {
///     await using FileStream input = File.OpenRead(path), output = File.Create(outputPath);
///     await JsonLines.WriteAsync(output, header, RedactAsync(input, redactor)); // yields each kept record
/// }
/// while (!redactor.EndPass());
/// </code>
/// </example>
public sealed class StreamingRedactor
{
    private readonly RedactionState _state = new();
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private bool _complete;

    /// <summary>Starts a redaction.</summary>
    /// <param name="profile">For whom the output is (<see cref="RedactionProfile.Public"/>).</param>
    public StreamingRedactor(RedactionProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
    }

    /// <summary>The profile the records are redacted with.</summary>
    public RedactionProfile Profile { get; }

    /// <summary>The current pass, from 1.</summary>
    public int Pass { get; private set; } = 1;

    /// <summary>The records redacted in the current pass.</summary>
    public int RecordsRead { get; private set; }

    /// <summary>The records of the current pass that are written (some of them reduced).</summary>
    public int RecordsKept { get; private set; }

    /// <summary>The records of the current pass that are dropped.</summary>
    public int RecordsDropped => RecordsRead - RecordsKept;

    /// <summary>The number of findings of each code in the current pass (ordinal keys); a summary that needs no findings kept.</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>The number of ids of dropped records remembered: what memory grows with, with the anonymous persons.</summary>
    public int DroppedIdCount => _state.DroppedCount;

    /// <summary>Redacts one record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="pointer">The JSON Pointer of the record in its input (<c>/records/3</c> in a document); empty for JSON Lines.</param>
    /// <param name="line">The line of the record in the input, when known.</param>
    /// <returns>The record to write (or none) and what was done to it. Findings of a pass that turns out stale are void.</returns>
    /// <exception cref="InvalidOperationException">The redaction is complete (<see cref="EndPass"/> returned true).</exception>
    public RecordRedaction Redact(Record record, string pointer = "", int? line = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(pointer);
        if (_complete)
        {
            throw new InvalidOperationException("This redaction is complete; start a new StreamingRedactor.");
        }

        RecordsRead++;
        var log = new EntryLog(pointer, line, record.Id.Value);
        if (record is Person { Anonymous: true })
        {
            _state.MarkAnonymous(record.Id.Value);
        }

        Record? kept = null;
        if (RedactionRules.DropCause(record, _state) is { } cause)
        {
            _state.MarkDropped(record.Id.Value);
            log.Add(cause.Code, cause.Path, cause.Message);
        }
        else
        {
            kept = RedactionRules.Reduce(record, Profile, _state, log);
            RecordsKept++;
        }

        _state.NoteCitations(record, kept);
        foreach (Finding finding in log.Findings)
        {
            _counts[finding.Code] = _counts.GetValueOrDefault(finding.Code) + 1;
        }

        return new RecordRedaction { Record = kept, Findings = log.Findings };
    }

    /// <summary>Ends a pass over the records.</summary>
    /// <returns>
    /// True when the pass is final: the records it returned are the redacted dataset, and the redaction is complete.
    /// False when something learnt late in the pass changes an earlier record: discard everything the pass returned and
    /// redact the same records (in any order) again; the counts start over.
    /// </returns>
    /// <exception cref="InvalidOperationException">The redaction is already complete.</exception>
    public bool EndPass()
    {
        if (_complete)
        {
            throw new InvalidOperationException("This redaction is complete; start a new StreamingRedactor.");
        }

        // Format 1.1: a source record left without citations is learnt only at the end of a pass; the next one drops it.
        if (!_state.Stale && !_state.LearnUncited())
        {
            _complete = true;
            return true;
        }

        _state.NextPass();
        _counts.Clear();
        RecordsRead = 0;
        RecordsKept = 0;
        Pass++;
        return false;
    }
}
