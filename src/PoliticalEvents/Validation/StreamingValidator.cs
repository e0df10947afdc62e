using NodaTime;
using PoliticalEvents.Datasets;
using PoliticalEvents.Records;

namespace PoliticalEvents.Validation;

/// <summary>
/// Validates a dataset record by record as it is read — from JSON Lines, a database, another format — and checks the
/// dataset rules (unique ids, references, releases against detentions) across everything added, in memory that grows
/// with the number of ids and references, not with the records' size. Add the header and the records, then call
/// <see cref="Complete"/>.
/// </summary>
/// <example>
/// <code>
/// var validator = new StreamingValidator();
/// await foreach (JsonLinesEntry line in JsonLines.ReadAsync(stream))
/// {
///     if (line.Record is { } record) validator.AddRecord(record, line: line.LineNumber);
///     else if (line.Header is { } header) validator.AddHeader(header, line.LineNumber);
///     else validator.AddError(line.Error!);
/// }
/// ValidationResult result = validator.Complete();
/// </code>
/// </example>
public sealed class StreamingValidator
{
    private readonly List<ValidationError> _sink = [];
    private readonly DatasetRules _rules = new();
    private readonly Findings _findings;
    private readonly LocalDate _today;
    private bool _completed;
    private int _errorCount;
    private int _counted;

    /// <summary>Starts a validation run.</summary>
    /// <param name="options">Settings; <see cref="ValidationOptions.Default"/> when null.</param>
    public StreamingValidator(ValidationOptions? options = null)
    {
        _findings = new Findings(_sink);
        _today = (options ?? ValidationOptions.Default).ResolveToday();
    }

    /// <summary>The number of records added so far (including those added as read errors).</summary>
    public int RecordCount { get; private set; }

    /// <summary>
    /// The number of errors (not warnings) found so far, before the dataset rules that need every record (references,
    /// releases against detentions) have run; duplicate ids are already counted. Lets a caller stop early.
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

    /// <summary>Checks the dataset's metadata (format version, title); its records are ignored.</summary>
    /// <param name="header">The dataset whose metadata to check.</param>
    /// <param name="line">The line of the header in the input, when known.</param>
    public void AddHeader(Dataset header, int? line = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        Position(string.Empty, null, line);
        DatasetValidator.CheckMetadata(header, _findings);
    }

    /// <summary>Checks one record (structure and record rules) and remembers what the dataset rules need of it.</summary>
    /// <param name="record">The record.</param>
    /// <param name="pointer">The JSON Pointer of the record in its input (<c>/records/3</c> in a document); empty for JSON Lines.</param>
    /// <param name="line">The line of the record in the input, when known.</param>
    public void AddRecord(Record record, string pointer = "", int? line = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(pointer);
        EnsureOpen();
        RecordCount++;
        Position(pointer, record.Id.Value, line);
        RecordRules.Check(record, _findings, _today);
        _rules.Add(record, _findings);
    }

    /// <summary>Adds a finding found while reading (a line that could not be read counts as a record).</summary>
    /// <param name="error">The finding.</param>
    public void AddError(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        EnsureOpen();
        RecordCount++;
        _sink.Add(error);
    }

    /// <summary>Checks the dataset rules and returns every finding, ordered by line where lines are known.</summary>
    /// <returns>The result of the run.</returns>
    /// <exception cref="InvalidOperationException">Called twice.</exception>
    public ValidationResult Complete()
    {
        EnsureOpen();
        _completed = true;
        _rules.Finish(_sink);
        return new ValidationResult([.. _sink.OrderBy(static e => e.Line ?? 0)]);
    }

    /// <summary>
    /// Ends the run early, when the caller has stopped adding records before the end of the input (say, after enough
    /// errors): returns the findings so far, without the dataset rules that need every record, since references to
    /// records not yet read would all look unresolved.
    /// </summary>
    /// <returns>The findings so far, ordered by line where lines are known.</returns>
    /// <exception cref="InvalidOperationException">The run is already complete.</exception>
    public ValidationResult Stop()
    {
        EnsureOpen();
        _completed = true;
        return new ValidationResult([.. _sink.OrderBy(static e => e.Line ?? 0)]);
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
