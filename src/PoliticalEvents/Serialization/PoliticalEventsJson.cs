using System.Buffers;
using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace PoliticalEvents.Serialization;

/// <summary>
/// The JSON wire format of PoliticalEvents: strict reading, canonical writing, and the entry points that read and
/// write dataset documents and single records.
/// </summary>
/// <remarks>
/// <para><b>Strict reading.</b> Unknown properties, duplicate properties, missing required properties, <c>null</c>
/// where a value is required, wrong JSON types, numbers for enums, and malformed values (ids, dates, codes) are all
/// errors. Reading never yields a partial value: it returns the value or the errors.</para>
/// <para><b>Canonical writing.</b> Properties in a fixed order (<c>type</c> and <c>id</c> first; <c>sources</c>,
/// <c>notes</c>, <c>confidentiality</c> last), and <c>null</c>, empty optional arrays, <c>false</c> and
/// <c>confidentiality: "public"</c> omitted, so reading and writing again gives the same bytes. Text outside ASCII
/// is written as UTF-8, not escaped.</para>
/// <para>Everything here is built on source-generated metadata: it is trim- and Native-AOT-safe. Reading first tries a
/// hand-written reader over <see cref="Utf8JsonReader"/> that builds the records directly; whatever it declines (bad
/// input, or valid input in a rare form such as escaped property names) is read by System.Text.Json with these rules,
/// which gives the same value, or the errors.</para>
/// </remarks>
public static class PoliticalEventsJson
{
    /// <summary>The read-only options of the wire format (compact output). Pass them, or the type infos below, to <see cref="JsonSerializer"/>.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Metadata for a whole dataset document.</summary>
    public static JsonTypeInfo<Dataset> DatasetTypeInfo { get; } = (JsonTypeInfo<Dataset>)Options.GetTypeInfo(typeof(Dataset));

    /// <summary>Metadata for a single record of any type (discriminated by <c>"type"</c>).</summary>
    public static JsonTypeInfo<Record> RecordTypeInfo { get; } = (JsonTypeInfo<Record>)Options.GetTypeInfo(typeof(Record));


    internal static JsonTypeInfo<DatasetHeaderLine> HeaderTypeInfo { get; } = (JsonTypeInfo<DatasetHeaderLine>)Options.GetTypeInfo(typeof(DatasetHeaderLine));

    internal static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Encoder = Options.Encoder,
        Indented = indented,
        IndentSize = 2,
        SkipValidation = true,
    };

    /// <summary>Reads a dataset document from UTF-8 bytes (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The dataset, or the error that prevented reading it, with line, column and JSON Pointer.</returns>
    /// <remarks>
    /// When the document cannot be read, every record is still checked on its own, so the errors list the first
    /// problem of each bad record (at <c>/records/N/…</c>) and of the metadata, not just the first of the document.
    /// </remarks>
    internal static ReadResult<Dataset> ReadDataset(ReadOnlySpan<byte> utf8Json) => ReadDatasetWithOffsets(utf8Json, null);

    /// <summary>
    /// <see cref="ReadDataset(ReadOnlySpan{byte})"/>, also giving the offset (after any byte-order mark) at which each
    /// record begins when the document was read; otherwise <paramref name="recordOffsets"/> is left empty.
    /// </summary>
    internal static ReadResult<Dataset> ReadDatasetWithOffsets(ReadOnlySpan<byte> utf8Json, List<int>? recordOffsets)
    {
        utf8Json = Utf8Bom.Skip(utf8Json);
        return Read(utf8Json, DatasetTypeInfo, recordOffsets);
    }

    /// <summary>Reads a dataset document from a stream (UTF-8, with or without a byte-order mark).</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dataset, or the error that prevented reading it, with line, column and JSON Pointer.</returns>
    /// <remarks>The document is read into memory first (the dataset will be held in memory anyway), so that errors are
    /// located exactly as by <see cref="ReadDataset"/>.</remarks>
    internal static async ValueTask<ReadResult<Dataset>> ReadDatasetAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return ReadDataset(buffer.GetBuffer().AsSpan(0, checked((int)buffer.Length)));
    }

    /// <summary>Reads one record (any type) from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The record's JSON.</param>
    /// <returns>The record, or the error that prevented reading it.</returns>
    internal static ReadResult<Record> ReadRecord(ReadOnlySpan<byte> utf8Json) => Read(Utf8Bom.Skip(utf8Json), RecordTypeInfo);

    /// <summary>Writes a dataset document in canonical form.</summary>
    /// <param name="utf8Json">The stream to write to; not closed.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="indented">True (the default) for two-space indentation, false for one line.</param>
    /// <exception cref="DatasetWriteException">The dataset has a record or metadata the reader would refuse (a required
    /// value missing, a null in a list, …) or two records with the same id; what came before may be written.</exception>
    public static void WriteDataset(Stream utf8Json, Dataset dataset, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(dataset);
        WriteGuard guard = WriteGuard.ForDocument(dataset, wholeDataset: true);

        // Record by record, handing the stream about 64 KiB at a time: the writer never holds the whole document.
        using var buffer = new PooledBufferWriter(ChunkCapacity);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions(indented));
        WriteHead(writer, dataset);
        foreach (Record record in dataset.Records)
        {
            guard.Check(record);
            CanonicalWriter.Write(writer, record);
            if (writer.BytesPending + buffer.WrittenCount >= FlushThreshold)
            {
                writer.Flush();
                utf8Json.Write(buffer.WrittenMemory.Span);
                buffer.Clear();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        if (indented)
        {
            buffer.Write("\n"u8);
        }

        utf8Json.Write(buffer.WrittenMemory.Span);
        utf8Json.Flush();
    }

    /// <summary>Writes a dataset document in canonical form.</summary>
    /// <param name="utf8Json">The stream to write to; not closed.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="indented">True (the default) for two-space indentation, false for one line.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written and flushed.</returns>
    /// <exception cref="DatasetWriteException">The dataset has a record or metadata the reader would refuse (a required
    /// value missing, a null in a list, …) or two records with the same id; what came before may be written.</exception>
    public static Task WriteDatasetAsync(Stream utf8Json, Dataset dataset, bool indented = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(dataset);
        WriteGuard guard = WriteGuard.ForDocument(dataset, wholeDataset: true);
        return WriteDatasetAsync(utf8Json, dataset, dataset.Records.ToAsyncEnumerable(), indented, guard, cancellationToken);
    }

    /// <summary>
    /// Writes a dataset document in canonical form as its records arrive, so a dataset of any size can be written
    /// without holding its records: the same bytes as <see cref="WriteDataset"/> writes for the same dataset.
    /// </summary>
    /// <param name="utf8Json">The stream to write to; not closed.</param>
    /// <param name="metadata">The dataset whose metadata (everything but the records) to write; its records are ignored.</param>
    /// <param name="records">The records, written in the order they arrive.</param>
    /// <param name="indented">True (the default) for two-space indentation, false for one line.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written and flushed. The writer hands the stream about
    /// 64 KiB at a time, so memory holds one record and that buffer, not the document.</returns>
    /// <exception cref="DatasetWriteException">The metadata or a record is one the reader would refuse (a required value
    /// missing, a null in a list, …); what came before may be written. Ids are not compared across records.</exception>
    public static Task WriteDatasetAsync(Stream utf8Json, Dataset metadata, IAsyncEnumerable<Record> records, bool indented = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(records);
        WriteGuard guard = WriteGuard.ForDocument(metadata, wholeDataset: false);
        return WriteDatasetAsync(utf8Json, metadata, records, indented, guard, cancellationToken);
    }

    private static async Task WriteDatasetAsync(Stream utf8Json, Dataset metadata, IAsyncEnumerable<Record> records, bool indented, WriteGuard guard, CancellationToken cancellationToken)
    {
        using var buffer = new PooledBufferWriter(ChunkCapacity);
        await using var writer = new Utf8JsonWriter(buffer, WriterOptions(indented));
        WriteHead(writer, metadata);
        await foreach (Record record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            guard.Check(record);
            CanonicalWriter.Write(writer, record);
            if (writer.BytesPending + buffer.WrittenCount >= FlushThreshold)
            {
                writer.Flush();
                await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.Clear();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        if (indented)
        {
            buffer.Write("\n"u8);
        }

        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    // How much the writers let pile up before they hand it to the stream, and the pooled buffer that holds it (a
    // record more than the threshold, so that it rarely grows).
    private const int FlushThreshold = 64 * 1024;
    private const int ChunkCapacity = 128 * 1024;

    // Everything of a document before its records, up to and including the records' opening bracket: the metadata as
    // the serializer writes it (property order, omitted nulls, escaping), minus the records, which are last in
    // canonical order. It is written compact, then copied property by property into the (maybe indented) writer.
    private static void WriteHead(Utf8JsonWriter writer, Dataset metadata)
    {
        writer.WriteStartObject();
        byte[] head = JsonSerializer.SerializeToUtf8Bytes(metadata with { Records = [] }, DatasetTypeInfo);
        using (JsonDocument parsed = JsonDocument.Parse(head))
        {
            foreach (JsonProperty property in parsed.RootElement.EnumerateObject())
            {
                if (!property.NameEquals("records"u8))
                {
                    property.WriteTo(writer);
                }
            }
        }

        writer.WritePropertyName("records"u8);
        writer.WriteStartArray();
    }


    /// <summary>The canonical JSON of a dataset document, as a string.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="indented">True (the default) for two-space indentation, false for one line.</param>
    /// <returns>The JSON text, ending with a newline when indented.</returns>
    /// <exception cref="DatasetWriteException">The dataset has a record or metadata the reader would refuse, or two
    /// records with the same id.</exception>
    public static string ToJson(Dataset dataset, bool indented = true)
    {
        using var buffer = new MemoryStream();
        WriteDataset(buffer, dataset, indented);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The canonical compact JSON of one record, with its <c>"type"</c>.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The JSON text on one line.</returns>
    /// <exception cref="DatasetWriteException">The record is one the reader would refuse (a required value missing, a
    /// null in a list, …).</exception>
    public static string ToJson(Record record)
    {
        ArgumentNullException.ThrowIfNull(record);
        WriteGuard.CheckRecord(record);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(indented: false)))
        {
            CanonicalWriter.Write(writer, record);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads a dataset document, a record or a JSON Lines header line, as <paramref name="typeInfo"/> says, with <see cref="FastReader"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="typeInfo"/> is not one of the three.</exception>
    internal static ReadResult<T> Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, List<int>? recordOffsets = null) where T : class
    {
        // The reader decodes only the strings it needs, and lossily in places; check the whole input up front. Not valid
        // UTF-8 means not well-formed: the first problem of the input (perhaps a syntax error before the bad bytes) is
        // the finding.
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            return ReadResult<T>.Failure(ReadErrors.FirstProblem(utf8Json));
        }

        object result = typeInfo switch
        {
            _ when ReferenceEquals(typeInfo, RecordTypeInfo) => FastReader.ReadRecord(utf8Json),
            _ when ReferenceEquals(typeInfo, DatasetTypeInfo) => FastReader.ReadDataset(utf8Json, recordOffsets),
            _ when ReferenceEquals(typeInfo, HeaderTypeInfo) => FastReader.ReadHeader(utf8Json),
            _ => throw new ArgumentException($"No reader for {typeof(T).Name}.", nameof(typeInfo)),
        };
        return (ReadResult<T>)result;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(PoliticalEventsJsonContext.Default.Options)
        {
            TypeInfoResolver = PoliticalEventsJsonContext.Default.WithAddedModifier(ApplyWireRules),
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        // The same converters as NodaConverters.LocalDateConverter and .InstantConverter, built here because touching
        // NodaConverters runs its type initializer, which also builds the interval converters; those look converters up
        // by reflection (IL2026/IL3050) and would make the library unsafe for trimming and Native AOT.
        options.Converters.Add(new BoundedStringConverter());
        options.Converters.Add(new NodaPatternConverter<LocalDate>(LocalDatePattern.Iso, RequireIsoCalendar));
        options.Converters.Add(new NodaPatternConverter<Instant>(InstantPattern.ExtendedIso));
        options.MakeReadOnly();
        return options;
    }

    private static void RequireIsoCalendar(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Dates are written in the ISO calendar only.", nameof(date));
        }
    }

    // Rules of the wire format that attributes cannot say:
    // - reading: null is never a value ("notes": null is an error; an absent property means "not known").
    //   (JsonIgnoreCondition.WhenWritingNull is not used because it also makes the reader skip null tokens.)
    // - reading: null is not an array element either ("sources": [null]; see NullElements).
    // - writing: null and empty optional arrays are omitted ("sources": [] says nothing that absence does not).
    // - a source record (format 1.1) has no "sources" of its own: the property is not part of its wire form.
    private static void ApplyWireRules(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind == JsonTypeInfoKind.Object && typeInfo.Type == typeof(SourceRecord))
        {
            // Neither written nor read, as [JsonIgnore] would make it; it stays listed, as the record's initializer names
            // it. Before NullElements, which checks the lists it can get.
            foreach (JsonPropertyInfo property in typeInfo.Properties.Where(static p => p.Name == "sources"))
            {
                property.Get = null;
                property.Set = null;
            }
        }

        NullElements.Reject(typeInfo);
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (JsonPropertyInfo property in typeInfo.Properties)
        {
            property.IsSetNullable = false;

            if (!property.IsRequired && property.PropertyType.IsGenericType
                && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                property.ShouldSerialize = static (_, value) => value is not (null or ICollection { Count: 0 });
            }
            else if (!property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null)
            {
                property.ShouldSerialize = static (_, value) => value is not null;
            }
        }
    }
}
