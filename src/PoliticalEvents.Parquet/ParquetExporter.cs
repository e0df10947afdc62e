using PoliticalEvents.Csv;

namespace PoliticalEvents.Parquet;

/// <summary>
/// Writes a dataset as Apache Parquet files: the tables of the CSV export (<see cref="CsvTables"/>: one per record type,
/// child tables for structured lists, the sources, the metadata and the manifest), each as <c>&lt;table&gt;.parquet</c>
/// with typed columns, for DuckDB, Spark, pandas and other engines.
/// </summary>
/// <remarks>
/// <para>The rows are those of <see cref="CsvExporter"/>, made by the same code, so the two exports always agree; the
/// cells are not formula-guarded (no spreadsheet runs Parquet). Columns: a partial date is its wire text plus
/// <c>&lt;column&gt;.earliest</c> and <c>&lt;column&gt;.latest</c>, the first and last day it may denote, as dates (null
/// for an open end); positions and counts are 64-bit integers; flags booleans; <c>modifiedAt</c> and <c>createdAt</c>
/// UTC timestamps (milliseconds; finer digits are cut, each reported as a <see cref="CsvCodes.Loss"/> finding); latitude and longitude doubles; everything else text, as in the CSV export (kinds
/// by their wire names, lists of codes joined with <c>"; "</c>). Absent values are null.</para>
/// <para>Rows are held per table up to a row group (<see cref="ParquetTables.DefaultRowGroupRows"/> rows), then
/// written: memory does not grow with the dataset. Confidential and restricted records are written like the others,
/// with their <c>confidentiality</c> column, and counted in the report, as by the CSV export.</para>
/// </remarks>
/// <example>
/// <code>
/// await using var exporter = new ParquetExporter(name => File.Create(Path.Combine(directory, name)));
/// await foreach (Record record in records) await exporter.WriteAsync(record);
/// exporter.WriteMetadata(header);
/// CsvExportReport report = await exporter.CompleteAsync();
/// </code>
/// </example>
public sealed class ParquetExporter : IAsyncDisposable
{
    private readonly ParquetTables _tables;
    private readonly CsvExporter _rows;
    private readonly List<Finding> _losses = [];
    private CsvExportReport? _report;

    /// <summary>Creates every table's file.</summary>
    /// <param name="createTable">Opens a new, empty, writable stream for a file name (<see cref="Files"/>); the exporter closes it.</param>
    public ParquetExporter(Func<string, Stream> createTable)
        : this(createTable, ParquetTables.DefaultRowGroupRows)
    {
    }

    /// <summary>Creates every table's file, with row groups of <paramref name="rowGroupRows"/> rows.</summary>
    internal ParquetExporter(Func<string, Stream> createTable, int rowGroupRows)
    {
        ArgumentNullException.ThrowIfNull(createTable);
        _tables = new ParquetTables(createTable, rowGroupRows);
        _rows = new CsvExporter(_tables);
    }

    /// <summary>The file names, one per table of <see cref="CsvTables.All"/> (<c>persons.parquet</c> …), in that order.</summary>
    public static IReadOnlyList<string> Files { get; } = [.. CsvTables.All.Select(FileName)];

    /// <summary>The file name of a table of <see cref="CsvTables"/>: <c>persons.csv</c> is <c>persons.parquet</c>.</summary>
    /// <param name="table">A table's file name, as <see cref="CsvTables"/> gives it.</param>
    public static string FileName(string table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Path.ChangeExtension(table, ".parquet");
    }

    /// <summary>Writes records as they stream in, and the metadata when there is some, into files made by <paramref name="createTable"/>.</summary>
    /// <param name="records">The records, in dataset order.</param>
    /// <param name="metadata">The dataset's metadata (its records are ignored), or a function that gives it once the records are read; null for none.</param>
    /// <param name="createTable">Opens a new, empty stream for a file name.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The rows written per table (by CSV name), and what could not be carried (as by the CSV export).</returns>
    public static async Task<CsvExportReport> ExportAsync(IAsyncEnumerable<Record> records, Func<Dataset?>? metadata, Func<string, Stream> createTable, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var exporter = new ParquetExporter(createTable);
        await foreach (Record record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await exporter.WriteAsync(record, cancellationToken).ConfigureAwait(false);
        }

        if (metadata?.Invoke() is { } header)
        {
            exporter.WriteMetadata(header);
        }

        return await exporter.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes one record: its row, the rows of its lists, and its sources; a row group when a table has one whole.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <exception cref="InvalidOperationException">The export is complete.</exception>
    public async ValueTask WriteAsync(Record record, CancellationToken cancellationToken = default)
    {
        _rows.Write(record);
        NoteFinerThanMilliseconds(record.ModifiedAt, record.Id.Value, "/modifiedAt");
        if (_tables.AnyFull)
        {
            await _tables.FlushFullAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the dataset's metadata (not its records) as the one row of the dataset table.</summary>
    /// <param name="metadata">The dataset.</param>
    /// <exception cref="InvalidOperationException">Metadata was written already, or the export is complete.</exception>
    public void WriteMetadata(Dataset metadata)
    {
        _rows.WriteMetadata(metadata);
        NoteFinerThanMilliseconds(metadata.CreatedAt, null, "/createdAt");
    }

    /// <summary>Writes the manifest and every row still held, and closes the files. Calling it again gives the same report.</summary>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>The rows written per table (by CSV name), and what could not be carried.</returns>
    public async Task<CsvExportReport> CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_report is null)
        {
            CsvExportReport report = _rows.Complete();
            await _tables.CompleteAsync(cancellationToken).ConfigureAwait(false);
            _report = _losses.Count == 0 ? report : report with { Findings = [.. report.Findings, .. _losses] };
        }

        return _report;
    }

    // Timestamps are written in milliseconds (Parquet.Net writes wrong row-group statistics for finer units, which
    // breaks engines' filters: aloneguid/parquet-dotnet#769), so digits finer than a millisecond are cut: a loss, reported.
    private void NoteFinerThanMilliseconds(NodaTime.Instant? instant, string? recordId, string path)
    {
        if (instant is { } value && value != NodaTime.Instant.FromUnixTimeMilliseconds(value.ToUnixTimeMilliseconds()))
        {
            _losses.Add(new Finding
            {
                Code = CsvCodes.Loss,
                Severity = Severity.Warning,
                RecordId = recordId,
                Path = path,
                Message = "the timestamp has digits finer than a millisecond; Parquet timestamps are written in milliseconds, so those digits are cut (the JSON and CSV exports keep them).",
            });
        }
    }

    /// <summary>Closes the files; an export not completed is left incomplete (its files are not valid Parquet).</summary>
    public ValueTask DisposeAsync() => _tables.DisposeAsync();
}
