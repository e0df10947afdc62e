using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace PoliticalEvents.Serialization;

/// <summary>
/// The fast path of strict reading: a hand-written reader over <see cref="Utf8JsonReader"/> that builds the records
/// directly, in front of the System.Text.Json path of <see cref="PoliticalEventsJson.Read{T}"/>.
/// </summary>
/// <remarks>
/// <para><b>Contract.</b> A <c>TryRead…</c> method returns true only for input that the System.Text.Json path reads
/// successfully, and then with an equal value. It returns false for anything it does not handle or that is not valid
/// (an unknown, duplicate or missing property, <c>null</c>, a wrong token type, a bad value, a string over the length
/// bound, an escaped property name or record type, trailing content, …), and the caller then runs the System.Text.Json
/// path, which gives the exact errors, or the value for valid input that is merely unusual. It never throws for bad
/// data.</para>
/// <para><b>What it mirrors.</b> The reader options of <see cref="PoliticalEventsJson.Options"/> (depth 64, no
/// comments, no trailing commas); exact, case-sensitive property names; <see cref="WireValueConverter{T}"/> (the
/// unescaped string to <c>TryParseWire</c>); <see cref="WireEnumConverter{T}"/> (exact wire names, no numbers);
/// <see cref="BoundedStringConverter"/> (at most <see cref="BoundedStringConverter.MaxLength"/> characters); the
/// NodaTime ISO patterns for <see cref="LocalDate"/> and <see cref="Instant"/>; <c>required</c> members; no
/// <c>null</c>, as a value or as an array element.</para>
/// <para>Lists are built as right-sized arrays (System.Text.Json builds <see cref="List{T}"/>s): records compare
/// lists by content and nothing depends on the runtime type. An absent optional list is left to the model's
/// initialiser (an empty list), as with System.Text.Json.</para>
/// </remarks>
internal static partial class FastReader
{
    /// <summary>The reader options System.Text.Json derives from <see cref="PoliticalEventsJson.Options"/>.</summary>
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    // NextProperty results other than a property index.
    private const int EndOfObject = -1;
    private const int Failed = -2;

    /// <summary>Reads a dataset document, or returns false (see the remarks on the class).</summary>
    /// <param name="utf8">The document, valid UTF-8 without a byte-order mark.</param>
    /// <param name="dataset">The dataset when the result is true.</param>
    /// <param name="recordOffsets">
    /// When not null: receives, when the result is true, the offset in <paramref name="utf8"/> at which each record
    /// begins, in order (what <see cref="PointerLines"/> needs to find a record's line without reading what comes
    /// before it); left empty when the result is false.
    /// </param>
    /// <returns>True when the document was read.</returns>
    internal static bool TryReadDataset(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out Dataset? dataset, List<int>? recordOffsets = null)
    {
        dataset = null;
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        TextPool? outer = t_textPool;
        List<int>? outerOffsets = t_recordOffsets;
        t_textPool = new TextPool();
        t_recordOffsets = recordOffsets;
        recordOffsets?.Clear();
        try
        {
            if (reader.Read() && ReadMetadata(ref reader, header: false, out Metadata metadata, out Record[]? records) && AtEnd(ref reader))
            {
                dataset = new Dataset
                {
                    Schema = metadata.Schema,
                    FormatVersion = metadata.FormatVersion!,
                    Title = metadata.Title!,
                    Description = metadata.Description,
                    Publisher = metadata.Publisher,
                    License = metadata.License,
                    CreatedAt = metadata.CreatedAt,
                    Records = records!,
                };
                return true;
            }
        }
        catch (Exception ex) when (ReadErrors.IsDataError(ex))
        {
            // Broken JSON (the reader throws) or an escape that is not valid UTF-16: the serializer reports it.
        }
        finally
        {
            t_textPool = outer;
            t_recordOffsets = outerOffsets;
        }

        recordOffsets?.Clear();
        return false;
    }

    /// <summary>Reads one record, or returns false (see the remarks on the class).</summary>
    /// <param name="utf8">The record's JSON, valid UTF-8 without a byte-order mark.</param>
    /// <param name="record">The record when the result is true.</param>
    /// <returns>True when the record was read.</returns>
    internal static bool TryReadRecord(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out Record? record)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            if (reader.Read() && ReadRecord(ref reader, out record) && AtEnd(ref reader))
            {
                return true;
            }
        }
        catch (Exception ex) when (ReadErrors.IsDataError(ex))
        {
        }

        record = null;
        return false;
    }

    /// <summary>Reads the metadata line of JSON Lines (<c>{"type":"dataset",…}</c>), or returns false (see the remarks on the class).</summary>
    /// <param name="utf8">The line, valid UTF-8 without a byte-order mark.</param>
    /// <param name="header">The header when the result is true.</param>
    /// <returns>True when the line was read.</returns>
    internal static bool TryReadHeader(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out DatasetHeaderLine? header)
    {
        header = null;
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            if (reader.Read() && ReadMetadata(ref reader, header: true, out Metadata metadata, out _) && AtEnd(ref reader))
            {
                header = new DatasetHeaderLine
                {
                    Type = metadata.Type!,
                    Schema = metadata.Schema,
                    FormatVersion = metadata.FormatVersion!,
                    Title = metadata.Title!,
                    Description = metadata.Description,
                    Publisher = metadata.Publisher,
                    License = metadata.License,
                    CreatedAt = metadata.CreatedAt,
                };
                return true;
            }
        }
        catch (Exception ex) when (ReadErrors.IsDataError(ex))
        {
        }

        return false;
    }

    // With the whole input as the final block, Read() past the root returns false at the end and throws on more content.
    private static bool AtEnd(ref Utf8JsonReader reader) => !reader.Read();

    /// <summary>Property names, as UTF-8, in the order canonical writing uses (so matching usually hits first time).</summary>
    private static byte[][] Names(params string[] names)
    {
        var utf8 = new byte[names.Length][];
        for (int i = 0; i < names.Length; i++)
        {
            utf8[i] = System.Text.Encoding.UTF8.GetBytes(names[i]);
        }

        return utf8;
    }

    /// <summary>
    /// Moves from the start of an object or from the previous property's value to the next property's value and returns
    /// that property's index in <paramref name="names"/>; <see cref="EndOfObject"/> at the end of the object; or
    /// <see cref="Failed"/> for an unknown, escaped or repeated name.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="names">The object's property names.</param>
    /// <param name="seen">One bit per property already read (duplicates fail).</param>
    /// <param name="hint">Where to start looking: after the last property matched, as canonical input is in order.</param>
    private static int NextProperty(ref Utf8JsonReader reader, byte[][] names, ref uint seen, ref int hint)
    {
        if (!reader.Read())
        {
            return Failed;
        }

        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            return reader.TokenType == JsonTokenType.EndObject ? EndOfObject : Failed;
        }

        // Escaped names are rare; the serializer handles them.
        if (reader.ValueIsEscaped)
        {
            return Failed;
        }

        ReadOnlySpan<byte> name = reader.ValueSpan;
        int index = -1;
        for (int i = hint; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            for (int i = 0; i < hint; i++)
            {
                if (name.SequenceEqual(names[i]))
                {
                    index = i;
                    break;
                }
            }
        }

        if (index < 0)
        {
            return Failed;
        }

        uint bit = 1u << index;
        if ((seen & bit) != 0)
        {
            return Failed;
        }

        seen |= bit;
        hint = index + 1;
        return reader.Read() ? index : Failed;
    }

    /// <summary>A string of at most <see cref="BoundedStringConverter.MaxLength"/> characters, as <see cref="BoundedStringConverter"/> reads it.</summary>
    private static bool ReadString(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length / 6 > BoundedStringConverter.MaxLength)
        {
            return false;
        }

        string text = reader.GetString()!;
        if (text.Length > BoundedStringConverter.MaxLength)
        {
            return false;
        }

        value = text;
        return true;
    }

    /// <summary>The pool of the document being read on this thread, if any (see <see cref="TextPool"/>).</summary>
    [ThreadStatic]
    private static TextPool? t_textPool;

    // Where the records of the document being read begin (see TryReadDataset); null when nobody asked.
    [ThreadStatic]
    private static List<int>? t_recordOffsets;

    /// <summary>
    /// Short text values of one document, so that a value that recurs (a law, a facility, a court, a publisher, a role)
    /// is one string, not one per occurrence: less memory held by the dataset and less for the garbage collector to copy.
    /// </summary>
    /// <remarks>
    /// A direct-mapped table: a value replaces whatever shared its slot, and a miss costs one hash more than
    /// <see cref="Utf8JsonReader.GetString"/>. Strings are immutable, so sharing one is not observable except through
    /// reference equality. The pool lives for one <see cref="TryReadDataset"/> call, so nothing is held after it.
    /// </remarks>
    private sealed class TextPool
    {
        /// <summary>The longest value pooled, in UTF-8 bytes (unescaped values only).</summary>
        public const int MaxBytes = 64;

        private const int Size = 1024;

        private readonly string?[] _slots = new string?[Size];

        // Length, first and last bytes: cheap, and a collision costs only a comparison and a replaced slot.
        private static int Slot(ReadOnlySpan<byte> utf8)
        {
            uint hash = (uint)utf8.Length * 0x9E3779B1u;
            if (utf8.Length > 0)
            {
                hash ^= (utf8[0] * 0x85EBCA77u) ^ (utf8[^1] * 0xC2B2AE3Du) ^ (utf8[utf8.Length / 2] * 0x27D4EB2Fu);
            }

            return (int)((hash ^ (hash >> 15)) % Size);
        }

        public bool TryGet(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out string? value)
        {
            Span<char> buffer = stackalloc char[MaxBytes];
            if (System.Text.Unicode.Utf8.ToUtf16(utf8, buffer, out _, out int written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                value = null;
                return false;
            }

            ReadOnlySpan<char> text = buffer[..written];
            int slot = Slot(utf8);
            string? cached = _slots[slot];
            if (cached is null || !text.SequenceEqual(cached))
            {
                cached = new string(text);
                _slots[slot] = cached;
            }

            value = cached;
            return true;
        }
    }

    /// <summary>
    /// <see cref="ReadString"/> for text that tends to recur within a document (a law, a facility, a court, a
    /// publisher): while a document is read, one string per distinct value.
    /// </summary>
    private static bool ReadRecurringString(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? value)
    {
        if (t_textPool is { } pool && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && reader.ValueSpan.Length <= TextPool.MaxBytes)
        {
            return pool.TryGet(reader.ValueSpan, out value);
        }

        return ReadString(ref reader, out value);
    }

    /// <summary>A string-valued wire type, as <see cref="WireValueConverter{T}"/> reads it.</summary>
    private static bool ReadWire<T>(ref Utf8JsonReader reader, out T value) where T : struct, IWireValue<T>
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            value = default;
            return false;
        }

        return reader.ValueIsEscaped ? ReadEscapedWire(ref reader, out value) : T.TryParseWire(reader.ValueSpan, out value, out _);
    }

    private static bool ReadWireOptional<T>(ref Utf8JsonReader reader, out T? value) where T : struct, IWireValue<T>
    {
        bool ok = ReadWire(ref reader, out T read);
        value = ok ? read : null;
        return ok;
    }

    private static bool ParseWire<T>(ReadOnlySpan<byte> utf8, out T value) where T : struct, IWireValue<T> => T.TryParseWire(utf8, out value, out _);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ReadEscapedWire<T>(ref Utf8JsonReader reader, out T value) where T : struct, IWireValue<T>
    {
        // The unescaped text is never longer than the escaped one.
        int max = reader.ValueSpan.Length;
        if (max <= 256)
        {
            Span<byte> buffer = stackalloc byte[256];
            int written = reader.CopyString(buffer);
            return T.TryParseWire(buffer[..written], out value, out _);
        }

        byte[] rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            int written = reader.CopyString(rented);
            return T.TryParseWire(rented.AsSpan(0, written), out value, out _);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    // Two-letter lower-case language tags ("be", "en", "ru"), the common case, parsed once each. Entries are boxed so that
    // a racing reader sees either null or a whole value; every entry is what TryParseWire gave for the same two bytes.
    private static readonly StrongBox<LanguageTag>?[] TwoLetterLanguages = new StrongBox<LanguageTag>?[26 * 26];

    private static bool ReadLanguage(ref Utf8JsonReader reader, out LanguageTag? value)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && reader.ValueSpan is [>= (byte)'a' and <= (byte)'z', >= (byte)'a' and <= (byte)'z'] two)
        {
            int index = ((two[0] - 'a') * 26) + (two[1] - 'a');
            StrongBox<LanguageTag>? cached = TwoLetterLanguages[index];
            if (cached is null)
            {
                if (!ParseWire(two, out LanguageTag parsed))
                {
                    value = null;
                    return false;
                }

                cached = new StrongBox<LanguageTag>(parsed);
                TwoLetterLanguages[index] = cached;
            }

            value = cached.Value;
            return true;
        }

        return ReadWireOptional(ref reader, out value);
    }

    /// <summary>An enum value by its exact wire name, as <see cref="WireEnumConverter{T}"/> reads it.</summary>
    private static bool ReadEnum<T>(ref Utf8JsonReader reader, out T value) where T : struct, Enum
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            value = default;
            return false;
        }

        if (!reader.ValueIsEscaped)
        {
            return WireEnumConverter<T>.TryMatch(reader.ValueSpan, out value);
        }

        // Escaped: the converter compares the unescaped text. No wire name is longer than 40 bytes, so longer
        // escaped text (at most 6 bytes per character) cannot match.
        if (reader.ValueSpan.Length > 256)
        {
            value = default;
            return false;
        }

        Span<byte> buffer = stackalloc byte[256];
        int written = reader.CopyString(buffer);
        return WireEnumConverter<T>.TryMatch(buffer[..written], out value);
    }

    private static bool ReadEnumOptional<T>(ref Utf8JsonReader reader, out T? value) where T : struct, Enum
    {
        bool ok = ReadEnum(ref reader, out T read);
        value = ok ? read : null;
        return ok;
    }

    private static bool ReadBoolean(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return value || reader.TokenType == JsonTokenType.False;
    }

    private static bool ReadInt32(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value);
    }

    /// <summary>
    /// A day as <c>LocalDatePattern.Iso</c> reads it, for the plain form only (<c>YYYY-MM-DD</c>, years 1–9999, a real
    /// day, not escaped); anything else (year 0, an escape, a bad date) is left to the serializer.
    /// </summary>
    private static bool ReadLocalDate(ref Utf8JsonReader reader, out LocalDate? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return false;
        }

        ReadOnlySpan<byte> s = reader.ValueSpan;
        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-'
            || !Digits(s[..4], out int year) || !Digits(s.Slice(5, 2), out int month) || !Digits(s.Slice(8, 2), out int day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        value = new LocalDate(year, month, day);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> s, out int number)
    {
        number = 0;
        foreach (byte b in s)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            number = (number * 10) + (b - '0');
        }

        return true;
    }

    /// <summary>An instant as the <c>InstantPattern.ExtendedIso</c> converter reads it (once per document: no shortcut).</summary>
    private static bool ReadInstant(ref Utf8JsonReader reader, out Instant? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > 256)
        {
            return false;
        }

        ParseResult<Instant> parsed = InstantPattern.ExtendedIso.Parse(reader.GetString()!);
        if (!parsed.Success)
        {
            return false;
        }

        value = parsed.Value;
        return true;
    }

    /// <summary>Reads one element of an array; false when the element is not valid (including <c>null</c>).</summary>
    private interface IElementReader<T>
    {
        static abstract bool Read(ref Utf8JsonReader reader, out T value);
    }

    /// <summary>
    /// An array of elements read by <typeparamref name="TReader"/>, as a right-sized array: none and one element need no
    /// buffer; longer arrays are gathered in a pooled buffer and copied out.
    /// </summary>
    private static bool ReadList<T, TReader>(ref Utf8JsonReader reader, out T[] list) where TReader : IElementReader<T>
    {
        list = [];
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return true;
        }

        if (!TReader.Read(ref reader, out T first) || !reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndArray)
        {
            list = [first];
            return true;
        }

        T[] buffer = ArrayPool<T>.Shared.Rent(8);
        int count = 0;
        try
        {
            buffer[count++] = first;
            do
            {
                if (!TReader.Read(ref reader, out T item))
                {
                    return false;
                }

                if (count == buffer.Length)
                {
                    T[] larger = ArrayPool<T>.Shared.Rent(count * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<T>.Shared.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
                    buffer = larger;
                }

                buffer[count++] = item;
                if (!reader.Read())
                {
                    return false;
                }
            }
            while (reader.TokenType != JsonTokenType.EndArray);

            list = buffer.AsSpan(0, count).ToArray();
            return true;
        }
        finally
        {
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            {
                buffer.AsSpan(0, count).Clear();
            }

            ArrayPool<T>.Shared.Return(buffer);
        }
    }

    /// <summary>An element of a list of roles: recurring text.</summary>
    private readonly struct StringElement : IElementReader<string>
    {
        public static bool Read(ref Utf8JsonReader reader, out string value)
        {
            bool ok = ReadRecurringString(ref reader, out string? read);
            value = read!;
            return ok;
        }
    }

    private readonly struct WireElement<T> : IElementReader<T> where T : struct, IWireValue<T>
    {
        public static bool Read(ref Utf8JsonReader reader, out T value) => ReadWire(ref reader, out value);
    }

    private readonly struct EnumElement<T> : IElementReader<T> where T : struct, Enum
    {
        public static bool Read(ref Utf8JsonReader reader, out T value) => ReadEnum(ref reader, out value);
    }
}
