using System.Text.Json;

namespace PoliticalEvents.Serialization;

/// <summary>
/// After a dataset document failed to read, finds the first problem of the metadata and of every record, so a
/// user sees all bad records at once instead of one per run. Runs only on the error path.
/// </summary>
internal static class DocumentErrors
{
    public static IReadOnlyList<Finding> Collect(ReadOnlySpan<byte> utf8Json, Finding first)
    {
        if (first.Code.StartsWith("json.", StringComparison.Ordinal))
        {
            return [first]; // not well-formed JSON: nothing more can be located reliably
        }

        var errors = new List<Finding>();
        ReadResult<DatasetEnvelope> envelope = PoliticalEventsJson.Read(utf8Json, PoliticalEventsJson.EnvelopeTypeInfo);
        if (envelope.Findings.FirstOrDefault(e => e.Code.StartsWith("json.", StringComparison.Ordinal)) is { } malformed)
        {
            // The first error was structural, but the JSON breaks later on: the break is what to fix first.
            return [malformed];
        }

        errors.AddRange(envelope.Findings);

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    bool isRecords = reader.ValueTextEquals("records"u8);
                    reader.Read();
                    if (isRecords && reader.TokenType == JsonTokenType.StartArray)
                    {
                        CollectRecordErrors(utf8Json, ref reader, errors);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Already reported through the envelope (InvalidOperationException: a name whose escapes are not valid UTF-16).
        }

        if (errors.Count == 0)
        {
            errors.Add(first);
        }

        errors.Sort((a, b) => (a.Line ?? 0).CompareTo(b.Line ?? 0));
        return errors;
    }

    // Errors of a record read on its own have positions relative to the record's first byte; make them absolute.
    private static Finding AtRecord(Finding error, int index, ReadOnlySpan<byte> utf8Json, int recordStart)
    {
        ReadOnlySpan<byte> before = utf8Json[..recordStart];
        int startLine = before.Count((byte)'\n') + 1;
        int startColumn = recordStart - (before.LastIndexOf((byte)'\n') + 1);
        return error with
        {
            Path = $"/records/{index}{error.Path}",
            Line = error.Line is int line ? startLine + line - 1 : startLine,
            Column = error.Column is int column && error.Line is 1 ? startColumn + column : error.Column,
        };
    }

    private static void CollectRecordErrors(ReadOnlySpan<byte> utf8Json, ref Utf8JsonReader reader, List<Finding> errors)
    {
        int index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            // Each record is read from its own bytes, as ReadRecord would, so its error is located within the record.
            int start = (int)reader.TokenStartIndex;
            reader.Skip();
            ReadResult<Record> record = PoliticalEventsJson.Read(utf8Json[start..(int)reader.BytesConsumed], PoliticalEventsJson.RecordTypeInfo);
            if (!record.Succeeded)
            {
                errors.Add(AtRecord(record.Findings[0], index, utf8Json, start));
            }

            index++;
        }
    }
}
