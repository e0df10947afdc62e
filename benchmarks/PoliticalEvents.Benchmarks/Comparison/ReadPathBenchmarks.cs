using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PoliticalEvents.Serialization;

namespace PoliticalEvents.Benchmarks.Comparison;

/// <summary>
/// What the hand-written fast reader is worth: reading the same valid document (indented canonical form, UTF-8 bytes in
/// memory) through <see cref="DatasetReader.ReadDataset"/> (the fast reader; the wire-format checks only, no dataset
/// rules) and through the library's own source-generated System.Text.Json metadata with the same wire rules
/// (<see cref="PoliticalEventsJson.DatasetTypeInfo"/>: the same converters, required members and null rules), which is
/// what the library would keep if the fast reader were deleted. Both build equal datasets (checked in the setup).
/// </summary>
/// <remarks>docs/benchmarks.md, "The fast reader or the source-generated path", has the figures and the decision.</remarks>
[MemoryDiagnoser]
[Config(typeof(ComparisonConfig))]
public class ReadPathBenchmarks
{
    private byte[] _document = [];

    /// <summary>How many records the dataset holds.</summary>
    [Params(1_000, 100_000)]
    public int RecordCount { get; set; }

    /// <summary>Builds the document and checks that both paths read it to equal datasets.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = ComparisonData.Document(RecordCount);
        Dataset fast = FastReader();
        Dataset generated = SourceGenerated();
        if (fast.Records.Count != RecordCount || !fast.Equals(generated))
        {
            throw new InvalidOperationException("The two read paths disagree on the sample document.");
        }
    }

    /// <summary>The library's reading: the hand-written reader over <see cref="Utf8JsonReader"/>.</summary>
    /// <returns>The dataset.</returns>
    [Benchmark(Baseline = true)]
    public Dataset FastReader()
        => DatasetReader.ReadDataset(_document, DatasetFormat.Document).Value ?? throw new InvalidOperationException("not read");

    /// <summary>The alternative: System.Text.Json with the library's source-generated metadata and wire rules.</summary>
    /// <returns>The dataset.</returns>
    [Benchmark]
    public Dataset SourceGenerated()
        => JsonSerializer.Deserialize(_document, PoliticalEventsJson.DatasetTypeInfo) ?? throw new InvalidOperationException("not read");
}
