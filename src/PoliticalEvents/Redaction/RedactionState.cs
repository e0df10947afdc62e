namespace PoliticalEvents.Redaction;

/// <summary>
/// What a redaction knows across passes — the ids of the records dropped so far and of the anonymous persons — and
/// what it needs to tell whether a pass was final: which ids the records of the current pass looked up.
/// </summary>
/// <remarks>
/// A record's fate depends on other records only through the ids it looks up here (is this subject dropped? is this
/// person anonymous?). An id that becomes dropped or anonymous after a record of the same pass looked it up may have
/// changed that record's fate, and the pass is stale; if no such id was looked up before, every decision of the pass
/// stands. Memory grows with the dropped ids and the anonymous persons, plus a bounded filter of looked-up ids.
/// <para>Format 1.1: a source record that the input cites but no citation of the output names would be published alone,
/// telling of the records that lost their citations (dropped, or about an anonymous person). Which source records are
/// so is known only at the end of a pass, as citations may come after their source record: each pass notes the source
/// records it keeps and the ids cited in its input and in its output (in valid input, ids of source records only: memory
/// grows with the source records), and <see cref="LearnUncited"/> marks the uncited ones, which the next pass drops
/// (with a link that names one, as any link with a dropped end). What is learnt only grows: the next pass drops no
/// fewer records, so its output cites no more.</para>
/// </remarks>
internal sealed class RedactionState
{
    private readonly HashSet<string> _dropped = new(StringComparer.Ordinal);
    private readonly HashSet<string> _anonymous = new(StringComparer.Ordinal);
    private readonly ReferenceFilter _lookedUp = new();
    private readonly HashSet<string> _uncited = new(StringComparer.Ordinal);
    private readonly HashSet<string> _keptSources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _citedInInput = new(StringComparer.Ordinal);
    private readonly HashSet<string> _citedInOutput = new(StringComparer.Ordinal);

    /// <summary>True when an id became dropped or anonymous after a record of this pass may have looked it up.</summary>
    public bool Stale { get; private set; }

    /// <summary>The number of ids known to be dropped.</summary>
    public int DroppedCount => _dropped.Count;

    /// <summary>Whether the record with this id is dropped, as far as known; the record asking depends on the answer.</summary>
    public bool IsDropped(string id)
    {
        _lookedUp.Add(id);
        return _dropped.Contains(id);
    }

    /// <summary>Whether the person with this id is anonymous, as far as known; the record asking depends on the answer.</summary>
    public bool IsAnonymous(string id)
    {
        _lookedUp.Add(id);
        return _anonymous.Contains(id);
    }

    /// <summary>Notes that the record with this id is dropped.</summary>
    public void MarkDropped(string id) => Learn(_dropped, id);

    /// <summary>Notes that the person with this id is anonymous.</summary>
    public void MarkAnonymous(string id) => Learn(_anonymous, id);

    /// <summary>Whether this source record is cited in the input but by no citation of the output (learnt at the end of a pass).</summary>
    public bool IsUncited(string id) => _uncited.Contains(id);

    /// <summary>Notes the citations by id of a record of this pass, as read and as written, and a source record that is kept.</summary>
    /// <param name="input">The record as read.</param>
    /// <param name="output">The record as written, or null when it is dropped.</param>
    public void NoteCitations(Record input, Record? output)
    {
        if (input is SourceRecord && output is not null)
        {
            _keptSources.Add(input.Id.Value);
        }

        Cited(input, _citedInInput);
        if (output is not null)
        {
            Cited(output, _citedInOutput);
        }

        static void Cited(Record record, HashSet<string> cited)
        {
            Add(record.Sources, cited);
            if (record is SanctionMeasure measure)
            {
                foreach (SanctionEvent step in measure.History)
                {
                    Add(step.Sources, cited);
                }
            }
        }

        static void Add(IReadOnlyList<Source> sources, HashSet<string> cited)
        {
            foreach (Source source in sources)
            {
                if (source.SourceId is { } id)
                {
                    cited.Add(id.Value);
                }
            }
        }
    }

    /// <summary>
    /// At the end of a pass that is not stale: marks the source records the pass kept that its input cites and its
    /// output does not. True when there are any (the next pass drops them).
    /// </summary>
    public bool LearnUncited()
    {
        bool learnt = false;
        foreach (string id in _keptSources)
        {
            if (_citedInInput.Contains(id) && !_citedInOutput.Contains(id))
            {
                learnt |= _uncited.Add(id);
            }
        }

        return learnt;
    }

    /// <summary>Starts another pass: what is known stays, the looked-up ids and the citations of the pass are forgotten.</summary>
    public void NextPass()
    {
        _lookedUp.Clear();
        _keptSources.Clear();
        _citedInInput.Clear();
        _citedInOutput.Clear();
        Stale = false;
    }

    private void Learn(HashSet<string> set, string id)
    {
        if (set.Add(id) && _lookedUp.MightContain(id))
        {
            Stale = true;
        }
    }
}
