using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PoliticalEvents.FollowTheMoney;

/// <summary>One non-blank line of an FtM JSON Lines file as read: an entity, or why the line is not one.</summary>
public sealed record FtmLine
{
    /// <summary>The 1-based line number.</summary>
    public required int LineNumber { get; init; }

    /// <summary>The entity, when the line is one.</summary>
    public FtmEntity? Entity { get; init; }

    /// <summary>Why the line is not an entity (a message without any of the line's values); null when it is one.</summary>
    public string? Error { get; init; }

    /// <summary>True when the line is an OpenSanctions delta line (<c>{"op": …, "entity": …}</c>) rather than an entity.</summary>
    public bool IsDelta { get; init; }

    /// <summary>The <c>"id"</c> of a line that is not a readable entity, when it has a string id.</summary>
    public string? Id { get; init; }

    /// <summary>The names of the top-level members of the entity that were skipped (<c>caption</c>, <c>referents</c>, …).</summary>
    public IReadOnlyList<string> IgnoredMembers { get; init => field = value ?? []; } = [];
}

/// <summary>
/// Reads and writes FollowTheMoney entities as JSON Lines (<c>entities.ftm.json</c>, one <c>{id, schema, properties}</c>
/// object per line) with <see cref="Utf8JsonReader"/> and <see cref="Utf8JsonWriter"/>: no reflection, trim- and
/// Native-AOT-safe.
/// </summary>
/// <remarks>
/// Reading streams one line at a time. A line must be an object with a string <c>"id"</c>, a string <c>"schema"</c> and
/// (optionally) <c>"properties"</c>, an object whose values are arrays of strings; <c>"datasets"</c> (an array of
/// strings) is kept, every other top-level member (<c>caption</c>, <c>referents</c>, <c>first_seen</c>, <c>target</c>, …)
/// is skipped. Anything else makes the line an error, and reading goes on with the next line.
/// </remarks>
public static class FtmJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = true,
    };

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    /// <summary>Writes one entity as a compact JSON object (no newline).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="entity">The entity.</param>
    public static void Write(Utf8JsonWriter writer, FtmEntity entity)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entity);
        writer.WriteStartObject();
        writer.WriteString("id"u8, entity.Id);
        writer.WriteString("schema"u8, entity.Schema);
        writer.WriteStartObject("properties"u8);
        foreach ((string name, IReadOnlyList<string> values) in entity.Properties)
        {
            writer.WriteStartArray(name);
            foreach (string value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        if (entity.Datasets.Count > 0)
        {
            writer.WriteStartArray("datasets"u8);
            foreach (string dataset in entity.Datasets)
            {
                writer.WriteStringValue(dataset);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>One entity as a compact JSON object.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(FtmEntity entity)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, entity);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes entities as JSON Lines, one per line, as they arrive.</summary>
    /// <param name="utf8Stream">The output; not closed.</param>
    /// <param name="entities">The entities.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    public static async Task WriteLinesAsync(Stream utf8Stream, IAsyncEnumerable<FtmEntity> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        ArgumentNullException.ThrowIfNull(entities);
        using var lines = new LineWriter(utf8Stream);
        await foreach (FtmEntity entity in entities.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await lines.WriteAsync(entity, cancellationToken).ConfigureAwait(false);
        }

        await lines.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one entity from a line of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The line (a leading byte-order mark is allowed).</param>
    /// <returns>The line as read; its <see cref="FtmLine.LineNumber"/> is 1.</returns>
    public static FtmLine ReadLine(ReadOnlySpan<byte> utf8Json) => ReadLine(utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json, 1);

    /// <summary>Reads FtM JSON Lines as they arrive: one <see cref="FtmLine"/> per non-blank line.</summary>
    /// <param name="utf8Stream">UTF-8 input, with or without a byte-order mark; not closed.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The lines, in order.</returns>
    /// <exception cref="IOException">A line is longer than 1 GiB (a stream that is not JSON Lines), or the stream fails.</exception>
    public static IAsyncEnumerable<FtmLine> ReadLinesAsync(Stream utf8Stream, CancellationToken cancellationToken = default)
        => ReadLinesAsync(utf8Stream, MaxLineBytes, cancellationToken);

    /// <summary><see cref="ReadLinesAsync(Stream, CancellationToken)"/> with another limit on a line's length (tests).</summary>
    internal static async IAsyncEnumerable<FtmLine> ReadLinesAsync(Stream utf8Stream, int maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);

        // System.IO.Pipelines splits the stream into lines without decoding it, in pooled segments that grow only to
        // the longest line.
        PipeReader pipe = PipeReader.Create(utf8Stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        int lineNumber = 0;
        try
        {
            while (true)
            {
                System.IO.Pipelines.ReadResult read = await pipe.ReadAsync(cancellationToken).ConfigureAwait(false);
                ReadOnlySequence<byte> buffer = read.Buffer;
                while (buffer.PositionOf((byte)'\n') is SequencePosition newline)
                {
                    FtmLine? line = Line(buffer.Slice(0, newline), ++lineNumber);
                    buffer = buffer.Slice(buffer.GetPosition(1, newline));
                    if (line is not null)
                    {
                        yield return line;
                    }
                }

                if (read.IsCompleted)
                {
                    if (!buffer.IsEmpty && Line(buffer, ++lineNumber) is { } last)
                    {
                        yield return last;
                    }

                    break;
                }

                if (buffer.Length > maxLineBytes)
                {
                    throw new IOException(string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber + 1} is longer than {maxLineBytes:N0} bytes, the most a line may be."));
                }

                pipe.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        finally
        {
            await pipe.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The longest line read, in bytes: longer means the input is not JSON Lines.</summary>
    private const int MaxLineBytes = 1 << 30;

    // One line without its line break (and a carriage return before it, and a byte-order mark on the first line); null
    // when blank.
    private static FtmLine? Line(ReadOnlySequence<byte> line, int lineNumber)
    {
        byte[]? rented = null;
        ReadOnlySpan<byte> span;
        if (line.IsSingleSegment)
        {
            span = line.FirstSpan;
        }
        else
        {
            rented = ArrayPool<byte>.Shared.Rent(checked((int)line.Length));
            line.CopyTo(rented);
            span = rented.AsSpan(0, (int)line.Length);
        }

        try
        {
            if (span.EndsWith("\r"u8))
            {
                span = span[..^1];
            }

            if (lineNumber == 1 && span.StartsWith("\uFEFF"u8))
            {
                span = span[3..];
            }

            return span.Trim(" \t"u8).IsEmpty ? null : ReadLine(span, lineNumber);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static FtmLine ReadLine(ReadOnlySpan<byte> line, int lineNumber)
    {
        string? id = null;
        try
        {
            var reader = new Utf8JsonReader(line, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Failed("The line is not a JSON object.");
            }

            string? schema = null;
            bool delta = false;
            List<KeyValuePair<string, IReadOnlyList<string>>>? properties = null;
            List<string>? datasets = null;
            List<string>? ignored = null;
            bool hasId = false, hasSchema = false, hasProperties = false, hasDatasets = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    // A member given twice would silently win over the first: which one the writer meant is unknown.
                    if (!Once(ref hasId))
                    {
                        return Failed("\"id\" appears twice.");
                    }

                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        return Failed("\"id\" is not a string.");
                    }

                    id = reader.GetString();
                }
                else if (reader.ValueTextEquals("schema"u8))
                {
                    if (!Once(ref hasSchema))
                    {
                        return Failed("\"schema\" appears twice.");
                    }

                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        return Failed("\"schema\" is not a string.");
                    }

                    schema = reader.GetString();
                }
                else if (reader.ValueTextEquals("properties"u8))
                {
                    if (!Once(ref hasProperties))
                    {
                        return Failed("\"properties\" appears twice.");
                    }

                    reader.Read();
                    properties = ReadProperties(ref reader, out string? problem);
                    if (problem is not null)
                    {
                        return Failed(problem);
                    }
                }
                else if (reader.ValueTextEquals("datasets"u8))
                {
                    if (!Once(ref hasDatasets))
                    {
                        return Failed("\"datasets\" appears twice.");
                    }

                    reader.Read();
                    datasets = ReadStrings(ref reader);
                    if (datasets is null)
                    {
                        return Failed("\"datasets\" is not an array of strings.");
                    }
                }
                else
                {
                    delta |= reader.ValueTextEquals("op"u8) || reader.ValueTextEquals("entity"u8);
                    (ignored ??= []).Add(reader.GetString()!);
                    reader.Read();
                    reader.Skip();
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return Failed("The line holds more than one JSON value.");
            }

            if (id is null || schema is null)
            {
                return delta && id is null && schema is null
                    ? Failed("This is a delta line ({\"op\": …, \"entity\": …}), not an entity: import a full entities file instead.") with { IsDelta = true }
                    : Failed($"The object has no \"{(id is null ? "id" : "schema")}\".");
            }

            return new FtmLine { LineNumber = lineNumber, Entity = new FtmEntity(id, schema, properties ?? [], datasets), IgnoredMembers = ignored ?? [] };
        }
        catch (JsonException)
        {
            return Failed("The line is not well-formed JSON.");
        }
        catch (InvalidOperationException)
        {
            // GetString on text that is not valid UTF-8.
            return Failed("The line is not valid UTF-8.");
        }

        FtmLine Failed(string message) => new() { LineNumber = lineNumber, Error = message, Id = id };

        static bool Once(ref bool seen)
        {
            bool first = !seen;
            seen = true;
            return first;
        }
    }

    private static List<KeyValuePair<string, IReadOnlyList<string>>>? ReadProperties(ref Utf8JsonReader reader, out string? problem)
    {
        problem = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            problem = "\"properties\" is not an object.";
            return null;
        }

        var properties = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            List<string>? values = ReadStrings(ref reader);
            if (values is null)
            {
                problem = "A property value is not an array of strings.";
                return null;
            }

            properties.Add(new(name, values));
        }

        return properties;
    }

    // An array of strings; null when the value is anything else (the reader is then somewhere inside it).
    private static List<string>? ReadStrings(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var values = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return null;
            }

            values.Add(reader.GetString()!);
        }

        return values;
    }

    /// <summary>Writes entities one per line through a reusable buffer, flushing to the stream in large chunks.</summary>
    internal sealed class LineWriter(Stream stream) : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
        private readonly Utf8JsonWriter _writer = new(new ArrayBufferWriter<byte>(), WriterOptions);

        public async ValueTask WriteAsync(FtmEntity entity, CancellationToken cancellationToken)
        {
            _writer.Reset(_buffer);
            Write(_writer, entity);
            _writer.Flush();
            _buffer.Write("\n"u8);
            if (_buffer.WrittenCount >= 64 * 1024)
            {
                await stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                _buffer.ResetWrittenCount();
            }
        }

        public async ValueTask FlushAsync(CancellationToken cancellationToken)
        {
            await stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            _buffer.ResetWrittenCount();
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        public void Dispose() => _writer.Dispose();
    }
}
