using BenchmarkDotNet.Attributes;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Benchmarks;

/// <summary>
/// Streaming validation of JSON Lines through every layer (<see cref="DatasetValidator.ValidateAsync"/>):
/// reading each line, the record rules and the dataset rules. Throughput in MB/s and records/s follows from the mean
/// and the sizes printed by <see cref="Setup"/>; allocated bytes per record from the Allocated column.
/// </summary>
[MemoryDiagnoser]
public class StreamingValidationBenchmarks
{
    private byte[] _jsonLines = [];

    /// <summary>How many records the dataset holds.</summary>
    [Params(10_000)]
    public int RecordCount { get; set; }

    /// <summary>Generates the dataset as JSON Lines and checks that it is valid, so the benchmark measures the happy path.</summary>
    [GlobalSetup]
    public void Setup()
    {
        using (var lines = new MemoryStream())
        {
            JsonLines.WriteAsync(lines, SampleDatasets.Create(RecordCount)).GetAwaiter().GetResult();
            _jsonLines = lines.ToArray();
        }

        ValidationResult result = Validate().GetAwaiter().GetResult();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The sample dataset is not valid: {result.Findings[0]}");
        }

        Console.WriteLine($"// StreamingValidation: {RecordCount} records, {_jsonLines.Length} bytes of JSON Lines");
    }

    /// <summary>Validates the JSON Lines through all layers.</summary>
    /// <returns>The result (its findings are warnings only).</returns>
    [Benchmark]
    public Task<ValidationResult> Validate()
        => DatasetValidator.ValidateAsync(new MemoryStream(_jsonLines, writable: false), DatasetFormat.JsonLines, new ValidationOptions { Today = new NodaTime.LocalDate(2026, 1, 1) });
}
