using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Parquet;
using Parquet.Schema;
using PoliticalEvents.Csv;

namespace PoliticalEvents.Parquet;

/// <summary>
/// The tables of the flat form as Parquet files: the rows <see cref="CsvExporter"/> makes (text cells, before any CSV
/// quoting or formula guard) are held per table up to a row group, then written with typed columns
/// (<see cref="ColumnKinds"/>). Memory holds at most one row group per table, bounded in rows and in characters.
/// </summary>
internal sealed class ParquetTables : ITableRows, IAsyncDisposable
{
    /// <summary>The most rows of a row group: enough for engines to skip and scan well, few enough to keep memory small.</summary>
    public const int DefaultRowGroupRows = 50_000;

    /// <summary>
    /// The most characters a table holds before it writes a row group, whatever its rows: a table of long texts (notes,
    /// sources) fills its group by size first. With 39 tables, memory stays within a few tens of megabytes.
    /// </summary>
    public const int RowGroupCharacters = 1 << 20;

    private readonly Dictionary<string, Table> _tables = new(StringComparer.Ordinal);
    private readonly int _rowGroupRows;

    public ParquetTables(Func<string, Stream> createTable, int rowGroupRows = DefaultRowGroupRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupRows, 1);
        _rowGroupRows = rowGroupRows;
        try
        {
            foreach (string table in CsvTables.All)
            {
                _tables.Add(table, new Table(table, createTable(ParquetExporter.FileName(table))));
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Whether a table holds a whole row group, waiting to be written (noted as rows come, not searched for).</summary>
    public bool AnyFull { get; private set; }

    public void Write(string table, ReadOnlySpan<string?> cells)
    {
        Table written = _tables[table];
        written.Add(cells);
        AnyFull |= Full(written);
    }

    private bool Full(Table table) => table.Buffered >= _rowGroupRows || table.BufferedCharacters >= RowGroupCharacters;

    public long Count(string table) => _tables[table].Rows;

    /// <summary>Nothing: rows are written by <see cref="FlushFullAsync"/> and <see cref="CompleteAsync"/>.</summary>
    public void Flush()
    {
    }

    /// <summary>Writes the row group of every table that has one whole.</summary>
    public async Task FlushFullAsync(CancellationToken cancellationToken)
    {
        foreach (Table table in _tables.Values)
        {
            if (Full(table))
            {
                await table.WriteRowGroupAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        AnyFull = false;
    }

    /// <summary>Writes what every table still holds and closes the files (each with its schema, even when empty).</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (Table table in _tables.Values)
        {
            await table.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        foreach (Table table in _tables.Values)
        {
            table.Abandon();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (Table table in _tables.Values)
        {
            await table.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>One table: its columns and their Parquet fields, the rows waiting, the file.</summary>
    private sealed class Table(string name, Stream stream) : IAsyncDisposable
    {
        private readonly string[] _columns = [.. CsvTables.Columns(name)];
        private readonly ColumnKind[] _kinds = [.. CsvTables.Columns(name).Select(c => ColumnKinds.Of(name, c))];
        private readonly List<string?[]> _buffer = [];
        private ParquetSchema? _schema;
        private ParquetWriter? _writer;
        private bool _closed;

        public long Rows { get; private set; }

        public int Buffered => _buffer.Count;

        public long BufferedCharacters { get; private set; }

        public void Add(ReadOnlySpan<string?> cells)
        {
            _buffer.Add(cells.ToArray());
            foreach (string? cell in cells)
            {
                BufferedCharacters += cell?.Length ?? 0;
            }

            Rows++;
        }

        public async Task WriteRowGroupAsync(CancellationToken cancellationToken)
        {
            ParquetWriter writer = await WriterAsync(cancellationToken).ConfigureAwait(false);
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            DataField[] fields = _schema!.GetDataFields();
            int field = 0;
            for (int column = 0; column < _columns.Length; column++)
            {
                string?[] cells = [.. _buffer.Select(row => column < row.Length ? row[column] : null)];
                switch (_kinds[column])
                {
                    case ColumnKind.PartialDate:
                        await group.WriteAsync(fields[field++], (IReadOnlyCollection<string>)cells!, null).ConfigureAwait(false);
                        var earliest = new DateOnly?[cells.Length];
                        var latest = new DateOnly?[cells.Length];
                        for (int i = 0; i < cells.Length; i++)
                        {
                            if (cells[i] is { } text)
                            {
                                PartialDate date = PartialDate.TryParse(text, out PartialDate parsed) ? parsed : throw NotOfItsKind(column);
                                earliest[i] = date.Start is null ? null : date.Earliest.ToDateOnly();
                                latest[i] = date.End is null ? null : date.Latest.ToDateOnly();
                            }
                        }

                        await group.WriteAsync<DateOnly>(fields[field++], earliest, null, null, cancellationToken).ConfigureAwait(false);
                        await group.WriteAsync<DateOnly>(fields[field++], latest, null, null, cancellationToken).ConfigureAwait(false);
                        break;
                    case ColumnKind.Instant:
                        await group.WriteAsync<DateTime>(fields[field++], Parse<DateTime>(cells, column, static t => InstantPattern.ExtendedIso.Parse(t) is { Success: true } r ? r.Value.ToDateTimeUtc() : (DateTime?)null), null, null, cancellationToken).ConfigureAwait(false);
                        break;
                    case ColumnKind.Integer:
                        await group.WriteAsync<long>(fields[field++], Parse<long>(cells, column, static t => long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) ? n : (long?)null), null, null, cancellationToken).ConfigureAwait(false);
                        break;
                    case ColumnKind.Boolean:
                        await group.WriteAsync<bool>(fields[field++], Parse<bool>(cells, column, static t => t switch { "true" => true, "false" => false, _ => (bool?)null }), null, null, cancellationToken).ConfigureAwait(false);
                        break;
                    case ColumnKind.Double:
                        await group.WriteAsync<double>(fields[field++], Parse<double>(cells, column, static t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : (double?)null), null, null, cancellationToken).ConfigureAwait(false);
                        break;
                    default:
                        await group.WriteAsync(fields[field++], (IReadOnlyCollection<string>)cells!, null).ConfigureAwait(false);
                        break;
                }
            }

            _buffer.Clear();
            BufferedCharacters = 0;
        }

        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            if (_buffer.Count > 0 || _writer is null)
            {
                if (_buffer.Count > 0)
                {
                    await WriteRowGroupAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    _ = await WriterAsync(cancellationToken).ConfigureAwait(false); // an empty table: its schema, no row group
                }
            }

            await DisposeAsync().ConfigureAwait(false);
        }

        public void Abandon()
        {
            if (!_closed)
            {
                _closed = true;
                stream.Dispose(); // an abandoned export: its file is incomplete whatever the writer still holds

            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!_closed)
            {
                _closed = true;
                if (_writer is not null)
                {
                    await _writer.DisposeAsync().ConfigureAwait(false);
                }

                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }

        private async Task<ParquetWriter> WriterAsync(CancellationToken cancellationToken)
        {
            if (_writer is null)
            {
                _schema = new ParquetSchema(_columns.SelectMany((column, i) => Fields(column, _kinds[i])));
                _writer = await ParquetWriter.CreateAsync(_schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            return _writer;
        }

        private static IEnumerable<Field> Fields(string column, ColumnKind kind) => kind switch
        {
            ColumnKind.PartialDate => [new DataField<string>(column, true), new DataField<DateOnly?>(column + ".earliest", true), new DataField<DateOnly?>(column + ".latest", true)],
            ColumnKind.Instant => [new DateTimeDataField(column, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis, isNullable: true)],
            ColumnKind.Integer => [new DataField<long?>(column, true)],
            ColumnKind.Boolean => [new DataField<bool?>(column, true)],
            ColumnKind.Double => [new DataField<double?>(column, true)],
            _ => [new DataField<string>(column, true)],
        };

        private T?[] Parse<T>(string?[] cells, int column, Func<string, T?> parse)
            where T : struct
        {
            var values = new T?[cells.Length];
            for (int i = 0; i < cells.Length; i++)
            {
                if (cells[i] is { } text)
                {
                    values[i] = parse(text) ?? throw NotOfItsKind(column);
                }
            }

            return values;
        }

        // The flat form wrote a cell its column's type cannot read: a bug, named by table and column, never by content.
        private InvalidOperationException NotOfItsKind(int column)
            => new($"A cell of column '{_columns[column]}' of table '{name}' is not a {_kinds[column]} value; the table cannot be typed.");
    }
}
