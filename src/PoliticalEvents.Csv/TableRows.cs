namespace PoliticalEvents.Csv;

/// <summary>
/// Where <see cref="CsvExporter"/> writes the rows of the flat form's tables (<see cref="CsvTables"/>): as CSV
/// (<see cref="CsvTableRows"/>), or in another tabular format (PoliticalEvents.Parquet). The cells are the flat form's
/// text, before any CSV quoting or formula guard; null is no value.
/// </summary>
internal interface ITableRows : IDisposable
{
    /// <summary>Writes one row of <paramref name="table"/>, a cell per column of <see cref="CsvTables.Columns"/>.</summary>
    void Write(string table, ReadOnlySpan<string?> cells);

    /// <summary>How many rows (not counting a header) were written to <paramref name="table"/>.</summary>
    long Count(string table);

    /// <summary>Hands on what is written so far.</summary>
    void Flush();
}

/// <summary>The tables as CSV files, each with its header row, written at once (<see cref="CsvWriter"/>).</summary>
internal sealed class CsvTableRows : ITableRows
{
    private readonly Dictionary<string, CsvWriter> _writers = new(StringComparer.Ordinal);

    public CsvTableRows(Func<string, Stream> createTable)
    {
        try
        {
            foreach (string table in CsvTables.All)
            {
                var writer = new CsvWriter(createTable(table)); // with a byte-order mark and the formula guard
                _writers.Add(table, writer);
                writer.WriteRow([.. CsvTables.Columns(table)]);
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public void Write(string table, ReadOnlySpan<string?> cells) => _writers[table].WriteRow(cells);

    public long Count(string table) => _writers[table].RowCount - 1;

    public void Flush()
    {
        foreach (CsvWriter writer in _writers.Values)
        {
            writer.Flush();
        }
    }

    public void Dispose()
    {
        foreach (CsvWriter writer in _writers.Values)
        {
            writer.Dispose();
        }

        _writers.Clear();
    }
}
