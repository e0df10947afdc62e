namespace PoliticalEvents.Redaction;

/// <summary>
/// The ids the records of one pass have looked up, as a Bloom filter: <see cref="MightContain"/> never answers "no"
/// for an id that was added, and rarely "yes" for one that was not. A wrong "yes" costs a redaction one more pass
/// over the records, never a wrong output.
/// </summary>
/// <remarks>
/// <para>Memory does not grow with the records past <see cref="MaxBits"/> (5 MiB): the filter starts small (8 KiB) and
/// adds a segment eight times as large as the last when the last is full, up to four segments (64 Ki, 512 Ki, 4 Mi and
/// 32 Mi bits, 4.6 MiB in all); beyond that the last segment takes everything and its false "yes" grow more frequent.</para>
/// <para>A false "yes" matters each time the redaction learns something (a record dropped, a person anonymous), which can
/// be tens of thousands of times in a large dataset, so it must be rare: at 48 bits per id and 20 probes a full segment
/// answers a false "yes" about once in two billion; the last segment holds 700,000 ids at that rate, a million at about
/// once in ten million, 1.4 million at about once in a hundred thousand. An id looked up again (the same organization named by many records) sets no new bit and
/// does not count towards filling a segment.</para>
/// </remarks>
internal sealed class ReferenceFilter
{
    internal const long MaxBits = 40L * 1024 * 1024;

    private const int FirstSegmentBits = 1 << 16;
    private const int BitsPerId = 48;
    private const int Probes = 20;

    private readonly List<ulong[]> _segments = [];
    private long _bits;
    private long _inLast;

    /// <summary>Notes that an id was looked up.</summary>
    public void Add(string id)
    {
        // Segments of 64 Ki, 512 Ki, 4 Mi and 32 Mi bits (each a power of two), added while the last is full and the
        // total stays within the bound. Few segments keep false "yes" few: each full one adds its rate.
        int next = _segments.Count == 0 ? FirstSegmentBits : _segments[^1].Length * 64 * 8;
        if (_segments.Count == 0 || (_inLast * BitsPerId >= _segments[^1].Length * 64L && _bits + next <= MaxBits))
        {
            int bits = next;
            _segments.Add(new ulong[bits / 64]);
            _bits += bits;
            _inLast = 0;
        }

        ulong[] segment = _segments[^1];
        ulong hash = Hash(id);
        ulong mask = ((ulong)segment.Length * 64) - 1;
        bool added = false;
        for (int i = 1; i <= Probes; i++)
        {
            ulong bit = Probe(hash, i) & mask;
            ulong before = segment[bit >> 6];
            segment[bit >> 6] = before | (1UL << (int)(bit & 63));
            added |= segment[bit >> 6] != before;
        }

        _inLast += added ? 1 : 0;
    }

    /// <summary>False when the id was certainly not added since the last <see cref="Clear"/>; true when it may have been.</summary>
    public bool MightContain(string id)
    {
        ulong hash = Hash(id);
        foreach (ulong[] segment in _segments)
        {
            ulong mask = ((ulong)segment.Length * 64) - 1;
            bool all = true;
            for (int i = 1; i <= Probes && all; i++)
            {
                ulong bit = Probe(hash, i) & mask;
                all = (segment[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Forgets every id, for the next pass.</summary>
    public void Clear()
    {
        _segments.Clear();
        _bits = 0;
        _inLast = 0;
    }

    // FNV-1a over the UTF-16 code units, finished with the SplitMix64 mixer: the same on every run, so the number of
    // passes a dataset needs is reproducible.
    private static ulong Hash(string id)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return Mix(hash);
    }

    // The i-th probe: the i-th number of the SplitMix64 sequence seeded with the hash. Each probe draws on all 64 bits of
    // the hash; with double hashing (first + i * step) a small segment would see only its low bits of each half, and two
    // ids would collide on every probe far more often than the filter's rate.
    private static ulong Probe(ulong hash, int i) => Mix(hash + ((ulong)i * 0x9E3779B97F4A7C15UL));

    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>The bits allocated; for tests.</summary>
    internal long Bits => _bits;

    /// <summary>The number of segments; for tests.</summary>
    internal int Segments => _segments.Count;
}
