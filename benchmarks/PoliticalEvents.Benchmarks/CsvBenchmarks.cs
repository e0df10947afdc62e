using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using PoliticalEvents.Csv;
using PoliticalEvents.Csv.Sheets;

namespace PoliticalEvents.Benchmarks;

/// <summary>
/// The CSV package in memory: a dataset exported as tables (<see cref="CsvExporter"/>), the tables imported back
/// (<see cref="CsvImporter"/>, which also validates the records), a prisoner sheet imported
/// (<see cref="PrisonerSheetImporter"/>, which parses its cells and validates too), and the CSV layer alone: every row
/// of those tables read (<c>CsvReader</c>) and written (<c>CsvWriter</c>). The reader and writer are internal (visible
/// to this project) and were public before they were built on Sep, with the same members, so the same file measures
/// either version (docs/benchmarks.md compares the hand-written CSV code with Sep).
/// </summary>
[MemoryDiagnoser]
public class CsvBenchmarks
{
    private static readonly PrisonerSheetOptions Belarus = new() { Country = CountryCode.Parse("BY") };

    private Dataset _dataset = null!;
    private Dictionary<string, byte[]> _tables = [];
    private byte[] _sheet = [];
    private byte[] _allTables = [];
    private List<string?[]> _rows = [];
    private MemoryStream _output = null!;

    /// <summary>How many records the dataset holds, and how many rows the sheet has.</summary>
    [Params(10_000)]
    public int RecordCount { get; set; }

    /// <summary>Builds the dataset, exports it once, builds the sheet, and checks that both import without errors.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _dataset = SampleDatasets.Create(RecordCount);
        _tables = ExportTables();
        _sheet = Sheet(RecordCount);
        if (!ReadTables().Succeeded)
        {
            throw new InvalidOperationException("The exported tables do not import.");
        }

        if (ReadSheet() is not { Succeeded: true, Rows: var rows } || rows != RecordCount)
        {
            throw new InvalidOperationException("The sheet does not import.");
        }

        // Every table one after the other, as one CSV text (the header rows become rows of ragged width).
        _allTables = [.. _tables.Values.SelectMany(t => t.Skip(3))];
        using (var reader = new CsvReader(new MemoryStream(_allTables)))
        {
            _rows = [.. reader.ReadRows().Select(r => r.Fields.Select(f => f.IsAbsent ? null : f.Value).ToArray())];
            if (reader.Error is not null)
            {
                throw new InvalidOperationException("The tables do not read as CSV.");
            }
        }

        _output = new MemoryStream(_allTables.Length * 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// tables: {_tables.Values.Sum(t => t.Length):N0} bytes in {_tables.Count} files; sheet: {_sheet.Length:N0} bytes; {_rows.Count:N0} rows, {_rows.Sum(r => r.Length):N0} fields"));
    }

    /// <summary>The dataset to every table, each into its own memory stream.</summary>
    [Benchmark]
    public int Export() => ExportTables().Count;

    /// <summary>The tables back to a dataset (CSV reading, cells parsed, records validated).</summary>
    [Benchmark]
    public int ImportTables() => ReadTables().Records.Count;

    /// <summary>A prisoner sheet of <see cref="RecordCount"/> rows to persons, detentions and releases.</summary>
    [Benchmark]
    public int ImportSheet() => ReadSheet().Dataset!.Records.Count;

    /// <summary>Every row of the exported tables (<see cref="RecordCount"/> records), read as CSV into fields.</summary>
    [Benchmark]
    public int ReadRows()
    {
        using var reader = new CsvReader(new MemoryStream(_allTables, writable: false));
        int fields = 0;
        while (reader.ReadRow() is { } row)
        {
            fields += row.Fields.Count;
        }

        return fields;
    }

    /// <summary>The same rows written as CSV (byte-order mark, formula guard, CRLF).</summary>
    [Benchmark]
    public long WriteRows()
    {
        _output.SetLength(0);
        using (var writer = new CsvWriter(_output, new CsvWriterOptions { LeaveOpen = true }))
        {
            foreach (string?[] row in _rows)
            {
                writer.WriteRow(row);
            }
        }

        return _output.Length;
    }

    private Dictionary<string, byte[]> ExportTables()
    {
        var streams = new Dictionary<string, MemoryStream>();
        CsvExporter.Export(_dataset, table => streams[table] = new MemoryStream());
        return streams.ToDictionary(s => s.Key, s => s.Value.ToArray());
    }

    private CsvImportResult ReadTables() => CsvImporter.Import(table => _tables.TryGetValue(table, out byte[]? bytes) ? new MemoryStream(bytes, writable: false) : null);

    private PrisonerSheetResult ReadSheet() => PrisonerSheetImporter.Import(new MemoryStream(_sheet, writable: false), Belarus);

    // A sheet shaped like the ones human-rights groups keep: names in three scripts, dates in several forms, charges,
    // sentences, prisons, quoted cells with commas and line breaks, some anonymous and released rows.
    private static byte[] Sheet(int rows)
    {
        string[] names = ["Ales Ivanou", "Марыя Калеснікава", "Иван Петров", "Siarhei Koval", "", "محمد العلي", "Hanna \"Anya\" Bialiatskaya"];
        string[] charges = ["Art. 342 Part 1 Criminal Code", "\"Art. 342 Part 1 Criminal Code; Art. 361-1 Part 1 Criminal Code\"", "ч. 1 ст. 342 УК", "\"Art. 130, Part 3 of the Criminal Code\""];
        string[] sentences = ["11 years", "3 years 6 months", "5 лет", "18 months", "life"];
        string[] prisons = ["\"Penal colony No. 4, Homiel\"", "SIZO-1 Minsk", "\"ИК-3, Витебск\"", ""];
        var text = new StringBuilder("Name and surname,Date of birth,Gender,Date of detention,Charges indicted,Date of verdict,Sentence,Prison,Status,Release date,Source,Notes\r\n");
        for (int i = 0; i < rows; i++)
        {
            bool released = i % 5 == 0;
            string name = names[i % names.Length];
            text.Append(name.Contains('"', StringComparison.Ordinal) ? "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : name).Append(',')
                .Append(CultureInfo.InvariantCulture, $"{1950 + (i % 50)}-{1 + (i % 12):D2},")
                .Append(i % 2 == 0 ? "male," : "female,")
                .Append(CultureInfo.InvariantCulture, $"{1 + (i % 28):D2}.{1 + (i % 12):D2}.{2020 + (i % 3)},")
                .Append(charges[i % charges.Length]).Append(',')
                .Append(CultureInfo.InvariantCulture, $"{2023 + (i % 2)}-{1 + (i % 12):D2}-{1 + (i % 28):D2},")
                .Append(sentences[i % sentences.Length]).Append(',')
                .Append(prisons[i % prisons.Length]).Append(',')
                .Append(released ? "released," : "in custody,")
                .Append(released ? "2025-12-13," : ",")
                .Append(CultureInfo.InvariantCulture, $"https://example.org/prisoners/{i},")
                .Append(i % 3 == 0 ? "\"Transferred twice,\r\nsee the list\"" : string.Empty)
                .Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
