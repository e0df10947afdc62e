namespace PoliticalEvents;

/// <summary>
/// Implemented by the small value types that travel as JSON strings (ids, dates, codes, URLs, terms),
/// so that one converter, <see cref="WireValueConverter{T}"/>, reads and writes all of them.
/// </summary>
internal interface IWireValue<T> where T : struct, IWireValue<T>
{
    /// <summary>A short name of the value's kind for error messages, e.g. "partial date".</summary>
    static abstract string WireKind { get; }

    /// <summary>What a valid value looks like, for error messages (never echoes the input).</summary>
    static abstract string WireExpectation { get; }

    /// <summary>Parses UTF-8 text; returns false with a reason when it is not valid.</summary>
    static abstract bool TryParseWire(ReadOnlySpan<byte> utf8, out T value, out string? problem);

    /// <summary>False for a default value that has no wire form (an id with no text, a term of zero length).</summary>
    bool HasWireForm { get; }

    /// <summary>The canonical text of the value.</summary>
    string ToString();
}
