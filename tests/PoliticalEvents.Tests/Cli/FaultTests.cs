using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace PoliticalEvents.Tests.Cli;

/// <summary>
/// polev killed while it writes (issue 11, item 6 and the promise of atomic output): a real polev process converts or
/// redacts a dataset and gets SIGKILL, SIGTERM or SIGINT at a random moment. The output it was replacing must be
/// untouched (or, when the run finished first, complete), and after the next run no temporary file of polev's may be
/// left, next to the output or in the temporary directory.
/// </summary>
public sealed partial class FaultTests(ITestOutputHelper log) : IDisposable
{
    private const int Records = 30_000;
    private const int SigInt = 2;
    private const int SigKill = 9;
    private const int SigTerm = 15;

    private static readonly byte[] OldOutput = "{\"formatVersion\":\"1.0\",\"title\":\"The output before the run\",\"records\":[]}\n"u8.ToArray();

    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    // Killed at a random moment of the run, or a random moment after the output being written has appeared next to
    // the old one (so that the kill falls into the write).
    public static TheoryData<string, int, bool> Runs => new()
    {
        { "convert", SigKill, true },
        { "convert", SigTerm, false },
        { "convert", SigInt, true },
        { "redact", SigKill, true },
        { "redact", SigTerm, true },
        { "redact", SigInt, false },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task KilledAtARandomMoment_LeavesTheOldOutputWhole_AndNoTemporaryFileAfterTheNextRun(string command, int signal, bool whileWriting)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX signals
        }

        WriteLargeDataset("big.jsonl");
        string scratch = Directory.CreateDirectory(_sandbox.PathOf("tmp")).FullName;
        _sandbox.Write("out.json", OldOutput);
        string[] args = command == "convert" ? ["convert", "big.jsonl", "out.json"] : ["redact", "big.jsonl", "out.json", "--profile", "public", "--report", "report.json"];
        int seed = Environment.TickCount;
        int delay = whileWriting ? new Random(seed).Next(0, 200) : new Random(seed).Next(100, 1200);
        log.WriteLine($"{command}, signal {signal}, killed {delay} ms after {(whileWriting ? "the output appeared" : "the start")} (seed {seed})");

        (int exitCode, bool finished) = await RunAndSignalAsync(args, scratch, delay, signal, whileWriting);

        // The output is the old one, whole, or the new one, complete (when the signal came after it was in place);
        // never anything in between.
        int expected = command == "convert" ? Records : Records - (Records / 10);
        bool old = _sandbox.Read("out.json").AsSpan().SequenceEqual(OldOutput);
        if (!old)
        {
            PolevResult check = await _sandbox.RunAsync("validate", "out.json");
            Assert.Equal(0, check.ExitCode);
            Assert.StartsWith($"1 file(s), {expected} record(s)", check.Out);
        }

        if (finished)
        {
            Assert.Equal(0, exitCode);
            Assert.False(old);
        }
        else
        {
            Assert.Equal(128 + signal, exitCode);
            if (signal != SigKill)
            {
                Assert.Empty(Leftovers(scratch)); // removed by the signal handler, before the next run
            }
        }

        // The next run writing there clears what a killed run left behind.
        (int again, _) = await RunAndSignalAsync(["convert", "big.jsonl", "out.json"], scratch, delay: null, signal, whileWriting: false);
        Assert.Equal(0, again);
        Assert.Empty(Leftovers(scratch));
        Assert.Equal(0, (await _sandbox.RunAsync("validate", "out.json")).ExitCode);
    }

    // Files of polev's anywhere in the sandbox or in the scratch directory given to the process as TMPDIR (where a
    // killed .NET process also leaves its diagnostic pipes, which hold no data and are not polev's).
    private string[] Leftovers(string scratch)
        => [.. Directory.EnumerateFileSystemEntries(_sandbox.Directory, "*", SearchOption.AllDirectories)
            .Select(Path.GetFileName)
            .Where(name => name!.Contains("polev-", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal) || name.EndsWith(".old", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFileSystemEntries(scratch).Select(Path.GetFileName).Where(name => name!.Contains("polev", StringComparison.Ordinal)))!];

    private async Task<(int ExitCode, bool Finished)> RunAndSignalAsync(string[] args, string scratch, int? delay, int signal, bool whileWriting)
    {
        using Process process = Process.Start(_sandbox.ProcessStart(new Dictionary<string, string> { ["TMPDIR"] = scratch }, args))!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        bool finished = true;
        if (whileWriting)
        {
            // The output in progress is a file next to out.json whose name begins ".out.json.".
            while (!process.HasExited && !Directory.EnumerateFiles(_sandbox.Directory, ".out.json.*").Any())
            {
                await Task.Delay(5);
            }
        }

        if (delay is int wait && !process.WaitForExit(wait))
        {
            finished = false;
            Assert.Equal(0, Kill(process.Id, signal));
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        await output;
        string text = await error;
        log.WriteLine($"exit {process.ExitCode}: {text}");
        Assert.DoesNotContain("Unhandled exception", text, StringComparison.Ordinal);

        // A signal that came after the run had completed its output still counts as finished.
        return (process.ExitCode, finished || process.ExitCode == 0);
    }

    private void WriteLargeDataset(string name)
    {
        var text = new StringBuilder("{\"type\":\"dataset\",\"formatVersion\":\"1.0\",\"title\":\"Many people\"}\n");
        for (int i = 0; i < Records; i++)
        {
            text.Append("{\"type\":\"person\",\"id\":\"p-").Append(i).Append("\",\"name\":\"Person ").Append(i)
                .Append("\",\"confidentiality\":\"").Append(i % 10 == 0 ? "confidential" : i % 3 == 0 ? "restricted" : "public")
                .Append("\",\"notes\":\"a note\",\"sources\":[{\"title\":\"List\",\"quote\":\"a quote\"}]}\n");
        }

        _sandbox.Write(name, text.ToString());
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
