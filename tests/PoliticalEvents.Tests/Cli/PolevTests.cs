using PoliticalEvents.Cli;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

public sealed class PolevTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task NoArguments_PrintsHelpToStdout_ExitsWithUsageError()
    {
        PolevResult result = await _sandbox.RunAsync();

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Equal((await _sandbox.RunAsync("--help")).Out, result.Out);
        Assert.Contains(Polev.Details.TrimEnd('\n'), result.Out);
        Assert.Empty(result.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_PrintsToolHelp_ExitsOk(string argument)
    {
        PolevResult result = await _sandbox.RunAsync(argument);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("Description:\n", result.Out);
        Assert.Contains("\nUsage:\n  polev [command] [options]\n", result.Out);
        Assert.Contains("\nCommands:\n", result.Out);
        Assert.Contains("\n  polev validate examples/belarus-2025.json\n", result.Out);
        Assert.Contains("\n  redact <in> <out> ", result.Out);
        Assert.Empty(result.Error);
    }

    [Theory]
    [InlineData("validate", "--help")]
    [InlineData("validate", "-h")]
    [InlineData("convert", "--help")]
    [InlineData("help", "validate")]
    [InlineData("help", "convert")]
    [InlineData("stats", "--help")]
    [InlineData("help", "stats")]
    [InlineData("redact", "--help")]
    [InlineData("help", "redact")]
    public async Task CommandHelp_TeachesUsageOptionsExitCodesAndExamples(string first, string second)
    {
        string command = first == "help" ? second : first;

        PolevResult result = await _sandbox.RunAsync(first, second);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("Description:\n", result.Out);
        Assert.Contains($"\nUsage:\n  polev {command} ", result.Out);
        Assert.Contains("\nOptions:\n", result.Out);
        Assert.Contains("\nExit codes:\n", result.Out);
        Assert.Contains("\nExamples:\n", result.Out);
        Assert.Contains($"\n  polev {command} examples/belarus-2025.json", result.Out);
        Assert.EndsWith("\n", result.Out);
        Assert.Empty(result.Error);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("convert")]
    [InlineData("stats")]
    [InlineData("redact")]
    public async Task CommandHelp_DocumentsEveryOptionTheCommandAccepts(string command)
    {
        string help = (await _sandbox.RunAsync(command, "--help")).Out;
        string[] options = command switch
        {
            "validate" => ["--format", "--from"],
            "stats" => ["--as-of", "--format", "--from"],
            "redact" => ["--profile", "--to", "--from", "--report", "--compact"],
            _ => ["--to", "--from", "--force", "--compact"],
        };

        foreach (string option in options)
        {
            Assert.Contains($"\n  {option} ", help);
        }
    }

    [Fact]
    public async Task Version_PrintsTheVersion_ExitsOk()
    {
        PolevResult result = await _sandbox.RunAsync("--version");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n$", result.Out);
        Assert.Equal(Polev.Version + "\n", result.Out);
    }

    [Fact]
    public async Task UnknownCommand_ExitsWithUsageError_NamingIt()
    {
        PolevResult result = await _sandbox.RunAsync("validat", PolevSandbox.Belarus);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Empty(result.OutBytes);
        Assert.Contains("Unknown command 'validat'", result.Error);
        Assert.Contains("Did you mean validate?", result.Error);
        Assert.Contains("Commands: validate, convert, stats, redact, schema, export, import, report, completion.", result.Error);
        Assert.Contains("polev --help", result.Error);
    }

    [Fact]
    public async Task HelpForUnknownCommand_ExitsWithUsageError_NamingIt()
    {
        PolevResult result = await _sandbox.RunAsync("help", "launch");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("Unknown command 'launch'", result.Error);
    }

    [Fact]
    public async Task UnknownOptionBeforeCommand_ExitsWithUsageError_NamingIt()
    {
        PolevResult result = await _sandbox.RunAsync("--verbose", "validate", PolevSandbox.Belarus);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Empty(result.OutBytes);
        Assert.Contains("Unknown option --verbose", result.Error);
    }

    [Theory]
    [InlineData("validate", "--fromat", "json")]
    [InlineData("convert", "--froce", "in.json")]
    public async Task UnknownCommandOption_ExitsWithUsageError_NamingItAndTheHelp(string command, string option, string argument)
    {
        PolevResult result = await _sandbox.RunAsync(command, argument, option);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Empty(result.OutBytes);
        Assert.Contains($"Unknown option {option}", result.Error);
        Assert.Contains($"polev {command} --help", result.Error);
    }

    [Fact]
    public async Task OptionWithoutItsValue_ExitsWithUsageError()
    {
        PolevResult result = await _sandbox.RunAsync("validate", PolevSandbox.Belarus, "--format");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("Option --format needs a value", result.Error);
    }

    [Fact]
    public async Task FlagGivenAValue_ExitsWithUsageError_SayingItTakesNone()
    {
        PolevResult result = await _sandbox.RunAsync("convert", PolevSandbox.Belarus, "out.jsonl", "--force=yes");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("Option --force takes no value", result.Error);
        Assert.DoesNotContain("out.jsonl", _sandbox.Files());
    }

    [Fact]
    public async Task OptionWithValueAfterEqualsSign_IsAccepted()
    {
        PolevResult result = await _sandbox.RunAsync("validate", "--format=json", PolevSandbox.Belarus);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("{", result.Out);
    }

    [Fact]
    public async Task OptionWithUnknownChoice_ExitsWithUsageError_ListingTheChoices()
    {
        PolevResult result = await _sandbox.RunAsync("validate", PolevSandbox.Belarus, "--format", "xml");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("--format must be one of text, json", result.Error);
    }

    [Fact]
    public async Task DoubleDash_MakesTheRestPositional()
    {
        _sandbox.Write("--odd.json", PolevSandbox.Document());

        PolevResult result = await _sandbox.RunAsync("validate", "--", "--odd.json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("1 file(s), 1 record(s)", result.Out);
    }
}
