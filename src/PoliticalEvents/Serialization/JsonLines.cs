using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace PoliticalEvents.Serialization;

/// <summary>
/// Reads and writes datasets as JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>): one record per line, with an optional first
/// line <c>{"type":"dataset","formatVersion":"1.0","title":…}</c> that holds the dataset's metadata.
/// </summary>
/// <remarks>
/// Reading streams: memory holds one line at a time, whatever the size of the file. A line that cannot be read yields an
/// entry with its error (path within the line's record, line and column) and reading goes on with the next line.
/// Blank lines are skipped. A dataset header anywhere but on the first non-blank line is an error.
/// </remarks>
public static class JsonLines
{
    /// <summary>Reads the lines of a JSON Lines dataset as they arrive.</summary>
    /// <param name="utf8Stream">UTF-8 input, with or without a byte-order mark; not closed.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>One entry per non-blank line, in order.</returns>
    /// <exception cref="IOException">A line is longer than 1 GiB (a stream that is not JSON Lines), or the stream fails.</exception>
    internal static async IAsyncEnumerable<JsonLinesEntry> ReadAsync(Stream utf8Stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        using var lines = new LineReader(utf8Stream);
        bool seenContent = false;
        while (await lines.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            if (IsBlank(lines.Current.Span))
            {
                continue;
            }

            yield return ReadLine(lines.Current.Span, lines.LineNumber, !seenContent);
            seenContent = true;
        }
    }

    /// <summary>Reads a whole JSON Lines dataset into a <see cref="Dataset"/>; fails if any line fails or there is no header.</summary>
    /// <param name="utf8Stream">UTF-8 input; not closed.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The dataset, or every line error found (reading continues past bad lines to report them all).</returns>
    internal static async ValueTask<(Dataset? Dataset, IReadOnlyList<Finding> Errors)> ReadDatasetAsync(Stream utf8Stream, CancellationToken cancellationToken = default)
    {
        Dataset? header = null;
        bool headerFirst = false;
        bool seenLine = false;
        var records = new List<Record>();
        var errors = new List<Finding>();
        await foreach (JsonLinesEntry entry in ReadAsync(utf8Stream, cancellationToken).ConfigureAwait(false))
        {
            headerFirst |= !seenLine && entry.IsHeaderLine;
            seenLine = true;
            if (entry.Header is not null)
            {
                header = entry.Header;
            }
            else if (entry.Record is not null)
            {
                records.Add(entry.Record);
            }
            else if (entry.Error is not null)
            {
                errors.Add(entry.Error);
            }
        }

        // A header line that is there but broken has its own error already.
        if (!headerFirst)
        {
            errors.Insert(0, new Finding
            {
                Path = string.Empty,
                Code = "jsonLines.headerMissing",
                Message = "The JSON Lines input has no {\"type\":\"dataset\", …} first line, so it has no title or format version to make a dataset document of.",
                Severity = Severity.Error,
                Line = 1,
            });
        }

        return errors.Count > 0 ? (null, errors) : (header! with { Records = records }, errors);
    }

    /// <summary>Writes a dataset as JSON Lines: the header line, then one line per record.</summary>
    /// <param name="utf8Stream">The output; not closed.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    /// <exception cref="DatasetWriteException">The dataset has a record or metadata the reader would refuse (a required
    /// value missing, a null in a list, …) or two records with the same id; the lines before it may be written.</exception>
    public static Task WriteAsync(Stream utf8Stream, Dataset dataset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        ArgumentNullException.ThrowIfNull(dataset);
        WriteGuard guard = WriteGuard.ForLines(dataset, wholeDataset: true);
        return WriteAsync(utf8Stream, dataset, dataset.Records.ToAsyncEnumerable(), guard, cancellationToken);
    }

    /// <summary>Writes a header line (when <paramref name="header"/> is given) and then each record on its own line, as the records arrive.</summary>
    /// <param name="utf8Stream">The output; not closed.</param>
    /// <param name="header">The dataset whose metadata goes on the first line (its records are ignored), or null for no header.</param>
    /// <param name="records">The records to write.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    /// <exception cref="DatasetWriteException">The header or a record is one the reader would refuse (a required value
    /// missing, a null in a list, …); the lines before it may be written. Ids are not compared across records.</exception>
    public static Task WriteAsync(Stream utf8Stream, Dataset? header, IAsyncEnumerable<Record> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        ArgumentNullException.ThrowIfNull(records);
        WriteGuard guard = WriteGuard.ForLines(header, wholeDataset: false);
        return WriteAsync(utf8Stream, header, records, guard, cancellationToken);
    }

    private static async Task WriteAsync(Stream utf8Stream, Dataset? header, IAsyncEnumerable<Record> records, WriteGuard guard, CancellationToken cancellationToken)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        await using var writer = new Utf8JsonWriter(buffer, PoliticalEventsJson.WriterOptions(indented: false));
        if (header is not null)
        {
            JsonSerializer.Serialize(writer, DatasetHeaderLine.From(header), PoliticalEventsJson.HeaderTypeInfo);
            EndLine(writer, buffer);
        }

        await foreach (Record record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            guard.Check(record);
            CanonicalWriter.Write(writer, record);
            EndLine(writer, buffer);
            if (buffer.WrittenCount >= 64 * 1024)
            {
                await utf8Stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }
        }

        await utf8Stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await utf8Stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void EndLine(Utf8JsonWriter writer, System.Buffers.ArrayBufferWriter<byte> buffer)
    {
        writer.Flush();
        writer.Reset();
        buffer.Write("\n"u8);
    }

    private static JsonLinesEntry ReadLine(ReadOnlySpan<byte> line, int lineNumber, bool mayBeHeader)
    {
        long typeOffset = HeaderTypeOffset(line);
        if (typeOffset >= 0)
        {
            if (!mayBeHeader)
            {
                return Failed(lineNumber, isHeaderLine: true, new Finding
                {
                    Path = "/type",
                    Code = "jsonLines.headerNotFirst",
                    Message = "A {\"type\":\"dataset\"} header line may only be the first line.",
                    Severity = Severity.Error,
                    Column = checked((int)typeOffset + 1),
                });
            }

            ReadResult<DatasetHeaderLine> header = PoliticalEventsJson.Read(line, PoliticalEventsJson.HeaderTypeInfo);
            return header.Value is { } value
                ? new JsonLinesEntry { LineNumber = lineNumber, Header = value.ToDataset([]), IsHeaderLine = true }
                : Failed(lineNumber, isHeaderLine: true, header.Findings[0]);
        }

        ReadResult<Record> record = PoliticalEventsJson.Read(line, PoliticalEventsJson.RecordTypeInfo);
        return record.Value is { } r
            ? new JsonLinesEntry { LineNumber = lineNumber, Record = r }
            : Failed(lineNumber, isHeaderLine: false, record.Findings[0]);
    }

    private static JsonLinesEntry Failed(int lineNumber, bool isHeaderLine, Finding error)
        => new() { LineNumber = lineNumber, Error = error with { Line = lineNumber }, IsHeaderLine = isHeaderLine };

    // The offset of the "dataset" value when the line is an object whose top-level "type" is "dataset"; otherwise -1.
    // Malformed lines are left to the record reader to report.
    internal static long HeaderTypeOffset(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return -1;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isType = reader.ValueTextEquals("type"u8);
                if (!reader.Read())
                {
                    return -1;
                }

                if (isType)
                {
                    return reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("dataset"u8) ? reader.TokenStartIndex : -1;
                }

                reader.Skip();
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Broken JSON, or a name or value whose escapes are not valid UTF-16: the record reader reports it.
        }

        return -1;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t"u8).IsEmpty;

}
