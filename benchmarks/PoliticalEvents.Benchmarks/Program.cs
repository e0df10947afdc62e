using BenchmarkDotNet.Running;
using BenchmarkDotNet.Reports;

namespace PoliticalEvents.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet's switcher over every benchmark class in this assembly.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen by the command line (<c>--filter '*'</c> runs them all).</summary>
    /// <param name="args">BenchmarkDotNet's command-line arguments, e.g. <c>--filter '*' --job short</c>.</param>
    /// <returns>0 when every benchmark that ran succeeded, 1 otherwise, so a CI smoke run can fail.</returns>
    public static int Main(string[] args)
    {
        IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        // BenchmarkDotNet itself exits 0 even when a benchmark throws or its build fails.
        bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
