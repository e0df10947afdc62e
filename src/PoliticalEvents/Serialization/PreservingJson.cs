using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace PoliticalEvents.Serialization;

/// <summary>
/// Preserve-unknown mode (opt-in): reads records that carry properties this version of the format does not know
/// (written by a newer 1.x tool), keeps those properties aside, and writes them back unchanged, so a tool on format 1.0
/// rewriting a 1.1 file loses nothing. Everything else is as strict as <see cref="PoliticalEventsJson"/>: only
/// properties the format does not define are set aside; a known property with a bad value is still an error.
/// </summary>
/// <remarks>
/// Unknown properties are written after the known ones of their object (the canonical order of known properties is
/// kept); their values are written exactly as read. This mode costs a parse into a DOM per record; the strict default
/// does not pay it.
/// </remarks>
public static class PreservingJson
{
    private static readonly JsonWriterOptions NodeWriting = new() { Encoder = PoliticalEventsJson.Options.Encoder, SkipValidation = true };

    /// <summary>Reads one record, setting aside the properties this version does not know.</summary>
    /// <param name="utf8Json">The record's JSON.</param>
    /// <returns>The record and its unknown properties, or the errors that prevented reading it (pointers into the input).</returns>
    internal static (ReadResult<Record> Result, UnknownProperties Unknown) ReadRecord(ReadOnlySpan<byte> utf8Json)
    {
        // Input that is not well-formed, not valid UTF-8 or Unicode, or has a repeated property is reported as the strict
        // reader reports it; the node parser would throw on some of it and replace invalid UTF-8 with U+FFFD.
        if (JsonSyntax.Find(utf8Json) is not null)
        {
            return (PoliticalEventsJson.ReadRecord(utf8Json), UnknownProperties.None);
        }

        if (TryParse(Utf8Bom.Skip(utf8Json)) is not { } node)
        {
            return (ReadResult<Record>.Failure(Duplicate(utf8Json)), UnknownProperties.None);
        }

        if (node is not JsonObject record)
        {
            return (PoliticalEventsJson.ReadRecord(utf8Json), UnknownProperties.None);
        }

        var unknown = new Dictionary<string, IReadOnlyDictionary<string, JsonElement>>(StringComparer.Ordinal);
        JsonTypeInfo? shape = RecordShape(record);
        if (shape is not null)
        {
            SetAside(record, shape, string.Empty, unknown, isRecordRoot: true);
        }

        byte[] known = ToUtf8(record);
        ReadResult<Record> result = PoliticalEventsJson.ReadRecord(known);
        if (!result.Succeeded)
        {
            // The pointers hold for the input (only unknown properties were removed); positions in the rewritten JSON do not.
            return (ReadResult<Record>.Failure([.. result.Findings.Select(e => e with { Line = null, Column = null })]), UnknownProperties.None);
        }

        return (result, unknown.Count > 0 ? new UnknownProperties(unknown) : UnknownProperties.None);
    }

    /// <summary>The canonical compact JSON of a record with its unknown properties put back where they were read.</summary>
    /// <param name="record">The record.</param>
    /// <param name="unknown">Its unknown properties, as <see cref="ReadRecord"/> returned them.</param>
    /// <returns>The JSON text on one line.</returns>
    public static string ToJson(Record record, UnknownProperties unknown)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(unknown);
        string canonical = PoliticalEventsJson.ToJson(record);
        if (unknown.IsEmpty)
        {
            return canonical;
        }

        JsonNode root = JsonNode.Parse(canonical)!;
        foreach ((string pointer, IReadOnlyDictionary<string, JsonElement> properties) in unknown.ByObject)
        {
            if (Resolve(root, pointer) is not JsonObject target)
            {
                throw new InvalidOperationException($"The record no longer has an object at '{pointer}' to put its unknown properties back into; drop them when changing a record's lists.");
            }

            foreach ((string name, JsonElement value) in properties)
            {
                target[name] = JsonNode.Parse(value.GetRawText());
            }
        }

        return System.Text.Encoding.UTF8.GetString(ToUtf8(root));
    }

    /// <summary>
    /// Reads a whole dataset in preserve-unknown mode, from a document or from JSON Lines. Unlike the strict readers it
    /// holds the dataset in memory. Lines or records that cannot be read are reported (pointers as the strict readers
    /// give them, <c>/records/N/…</c> in a document, within the line for JSON Lines) and left out.
    /// </summary>
    /// <param name="utf8">The input, UTF-8.</param>
    /// <param name="jsonLines">True for JSON Lines, false for a dataset document.</param>
    /// <returns>What could be read, and the errors.</returns>
    internal static (PreservedDataset? Dataset, IReadOnlyList<Finding> Errors) ReadDataset(ReadOnlySpan<byte> utf8, bool jsonLines)
    {
        utf8 = Utf8Bom.Skip(utf8);
        var errors = new List<Finding>();
        var records = new List<(Record, UnknownProperties)>();
        if (jsonLines)
        {
            Dataset? header = null;
            UnknownProperties headerUnknown = UnknownProperties.None;
            int lineNumber = 0;
            bool first = true;
            foreach (Range range in utf8.Split((byte)'\n'))
            {
                lineNumber++;
                ReadOnlySpan<byte> line = utf8[range].TrimEnd((byte)'\r');
                if (line.Trim(" \t"u8).IsEmpty)
                {
                    continue;
                }

                // As in JsonLines.ReadAsync: the header is the first non-blank line.
                bool mayBeHeader = first;
                first = false;
                if (JsonSyntax.Find(line) is { } syntax)
                {
                    errors.Add(ReadErrors.Syntax(line, syntax) with { Line = lineNumber });
                    continue;
                }

                if (mayBeHeader && JsonLines.HeaderTypeOffset(line) >= 0)
                {
                    if (TryParse(line) is JsonObject headerNode)
                    {
                        (header, headerUnknown) = ReadMetadata(headerNode, PoliticalEventsJson.HeaderTypeInfo, errors, lineNumber);
                    }
                    else
                    {
                        errors.Add(Duplicate(line) with { Line = lineNumber });
                    }

                    continue;
                }

                (ReadResult<Record> result, UnknownProperties unknown) = ReadRecord(line);
                if (result.Value is { } record)
                {
                    records.Add((record, unknown));
                }
                else
                {
                    errors.AddRange(result.Findings.Select(e => e with { Line = lineNumber }));
                }
            }

            return (new PreservedDataset(header, headerUnknown, records), errors);
        }

        if (JsonSyntax.Find(utf8) is not null)
        {
            return (null, PoliticalEventsJson.ReadDataset(utf8).Findings);
        }

        JsonNode? parsed = TryParse(utf8);
        if (parsed is null)
        {
            return (null, [Duplicate(utf8)]);
        }

        if (parsed is not JsonObject root || root["records"] is not JsonArray array)
        {
            return (null, PoliticalEventsJson.ReadDataset(utf8).Findings);
        }

        root.Remove("records");
        for (int i = 0; i < array.Count; i++)
        {
            (ReadResult<Record> result, UnknownProperties unknown) = array[i] is { } element ? ReadRecord(ToUtf8(element)) : (PoliticalEventsJson.ReadRecord("null"u8), UnknownProperties.None);
            if (result.Value is { } record)
            {
                records.Add((record, unknown));
            }
            else
            {
                errors.AddRange(result.Findings.Select(e => e with { Path = $"/records/{i}{e.Path}" }));
            }
        }

        root["records"] = new JsonArray();
        (Dataset? metadata, UnknownProperties metadataUnknown) = ReadMetadata(root, PoliticalEventsJson.DatasetTypeInfo, errors, null);
        return (metadata is null ? null : new PreservedDataset(metadata, metadataUnknown, records), errors);
    }

    /// <summary>Writes a dataset read in preserve-unknown mode as a document: canonical, with every unknown property put back.</summary>
    /// <param name="utf8Stream">The output; not closed.</param>
    /// <param name="dataset">The dataset; it needs metadata.</param>
    /// <param name="indented">True for two-space indentation (ending with a newline), false for one line.</param>
    public static void WriteDocument(Stream utf8Stream, PreservedDataset dataset, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        ArgumentNullException.ThrowIfNull(dataset);
        Dataset metadata = dataset.Metadata ?? throw new ArgumentException("A document needs the dataset's metadata.", nameof(dataset));
        JsonObject root = JsonNode.Parse(PoliticalEventsJson.ToJson(metadata with { Records = [] }, indented: false))!.AsObject();
        var records = new JsonArray();
        foreach ((Record record, UnknownProperties unknown) in dataset.Records)
        {
            records.Add(JsonNode.Parse(ToJson(record, unknown)));
        }

        root["records"] = records;
        AddBack(root, dataset.MetadataUnknown);
        using (var writer = new Utf8JsonWriter(utf8Stream, PoliticalEventsJson.WriterOptions(indented)))
        {
            root.WriteTo(writer);
        }

        if (indented)
        {
            utf8Stream.WriteByte((byte)'\n');
        }
    }

    /// <summary>Writes a dataset read in preserve-unknown mode as JSON Lines: the header line (when there is metadata), then one line per record.</summary>
    /// <param name="utf8Stream">The output; not closed.</param>
    /// <param name="dataset">The dataset.</param>
    public static void WriteLines(Stream utf8Stream, PreservedDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        ArgumentNullException.ThrowIfNull(dataset);
        if (dataset.Metadata is { } metadata)
        {
            JsonObject header = JsonNode.Parse(JsonSerializer.SerializeToUtf8Bytes(DatasetHeaderLine.From(metadata), PoliticalEventsJson.HeaderTypeInfo))!.AsObject();
            AddBack(header, dataset.MetadataUnknown);
            utf8Stream.Write(ToUtf8(header));
            utf8Stream.WriteByte((byte)'\n');
        }

        foreach ((Record record, UnknownProperties unknown) in dataset.Records)
        {
            utf8Stream.Write(System.Text.Encoding.UTF8.GetBytes(ToJson(record, unknown)));
            utf8Stream.WriteByte((byte)'\n');
        }
    }

    private static (Dataset? Metadata, UnknownProperties Unknown) ReadMetadata<T>(JsonObject node, JsonTypeInfo<T> shape, List<Finding> errors, int? line)
        where T : class
    {
        var unknown = new Dictionary<string, IReadOnlyDictionary<string, JsonElement>>(StringComparer.Ordinal);
        SetAside(node, shape, string.Empty, unknown, isRecordRoot: false);
        ReadResult<T> read = PoliticalEventsJson.Read(ToUtf8(node), shape);
        if (read.Value is null)
        {
            errors.AddRange(read.Findings.Select(e => e with { Line = line, Column = null }));
            return (null, UnknownProperties.None);
        }

        Dataset metadata = read.Value switch
        {
            DatasetHeaderLine header => header.ToDataset([]),
            Dataset dataset => dataset,
            _ => throw new InvalidOperationException("Unexpected metadata type."),
        };
        return (metadata, unknown.Count > 0 ? new UnknownProperties(unknown) : UnknownProperties.None);
    }

    // The finding for well-formed JSON that repeats a property in an object (which the node parser refuses): where it
    // is repeated. In this mode an unknown property is no error, so the strict reader, which would report it first,
    // cannot say this.
    private static Finding Duplicate(ReadOnlySpan<byte> utf8)
    {
        (string pointer, long offset) = JsonLocator.FirstDuplicateProperty(utf8) ?? (string.Empty, 0);
        (int line, int column) = JsonLocator.Position(utf8, offset);
        return new Finding
        {
            Path = ReadErrors.SafePointer(pointer),
            Code = "json.duplicateProperty",
            Message = "A property appears more than once in the same object.",
            Severity = Severity.Error,
            Line = line,
            Column = column,
        };
    }

    // Well-formed JSON (JsonSyntax said so) as nodes; null when a property is repeated in an object (see Duplicate).
    private static JsonNode? TryParse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions { MaxDepth = JsonSyntax.MaxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void AddBack(JsonObject target, UnknownProperties unknown)
    {
        if (unknown.ByObject.TryGetValue(string.Empty, out IReadOnlyDictionary<string, JsonElement>? properties))
        {
            foreach ((string name, JsonElement value) in properties)
            {
                target[name] = JsonNode.Parse(value.GetRawText());
            }
        }
    }

    private static JsonTypeInfo? RecordShape(JsonObject record)
    {
        if (record["type"] is not JsonValue type || !type.TryGetValue(out string? name))
        {
            return null;
        }

        JsonPolymorphismOptions polymorphism = PoliticalEventsJson.RecordTypeInfo.PolymorphismOptions!;
        foreach (JsonDerivedType derived in polymorphism.DerivedTypes)
        {
            if (derived.TypeDiscriminator is string discriminator && discriminator == name)
            {
                return PoliticalEventsJson.Options.GetTypeInfo(derived.DerivedType);
            }
        }

        return null; // an unknown record type is not a property: the strict reader reports it
    }

    // Moves the properties the type does not define out of the object, recursing into known objects and lists of objects.
    private static void SetAside(JsonObject obj, JsonTypeInfo shape, string pointer, Dictionary<string, IReadOnlyDictionary<string, JsonElement>> unknown, bool isRecordRoot)
    {
        Dictionary<string, JsonElement>? setAside = null;
        foreach ((string name, JsonNode? value) in obj.ToList())
        {
            JsonPropertyInfo? property = FindProperty(shape, name);
            if (property is null)
            {
                if (isRecordRoot && name == "type")
                {
                    continue;
                }

                (setAside ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[name] = value is null ? JsonElement.Parse("null"u8) : JsonElement.Parse(ToUtf8(value));
                obj.Remove(name);
                continue;
            }

            JsonTypeInfo valueShape = PoliticalEventsJson.Options.GetTypeInfo(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
            string childPointer = $"{pointer}/{Escape(name)}";
            if (value is JsonObject child && valueShape.Kind == JsonTypeInfoKind.Object)
            {
                SetAside(child, valueShape, childPointer, unknown, isRecordRoot: false);
            }
            else if (value is JsonArray array && valueShape.Kind == JsonTypeInfoKind.Enumerable && valueShape.ElementType is Type elementType)
            {
                JsonTypeInfo elementShape = PoliticalEventsJson.Options.GetTypeInfo(elementType);
                if (elementShape.Kind == JsonTypeInfoKind.Object && elementShape.PolymorphismOptions is null)
                {
                    for (int i = 0; i < array.Count; i++)
                    {
                        if (array[i] is JsonObject element)
                        {
                            SetAside(element, elementShape, $"{childPointer}/{i}", unknown, isRecordRoot: false);
                        }
                    }
                }
            }
        }

        if (setAside is not null)
        {
            unknown[pointer] = setAside;
        }
    }

    private static JsonPropertyInfo? FindProperty(JsonTypeInfo shape, string name)
    {
        foreach (JsonPropertyInfo property in shape.Properties)
        {
            if (property.Name == name && property.Set is not null)
            {
                return property;
            }
        }

        return null;
    }

    private static JsonNode? Resolve(JsonNode root, string pointer)
    {
        JsonNode? node = root;
        foreach (string token in pointer.Split('/').Skip(1))
        {
            string name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj => obj[name],
                JsonArray array when int.TryParse(name, out int index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }

    private static byte[] ToUtf8(JsonNode node)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, NodeWriting))
        {
            node.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
