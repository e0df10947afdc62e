using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PoliticalEvents.Serialization;

/// <summary>
/// Reads datasets: a document or JSON Lines (told or detected), from a stream or from bytes, synchronously or not,
/// strict or keeping unknown properties. The one way into the library for wire-format data.
/// </summary>
/// <remarks>
/// <para><b>Entries.</b> <see cref="ReadAsync"/> and <see cref="Read(Stream, DatasetReaderOptions?)"/> yield
/// <see cref="DatasetEntry"/> values as the input is read: each record (with its position and line), the metadata, and a
/// finding for whatever cannot be read, located by JSON Pointer, line and column. Reading goes on past a bad record to
/// report the next; input that is not well-formed JSON gives one finding where it breaks, and reading stops there. Memory
/// grows with the largest record, not with the input (except with
/// <see cref="DatasetReaderOptions.PreserveUnknownProperties"/>, which reads the input whole).</para>
/// <para><b>Whole datasets.</b> <see cref="ReadDataset"/> and <see cref="ReadDatasetAsync"/> return the dataset or every
/// finding, never a partial dataset. JSON Lines must then start with its <c>{"type":"dataset",…}</c> header line, which
/// holds the title and format version a dataset needs.</para>
/// <para><b>Findings</b> are the wire format's only: the input is well-formed, every property is one the format defines
/// (once), every required one is there, every value has the right JSON type and form. The rules between records (ids
/// unique, references resolve, dates in order) are <c>PoliticalEvents.Validation</c>'s, which reads through this class.
/// Messages are this project's own and never repeat the input's text beyond what locates the problem.</para>
/// </remarks>
public static class DatasetReader
{
    private const int PeekChunk = 16 * 1024;

    /// <summary>Reads a dataset entry by entry as the input arrives.</summary>
    /// <param name="utf8">UTF-8 input, with or without a byte-order mark; read once, not closed.</param>
    /// <param name="options">The form and strictness; <see cref="DatasetReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The records, the metadata and the findings, in input order (a document's metadata last).</returns>
    /// <exception cref="IOException">The stream fails, or a JSON Lines line is longer than 1 GiB.</exception>
    public static async IAsyncEnumerable<DatasetEntry> ReadAsync(Stream utf8, DatasetReaderOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        options ??= DatasetReaderOptions.Default;
        (utf8, DatasetFormat format) = await ResolveAsync(utf8, options.Format, cancellationToken).ConfigureAwait(false);

        IAsyncEnumerable<DatasetEntry> entries = options.PreserveUnknownProperties
            ? ReadPreservingAsync(utf8, format, cancellationToken)
            : format == DatasetFormat.JsonLines ? ReadLinesAsync(utf8, cancellationToken) : ReadDocumentAsync(utf8, cancellationToken);
        await foreach (DatasetEntry entry in entries.ConfigureAwait(false))
        {
            yield return entry;
        }
    }

    /// <summary>Reads a dataset entry by entry, synchronously (see <see cref="ReadAsync"/>).</summary>
    /// <param name="utf8">UTF-8 input; read once, not closed.</param>
    /// <param name="options">The form and strictness; <see cref="DatasetReaderOptions.Default"/> when null.</param>
    /// <returns>The records, the metadata and the findings, in input order.</returns>
    /// <exception cref="IOException">The stream fails, or a JSON Lines line is longer than 1 GiB.</exception>
    public static IEnumerable<DatasetEntry> Read(Stream utf8, DatasetReaderOptions? options = null)
        => ReadAsync(utf8, options).ToBlockingEnumerable();

    /// <summary>Reads a dataset held in memory entry by entry (see <see cref="ReadAsync"/>).</summary>
    /// <param name="utf8">UTF-8 input, with or without a byte-order mark.</param>
    /// <param name="options">The form and strictness; <see cref="DatasetReaderOptions.Default"/> when null.</param>
    /// <returns>The records, the metadata and the findings, in input order.</returns>
    public static IEnumerable<DatasetEntry> Read(ReadOnlyMemory<byte> utf8, DatasetReaderOptions? options = null)
        => Read(AsStream(utf8), options);

    /// <summary>Reads a whole dataset held in memory: the dataset, or every finding.</summary>
    /// <param name="utf8">UTF-8 input, with or without a byte-order mark.</param>
    /// <param name="format">The wire form, or <see cref="DatasetFormat.Detect"/> (the default).</param>
    /// <returns>The dataset, or the findings that prevented reading it, each with JSON Pointer, line and column.</returns>
    /// <remarks>For a document, when it cannot be read, every record is still checked on its own, so the findings
    /// give the first problem of each bad record and of the metadata, not only the first of the document.</remarks>
    public static ReadResult<Dataset> ReadDataset(ReadOnlySpan<byte> utf8, DatasetFormat format = DatasetFormat.Detect)
    {
        if (format == DatasetFormat.Detect)
        {
            format = DetectFormat(utf8, isWholeInput: true);
        }

        if (format == DatasetFormat.Document)
        {
            return PoliticalEventsJson.ReadDataset(utf8);
        }

        ValueTask<ReadResult<Dataset>> lines = ReadLinesDatasetAsync(new MemoryStream(utf8.ToArray(), writable: false), CancellationToken.None);
        return lines.IsCompleted ? lines.Result : lines.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Reads a whole dataset from a stream: the dataset, or every finding.</summary>
    /// <param name="utf8">UTF-8 input, with or without a byte-order mark; read to its end, not closed.</param>
    /// <param name="format">The wire form, or <see cref="DatasetFormat.Detect"/> (the default).</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The dataset, or the findings that prevented reading it.</returns>
    /// <exception cref="IOException">The stream fails, or a JSON Lines line is longer than 1 GiB.</exception>
    public static async ValueTask<ReadResult<Dataset>> ReadDatasetAsync(Stream utf8, DatasetFormat format = DatasetFormat.Detect, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        (utf8, format) = await ResolveAsync(utf8, format, cancellationToken).ConfigureAwait(false);
        return format == DatasetFormat.JsonLines
            ? await ReadLinesDatasetAsync(utf8, cancellationToken).ConfigureAwait(false)
            : await PoliticalEventsJson.ReadDatasetAsync(utf8, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one record (any type) held in memory, as a line of JSON Lines holds it.</summary>
    /// <param name="utf8">The record's JSON, UTF-8.</param>
    /// <returns>The record, or the finding that prevented reading it.</returns>
    public static ReadResult<Record> ReadRecord(ReadOnlySpan<byte> utf8) => PoliticalEventsJson.ReadRecord(utf8);

    /// <summary>
    /// Tells the wire form from the start of the input: JSON Lines when the first non-blank line's object has
    /// <c>"type"</c> before any <c>"records"</c> or is complete on that line; a document otherwise.
    /// </summary>
    /// <param name="start">The start of the input (a byte-order mark is skipped).</param>
    /// <param name="isWholeInput">True when <paramref name="start"/> is the whole input.</param>
    /// <returns>The form, or <see cref="DatasetFormat.Detect"/> when more input is needed to tell (never when <paramref name="isWholeInput"/>).</returns>
    public static DatasetFormat DetectFormat(ReadOnlySpan<byte> start, bool isWholeInput) => FormatSniffer.Sniff(start, isWholeInput);

    /// <summary>
    /// Detects the wire form of a stream from its start without losing that start: reads only until the form is known
    /// (usually the first non-blank line, often less; see <see cref="DetectFormat(ReadOnlySpan{byte}, bool)"/>) and gives
    /// back a stream that replays what was read and then the rest, so that standard input or a pipe is still read once.
    /// </summary>
    /// <param name="utf8">The input, UTF-8; positioned at its start. The returned stream takes it over and disposes it.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The form (<see cref="DatasetFormat.Document"/> or <see cref="DatasetFormat.JsonLines"/>) and the input to read.</returns>
    public static async ValueTask<DetectedStream> DetectFormatAsync(Stream utf8, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        (Stream input, DatasetFormat format) = await ResolveAsync(utf8, DatasetFormat.Detect, cancellationToken).ConfigureAwait(false);
        return new DetectedStream(input, format);
    }

    /// <summary>
    /// The input and its form: as told, or detected from its start (then the input is a stream that gives back what was
    /// read to tell, and then the rest).
    /// </summary>
    internal static async ValueTask<(Stream Input, DatasetFormat Format)> ResolveAsync(Stream input, DatasetFormat format, CancellationToken cancellationToken)
    {
        if (format != DatasetFormat.Detect)
        {
            return (input, format);
        }

        (byte[] peeked, DatasetFormat detected) = await PeekAsync(input, cancellationToken).ConfigureAwait(false);
        return (new ReplayStream(peeked, input), detected);
    }

    private static async ValueTask<(byte[] Peeked, DatasetFormat Format)> PeekAsync(Stream input, CancellationToken cancellationToken)
    {
        var peeked = new MemoryStream();
        byte[] chunk = new byte[PeekChunk];
        while (true)
        {
            // Reading as much again as has been read keeps re-detecting over a long first line linear overall.
            if (chunk.Length < peeked.Length)
            {
                chunk = new byte[peeked.Length];
            }

            int read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            peeked.Write(chunk, 0, read);
            DatasetFormat format = FormatSniffer.Sniff(peeked.GetBuffer().AsSpan(0, (int)peeked.Length), endOfInput: read == 0);
            if (format != DatasetFormat.Detect)
            {
                return (peeked.ToArray(), format);
            }
        }
    }

    private static async IAsyncEnumerable<DatasetEntry> ReadDocumentAsync(Stream utf8, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (DatasetDocumentEntry entry in DatasetDocumentReader.ReadAsync(utf8, cancellationToken).ConfigureAwait(false))
        {
            yield return entry switch
            {
                { Record: { } record } => DatasetEntry.ForRecord(record, entry.RecordIndex ?? 0, entry.Line),
                { Metadata: { } metadata } => DatasetEntry.ForMetadata(metadata, entry.Line),
                _ => DatasetEntry.ForFinding(entry.Error!, entry.RecordIndex),
            };
        }
    }

    private static async IAsyncEnumerable<DatasetEntry> ReadLinesAsync(Stream utf8, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int records = 0;
        bool anyLine = false;
        await foreach (JsonLinesEntry entry in JsonLines.ReadAsync(utf8, cancellationToken).ConfigureAwait(false))
        {
            anyLine = true;
            if (entry.Header is { } header)
            {
                yield return DatasetEntry.ForMetadata(header, entry.LineNumber);
            }
            else if (entry.Record is { } record)
            {
                yield return DatasetEntry.ForRecord(record, records++, entry.LineNumber);
            }
            else
            {
                yield return DatasetEntry.ForFinding(entry.Error!, entry.IsHeaderLine ? null : records++);
            }
        }

        // An empty file is almost always a mistake (a failed export, a redirect into the wrong file), as it is for a
        // document, where it is not well-formed JSON: a dataset always has at least its header or a record.
        if (!anyLine)
        {
            yield return DatasetEntry.ForFinding(EmptyLines);
        }
    }

    /// <summary>The finding for JSON Lines input without a single line.</summary>
    internal static Finding EmptyLines { get; } = new()
    {
        Path = string.Empty,
        Code = ValidationCodes.JsonLinesEmpty,
        Message = "The input is empty: a JSON Lines dataset has at least a {\"type\":\"dataset\", …} header line or a record.",
        Severity = Severity.Error,
        Line = 1,
    };

    private static async IAsyncEnumerable<DatasetEntry> ReadPreservingAsync(Stream utf8, DatasetFormat format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await utf8.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        bool lines = format == DatasetFormat.JsonLines;
        (PreservedDataset? preserved, IReadOnlyList<Finding> findings) = PreservingJson.ReadDataset(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), lines);
        if (lines && findings.Count == 0 && preserved is { Metadata: null, Records.Count: 0 })
        {
            yield return DatasetEntry.ForFinding(EmptyLines);
            yield break;
        }

        if (preserved is not null)
        {
            if (lines && preserved.Metadata is { } header)
            {
                yield return DatasetEntry.ForMetadata(header, unknown: preserved.MetadataUnknown);
            }

            for (int i = 0; i < preserved.Records.Count; i++)
            {
                yield return DatasetEntry.ForRecord(preserved.Records[i].Record, i, unknown: preserved.Records[i].Unknown);
            }

            if (!lines && preserved.Metadata is { } metadata)
            {
                yield return DatasetEntry.ForMetadata(metadata, unknown: preserved.MetadataUnknown);
            }
        }

        foreach (Finding finding in findings)
        {
            yield return DatasetEntry.ForFinding(finding, RecordIndexOf(finding, lines));
        }
    }

    // In a document, a finding at /records/N/… is about record N; in JSON Lines, the line tells no index by itself.
    private static int? RecordIndexOf(Finding finding, bool lines)
    {
        const string prefix = "/records/";
        if (lines || !finding.Path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        ReadOnlySpan<char> rest = finding.Path.AsSpan(prefix.Length);
        int end = rest.IndexOf('/');
        return int.TryParse(end < 0 ? rest : rest[..end], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index) ? index : null;
    }

    private static async ValueTask<ReadResult<Dataset>> ReadLinesDatasetAsync(Stream utf8, CancellationToken cancellationToken)
    {
        (Dataset? dataset, IReadOnlyList<Finding> findings) = await JsonLines.ReadDatasetAsync(utf8, cancellationToken).ConfigureAwait(false);
        return dataset is not null ? ReadResult<Dataset>.Success(dataset) : ReadResult<Dataset>.Failure(findings);
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> utf8)
        => MemoryMarshal.TryGetArray(utf8, out ArraySegment<byte> segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(utf8.ToArray(), writable: false);
}
