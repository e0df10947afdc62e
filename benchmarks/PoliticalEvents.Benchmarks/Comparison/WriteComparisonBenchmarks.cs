using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PoliticalEvents.Serialization;

namespace PoliticalEvents.Benchmarks.Comparison;

/// <summary>
/// Writing one dataset as an indented document into memory three ways, in one run: this library's canonical writer,
/// System.Text.Json by reflection (same model, nulls omitted), and Newtonsoft.Json from the plain classes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ComparisonConfig))]
public class WriteComparisonBenchmarks
{
    private Dataset _dataset = null!;
    private PlainDataset _plain = null!;
    private Newtonsoft.Json.JsonSerializer _newtonsoft = null!;
    private MemoryStream _output = null!;

    /// <summary>How many records the dataset holds.</summary>
    [Params(1_000, 100_000)]
    public int RecordCount { get; set; }

    /// <summary>Builds the dataset and its plain twin, and a buffer large enough for any of the outputs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        byte[] document = ComparisonData.Document(RecordCount);
        _dataset = DatasetReader.ReadDataset(document, DatasetFormat.Document).GetValueOrThrow();
        _newtonsoft = ComparisonData.NewtonsoftSerializer();
        using (var text = new StreamReader(new MemoryStream(document), Encoding.UTF8))
        using (var json = new Newtonsoft.Json.JsonTextReader(text))
        {
            _plain = _newtonsoft.Deserialize<PlainDataset>(json)!;
        }

        _output = new MemoryStream(document.Length * 2);
    }

    /// <summary>Releases the output buffer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _output.Dispose();

    /// <summary>This library: the canonical indented document.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark(Baseline = true)]
    public long PoliticalEventsWrite()
    {
        _output.SetLength(0);
        PoliticalEventsJson.WriteDataset(_output, _dataset);
        return _output.Length;
    }

    /// <summary>System.Text.Json by reflection, same model, indented, nulls omitted.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public long SystemTextJsonReflection()
    {
        _output.SetLength(0);
        JsonSerializer.Serialize(_output, _dataset, ComparisonData.ReflectionOptions);
        return _output.Length;
    }

    /// <summary>Newtonsoft.Json from the plain classes, indented, nulls omitted.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark]
    public long NewtonsoftJson()
    {
        _output.SetLength(0);
        using (var text = new StreamWriter(_output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true))
        using (var json = new Newtonsoft.Json.JsonTextWriter(text))
        {
            _newtonsoft.Serialize(json, _plain);
        }

        return _output.Length;
    }
}
