using System.Text.RegularExpressions;
using PoliticalEvents.Tests.Cli;
using Xunit;

namespace PoliticalEvents.Tests.Docs;

/// <summary>Every command docs/report.md shows runs as written: in a directory holding the examples, with a
/// <c>prisoners.jsonl</c> (the Tunisian example) for the commands about a reader's own file.</summary>
public sealed partial class ReportDocsTests
{
    private static readonly string Docs = File.ReadAllText(RepoPaths.File("docs/report.md")).ReplaceLineEndings("\n");

    [Fact]
    public async Task EveryCommandOfTheDocs_Runs()
    {
        using var sandbox = new PolevSandbox();
        Directory.CreateDirectory(sandbox.PathOf("examples"));
        File.Copy(PolevSandbox.ExamplePath(PolevSandbox.Belarus), sandbox.PathOf(Path.Combine("examples", PolevSandbox.Belarus)));
        File.Copy(PolevSandbox.ExamplePath(PolevSandbox.Tunisia), sandbox.PathOf("prisoners.jsonl"));
        string[] lines = [.. ShellBlocks().Matches(Docs).SelectMany(static m => m.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries))];
        int reports = 0;

        foreach (string command in lines.SelectMany(static l => l.Split("&&", StringSplitOptions.TrimEntries)))
        {
            string[] words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (words)
            {
                case ["mkdir", "-p", string directory]:
                    Directory.CreateDirectory(sandbox.PathOf(directory));
                    break;
                case ["polev", .. string[] args]:
                    PolevResult result = await sandbox.RunAsync(args);
                    Assert.True(result.ExitCode == 0, $"{command}\n{result}");
                    if (args[0] == "report")
                    {
                        string page = args[Array.IndexOf(args, "--out") + 1];
                        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(sandbox.PathOf(page)), StringComparison.Ordinal);
                        reports++;
                    }

                    break;
                case [string script, ..] when script.StartsWith("benchmarks/", StringComparison.Ordinal) && File.Exists(RepoPaths.File(script)):
                    break; // a benchmark, run by hand (it needs a browser and minutes); the script must exist
                default:
                    Assert.Fail($"docs/report.md shows a command this test does not know: {command}");
                    break;
            }
        }

        Assert.Equal(3, reports);
    }

    [GeneratedRegex("```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlocks();
}
