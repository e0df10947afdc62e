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
/// </remarks>
internal sealed class RedactionState
{
    private readonly HashSet<string> _dropped = new(StringComparer.Ordinal);
    private readonly HashSet<string> _anonymous = new(StringComparer.Ordinal);
    private readonly ReferenceFilter _lookedUp = new();

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

    /// <summary>Starts another pass: what is known stays, the looked-up ids are forgotten.</summary>
    public void NextPass()
    {
        _lookedUp.Clear();
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
