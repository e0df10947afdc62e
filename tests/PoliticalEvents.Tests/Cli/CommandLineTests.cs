using PoliticalEvents.Cli;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary>
/// polev's command line on System.CommandLine: help made from every command's symbols and its own text, completion
/// through the [suggest] directive, suggestions for a mistyped command or option, response files.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    /// <summary>Every command, and the format variants of export and import, with the words that select them.</summary>
    public static TheoryData<string[], string> Commands() => new()
    {
        { ["validate"], nameof(ValidateCommand) },
        { ["convert"], nameof(ConvertCommand) },
        { ["stats"], nameof(StatsCommand) },
        { ["redact"], nameof(RedactCommand) },
        { ["schema"], nameof(SchemaCommand) },
        { ["export"], nameof(ExportCommand) },
        { ["export", "--to", "csv"], "CsvExport" },
        { ["import"], nameof(ImportCommand) },
        { ["import", "--from", "csv"], "CsvImport" },
        { ["import", "--from", "un"], nameof(ListsImport) },
        { ["report"], nameof(ReportCommand) },
        { ["completion"], nameof(CompletionCommand) },
    };

    private static CommandSpec SpecOf(string name) => name switch
    {
        nameof(ValidateCommand) => ValidateCommand.Spec,
        nameof(ConvertCommand) => ConvertCommand.Spec,
        nameof(StatsCommand) => StatsCommand.Spec,
        nameof(RedactCommand) => RedactCommand.Spec,
        nameof(SchemaCommand) => SchemaCommand.Spec,
        nameof(ExportCommand) => ExportCommand.Spec,
        "CsvExport" => CsvCommands.ExportSpec,
        nameof(ImportCommand) => ImportCommand.Spec,
        "CsvImport" => CsvCommands.ImportSpec,
        nameof(ListsImport) => ListsImport.Spec,
        nameof(ReportCommand) => ReportCommand.Spec,
        _ => CompletionCommand.Spec,
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_ShowsUsage_EveryArgumentAndOption_AndTheCommandsOwnText(string[] words, string spec)
    {
        CommandSpec command = SpecOf(spec);

        PolevResult help = await _sandbox.RunAsync([.. words, "--help"]);
        PolevResult viaHelp = await _sandbox.RunAsync(["help", .. words]);

        Assert.Equal(ExitCodes.Ok, help.ExitCode);
        Assert.Equal(help.Out, viaHelp.Out);
        Assert.StartsWith($"Description:\n  {command.Summary[..20]}", help.Out, StringComparison.Ordinal);
        Assert.Contains($"\nUsage:\n  polev {command.Name} ", help.Out, StringComparison.Ordinal);
        Assert.All(command.Arguments, a => Assert.Contains($"\n  <{a.Name}>", help.Out, StringComparison.Ordinal));
        Assert.All(command.Options, o => Assert.Contains($"\n  {o.Name}", help.Out, StringComparison.Ordinal));
        Assert.Contains(command.Details.TrimEnd('\n'), help.Out, StringComparison.Ordinal);
        Assert.Contains($"\n  polev {command.Name}", command.Details, StringComparison.Ordinal); // an example
        Assert.Empty(help.Error);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task EveryOption_OfEveryCommand_IsCompleted(string[] words, string spec)
    {
        CommandSpec command = SpecOf(spec);
        string typed = string.Join(' ', words) + " --";

        PolevResult result = await _sandbox.RunAsync($"[suggest:{typed.Length}]", typed);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        string[] suggestions = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(command.Options.Where(o => !words.Contains(o.Name)), o => Assert.Contains(o.Name, suggestions)); // not one already given
    }

    [Theory]
    [InlineData("valid", "validate")]
    [InlineData("validate --fo", "--format")]
    [InlineData("validate --format j", "json")]
    [InlineData("export --to ftm a b --restricted r", "reduced")]
    [InlineData("import --from ", "ofac")]
    public async Task Completion_OffersCommandsOptionsAndValues(string typed, string expected)
    {
        PolevResult result = await _sandbox.RunAsync($"[suggest:{typed.Length}]", typed);

        Assert.Contains(expected, result.Out.Split('\n', StringSplitOptions.TrimEntries));
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _polev_complete polev")]
    [InlineData("zsh", "compdef _polev polev")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName polev")]
    public async Task CompletionScripts_AskPolevThroughTheSuggestDirective(string shell, string registration)
    {
        PolevResult result = await _sandbox.RunAsync("completion", shell);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(registration, result.Out, StringComparison.Ordinal);
        Assert.Contains("[suggest:", result.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageOrIo, (await _sandbox.RunAsync("completion", "fish")).ExitCode);
    }

    [Theory]
    [InlineData(new[] { "valdate", "x.json" }, "Unknown command 'valdate'. Did you mean validate?")]
    [InlineData(new[] { "conevrt", "a", "b" }, "Unknown command 'conevrt'. Did you mean convert?")]
    [InlineData(new[] { "validate", "x.json", "--fromat", "json" }, "Unknown option --fromat for validate. Did you mean --format?")]
    [InlineData(new[] { "validate", "x.json", "--max-error", "3" }, "Unknown option --max-error for validate. Did you mean --max-errors?")]
    [InlineData(new[] { "redact", "a", "b", "--profil", "public" }, "Unknown option --profil for redact. Did you mean --profile?")]
    [InlineData(new[] { "export", "--to", "csv", "a", "--out", "d", "--replce" }, "Unknown option --replce for export. Did you mean --replace?")]
    public async Task Typos_GetASuggestion(string[] args, string message)
    {
        PolevResult result = await _sandbox.RunAsync(args);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Empty(result.OutBytes);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoSuggestion_WhenNothingIsClose()
    {
        PolevResult result = await _sandbox.RunAsync("validate", "x.json", "--zzzzzzzz");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("Unknown option --zzzzzzzz for validate. See polev validate --help.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOptionOfAnotherFormat_IsUnknownToThisOne()
    {
        PolevResult result = await _sandbox.RunAsync("export", "--to", "ftm", PolevSandbox.Belarus, "out.ftm.json", "--replace");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("Unknown option --replace for export", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("out.ftm.json", _sandbox.Files());
    }

    [Fact]
    public async Task ResponseFile_GivesTheArguments_OnePerLine()
    {
        _sandbox.Write("args.rsp", $"validate\n{PolevSandbox.Belarus}\n--format\njson\n");

        PolevResult fromFile = await _sandbox.RunAsync("@" + _sandbox.PathOf("args.rsp"));
        PolevResult typed = await _sandbox.RunAsync("validate", PolevSandbox.Belarus, "--format", "json");

        Assert.Equal(ExitCodes.Ok, fromFile.ExitCode);
        Assert.Equal(typed.Out, fromFile.Out);
    }

    [Fact]
    public async Task ArgumentsAfterDoubleDash_ArePaths_EvenWhenTheyLookLikeOptions()
    {
        _sandbox.Write("--odd.jsonl", PolevSandbox.Lines());

        PolevResult result = await _sandbox.RunAsync("validate", "--", "--odd.jsonl");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("1 file(s), 3 record(s)", result.Out, StringComparison.Ordinal);
    }
}
