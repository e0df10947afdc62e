using NodaTime;

namespace PoliticalEvents.Validation;

/// <summary>
/// Validates a dataset record by record as it is read — from JSON Lines, a database, another format — and checks the
/// dataset rules (unique ids, references, releases against detentions, cycles of parent organizations) across
/// everything added, in bounded memory: the
/// index those rules need stays in memory up to <see cref="ValidationOptions.IndexMemoryLimit"/> and is sorted into
/// temporary files beyond it. Add the header and the records, then call <see cref="Complete"/> (or
/// <see cref="Stop"/>); dispose the validator if a run is abandoned, to delete its temporary files at once.
/// </summary>
/// <example>
/// <code>
/// using var validator = new StreamingValidator();
/// await foreach (DatasetEntry entry in DatasetReader.ReadAsync(stream, new DatasetReaderOptions { Format = DatasetFormat.JsonLines }))
/// {
///     if (entry.Record is { } record) validator.AddRecord(record, line: entry.Line);
///     else if (entry.Metadata is { } header) validator.AddHeader(header, entry.Line);
///     else validator.AddError(entry.Finding!);
/// }
/// ValidationResult result = validator.Complete();
/// </code>
/// </example>
public sealed class StreamingValidator : IDisposable
{
    private readonly List<Finding> _sink = [];
    private readonly List<int> _sinkOrdinals = [];
    private readonly DatasetRules _rules;
    private readonly Findings _findings;
    private readonly List<(Finding Finding, int Ordinal)> _waiting = [];
    private string? _formatVersion;
    private bool _versionKnown;
    private readonly LocalDate _today;
    private bool _completed;
    private int _errorCount;
    private int _counted;

    /// <summary>Starts a validation run.</summary>
    /// <param name="options">Settings; <see cref="ValidationOptions.Default"/> when null.</param>
    public StreamingValidator(ValidationOptions? options = null)
        : this(options, ValidationOptions.StreamingIndexMemoryLimit)
    {
    }

    /// <summary>Starts a run whose index limit, when the options set none, is <paramref name="defaultIndexMemoryLimit"/>.</summary>
    internal StreamingValidator(ValidationOptions? options, long defaultIndexMemoryLimit)
    {
        options ??= ValidationOptions.Default;
        _findings = new Findings(_sink);
        _today = options.ResolveToday();
        _rules = new DatasetRules(options, defaultIndexMemoryLimit);
    }

    /// <summary>The number of records added so far (including those added as read errors).</summary>
    public int RecordCount { get; private set; }

    /// <summary>
    /// The number of errors (not warnings) found so far by reading and by the rules of each record. The dataset rules
    /// (unique ids, references, releases against detentions) run in <see cref="Complete"/> and are not counted. Lets a
    /// caller stop early.
    /// </summary>
    public int ErrorCount
    {
        get
        {
            for (; _counted < _sink.Count; _counted++)
            {
                _errorCount += _sink[_counted].Severity == Severity.Error ? 1 : 0;
            }

            return _errorCount;
        }
    }

    /// <summary>How many temporary files the index has written so far (none while it fits its memory limit).</summary>
    internal int IndexRunsWritten => _rules.RunsWritten;

    /// <summary>How many times the index merged its temporary files into one.</summary>
    internal int IndexRunMerges => _rules.RunMerges;

    /// <summary>Checks the dataset's metadata (format version, title); its records are ignored.</summary>
    /// <param name="header">The dataset whose metadata to check.</param>
    /// <param name="line">The line of the header in the input, when known.</param>
    public void AddHeader(Dataset header, int? line = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        EnsureOpen();
        Position(string.Empty, null, line);
        DatasetValidator.CheckMetadata(header, _findings);
        Tag();
        _formatVersion = header.FormatVersion;
        if (FormatFeatures.Forbids(_formatVersion))
        {
            // A document's metadata may come after its records: what they used of 1.1 waited for the version.
            for (int i = 0; i < _waiting.Count; i++)
            {
                _sink.Add(_waiting[i].Finding);
                _sinkOrdinals.Add(_waiting[i].Ordinal);
            }
        }

        _waiting.Clear();
        _versionKnown = true;
    }

    /// <summary>Checks one record (structure and record rules) and indexes what the dataset rules need of it.</summary>
    /// <param name="record">The record.</param>
    /// <param name="pointer">The JSON Pointer of the record in its input (<c>/records/3</c> in a document); empty for JSON Lines.</param>
    /// <param name="line">The line of the record in the input, when known.</param>
    /// <exception cref="IOException">The index outgrew its memory limit and its temporary file could not be written.</exception>
    public void AddRecord(Record record, string pointer = "", int? line = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(pointer);
        EnsureOpen();
        Position(pointer, record.Id.Value, line);
        RecordRules.Check(record, _findings, _today);
        _rules.Add(record, RecordCount, _findings);
        Tag();
        CheckFormatVersion(record, pointer, line);
        RecordCount++;
    }

    /// <summary>Adds a finding found while reading (a line that could not be read counts as a record).</summary>
    /// <param name="error">The finding.</param>
    public void AddError(Finding error)
    {
        ArgumentNullException.ThrowIfNull(error);
        EnsureOpen();
        _sink.Add(error);
        Tag();
        RecordCount++;
    }

    /// <summary>
    /// Hands <paramref name="take"/> the findings found so far, in the order found, and forgets them, so that memory does
    /// not grow with the findings: call it after each record to write findings as they are found. A record's own
    /// findings are final once it is added; the dataset rules' findings come from <see cref="Complete"/>, which then
    /// returns only what was not taken. A finding about format 1.1 in a record that came before a document's metadata
    /// waits until the metadata says the format version (JSON Lines put it first, so nothing waits there).
    /// <see cref="ErrorCount"/> keeps counting what was taken.
    /// </summary>
    /// <param name="take">Receives each finding.</param>
    /// <exception cref="InvalidOperationException">The run is complete.</exception>
    public void TakeFindings(Action<Finding> take)
    {
        ArgumentNullException.ThrowIfNull(take);
        EnsureOpen();
        _ = ErrorCount; // counts what is about to go
        try
        {
            foreach (Finding finding in _sink)
            {
                take(finding);
            }
        }
        finally
        {
            _sink.Clear();
            _sinkOrdinals.Clear();
            _counted = 0;
        }
    }

    /// <summary>
    /// Checks the dataset rules and returns every finding not taken by <see cref="TakeFindings"/>: by record, each record's own findings before those of the
    /// dataset rules, and ordered by line where lines are known.
    /// </summary>
    /// <returns>The result of the run.</returns>
    /// <exception cref="InvalidOperationException">Called twice.</exception>
    /// <exception cref="IOException">The index's temporary files could not be read.</exception>
    public ValidationResult Complete()
    {
        EnsureOpen();
        _completed = true;
        _rules.DeathRules = FormatFeatures.HasRulesOf11(_formatVersion);
        List<(int Ordinal, int Seq, Finding Error)> dataset = _rules.Finish();
        if (dataset.Count == 0)
        {
            return Result(_sink);
        }

        // Stable: a record's dataset findings keep the order in which its references were written.
        dataset.Sort(static (x, y) => x.Ordinal != y.Ordinal ? x.Ordinal.CompareTo(y.Ordinal) : x.Seq.CompareTo(y.Seq));
        var merged = new List<Finding>(_sink.Count + dataset.Count);
        int next = 0;
        for (int i = 0; i < _sink.Count; i++)
        {
            for (; next < dataset.Count && dataset[next].Ordinal < _sinkOrdinals[i]; next++)
            {
                merged.Add(dataset[next].Error);
            }

            merged.Add(_sink[i]);
        }

        for (; next < dataset.Count; next++)
        {
            merged.Add(dataset[next].Error);
        }

        return Result(merged);
    }

    /// <summary>
    /// Ends the run early, when the caller has stopped adding records before the end of the input (say, after enough
    /// errors): returns the findings so far (those not taken by <see cref="TakeFindings"/>), without the dataset rules, since references to records not yet read would
    /// all look unresolved.
    /// </summary>
    /// <returns>The findings so far, ordered by line where lines are known.</returns>
    /// <exception cref="InvalidOperationException">The run is already complete.</exception>
    public ValidationResult Stop()
    {
        EnsureOpen();
        _completed = true;
        _rules.Dispose();
        return Result(_sink);
    }

    /// <summary>Deletes the index's temporary files, if any; the run can no longer be completed.</summary>
    public void Dispose()
    {
        _completed = true;
        _rules.Dispose();
    }

    private ValidationResult Result(List<Finding> findings) => new([.. findings.OrderBy(static e => e.Line ?? 0)]) { RecordCount = RecordCount };

    // Marks the findings added since the last call as belonging to the record being added (or, for the header, to the
    // place between records where it came).
    private void Tag()
    {
        while (_sinkOrdinals.Count < _sink.Count)
        {
            _sinkOrdinals.Add(RecordCount);
        }
    }

    // The 1.1 features of a record are errors when the dataset declares 1.0; until the version is known (a document's
    // metadata may come last), they wait, and are dropped if it never says 1.0. Only records that use 1.1 wait.
    private void CheckFormatVersion(Record record, string pointer, int? line)
    {
        if (_versionKnown && !FormatFeatures.Forbids(_formatVersion))
        {
            return;
        }

        foreach (FormatFeatures.Use use in FormatFeatures.Of(record))
        {
            var finding = new Finding
            {
                Path = pointer + use.Pointer,
                Code = use.Code,
                Message = use.Message,
                Severity = Severity.Error,
                Line = line,
                RecordId = record.Id.Value,
            };
            if (_versionKnown)
            {
                _sink.Add(finding);
                _sinkOrdinals.Add(RecordCount);
            }
            else
            {
                _waiting.Add((finding, RecordCount));
            }
        }
    }

    private void Position(string pointer, string? recordId, int? line)
    {
        _findings.Base = pointer;
        _findings.RecordId = recordId;
        _findings.Line = line;
    }

    private void EnsureOpen()
    {
        if (_completed)
        {
            throw new InvalidOperationException("This validation run is complete; start a new StreamingValidator.");
        }
    }
}
