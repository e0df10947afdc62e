using System.Text;
using PoliticalEvents.Cli;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Redaction;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary>Progress goes to standard error only when it is a terminal, and is cleared again, so reports stay clean.</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private async Task<(int ExitCode, string Out, string Error)> RunAsync(bool terminal, params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var console = new CliConsole(() => Stream.Null, output, error, _sandbox.Directory) { ShowProgress = terminal };
        int exitCode = await Polev.RunAsync(args, console);
        return (exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    [Fact]
    public async Task Validate_OnATerminal_ShowsRecordsAndBytes_ThenClearsTheLine()
    {
        (int exitCode, string output, string error) = await RunAsync(true, "validate", PolevSandbox.ExamplePath(PolevSandbox.Tunisia));

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains(" records, ", error, StringComparison.Ordinal);
        Assert.Contains(" MB read, ", error, StringComparison.Ordinal);
        Assert.Contains(" records/s", error, StringComparison.Ordinal);
        Assert.EndsWith("\r", error, StringComparison.Ordinal);
        Assert.DoesNotContain("records/s", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NotATerminal_IsQuiet()
    {
        (int exitCode, _, string error) = await RunAsync(false, "validate", PolevSandbox.ExamplePath(PolevSandbox.Tunisia));

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Empty(error);
    }

    [Fact]
    public async Task Convert_OnATerminal_ShowsProgress_AndWritesTheSameOutput()
    {
        (int exitCode, _, string error) = await RunAsync(true, "convert", PolevSandbox.ExamplePath(PolevSandbox.Belarus), "out.jsonl");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains(" MB read, ", error, StringComparison.Ordinal);
        (int quietExit, _, _) = await RunAsync(false, "convert", PolevSandbox.ExamplePath(PolevSandbox.Belarus), "quiet.jsonl");
        Assert.Equal(ExitCodes.Ok, quietExit);
        Assert.Equal(_sandbox.Read("quiet.jsonl"), _sandbox.Read("out.jsonl"));
    }

    [Fact]
    public async Task Redact_OnATerminal_ShowsProgressOverEveryPass_AndWritesTheSameOutput()
    {
        // Reversed, the sample takes three passes over the same input, which the progress wraps once.
        Dataset marked = RedactionSample.Marked(Confidentiality.Confidential, "person-a");
        using (var lines = new MemoryStream())
        {
            await JsonLines.WriteAsync(lines, marked with { Records = [.. marked.Records.Reverse()] });
            _sandbox.Write("reversed.jsonl", lines.ToArray());
        }

        (int exitCode, _, string error) = await RunAsync(true, "redact", "reversed.jsonl", "out.jsonl", "--profile", "public");
        (int quietExit, _, string quiet) = await RunAsync(false, "redact", "reversed.jsonl", "quiet.jsonl", "--profile", "public");

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (exitCode, quietExit));
        Assert.Contains(" MB read, ", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" MB read, ", quiet, StringComparison.Ordinal);
        Assert.Contains("3 passes over the input", quiet, StringComparison.Ordinal);
        Assert.Equal(_sandbox.Read("quiet.jsonl"), _sandbox.Read("out.jsonl"));
    }
}
