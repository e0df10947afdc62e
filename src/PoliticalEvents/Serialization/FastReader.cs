using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace PoliticalEvents.Serialization;

/// <summary>
/// The strict reader of the wire format: a hand-written reader over <see cref="Utf8JsonReader"/> that builds the
/// records directly and describes every problem itself, with this project's codes and messages.
/// </summary>
/// <remarks>
/// <para><b>Errors.</b> Every check that refuses input records the first problem met (<see cref="Fail(long, string,
/// string, string?)"/>): a code, a message written here, and the byte offset of the token at fault. Only once reading
/// has failed is the problem located (its JSON Pointer, line and column, from the offset) — and only after this
/// project's own syntax check (<see cref="JsonSyntax"/>) has found the input well-formed, so malformed JSON, invalid
/// UTF-8 and duplicate properties are described the same way whatever the reader met first. No exception's message
/// or type name is ever read: an exception of the JSON reader only means "not well-formed", which the syntax check
/// then describes.</para>
/// <para><b>What it reads.</b> The reader options of <see cref="PoliticalEventsJson.Options"/> (depth 64, no
/// comments, no trailing commas); exact, case-sensitive property names, escaped or not; the properties of each object
/// and which are required come from the model (its serializer metadata, checked against the reader's tables when the
/// reader is first used); string-valued wire types by <c>TryParseWire</c>; enums by their exact wire names (no
/// numbers); text of at most <see cref="BoundedStringConverter.MaxLength"/> characters; the NodaTime ISO patterns for
/// <see cref="LocalDate"/> and <see cref="Instant"/>; whole numbers written as <c>3</c>, <c>3.0</c> or <c>3e0</c>; no
/// <c>null</c>, as a value or as an array element. The System.Text.Json path of <see cref="PoliticalEventsJson.Options"/>
/// reads the same input to equal values (a property test checks it).</para>
/// <para>Lists are built as right-sized arrays: records compare lists by content and nothing depends on the runtime
/// type. An absent optional list is left to the model's initialiser (an empty list).</para>
/// </remarks>
internal static partial class FastReader
{
    /// <summary>The reader options System.Text.Json derives from <see cref="PoliticalEventsJson.Options"/>.</summary>
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    // NextProperty results other than a property index.
    private const int EndOfObject = -1;
    private const int Failed = -2;

    private const string NullMessage = "null is not a value in this format; leave the property out when it has no value.";

    private const string NullElementMessage = "An array element must not be null.";

    /// <summary>The first problem of the read running on this thread; null while there is none.</summary>
    [ThreadStatic]
    private static Problem? t_problem;

    /// <summary>A problem as the reader meets it: where (the offset of the token at fault), which rule, and the message.</summary>
    /// <param name="Offset">The byte offset of the token at fault, within the input being read.</param>
    /// <param name="Code">The finding's code.</param>
    /// <param name="Message">The finding's message, written by this project.</param>
    /// <param name="Property">For an unknown property, its name: the pointer then goes on to it from its object.</param>
    private sealed record Problem(long Offset, string Code, string Message, string? Property = null);

    /// <summary>Records a problem unless one was recorded first (the innermost check fails first); returns false.</summary>
    private static bool Fail(long offset, string code, string message, string? property = null)
    {
        t_problem ??= new Problem(offset, code, message, property);
        return false;
    }

    private static bool Fail(ref Utf8JsonReader reader, string code, string message) => Fail(reader.TokenStartIndex, code, message);

    /// <summary>The current token is not what the property holds: <c>null</c>, or a value of another JSON type.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool WrongToken(ref Utf8JsonReader reader, string expected)
        => Fail(ref reader, "type", reader.TokenType == JsonTokenType.Null
            ? NullMessage
            : $"Expected {expected}, found {JsonTokenText.Describe(reader.TokenType)}.");

    /// <summary>Reads a dataset document.</summary>
    /// <param name="utf8">The document, valid UTF-8 without a byte-order mark.</param>
    /// <param name="recordOffsets">
    /// When not null: receives, when reading succeeds, the offset in <paramref name="utf8"/> at which each record
    /// begins, in order (what <see cref="PointerLines"/> needs to find a record's line without reading what comes
    /// before it); left empty when reading fails.
    /// </param>
    /// <returns>The dataset, or the first problem of its metadata and of every record that has one, in input order.</returns>
    internal static ReadResult<Dataset> ReadDataset(ReadOnlySpan<byte> utf8, List<int>? recordOffsets = null)
    {
        TextPool? outerPool = t_textPool;
        List<int>? outerOffsets = t_recordOffsets;
        Problem? outerProblem = t_problem;
        t_textPool = new TextPool();
        t_recordOffsets = recordOffsets;
        t_problem = null;
        recordOffsets?.Clear();
        try
        {
            var reader = new Utf8JsonReader(utf8, ReaderOptions);
            if (reader.Read() && ReadMetadata(ref reader, MetadataKind.Document, out Metadata metadata, out Record[]? records) && AtEnd(ref reader))
            {
                return ReadResult<Dataset>.Success(new Dataset
                {
                    Schema = metadata.Schema,
                    FormatVersion = metadata.FormatVersion!,
                    Title = metadata.Title!,
                    Description = metadata.Description,
                    Publisher = metadata.Publisher,
                    License = metadata.License,
                    CreatedAt = metadata.CreatedAt,
                    Records = records!,
                });
            }
        }
        catch (Exception ex) when (IsReaderError(ex))
        {
            // Not well-formed (or a name whose escapes are not valid UTF-16): described below.
        }
        finally
        {
            t_textPool = outerPool;
            t_recordOffsets = outerOffsets;
            t_problem = outerProblem;
        }

        recordOffsets?.Clear();
        return ReadResult<Dataset>.Failure(DatasetProblems(utf8));
    }

    /// <summary>Reads one record (a JSON Lines line, or a record on its own).</summary>
    /// <param name="utf8">The record's JSON, valid UTF-8 without a byte-order mark.</param>
    /// <returns>The record, or its first problem.</returns>
    internal static ReadResult<Record> ReadRecord(ReadOnlySpan<byte> utf8)
    {
        Problem? outer = t_problem;
        t_problem = null;
        try
        {
            var reader = new Utf8JsonReader(utf8, ReaderOptions);
            if (reader.Read() && ReadRecord(ref reader, out Record? record) && AtEnd(ref reader))
            {
                return ReadResult<Record>.Success(record);
            }

            return ReadResult<Record>.Failure(Describe(utf8, t_problem));
        }
        catch (Exception ex) when (IsReaderError(ex))
        {
            return ReadResult<Record>.Failure(Describe(utf8, null));
        }
        finally
        {
            t_problem = outer;
        }
    }

    /// <summary>Reads the metadata line of JSON Lines (<c>{"type":"dataset",…}</c>).</summary>
    /// <param name="utf8">The line, valid UTF-8 without a byte-order mark.</param>
    /// <returns>The header, or its first problem.</returns>
    internal static ReadResult<DatasetHeaderLine> ReadHeader(ReadOnlySpan<byte> utf8)
    {
        Problem? outer = t_problem;
        t_problem = null;
        try
        {
            var reader = new Utf8JsonReader(utf8, ReaderOptions);
            if (reader.Read() && ReadMetadata(ref reader, MetadataKind.Header, out Metadata metadata, out _) && AtEnd(ref reader))
            {
                return ReadResult<DatasetHeaderLine>.Success(new DatasetHeaderLine
                {
                    Type = metadata.Type!,
                    Schema = metadata.Schema,
                    FormatVersion = metadata.FormatVersion!,
                    Title = metadata.Title!,
                    Description = metadata.Description,
                    Publisher = metadata.Publisher,
                    License = metadata.License,
                    CreatedAt = metadata.CreatedAt,
                });
            }

            return ReadResult<DatasetHeaderLine>.Failure(Describe(utf8, t_problem));
        }
        catch (Exception ex) when (IsReaderError(ex))
        {
            return ReadResult<DatasetHeaderLine>.Failure(Describe(utf8, null));
        }
        finally
        {
            t_problem = outer;
        }
    }

    /// <summary>
    /// What <see cref="Utf8JsonReader"/> throws on input that is not well-formed JSON (<see cref="JsonException"/>), and
    /// what its string accessors throw on escapes that are not valid UTF-16 (<see cref="InvalidOperationException"/>).
    /// Either means the input is malformed, which <see cref="JsonSyntax"/> then describes; the exception itself is not
    /// looked into.
    /// </summary>
    private static bool IsReaderError(Exception ex) => ex is JsonException or InvalidOperationException;

    /// <summary>The finding of a failed read of one value (a record or a header line), located in <paramref name="utf8"/>.</summary>
    private static Finding Describe(ReadOnlySpan<byte> utf8, Problem? problem)
    {
        if (JsonSyntax.Find(utf8) is { } syntax)
        {
            return ReadErrors.Syntax(utf8, syntax);
        }

        problem ??= Unexplained;
        (int line, int column) = JsonLocator.Position(utf8, problem.Offset);
        return Locate(utf8, problem, string.Empty, line, column);
    }

    // Every refusal records a problem and every exception of the reader means malformed input (which JsonSyntax finds);
    // should a path ever refuse without either, the finding still says nothing about the data.
    private static readonly Problem Unexplained = new(0, "json.invalid", "The value could not be read.");

    private static Finding Locate(ReadOnlySpan<byte> value, Problem problem, string prefix, int line, int column)
    {
        string pointer = prefix + JsonLocator.PointerAt(value, problem.Offset);
        if (problem.Property is { } property)
        {
            pointer += JsonLocator.Token(property);
        }

        return new Finding
        {
            Path = ReadErrors.SafePointer(pointer),
            Code = problem.Code,
            Message = problem.Message,
            Severity = Severity.Error,
            Line = line,
            Column = column,
        };
    }

    /// <summary>
    /// The problems of a dataset document that failed to read: where it is not well-formed, the first such place only;
    /// otherwise the first problem of the metadata and the first of every record, in input order, so a user sees all
    /// bad records at once instead of one per run. Runs only on the error path.
    /// </summary>
    private static List<Finding> DatasetProblems(ReadOnlySpan<byte> utf8)
    {
        if (JsonSyntax.Find(utf8) is { } syntax)
        {
            return [ReadErrors.Syntax(utf8, syntax)];
        }

        var findings = new List<Finding>();
        Problem? outer = t_problem;
        try
        {
            // The metadata: the root object with its records skipped.
            t_problem = null;
            var reader = new Utf8JsonReader(utf8, ReaderOptions);
            if (!(reader.Read() && ReadMetadata(ref reader, MetadataKind.DocumentWithoutRecords, out _, out _)))
            {
                Problem problem = t_problem ?? Unexplained;
                (int line, int column) = JsonLocator.Position(utf8, problem.Offset);
                findings.Add(Locate(utf8, problem, string.Empty, line, column));
            }

            // Each record on its own, from its own bytes.
            reader = new Utf8JsonReader(utf8, ReaderOptions);
            var lines = new LineCounter();
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    bool isRecords = reader.ValueTextEquals("records"u8);
                    reader.Read();
                    if (!isRecords || reader.TokenType != JsonTokenType.StartArray)
                    {
                        reader.Skip();
                        continue;
                    }

                    for (int index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
                    {
                        int start = (int)reader.TokenStartIndex;
                        bool isNull = reader.TokenType == JsonTokenType.Null;
                        reader.Skip();
                        ReadOnlySpan<byte> record = utf8[start..(int)reader.BytesConsumed];
                        t_problem = null;
                        Problem problem;
                        if (isNull)
                        {
                            problem = new Problem(0, "type", NullElementMessage);
                        }
                        else
                        {
                            var recordReader = new Utf8JsonReader(record, ReaderOptions);
                            if (recordReader.Read() && ReadRecord(ref recordReader, out _))
                            {
                                continue;
                            }

                            problem = t_problem ?? Unexplained;
                        }

                        (int line, int column) = lines.At(utf8, start + problem.Offset);
                        findings.Add(Locate(record, problem, "/records/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), line, column));
                    }
                }
            }
        }
        catch (Exception ex) when (IsReaderError(ex))
        {
            // JsonSyntax found the document well-formed, so this is an escape that is not valid UTF-16 in a name:
            // what was found so far stands.
        }
        finally
        {
            t_problem = outer;
        }

        if (findings.Count == 0)
        {
            findings.Add(Describe(utf8, null));
        }

        return [.. findings.OrderBy(f => f.Line ?? 0)];
    }

    /// <summary>Lines and columns of increasing offsets, counting each line break once.</summary>
    private struct LineCounter
    {
        private long _offset;
        private int _line;
        private long _lastNewline;

        public (int Line, int Column) At(ReadOnlySpan<byte> utf8, long offset)
        {
            if (_line == 0 || offset < _offset)
            {
                (_offset, _line, _lastNewline) = (0, 1, -1);
            }

            ReadOnlySpan<byte> between = utf8[(int)_offset..(int)Math.Min(offset, utf8.Length)];
            int newlines = between.Count((byte)'\n');
            if (newlines > 0)
            {
                _line += newlines;
                _lastNewline = _offset + between.LastIndexOf((byte)'\n');
            }

            _offset = offset;
            return (_line, checked((int)(offset - _lastNewline)));
        }
    }

    // With the whole input as the final block, Read() past the root returns false at the end and throws on more content.
    private static bool AtEnd(ref Utf8JsonReader reader) => !reader.Read();

    /// <summary>
    /// The properties of one object of the format, in the order canonical writing uses (so matching usually hits first
    /// time), with the required ones taken from the model.
    /// </summary>
    /// <remarks>
    /// The model (its serializer metadata: names, <c>required</c> members) is where the properties are declared; a shape
    /// whose names differ from the model's fails when the reader is first used, so the two cannot drift apart.
    /// </remarks>
    private sealed class Shape
    {
        /// <summary>A shape of <paramref name="model"/>'s properties.</summary>
        /// <param name="model">The model type.</param>
        /// <param name="names">Its wire names, in canonical order; for a record type, <c>"type"</c> last.</param>
        public Shape(Type model, params string[] names)
        {
            Names = names;
            Utf8 = Array.ConvertAll(names, System.Text.Encoding.UTF8.GetBytes);
            // Ignored members ([JsonIgnore]) are listed too, with neither getter nor setter.
            JsonPropertyInfo[] properties = [.. PoliticalEventsJson.Options.GetTypeInfo(model).Properties.Where(p => p.Get is not null || p.Set is not null)];
            IEnumerable<string> declared = properties.Select(p => p.Name);
            if (model.IsSubclassOf(typeof(Record)))
            {
                declared = declared.Append("type");
            }

            if (!declared.Order(StringComparer.Ordinal).SequenceEqual(names.Order(StringComparer.Ordinal), StringComparer.Ordinal) || names.Length > 32)
            {
                throw new InvalidOperationException(
                    $"The reader's properties of {model.Name} ({string.Join(", ", names)}) are not the model's ({string.Join(", ", declared)}).");
            }

            foreach (JsonPropertyInfo property in properties.Where(p => p.IsRequired))
            {
                Required |= 1u << Array.IndexOf(names, property.Name);
            }
        }

        /// <summary>The names as text, for messages.</summary>
        public string[] Names { get; }

        /// <summary>The names as UTF-8.</summary>
        public byte[][] Utf8 { get; }

        /// <summary>One bit per required property, by index.</summary>
        public uint Required { get; }

        /// <summary>The bit of <c>"type"</c>: a record type's last property.</summary>
        public uint TypeBit => 1u << (Names.Length - 1);
    }

    /// <summary>
    /// Moves from the start of an object or from the previous property's value to the next property's value and returns
    /// that property's index in <paramref name="shape"/>; <see cref="EndOfObject"/> at the end of the object; or
    /// <see cref="Failed"/> for an unknown or repeated name.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="shape">The object's properties.</param>
    /// <param name="seen">One bit per property already read (duplicates fail).</param>
    /// <param name="hint">Where to start looking: after the last property matched, as canonical input is in order.</param>
    private static int NextProperty(ref Utf8JsonReader reader, Shape shape, ref uint seen, ref int hint)
    {
        if (!reader.Read())
        {
            return Failed;
        }

        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            return reader.TokenType == JsonTokenType.EndObject ? EndOfObject : Failed;
        }

        int index = reader.ValueIsEscaped ? FindEscaped(ref reader, shape) : Find(reader.ValueSpan, shape.Utf8, hint);
        if (index < 0)
        {
            return UnknownProperty(ref reader);
        }

        uint bit = 1u << index;
        if ((seen & bit) != 0)
        {
            return Duplicate(ref reader);
        }

        seen |= bit;
        hint = index + 1;
        return reader.Read() ? index : Failed;
    }

    private static int Find(ReadOnlySpan<byte> name, byte[][] names, int hint)
    {
        for (int i = hint; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        for (int i = 0; i < hint && i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // An escaped name ("\u0069d" for "id") is the name it stands for. No name of the format is longer than 40 bytes,
    // so longer escaped text (at most 6 bytes per character) cannot be one.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FindEscaped(ref Utf8JsonReader reader, Shape shape)
    {
        if (reader.ValueSpan.Length > 256)
        {
            return -1;
        }

        Span<byte> buffer = stackalloc byte[256];
        int written = reader.CopyString(buffer);
        return Find(buffer[..written], shape.Utf8, 0);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Duplicate(ref Utf8JsonReader reader)
    {
        string name = reader.GetString()!;
        Fail(reader.TokenStartIndex, "json.duplicateProperty", "A property appears more than once in the same object.", name);
        return Failed;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int UnknownProperty(ref Utf8JsonReader reader)
    {
        string name = reader.GetString()!;
        Fail(reader.TokenStartIndex, "additionalProperties", ReadErrors.UnknownProperty(name), name);
        return Failed;
    }

    /// <summary>
    /// Whether an object ended well (<paramref name="property"/> is not <see cref="Failed"/>) with every required
    /// property present; records the missing ones, at the object's start, when not.
    /// </summary>
    private static bool Complete(int property, uint seen, Shape shape, long start)
    {
        if (property == Failed)
        {
            return false;
        }

        if ((seen & shape.Required) == shape.Required)
        {
            return true;
        }

        return Missing(seen, shape, start);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Missing(uint seen, Shape shape, long start)
    {
        string[] missing = [.. shape.Names.Where((_, i) => (shape.Required & ~seen & (1u << i)) != 0).Select(n => $"'{n}'")];
        return Fail(start, "required", missing.Length == 1
            ? $"Missing required property {missing[0]}."
            : $"Missing required properties {string.Join(", ", missing)}.");
    }

    /// <summary>The start of an object: its <c>{</c>, or a recorded problem.</summary>
    private static bool StartObject(ref Utf8JsonReader reader, out long start)
    {
        start = reader.TokenStartIndex;
        return reader.TokenType == JsonTokenType.StartObject || WrongToken(ref reader, "an object");
    }

    /// <summary>A string of at most <see cref="BoundedStringConverter.MaxLength"/> characters, as <see cref="BoundedStringConverter"/> reads it.</summary>
    private static bool ReadString(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.String)
        {
            return WrongToken(ref reader, "a string");
        }

        // A UTF-8 byte sequence of n bytes decodes to at least n/3 UTF-16 code units (escapes only shrink further than
        // that bound by a factor of 6), so most oversized values are refused before anything is decoded.
        if (reader.ValueSpan.Length / 6 > BoundedStringConverter.MaxLength)
        {
            return TooLong(ref reader);
        }

        string text = reader.GetString()!;
        if (text.Length > BoundedStringConverter.MaxLength)
        {
            return TooLong(ref reader);
        }

        value = text;
        return true;
    }

    private static bool TooLong(ref Utf8JsonReader reader) => Fail(ref reader, "maxLength", BoundedStringConverter.TooLongMessage);

    /// <summary>The pool of the document being read on this thread, if any (see <see cref="TextPool"/>).</summary>
    [ThreadStatic]
    private static TextPool? t_textPool;

    // Where the records of the document being read begin (see ReadDataset); null when nobody asked.
    [ThreadStatic]
    private static List<int>? t_recordOffsets;

    /// <summary>
    /// Short text values of one document, so that a value that recurs (a law, a facility, a court, a publisher, a role)
    /// is one string, not one per occurrence: less memory held by the dataset and less for the garbage collector to copy.
    /// </summary>
    /// <remarks>
    /// A direct-mapped table: a value replaces whatever shared its slot, and a miss costs one hash more than
    /// <see cref="Utf8JsonReader.GetString"/>. Strings are immutable, so sharing one is not observable except through
    /// reference equality. The pool lives for one <see cref="ReadDataset"/> call, so nothing is held after it.
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
        if (t_textPool is { } pool && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && reader.ValueSpan.Length <= TextPool.MaxBytes
            && pool.TryGet(reader.ValueSpan, out value))
        {
            return true;
        }

        return ReadString(ref reader, out value);
    }

    /// <summary>A string-valued wire type, as <see cref="WireValueConverter{T}"/> reads it.</summary>
    private static bool ReadWire<T>(ref Utf8JsonReader reader, out T value) where T : struct, IWireValue<T>
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            value = default;
            return WrongToken(ref reader, $"a string holding a {T.WireKind}");
        }

        string? problem;
        if (reader.ValueIsEscaped ? ReadEscapedWire(ref reader, out value, out problem) : T.TryParseWire(reader.ValueSpan, out value, out problem))
        {
            return true;
        }

        return BadWire<T>(ref reader, problem);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool BadWire<T>(ref Utf8JsonReader reader, string? problem) where T : struct, IWireValue<T>
        => Fail(ref reader, problem ?? "pattern", $"Not a valid {T.WireKind}: expected {T.WireExpectation}.");

    private static bool ReadWireOptional<T>(ref Utf8JsonReader reader, out T? value) where T : struct, IWireValue<T>
    {
        bool ok = ReadWire(ref reader, out T read);
        value = ok ? read : null;
        return ok;
    }

    private static bool ParseWire<T>(ReadOnlySpan<byte> utf8, out T value) where T : struct, IWireValue<T> => T.TryParseWire(utf8, out value, out _);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ReadEscapedWire<T>(ref Utf8JsonReader reader, out T value, out string? problem) where T : struct, IWireValue<T>
    {
        // The unescaped text is never longer than the escaped one.
        int max = reader.ValueSpan.Length;
        if (max <= 256)
        {
            Span<byte> buffer = stackalloc byte[256];
            int written = reader.CopyString(buffer);
            return T.TryParseWire(buffer[..written], out value, out problem);
        }

        byte[] rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            int written = reader.CopyString(rented);
            return T.TryParseWire(rented.AsSpan(0, written), out value, out problem);
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
                    return ReadWireOptional(ref reader, out value); // describes the problem
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
        value = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return WrongToken(ref reader, $"a string naming a {typeof(T).Name} value");
        }

        if (!reader.ValueIsEscaped)
        {
            return WireEnumConverter<T>.TryMatch(reader.ValueSpan, out value) || UnknownValue<T>(ref reader);
        }

        // Escaped: the converter compares the unescaped text. No wire name is longer than 40 bytes, so longer
        // escaped text (at most 6 bytes per character) cannot match.
        if (reader.ValueSpan.Length > 256)
        {
            return UnknownValue<T>(ref reader);
        }

        Span<byte> buffer = stackalloc byte[256];
        int written = reader.CopyString(buffer);
        return WireEnumConverter<T>.TryMatch(buffer[..written], out value) || UnknownValue<T>(ref reader);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool UnknownValue<T>(ref Utf8JsonReader reader) where T : struct, Enum
        => Fail(ref reader, "enum", WireEnumConverter<T>.UnknownMessage);

    private static bool ReadEnumOptional<T>(ref Utf8JsonReader reader, out T? value) where T : struct, Enum
    {
        bool ok = ReadEnum(ref reader, out T read);
        value = ok ? read : null;
        return ok;
    }

    private static bool ReadBoolean(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return value || reader.TokenType == JsonTokenType.False || WrongToken(ref reader, "true or false");
    }

    /// <summary>A whole number, as <see cref="WholeNumberConverter"/> reads it: <c>3</c>, <c>3.0</c> and <c>3e0</c> are all 3.</summary>
    private static bool ReadInt32(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            return WrongToken(ref reader, "a whole number");
        }

        return reader.TryGetInt32(out value) || ReadUnusualInt32(ref reader, out value);
    }

    /// <summary>
    /// A number with or without a fraction (<c>53.9</c>, <c>-27</c>, <c>5.39e1</c>), as the serializer reads a
    /// <see cref="double"/>; one too large for a double (<c>1e400</c>, which would be read as infinity) is refused, as
    /// no writer could write it back.
    /// </summary>
    private static bool ReadDouble(ref Utf8JsonReader reader, out double value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            return WrongToken(ref reader, "a number");
        }

        return (reader.TryGetDouble(out value) && double.IsFinite(value)) || Fail(ref reader, "json.invalid", "The number is too large to be read.");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ReadUnusualInt32(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        if (!WholeNumberConverter.IsWhole(reader.ValueSpan))
        {
            return Fail(ref reader, "type", WholeNumberConverter.FractionMessage);
        }

        // Decimal holds every whole number of the 32-bit range exactly.
        if (reader.TryGetDecimal(out decimal whole) && whole is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)whole;
            return true;
        }

        return Fail(ref reader, "json.invalid", WholeNumberConverter.OutOfRangeMessage);
    }

    /// <summary>A day, as <c>LocalDatePattern.Iso</c> reads it; the plain form (<c>YYYY-MM-DD</c>, years 1–9999, not escaped) without the pattern.</summary>
    private static bool ReadLocalDate(ref Utf8JsonReader reader, out LocalDate? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.String)
        {
            return WrongToken(ref reader, "a string holding a date");
        }

        ReadOnlySpan<byte> s = reader.ValueSpan;
        if (reader.ValueIsEscaped || s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-'
            || !Digits(s[..4], out int year) || !Digits(s.Slice(5, 2), out int month) || !Digits(s.Slice(8, 2), out int day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return ReadUnusualDate(ref reader, out value);
        }

        value = new LocalDate(year, month, day);
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ReadUnusualDate(ref Utf8JsonReader reader, out LocalDate? value)
    {
        value = null;
        string? text = reader.ValueSpan.Length <= 256 ? reader.GetString() : null;
        if (text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed)
        {
            value = parsed.Value;
            return true;
        }

        return text is not null && DateForm().IsMatch(text)
            ? Fail(ref reader, "date.notReal", NotRealMessage)
            : Fail(ref reader, "pattern", "Not a valid date: expected YYYY-MM-DD.");
    }

    private const string NotRealMessage = "Not a real date: the day (or time) does not exist.";

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

    /// <summary>An instant as the <c>InstantPattern.ExtendedIso</c> converter reads it (a dataset's <c>createdAt</c>, a record's <c>modifiedAt</c>).</summary>
    private static bool ReadInstant(ref Utf8JsonReader reader, out Instant? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.String)
        {
            return WrongToken(ref reader, "a string holding an instant");
        }

        string? text = reader.ValueSpan.Length <= 256 ? reader.GetString() : null;
        if (text is not null && InstantPattern.ExtendedIso.Parse(text) is { Success: true } parsed)
        {
            value = parsed.Value;
            return true;
        }

        return text is not null && InstantForm().IsMatch(text)
            ? Fail(ref reader, "date.notReal", NotRealMessage)
            : Fail(ref reader, "pattern", "Not a valid instant: expected YYYY-MM-DDThh:mm:ssZ (UTC).");
    }

    /// <summary>The form of a day on the wire (the schemas' <c>localDate</c> pattern).</summary>
    internal const string DatePatternText = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    /// <summary>The form of an instant on the wire (the schemas' <c>instant</c> pattern).</summary>
    internal const string InstantPatternText = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$";

    // Text of that form that does not parse names no real day or time.
    [GeneratedRegex(DatePatternText, RegexOptions.CultureInvariant)]
    private static partial Regex DateForm();

    [GeneratedRegex(InstantPatternText, RegexOptions.CultureInvariant)]
    private static partial Regex InstantForm();

    /// <summary>Reads one element of an array; false (with a recorded problem) when the element is not valid.</summary>
    private interface IElementReader<T>
    {
        static abstract bool Read(ref Utf8JsonReader reader, out T value);
    }

    private static bool ReadElement<T, TReader>(ref Utf8JsonReader reader, out T value) where TReader : IElementReader<T>
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            value = default!;
            return Fail(ref reader, "type", NullElementMessage);
        }

        return TReader.Read(ref reader, out value);
    }

    /// <summary>
    /// An array of elements read by <typeparamref name="TReader"/>, as a right-sized array: none and one element need no
    /// buffer; longer arrays are gathered in a pooled buffer and copied out.
    /// </summary>
    private static bool ReadList<T, TReader>(ref Utf8JsonReader reader, out T[] list) where TReader : IElementReader<T>
    {
        list = [];
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return WrongToken(ref reader, "an array");
        }

        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return true;
        }

        if (!ReadElement<T, TReader>(ref reader, out T first) || !reader.Read())
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
                if (!ReadElement<T, TReader>(ref reader, out T item))
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
