using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Json.Schema;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Benchmarks.Comparison;

/// <summary>The data and settings the comparison benchmarks share.</summary>
public static class ComparisonData
{
    private static readonly Dictionary<int, byte[]> Documents = [];

    /// <summary>Validation with a fixed "today", so runs are reproducible.</summary>
    public static ValidationOptions Validation { get; } = new() { Today = new LocalDate(2026, 1, 1) };

    /// <summary>
    /// System.Text.Json by reflection over this library's model, as a user would set it up: web defaults (camelCase,
    /// case-insensitive), nulls omitted when writing, indented, NodaTime's converters; the model's own attributes
    /// (polymorphism on <c>"type"</c>, converters of ids, dates and enums) apply as they do for the library.
    /// </summary>
    public static JsonSerializerOptions ReflectionOptions { get; } = CreateReflectionOptions();

    /// <summary>JsonSchema.Net's cheapest output: valid or not.</summary>
    public static EvaluationOptions SchemaFlagOnly { get; } = new() { OutputFormat = OutputFormat.Flag };

    /// <summary>The sample dataset of <paramref name="records"/> records as an indented canonical document (cached per size).</summary>
    public static byte[] Document(int records)
    {
        lock (Documents)
        {
            if (!Documents.TryGetValue(records, out byte[]? bytes))
            {
                using var buffer = new MemoryStream();
                PoliticalEventsJson.WriteDataset(buffer, SampleDatasets.Create(records));
                bytes = buffer.ToArray();
                Documents[records] = bytes;
            }

            return bytes;
        }
    }

    /// <summary>Newtonsoft.Json as a user would set it up for the plain classes: camelCase, nulls omitted, indented.</summary>
    public static Newtonsoft.Json.JsonSerializer NewtonsoftSerializer() => Newtonsoft.Json.JsonSerializer.Create(new Newtonsoft.Json.JsonSerializerSettings
    {
        ContractResolver = new Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver(),
        NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore,
        Formatting = Newtonsoft.Json.Formatting.Indented,
        DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
    });

    private static JsonSerializerOptions CreateReflectionOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>Adds throughput (MB/s of input or output) and allocations per record to the comparison tables.</summary>
public sealed class ComparisonConfig : ManualConfig
{
    /// <summary>The columns.</summary>
    public ComparisonConfig()
    {
        AddColumn(new PerRecordColumn("MB/s", (bytes, records, meanNs, _) => bytes / 1e6 / (meanNs / 1e9)));
        AddColumn(new PerRecordColumn("Records/s", (_, records, meanNs, _) => records / (meanNs / 1e9)));
        AddColumn(new PerRecordColumn("Alloc/record", (_, records, _, allocated) => allocated / (double)records));
    }

    private sealed class PerRecordColumn(string name, Func<long, int, double, long, double> compute) : IColumn
    {
        public string Id => nameof(PerRecordColumn) + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => name switch
        {
            "MB/s" => "Megabytes (10^6) of the document read or written per second (mean)",
            "Records/s" => "Records read or written per second (mean)",
            _ => "Bytes allocated per record",
        };

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            BenchmarkReport? report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } statistics || benchmarkCase.Parameters["RecordCount"] is not int records)
            {
                return "-";
            }

            long allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) ?? 0;
            double value = compute(ComparisonData.Document(records).Length, records, statistics.Mean, allocated);
            return value.ToString(value >= 100 ? "N0" : "N1", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
