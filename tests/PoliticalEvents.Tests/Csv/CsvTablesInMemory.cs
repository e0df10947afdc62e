using System.Globalization;
using System.Text;
using PoliticalEvents.Csv;

namespace PoliticalEvents.Tests.Csv;

/// <summary>The tables of an export, held in memory, with the edits a person makes in a spreadsheet.</summary>
internal sealed class CsvTablesInMemory
{
    private readonly Dictionary<string, MemoryStream> _streams = new(StringComparer.Ordinal);

    public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public static (CsvTablesInMemory Tables, CsvExportReport Report) Export(Dataset dataset)
    {
        var tables = new CsvTablesInMemory();
        CsvExportReport report = CsvExporter.Export(dataset, tables.Create);
        tables.Collect();
        return (tables, report);
    }

    public Stream Create(string table)
    {
        var stream = new MemoryStream();
        _streams.Add(table, stream);
        return stream;
    }

    public void Collect()
    {
        foreach ((string table, MemoryStream stream) in _streams)
        {
            Files[table] = stream.ToArray();
        }
    }

    public Stream? Open(string table) => Files.TryGetValue(table, out byte[]? bytes) ? new MemoryStream(bytes, writable: false) : null;

    public CsvImportResult Import() => CsvImporter.Import(Open);

    public string Text(string table) => Encoding.UTF8.GetString(Files[table]).TrimStart('\uFEFF');

    public void Replace(string table, string text) => Files[table] = Encoding.UTF8.GetBytes(text);

    /// <summary>The rows of a table, the header first, each cell as written (guard and all); null for "no value".</summary>
    public List<string?[]> Rows(string table)
        => [.. CsvText.Read(Files[table]).Rows.Select(static row => row.Fields.Select(static f => f.IsAbsent ? (string?)null : f.Value).ToArray())];

    /// <summary>Writes rows as the export writes them (BOM, CRLF), cells as given: they are guarded already.</summary>
    public void Write(string table, IEnumerable<string?[]> rows) => Files[table] = CsvText.Write(rows, new CsvWriterOptions { GuardFormulas = false });

    /// <summary>Deletes a column, header and cells.</summary>
    public void DeleteColumn(string table, string column)
    {
        List<string?[]> rows = Rows(table);
        int at = Array.IndexOf(rows[0], column);
        Write(table, rows.Select(row => row.Where((_, i) => i != at).ToArray()));
    }

    /// <summary>Puts the table's number of rows into the manifest, as someone who edited it on purpose does.</summary>
    public void Recount(string table)
    {
        int count = Rows(table).Skip(1).Count(static row => row.Any(static cell => !string.IsNullOrEmpty(cell)));
        Write(CsvTables.Manifest, Rows(CsvTables.Manifest).Select(row => row[0] == table ? [table, count.ToString(CultureInfo.InvariantCulture)] : row));
    }
}
