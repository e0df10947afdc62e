using System.Globalization;
using CsCheck;
using DuckDB.NET.Data;
using NodaTime;
using NodaTime.Text;
using PoliticalEvents.Csv;
using PoliticalEvents.Parquet;
using PoliticalEvents.Serialization;
using PoliticalEvents.Statistics;
using PoliticalEvents.Tests.Generators;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Parquet;

/// <summary>
/// The Parquet export, read back by DuckDB: the rows of the CSV export in typed columns, and queries that agree with
/// the library's statistics.
/// </summary>
public sealed class ParquetExportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polev-parquet-tests-" + Guid.NewGuid().ToString("N"));

    public ParquetExportTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string> Datasets()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"))
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures", "valid"), "*.json")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(Path.GetDirectoryName(file)) + "/" + Path.GetFileName(file));
        }

        return data;
    }

    private static Dataset Load(string name)
    {
        string path = Path.Combine(AppContext.BaseDirectory, name.StartsWith("examples/", StringComparison.Ordinal) ? "" : "fixtures", name);
        return DatasetReader.ReadDataset(File.ReadAllBytes(path)).GetValueOrThrow();
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public async Task EveryTable_HoldsTheRowsOfTheFlatForm_InTypedColumns(string name)
    {
        Dataset dataset = Load(name);

        (Dictionary<string, List<string?[]>> expected, CsvExportReport report) = await ExportAsync(dataset, _directory);

        using DuckDBConnection duck = Open();
        foreach (string table in CsvTables.All)
        {
            Assert.Equal(report.Rows.Single(r => r.Key == table).Value, expected[table].Count);
            AssertRows(duck, table, expected[table]);
        }
    }

    [Fact]
    public async Task GeneratedDatasets_ReadBackCellForCell_WithRowGroupsOfAFewRows()
    {
        int withRowGroups = 0;
        await RecordGenerators.Dataset.SampleAsync(
            async dataset =>
            {
                string directory = Path.Combine(_directory, Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(directory);
                (Dictionary<string, List<string?[]>> expected, _) = await ExportAsync(dataset, directory, rowGroupRows: 2);
                using DuckDBConnection duck = Open();
                foreach (string table in CsvTables.All)
                {
                    AssertRows(duck, table, expected[table], directory);
                }

                withRowGroups += RowGroups(duck, Path.Combine(directory, "sources.parquet")) > 1 ? 1 : 0;
            },
            iter: 25,
            threads: 1);

        Assert.True(withRowGroups >= 5, $"{withRowGroups} samples wrote several row groups");
    }

    [Fact]
    public async Task ATimestampFinerThanAMillisecond_IsCut_AndReportedAsALoss()
    {
        Dataset dataset = Load("examples/belarus-2025.json");
        Record first = dataset.Records[0];
        Record second = dataset.Records[1];
        Instant fine = Instant.FromUnixTimeTicks(17_650_000_001_234_567);
        Dataset timed = dataset with
        {
            CreatedAt = fine,
            Records = [.. dataset.Records.Select(r => r.Id == first.Id ? r with { ModifiedAt = fine } : r.Id == second.Id ? r with { ModifiedAt = Instant.FromUnixTimeMilliseconds(1_765_000_000_123) } : r)],
        };

        (_, CsvExportReport report) = await ExportAsync(timed, _directory);

        // The dataset's createdAt and the record's modifiedAt, each once, in the order written; a timestamp whole in milliseconds is no loss.
        Assert.Equal([(null, "/createdAt"), (first.Id.Value, "/modifiedAt")], report.Findings.Where(static f => f.Message.Contains("millisecond", StringComparison.Ordinal)).Select(static f => (f.RecordId, f.Path)));
        Assert.All(report.Findings, static f => Assert.Equal(CsvCodes.Loss, f.Code));
        // The file holds the timestamp cut to its millisecond (the first record is an organization).
        Assert.IsType<Organization>(first);
        using DuckDBConnection duck = Open();
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = $"SELECT modifiedAt FROM '{Path.Combine(_directory, ParquetExporter.FileName(CsvTables.Organizations))}' WHERE id = '{first.Id.Value}'";
        Assert.Equal(fine.ToUnixTimeMilliseconds(), AsMilliseconds(command.ExecuteScalar()));
    }

    [Theory]
    [InlineData(2025, 11, 30)]
    [InlineData(2026, 2, 1)]
    public async Task Queries_AgreeWithTheStatistics(int year, int month, int day)
    {
        var asOf = new LocalDate(year, month, day);
        Dataset dataset = Load("examples/belarus-2025.json");
        await ExportAsync(dataset, _directory);
        var statistics = new DatasetStatistics(asOf);
        foreach (Record record in dataset.Records)
        {
            statistics.Add(record);
        }

        DatasetSummary summary = statistics.Summarize();
        using DuckDBConnection duck = Open();

        // Detentions ongoing per country, as polev stats counts them.
        Assert.Equal(
            summary.Detentions.ByCountry.Where(p => p.Value.Ongoing > 0).Select(p => (p.Key.Value, (long)p.Value.Ongoing)),
            Query(duck, $"SELECT country, count(*) FROM '{File("detentions")}' WHERE status = 'ongoing' GROUP BY country ORDER BY country"));

        // Measures per imposer; measures active on the day, by imposer, from their histories (docs/parquet.md).
        Assert.Equal(
            summary.Sanctions.ByImposer.Select(p => (p.Key.Value, (long)p.Value)),
            Query(duck, $"SELECT imposedById, count(*) FROM '{File("sanction_measures")}' GROUP BY imposedById ORDER BY imposedById"));
        List<(string, long)> active = Query(duck, ActiveMeasuresByImposer(asOf));
        Assert.Equal(summary.Sanctions.ByStatus.Active, active.Sum(static a => a.Item2));
        Assert.Equal(
            dataset.Records.OfType<SanctionMeasure>().Where(m => m.StatusOn(asOf) == SanctionStatus.Active)
                .GroupBy(static m => m.ImposedById.Value).OrderBy(static g => g.Key, StringComparer.Ordinal).Select(static g => (g.Key, (long)g.Count())),
            active);

        // Detentions that had certainly begun and had not certainly ended on the day, per country, from the dates.
        Assert.Equal(
            dataset.Records.OfType<Detention>().Where(d => d.StartedOn.Latest <= asOf && (d.EndedOn is not { } end || end.Earliest > asOf))
                .GroupBy(static d => d.Country.Value).OrderBy(static g => g.Key, StringComparer.Ordinal).Select(static g => (g.Key, (long)g.Count())),
            Query(duck, $"SELECT country, count(*) FROM '{File("detentions")}' WHERE \"startedOn.latest\" <= DATE '{Day(asOf)}' AND (\"endedOn\" IS NULL OR \"endedOn.earliest\" > DATE '{Day(asOf)}') GROUP BY country ORDER BY country"));

        string File(string table) => Path.Combine(_directory, table + ".parquet");
        string ActiveMeasuresByImposer(LocalDate on) => $"""
            WITH steps AS (
                SELECT sanctionMeasureId AS id, "index" AS i, action FROM '{File("sanction_history")}' WHERE "on.latest" <= DATE '{Day(on)}'),
            last AS (
                SELECT id, arg_max(action, i) FILTER (WHERE action NOT IN ('amended', 'extended')) AS action,
                       max(i) FILTER (WHERE action NOT IN ('amended', 'extended')) AS at
                FROM steps GROUP BY id),
            status AS (
                SELECT l.id, CASE
                    WHEN l.action IN ('imposed', 'reimposed') THEN 'active'
                    WHEN l.action = 'suspended' AND EXISTS (SELECT 1 FROM steps s WHERE s.id = l.id AND s.i > l.at AND s.action IN ('amended', 'extended')) THEN 'active'
                    ELSE l.action END AS status
                FROM last l)
            SELECT m.imposedById, count(*) FROM '{File("sanction_measures")}' m JOIN status s ON s.id = m.id
            WHERE s.status = 'active' GROUP BY m.imposedById ORDER BY m.imposedById
            """;
    }

    [Fact]
    public async Task Columns_HaveTheirTypes()
    {
        await ExportAsync(Load("examples/belarus-2025.json"), _directory);
        using DuckDBConnection duck = Open();

        Dictionary<string, string> types = Types(duck, Path.Combine(_directory, "detentions.parquet"));
        Dictionary<string, string> persons = Types(duck, Path.Combine(_directory, "persons.parquet"));

        Assert.Equal(("BIGINT", "VARCHAR", "VARCHAR", "DATE", "DATE"), (types["index"], types["id"], types["startedOn"], types["startedOn.earliest"], types["endedOn.latest"]));
        Assert.Equal(("BOOLEAN", "VARCHAR", "TIMESTAMP WITH TIME ZONE"), (persons["anonymous"], persons["gender"], persons["modifiedAt"]));
    }

    // The rows CsvExporter makes (what the CSV files hold, before quoting and the formula guard), and the Parquet export.
    private static async Task<(Dictionary<string, List<string?[]>> Rows, CsvExportReport Report)> ExportAsync(Dataset dataset, string directory, int rowGroupRows = 50_000)
    {
        var recorded = new RecordingRows();
        using (var csv = new CsvExporter(recorded))
        {
            csv.WriteMetadata(dataset);
            foreach (Record record in dataset.Records)
            {
                csv.Write(record);
            }

            csv.Complete();
        }

        await using var parquet = new ParquetExporter(name => File.Create(Path.Combine(directory, name)), rowGroupRows);
        parquet.WriteMetadata(dataset);
        foreach (Record record in dataset.Records)
        {
            await parquet.WriteAsync(record);
        }

        return (recorded.Rows, await parquet.CompleteAsync());
    }

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }

    private void AssertRows(DuckDBConnection duck, string table, List<string?[]> expected, string? directory = null)
    {
        string file = Path.Combine(directory ?? _directory, ParquetExporter.FileName(table));
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = $"SELECT * FROM read_parquet('{file}')";
        using DuckDBDataReader reader = command.ExecuteReader();
        IReadOnlyList<string> columns = CsvTables.Columns(table);
        int row = 0;
        while (reader.Read())
        {
            string?[] cells = expected[row];
            int field = 0;
            for (int c = 0; c < columns.Count; c++)
            {
                string? cell = c < cells.Length ? cells[c] : null;
                string where = $"{table} row {row} column {columns[c]}";
                Assert.True(reader.GetName(field) == columns[c], where);
                object? value = reader.IsDBNull(field) ? null : reader.GetValue(field);
                field++;
                switch (ColumnKinds.Of(table, columns[c]))
                {
                    case ColumnKind.PartialDate:
                        Assert.True(Equals(cell, value), where);
                        DateOnly? earliest = reader.IsDBNull(field) ? null : AsDate(reader.GetValue(field));
                        DateOnly? latest = reader.IsDBNull(field + 1) ? null : AsDate(reader.GetValue(field + 1));
                        field += 2;
                        PartialDate? date = cell is null ? null : PartialDate.Parse(cell);
                        Assert.True(earliest == (date?.Start is null ? null : date.Value.Earliest.ToDateOnly()), where + ".earliest");
                        Assert.True(latest == (date?.End is null ? null : date.Value.Latest.ToDateOnly()), where + ".latest");
                        break;
                    case ColumnKind.Instant:
                        Assert.True((cell is null ? null : InstantPattern.ExtendedIso.Parse(cell).Value.ToUnixTimeMilliseconds()) == AsMilliseconds(value), where);
                        break;
                    case ColumnKind.Integer:
                        Assert.True((cell is null ? null : long.Parse(cell, CultureInfo.InvariantCulture)) == (value is null ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture)), where);
                        break;
                    case ColumnKind.Boolean:
                        Assert.True((cell is null ? null : cell == "true") == (bool?)value, where);
                        break;
                    case ColumnKind.Double:
                        Assert.True((cell is null ? null : double.Parse(cell, CultureInfo.InvariantCulture)) == (double?)value, where);
                        break;
                    default:
                        Assert.True(Equals(cell, value), where);
                        break;
                }
            }

            Assert.Equal(field, reader.FieldCount);
            row++;
        }

        Assert.Equal(expected.Count, row);
    }

    private static DateOnly AsDate(object value) => value switch
    {
        DateOnly date => date,
        DateTime time => DateOnly.FromDateTime(time),
        _ => throw new InvalidOperationException($"A date column gave {value.GetType().Name}."),
    };

    private static long? AsMilliseconds(object? value) => value switch
    {
        null => null,
        DateTimeOffset offset => offset.ToUnixTimeMilliseconds(),
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)).ToUnixTimeMilliseconds(),
        _ => throw new InvalidOperationException($"A timestamp column gave {value.GetType().Name}."),
    };

    private static Dictionary<string, string> Types(DuckDBConnection duck, string file)
    {
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = $"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{file}')";
        using DuckDBDataReader reader = command.ExecuteReader();
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            types[reader.GetString(0)] = reader.GetString(1);
        }

        return types;
    }

    private static long RowGroups(DuckDBConnection duck, string file)
        => Query(duck, $"SELECT 'groups', count(DISTINCT row_group_id) FROM parquet_metadata('{file}')").Single().Item2;

    private static string Day(LocalDate day) => LocalDatePattern.Iso.Format(day);

    private static List<(string, long)> Query(DuckDBConnection duck, string sql)
    {
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = sql;
        using DuckDBDataReader reader = command.ExecuteReader();
        var rows = new List<(string, long)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    /// <summary>The rows CsvExporter makes, kept per table.</summary>
    private sealed class RecordingRows : ITableRows
    {
        public Dictionary<string, List<string?[]>> Rows { get; } = CsvTables.All.ToDictionary(static t => t, static _ => new List<string?[]>(), StringComparer.Ordinal);

        public void Write(string table, ReadOnlySpan<string?> cells) => Rows[table].Add(cells.ToArray());

        public long Count(string table) => Rows[table].Count;

        public void Flush()
        {
        }

        public void Dispose()
        {
        }
    }
}
