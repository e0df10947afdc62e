using BenchmarkDotNet.Running;
using PoliticalEvents.Serialization;
using BenchmarkDotNet.Reports;

namespace PoliticalEvents.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet's switcher over every benchmark class in this assembly.</summary>
public static class Program
{
    /// <summary>
    /// Runs the benchmarks chosen by the command line (<c>--filter '*'</c> runs them all), or, given
    /// <c>generate &lt;count&gt; &lt;out.jsonl|out.json&gt; [--unsourced-percent P]</c>, writes a sample dataset of that
    /// many records (P % of them without sources) and exits.
    /// </summary>
    /// <param name="args">BenchmarkDotNet's command-line arguments, e.g. <c>--filter '*' --job short</c>; or <c>generate</c> and its two arguments.</param>
    /// <returns>0 when every benchmark that ran succeeded, 1 otherwise, so a CI smoke run can fail.</returns>
    public static int Main(string[] args)
    {
        if (args is ["generate", string count, string path])
        {
            Generate(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), path, 0).GetAwaiter().GetResult();
            return 0;
        }

        if (args is ["generate", string n, string file, "--unsourced-percent", string percent])
        {
            Generate(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture), file, int.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)).GetAwaiter().GetResult();
            return 0;
        }

        IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        // BenchmarkDotNet itself exits 0 even when a benchmark throws or its build fails.
        bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }

    // Writes the records as they are built (memory-check.sh generates millions), JSON Lines or a document by extension.
    // With unsourcedPercent above 0, that share of the records (every record whose position modulo 100 is below it)
    // loses its sources: one record.noSources warning each, for a findings-heavy input.
    private static async Task Generate(int count, string path, int unsourcedPercent)
    {
        await using var output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20, useAsync: true);
        Dataset header = SampleDatasets.Header(count);
        IAsyncEnumerable<Record> records = SampleDatasets.Enumerate(count)
            .Select((record, i) => i % 100 < unsourcedPercent ? record with { Sources = [] } : record)
            .ToAsyncEnumerable();
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            await PoliticalEventsJson.WriteDatasetAsync(output, header, records).ConfigureAwait(false);
        }
        else
        {
            await JsonLines.WriteAsync(output, header, records).ConfigureAwait(false);
        }
    }
}
