using System.Text.RegularExpressions;
using PoliticalEvents.Serialization;

namespace PoliticalEvents.Validation;

/// <summary>
/// Validates records, datasets, dataset documents and JSON Lines through the three layers of the format:
/// structural (what a JSON Schema can say), record (rules inside one record) and dataset (references and rules
/// across records). Every finding has a JSON Pointer, a stable code (see <see cref="ValidationCodes"/>), a message
/// and a severity; only errors make data invalid.
/// </summary>
/// <remarks>
/// Rules that compare partial dates raise an error only when the violation is certain, and a warning when it is only
/// possible (<c>2020</c> against <c>2020-06-01</c>). Messages locate problems and never repeat the data's values.
/// </remarks>
public static partial class DatasetValidator
{
    /// <summary>Validates one record on its own: structure and record rules (no references). Pointers are relative to the record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="options">Settings; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The findings.</returns>
    public static ValidationResult Validate(Record record, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var sink = new List<Finding>();
        RecordRules.Check(record, new Findings(sink) { RecordId = record.Id.Value }, (options ?? ValidationOptions.Default).ResolveToday());
        return new ValidationResult(sink) { RecordCount = 1 };
    }

    /// <summary>Validates a dataset through all layers. Pointers start at the document root (<c>/records/3/…</c>).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">Settings; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The findings.</returns>
    public static ValidationResult Validate(Dataset dataset, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);

        // The records are in memory already; an index beside them costs a fraction of that, so it is not bounded
        // unless the caller says so.
        using var validator = new StreamingValidator(options, long.MaxValue);
        validator.AddHeader(dataset);
        for (int i = 0; i < dataset.Records.Count; i++)
        {
            validator.AddRecord(dataset.Records[i], $"/records/{i}");
        }

        return validator.Complete();
    }

    /// <summary>Reads a dataset document and validates it through all layers, every finding with its own line.</summary>
    /// <param name="utf8Json">The document, UTF-8 (a BOM is allowed).</param>
    /// <param name="options">Settings; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The reading errors (the first of each bad record), or the findings of all layers when the document reads.</returns>
    internal static ValidationResult ValidateDocument(ReadOnlySpan<byte> utf8Json, ValidationOptions? options = null)
    {
        var recordOffsets = new List<int>();
        ReadResult<Dataset> read = PoliticalEventsJson.ReadDatasetWithOffsets(utf8Json, recordOffsets);
        if (read.Value is not { } dataset)
        {
            return new ValidationResult(read.Findings);
        }

        ValidationResult result = Validate(dataset, options);
        return result.Findings.Count == 0
            ? result
            : new ValidationResult(PointerLines.AddLines(Utf8Bom.Skip(utf8Json), result.Findings, recordOffsets)) { RecordCount = result.RecordCount };
    }

    /// <summary>
    /// Reads and validates a JSON Lines dataset as it streams: each line is read and checked on its own (a bad line is
    /// reported with its number and does not stop the rest), and the dataset rules are checked across all lines in the
    /// same pass, in bounded memory (see <see cref="ValidationOptions.IndexMemoryLimit"/>).
    /// </summary>
    /// <param name="utf8Stream">UTF-8 JSON Lines; read once, not closed (standard input works).</param>
    /// <param name="options">Settings; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The findings.</returns>
    internal static async Task<ValidationResult> ValidateJsonLinesAsync(Stream utf8Stream, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var validator = new StreamingValidator(options);
        bool any = false;
        await foreach (JsonLinesEntry entry in JsonLines.ReadAsync(utf8Stream, cancellationToken).ConfigureAwait(false))
        {
            any = true;
            if (entry.Header is { } header)
            {
                validator.AddHeader(header, entry.LineNumber);
            }
            else if (entry.Record is { } record)
            {
                validator.AddRecord(record, line: entry.LineNumber);
            }
            else
            {
                validator.AddError(entry.Error!);
            }
        }

        // An empty input is almost always a failed export or a redirect into the wrong file, not an empty dataset.
        return any ? validator.Complete() : new ValidationResult(
        [
            new Finding
            {
                Path = string.Empty,
                Code = ValidationCodes.JsonLinesEmpty,
                Message = "The input is empty: a JSON Lines dataset has at least a {\"type\":\"dataset\", …} header line or a record.",
                Severity = Severity.Error,
                Line = 1,
            },
        ]);
    }

    /// <summary>
    /// Reads a dataset held in memory through <see cref="DatasetReader"/> (a document or JSON Lines, told or detected)
    /// and validates it through every layer.
    /// </summary>
    /// <param name="utf8">The input, UTF-8 (a byte-order mark is allowed).</param>
    /// <param name="format">The wire form, or <see cref="DatasetFormat.Detect"/> (the default).</param>
    /// <param name="options">Settings; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>
    /// For a document, the reading findings (the first of each bad record) when it cannot be read, else the findings of
    /// every layer; for JSON Lines, each bad line's finding and the findings of every layer over the lines that read.
    /// </returns>
    public static ValidationResult Validate(ReadOnlySpan<byte> utf8, DatasetFormat format = DatasetFormat.Detect, ValidationOptions? options = null)
    {
        if (format == DatasetFormat.Detect)
        {
            format = DatasetReader.DetectFormat(utf8, isWholeInput: true);
        }

        if (format == DatasetFormat.Document)
        {
            return ValidateDocument(utf8, options);
        }

        Task<ValidationResult> lines = ValidateAsync(new MemoryStream(utf8.ToArray(), writable: false), DatasetFormat.JsonLines, options);
        return lines.IsCompleted ? lines.Result : lines.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Reads a dataset from a stream (a document or JSON Lines, told or detected) and validates it through every layer.
    /// JSON Lines are read through <see cref="DatasetReader"/> and checked as they stream, in bounded memory (see
    /// <see cref="ValidationOptions.IndexMemoryLimit"/>); a document is read whole, so that every finding has its own line.
    /// </summary>
    /// <param name="utf8">The input, UTF-8; read once, not closed (standard input works).</param>
    /// <param name="format">The wire form, or <see cref="DatasetFormat.Detect"/> (the default).</param>
    /// <param name="options">Settings; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>
    /// For a document, the reading findings (in line order) when any record cannot be read, else the findings of every
    /// layer; for JSON Lines, each bad line's finding among the findings of every layer over the lines that read.
    /// </returns>
    public static async Task<ValidationResult> ValidateAsync(Stream utf8, DatasetFormat format = DatasetFormat.Detect, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        (utf8, format) = await DatasetReader.ResolveAsync(utf8, format, cancellationToken).ConfigureAwait(false);
        if (format == DatasetFormat.Document)
        {
            // A document is validated whole, so that a finding inside a record has its own line, not the record's.
            using var buffer = new MemoryStream();
            await utf8.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return ValidateDocument(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
        }

        using var validator = new StreamingValidator(options);
        var readFindings = new List<Finding>();
        Finding? empty = null;
        await foreach (DatasetEntry entry in DatasetReader.ReadAsync(utf8, new DatasetReaderOptions { Format = format }, cancellationToken).ConfigureAwait(false))
        {
            if (entry.Record is { } record)
            {
                validator.AddRecord(record, format == DatasetFormat.JsonLines ? string.Empty : $"/records/{entry.RecordIndex}", entry.Line);
            }
            else if (entry.Metadata is { } metadata)
            {
                validator.AddHeader(metadata, entry.Line);
            }
            else if (entry.Finding is { Code: ValidationCodes.JsonLinesEmpty } nothing)
            {
                empty = nothing; // an empty input is almost always a failed export, not an empty dataset
            }
            else if (format == DatasetFormat.JsonLines)
            {
                validator.AddError(entry.Finding!);
            }
            else
            {
                readFindings.Add(entry.Finding!);
            }
        }

        ValidationResult result = validator.Complete();
        if (empty is not null)
        {
            return new ValidationResult([empty]);
        }

        return readFindings.Count > 0 ? new ValidationResult([.. readFindings.OrderBy(static f => f.Line ?? 0)]) { RecordCount = result.RecordCount } : result;
    }

    internal const string FormatVersionPatternText = "^1\\.(0|[1-9][0-9]*)$";

    internal static void CheckMetadata(Dataset dataset, Findings findings)
    {
        if (!FormatVersionPattern().IsMatch(dataset.FormatVersion))
        {
            findings.Error("/formatVersion", ValidationCodes.Pattern, $"This library reads format 1.x (\"{Dataset.CurrentFormatVersion}\"); a newer major version needs a newer library.");
        }

        if (dataset.Title.Length == 0)
        {
            findings.Error("/title", ValidationCodes.MinLength, "The text must not be empty.");
        }

        if (dataset.Publisher is { } publisher)
        {
            RecordRules.Name(publisher.Name, "/publisher/name", findings);
        }
    }

    [GeneratedRegex(FormatVersionPatternText, RegexOptions.CultureInvariant)]
    private static partial Regex FormatVersionPattern();
}
