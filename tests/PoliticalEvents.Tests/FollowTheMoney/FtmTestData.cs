using System.Text;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Cli;

namespace PoliticalEvents.Tests.FollowTheMoney;

/// <summary>The examples and the FtM fixtures (written for this project, modelled on OpenSanctions' shapes).</summary>
internal static class FtmTestData
{
    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "ftm", name);

    public static async Task<Dataset> LoadExampleAsync(string name)
    {
        byte[] bytes = PolevSandbox.ExampleBytes(name);
        if (name.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            using var stream = new MemoryStream(bytes);
            (Dataset? dataset, _) = await JsonLines.ReadDatasetAsync(stream);
            return dataset!;
        }

        return PoliticalEventsJson.ReadDataset(bytes).GetValueOrThrow();
    }

    /// <summary>The entities of a fixture file, which must all read.</summary>
    public static async Task<List<FtmEntity>> ReadFixtureAsync(string name)
    {
        await using FileStream stream = File.OpenRead(FixturePath(name));
        var entities = new List<FtmEntity>();
        await foreach (FtmLine line in FtmJson.ReadLinesAsync(stream))
        {
            entities.Add(line.Entity ?? throw new InvalidOperationException($"{name}:{line.LineNumber}: {line.Error}"));
        }

        return entities;
    }

    /// <summary>Imports a fixture file through the streaming API (two passes over the file).</summary>
    public static async Task<(List<PoliticalEvents.Record> Records, FtmReport Report)> ImportFixtureAsync(string name, FtmImportOptions? options = null)
    {
        await using FileStream stream = File.OpenRead(FixturePath(name));
        var report = new FtmReport();
        var records = new List<PoliticalEvents.Record>();
        await foreach (PoliticalEvents.Record record in FtmImporter.ImportAsync(stream, report, options))
        {
            records.Add(record);
        }

        return (records, report);
    }

    public static FtmEntity Entity(string json) => FtmJson.ReadLine(Encoding.UTF8.GetBytes(json)).Entity
        ?? throw new InvalidOperationException("Not an entity: " + json);

    /// <summary>The entries as compact "code id path count" lines, for exact comparisons.</summary>
    public static string[] Lines(FtmReport report) => [.. report.Findings.Select(e => $"{e.Code} {e.RecordId} {e.ColumnName ?? e.Path} {e.Count}".Replace("  ", " ", StringComparison.Ordinal))];
}
