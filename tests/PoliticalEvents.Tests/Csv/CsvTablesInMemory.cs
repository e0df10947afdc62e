using System.Text;
using PoliticalEvents.Csv;
using PoliticalEvents.Datasets;

namespace PoliticalEvents.Tests.Csv;

/// <summary>The tables of an export, held in memory.</summary>
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
}
