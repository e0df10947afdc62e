using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Json.Schema;
using PoliticalEvents.Schemas;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Benchmarks.Comparison;

/// <summary>
/// Reading one dataset document (the indented canonical form, UTF-8 bytes in memory) six ways, in one run: the
/// floor (a <see cref="Utf8JsonReader"/> pass over every token), that pass also materialising every string, this library (typed, strict reading plus every
/// validation layer), System.Text.Json by reflection into the same model without validation, Newtonsoft.Json into
/// plain classes without validation, and JsonSchema.Net evaluating the document against the published dataset schema.
/// </summary>
/// <remarks>docs/benchmarks.md has the figures, the goals and what they mean.</remarks>
[MemoryDiagnoser]
[Config(typeof(ComparisonConfig))]
public class ReadComparisonBenchmarks
{
    private byte[] _document = [];
    private JsonSchema _schema = null!;
    private Newtonsoft.Json.JsonSerializer _newtonsoft = null!;

    /// <summary>How many records the dataset holds.</summary>
    [Params(1_000, 100_000)]
    public int RecordCount { get; set; }

    /// <summary>Builds and serialises the dataset, and checks that every contender reads it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _document = ComparisonData.Document(RecordCount);
        _schema = JsonSchema.FromText(PoliticalEventsSchemas.GetSchemaText("dataset"));
        _newtonsoft = ComparisonData.NewtonsoftSerializer();

        // Each contender must do its whole job on this data, or the comparison would be of error paths.
        Check(PoliticalEventsReadAndValidate(), "PoliticalEvents");
        Check(SystemTextJsonReflection(), "System.Text.Json");
        Check(NewtonsoftJson(), "Newtonsoft.Json");
        if (!JsonSchemaNetEvaluate())
        {
            throw new InvalidOperationException("The sample document does not pass the dataset schema.");
        }

        if (RawScan() < RecordCount * 10)
        {
            throw new InvalidOperationException("The raw scan saw too few tokens.");
        }
    }

    /// <summary>The floor: one <see cref="Utf8JsonReader"/> pass that touches every token (its type and bytes).</summary>
    /// <returns>A sum over the tokens, so the pass cannot be optimised away.</returns>
    [Benchmark(Baseline = true)]
    public long RawScan()
    {
        var reader = new Utf8JsonReader(_document, new JsonReaderOptions { MaxDepth = 64 });
        long sum = 0;
        while (reader.Read())
        {
            sum += (int)reader.TokenType + reader.ValueSpan.Length;
        }

        return sum;
    }

    /// <summary>
    /// A second floor, for any reader into objects with string properties: the raw scan, also materialising every
    /// string value as a <see cref="string"/> (<see cref="Utf8JsonReader.GetString"/>), and building nothing else.
    /// </summary>
    /// <returns>The total length of the strings, so the pass cannot be optimised away.</returns>
    [Benchmark]
    public long RawScanWithStrings()
    {
        var reader = new Utf8JsonReader(_document, new JsonReaderOptions { MaxDepth = 64 });
        long sum = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                sum += reader.GetString()!.Length;
            }
        }

        return sum;
    }

    /// <summary>This library: strict typed reading and the structural, record and dataset validation layers.</summary>
    /// <returns>The number of records read.</returns>
    [Benchmark]
    public int PoliticalEventsReadAndValidate()
    {
        Dataset? dataset = DatasetReader.ReadDataset(_document, DatasetFormat.Document).Value;
        return dataset is not null && DatasetValidator.Validate(dataset, ComparisonData.Validation).Succeeded ? dataset.Records.Count : -1;
    }

    /// <summary>System.Text.Json by reflection into this library's model: what a user of the model would get without its validation.</summary>
    /// <returns>The number of records read.</returns>
    [Benchmark]
    public int SystemTextJsonReflection()
        => JsonSerializer.Deserialize<Dataset>(_document, ComparisonData.ReflectionOptions)?.Records.Count ?? -1;

    /// <summary>Newtonsoft.Json into plain classes (strings for dates, ids and codes), no validation.</summary>
    /// <returns>The number of records read.</returns>
    [Benchmark]
    public int NewtonsoftJson()
    {
        using var text = new StreamReader(new MemoryStream(_document, writable: false), Encoding.UTF8);
        using var json = new Newtonsoft.Json.JsonTextReader(text);
        return _newtonsoft.Deserialize<PlainDataset>(json)?.Records?.Count ?? -1;
    }

    /// <summary>JsonSchema.Net 8.0.5: parses the document and evaluates it against the dataset schema (pass/fail only).</summary>
    /// <returns>Whether the document is valid.</returns>
    [Benchmark]
    public bool JsonSchemaNetEvaluate()
    {
        using JsonDocument document = JsonDocument.Parse(_document);
        return _schema.Evaluate(document.RootElement, ComparisonData.SchemaFlagOnly).IsValid;
    }

    private void Check(int records, string who)
    {
        if (records != RecordCount)
        {
            throw new InvalidOperationException($"{who} read {records} records instead of {RecordCount}.");
        }
    }
}
