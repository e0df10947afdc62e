using BenchmarkDotNet.Attributes;
using PoliticalEvents.Serialization;

namespace PoliticalEvents.Benchmarks;

/// <summary>
/// Reading and writing a whole dataset in both wire forms: one indented document (<see cref="PoliticalEventsJson"/>)
/// and JSON Lines (<see cref="JsonLines"/>), all in memory so that only the serializer is measured.
/// </summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private Dataset _dataset = null!;
    private byte[] _document = [];
    private byte[] _jsonLines = [];
    private MemoryStream _output = null!;

    /// <summary>How many records the dataset holds.</summary>
    [Params(10_000)]
    public int RecordCount { get; set; }

    /// <summary>Builds the dataset, serialises it once in each form, and checks that both read back.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _dataset = SampleDatasets.Create(RecordCount);
        using (var document = new MemoryStream())
        {
            PoliticalEventsJson.WriteDataset(document, _dataset);
            _document = document.ToArray();
        }

        using (var lines = new MemoryStream())
        {
            JsonLines.WriteAsync(lines, _dataset).GetAwaiter().GetResult();
            _jsonLines = lines.ToArray();
        }

        // Large enough for either form, so the write benchmarks measure writing rather than buffer growth.
        _output = new MemoryStream(Math.Max(_document.Length, _jsonLines.Length));

        // A generator bug would otherwise show up as a fast benchmark of the error path.
        if (ReadDocument() != RecordCount || ReadJsonLines().GetAwaiter().GetResult() != RecordCount)
        {
            throw new InvalidOperationException("The sample dataset does not read back whole.");
        }
    }

    /// <summary>Releases the output buffer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _output.Dispose();

    /// <summary>Reads the indented document from UTF-8 bytes.</summary>
    /// <returns>The number of records read.</returns>
    [Benchmark]
    public int ReadDocument() => DatasetReader.ReadDataset(_document, DatasetFormat.Document).GetValueOrThrow().Records.Count;

    /// <summary>Writes the dataset as an indented document.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public long WriteDocument()
    {
        _output.SetLength(0);
        PoliticalEventsJson.WriteDataset(_output, _dataset);
        return _output.Length;
    }

    /// <summary>Reads the JSON Lines form line by line, as a streaming consumer would.</summary>
    /// <returns>The number of records read (the header line is not counted).</returns>
    [Benchmark]
    public async Task<int> ReadJsonLines()
    {
        using var input = new MemoryStream(_jsonLines, writable: false);
        int records = 0;
        await foreach (DatasetEntry entry in DatasetReader.ReadAsync(input, new DatasetReaderOptions { Format = DatasetFormat.JsonLines }).ConfigureAwait(false))
        {
            if (entry.Finding is not null)
            {
                throw new InvalidOperationException($"Line {entry.Line}: {entry.Finding}");
            }

            if (entry.Record is not null)
            {
                records++;
            }
        }

        return records;
    }

    /// <summary>Writes the dataset as JSON Lines (header line, then one line per record).</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public async Task<long> WriteJsonLines()
    {
        _output.SetLength(0);
        await JsonLines.WriteAsync(_output, _dataset).ConfigureAwait(false);
        return _output.Length;
    }
}
