using System.Runtime.CompilerServices;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Cli;

/// <summary>
/// What reading and validating one input gave: its metadata (if any), its records (if kept), their count, and its
/// findings — kept in <see cref="Errors"/>, or handed to a sink as they are found, in memory that does not grow with them.
/// </summary>
internal sealed class LoadedData
{
    private readonly Action<Finding>? _sink;
    private int? _maxErrors;
    private bool _limitReached;

    /// <summary>Keeps the findings in <see cref="Errors"/>.</summary>
    public LoadedData()
    {
    }

    /// <summary>Hands each finding to <paramref name="sink"/> as it is found; <see cref="Errors"/> stays empty.</summary>
    public LoadedData(Action<Finding> sink) => _sink = sink;

    /// <summary>The dataset's metadata: the document itself, or the JSON Lines header line; null when there is none.</summary>
    public Dataset? Metadata { get; private set; }

    /// <summary>
    /// How many records were read: a document's records when it reads; for JSON Lines every good record line (the
    /// header and bad lines are not records).
    /// </summary>
    public int RecordCount { get; private set; }

    /// <summary>
    /// The findings of all validation layers when there is no sink: each record's own as found (in input order), then
    /// those of the rules across records.
    /// </summary>
    public List<Finding> Errors { get; } = [];

    /// <summary>How many findings are errors.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>How many findings are warnings.</summary>
    public int WarningCount { get; private set; }

    /// <summary>
    /// True when checking stopped at the error limit (<c>--max-errors</c>) before the end of the input: the findings
    /// are the first ones only, and rules across records were not checked.
    /// </summary>
    public bool Stopped { get; private set; }

    /// <summary>True when a finding is an error (warnings alone leave the data valid).</summary>
    public bool HasErrors => ErrorCount > 0;

    // Keeps (or hands on) a finding, up to the limit-th error; anything after it is dropped, and checking has stopped.
    private void Add(Finding finding)
    {
        if (_limitReached)
        {
            Stopped = true;
            return;
        }

        ErrorCount += finding.Severity == Severity.Error ? 1 : 0;
        WarningCount += finding.Severity == Severity.Warning ? 1 : 0;
        if (_sink is null)
        {
            Errors.Add(finding);
        }
        else
        {
            _sink(finding);
        }

        _limitReached = finding.Severity == Severity.Error && ErrorCount == _maxErrors;
    }

    /// <summary>
    /// Reads a whole input in preserve-unknown mode (held in memory) and validates what could be read; properties this
    /// version does not know are kept in the returned <see cref="PreservedDataset"/> and not validated.
    /// </summary>
    public static async Task<(LoadedData Data, PreservedDataset? Preserved)> LoadPreservingAsync(Stream input, DataFormat format, CancellationToken cancellationToken = default)
    {
        bool lines = format == DataFormat.Lines;
        var options = new DatasetReaderOptions { Format = lines ? DatasetFormat.JsonLines : DatasetFormat.Document, PreserveUnknownProperties = true };
        Dataset? metadata = null;
        UnknownProperties metadataUnknown = UnknownProperties.None;
        var records = new List<(Record Record, UnknownProperties Unknown)>();
        var readErrors = new List<Finding>();
        await foreach (DatasetEntry entry in DatasetReader.ReadAsync(input, options, cancellationToken).ConfigureAwait(false))
        {
            if (entry.Record is { } record)
            {
                records.Add((record, entry.Unknown));
            }
            else if (entry.Metadata is { } read)
            {
                (metadata, metadataUnknown) = (read, entry.Unknown);
            }
            else
            {
                readErrors.Add(entry.Finding!);
            }
        }

        // A document that cannot be read has nothing to keep; JSON Lines keeps the lines that read.
        PreservedDataset? preserved = metadata is null && !lines ? null : new PreservedDataset(metadata, metadataUnknown, records);
        var loaded = new LoadedData { Metadata = preserved?.Metadata };
        using var validator = new StreamingValidator();
        if (preserved?.Metadata is { } header)
        {
            validator.AddHeader(header);
        }

        foreach ((Record record, _) in preserved?.Records ?? [])
        {
            loaded.RecordCount++;
            validator.AddRecord(record);
        }

        foreach (Finding finding in readErrors.Concat(validator.Complete().Findings))
        {
            loaded.Add(finding);
        }

        return (loaded, preserved);
    }

    /// <summary>Reads a whole input and validates it through all layers. JSON Lines are read line by line and every bad line is reported.</summary>
    /// <param name="input">The input; read to its end (or to the error limit), not closed.</param>
    /// <param name="format">Its format.</param>
    /// <param name="maxErrors">Stop after this many errors (JSON Lines stop reading there); null for no limit.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <param name="into">The instance to fill (so a caller can watch its record count while it loads); a new one when null.</param>
    public static async Task<LoadedData> LoadAsync(Stream input, DataFormat format, int? maxErrors = null, CancellationToken cancellationToken = default, LoadedData? into = null)
    {
        var loaded = into ?? new LoadedData();
        if (format == DataFormat.Document)
        {
            // Validated whole, so that a finding inside a record has its own line, not the record's.
            byte[] bytes = await ReadAllAsync(input, cancellationToken).ConfigureAwait(false);
            ValidationResult result = DatasetValidator.Validate(bytes, DatasetFormat.Document);
            loaded._maxErrors = maxErrors;
            foreach (Finding finding in result.Findings)
            {
                loaded.Add(finding);
            }

            loaded.RecordCount = result.RecordCount;
            return loaded;
        }

        await foreach (Record _ in ReadLinesAsync(input, loaded, maxErrors, cancellationToken).ConfigureAwait(false))
        {
            // counted and validated as they are read
        }

        return loaded;
    }

    /// <summary>The records of JSON Lines as they are read (see <see cref="ReadLocatedAsync"/>).</summary>
    public static IAsyncEnumerable<Record> ReadLinesAsync(Stream input, LoadedData loaded, int? maxErrors = null, CancellationToken cancellationToken = default)
        => ReadLocatedAsync(input, DataFormat.Lines, loaded, maxErrors, cancellationToken).Select(static r => r.Record);

    /// <summary>The records of a document as they are read (see <see cref="ReadLocatedAsync"/>).</summary>
    public static IAsyncEnumerable<Record> ReadDocumentAsync(Stream input, LoadedData loaded, CancellationToken cancellationToken = default)
        => ReadLocatedAsync(input, DataFormat.Document, loaded, null, cancellationToken).Select(static r => r.Record);

    /// <summary>
    /// Reads a dataset through <see cref="DatasetReader"/>, one record at a time, validating as it goes. JSON Lines is
    /// checked line by line: a bad line is one finding, each line's findings are handed on as it is read (the rules
    /// across records' at the end), and reading stops after <paramref name="maxErrors"/> errors. A document is all or
    /// nothing, so its findings come at the end: when any record cannot be read, the read findings alone, in line
    /// order, and no metadata or count is kept.
    /// </summary>
    public static async IAsyncEnumerable<LocatedRecord> ReadLocatedAsync(Stream input, DataFormat format, LoadedData loaded, int? maxErrors = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        bool lines = format == DataFormat.Lines;
        loaded._maxErrors = maxErrors;
        var options = new DatasetReaderOptions { Format = lines ? DatasetFormat.JsonLines : DatasetFormat.Document };
        using var validator = new StreamingValidator();
        Action<Finding> add = loaded.Add;
        var readErrors = new List<Finding>();
        Finding? empty = null;
        await foreach (DatasetEntry entry in DatasetReader.ReadAsync(input, options, cancellationToken).ConfigureAwait(false))
        {
            if (entry.Record is { } record)
            {
                string pointer = lines ? string.Empty : $"/records/{entry.RecordIndex}";
                int line = entry.Line ?? 1;
                loaded.RecordCount++;
                validator.AddRecord(record, pointer, line);
                yield return new LocatedRecord(record, pointer, line);
            }
            else if (entry.Metadata is { } metadata)
            {
                loaded.Metadata = metadata;
                validator.AddHeader(metadata, entry.Line);
            }
            else if (entry.Finding is { Code: ValidationCodes.JsonLinesEmpty } nothing)
            {
                // An empty file is almost always a mistake (a failed export, a redirect into the wrong file); said last.
                empty = nothing;
            }
            else if (lines)
            {
                validator.AddError(entry.Finding!);
            }
            else
            {
                readErrors.Add(entry.Finding!);
            }

            if (lines)
            {
                validator.TakeFindings(add);
                if (loaded._limitReached)
                {
                    loaded.Stopped = true;
                    break;
                }
            }
        }

        ValidationResult result = loaded.Stopped ? validator.Stop() : validator.Complete();
        if (readErrors.Count > 0)
        {
            loaded.Metadata = null;
            loaded.RecordCount = 0;
            foreach (Finding finding in readErrors.OrderBy(static e => e.Line ?? 0))
            {
                loaded.Add(finding);
            }
        }
        else
        {
            foreach (Finding finding in result.Findings)
            {
                loaded.Add(finding);
            }
        }

        if (empty is not null)
        {
            loaded.Add(empty);
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream input, CancellationToken cancellationToken)
    {
        if (input is MemoryStream memory && memory.Position == 0)
        {
            return memory.ToArray();
        }

        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
}

/// <summary>A record with its place in the input: a JSON Pointer (<c>/records/3</c> in a document, empty for JSON Lines) and its line.</summary>
internal readonly record struct LocatedRecord(Record Record, string Pointer, int Line);
