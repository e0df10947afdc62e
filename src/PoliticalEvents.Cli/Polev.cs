using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Reflection;
using System.Text;

namespace PoliticalEvents.Cli;

/// <summary>The entry point of the polev tool: dispatches to a command and maps failures to exit codes.</summary>
internal static class Polev
{
    /// <summary>What the help of the tool as a whole says after its commands and options.</summary>
    public const string Details = """
        Run "polev <command> --help" (or "polev help <command>") for a command's arguments,
        options and examples. Arguments may come from a response file: polev @args.txt
        reads one argument per line. Completion: see polev completion --help.

        Exit codes: 0 success, 1 invalid data, 2 usage or I/O error, 3 a bug in polev;
        130 (Ctrl+C) or 143 (SIGTERM) when stopped, with its temporary files removed.
        Run without arguments, polev shows this help and exits with 2.

        Outputs are written whole or not at all, never over an input, and temporary
        files never outlive a run; docs/reliability.md says what polev promises.

        Examples:
          polev validate examples/belarus-2025.json
          polev convert examples/belarus-2025.json belarus.jsonl
          polev stats examples/belarus-2025.json --as-of 2025-11-30
          polev redact examples/belarus-2025.json public.json --profile public
          polev schema --out schemas
          polev export --to ftm examples/belarus-2025.json belarus.ftm.json
          polev import --from ftm entities.ftm.json sanctions.json
          polev import --from un consolidated.xml un.json --previous un-last.json
          polev report examples/belarus-2025.json --out belarus.html
          polev help convert
        """;

    private const string Summary = "polev: validate, convert, count, redact, export and import PoliticalEvents datasets: records of political detentions, releases, sanctions and the actors involved (formats 1.0 and 1.1).";

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line, without the program's name.</param>
    /// <param name="console">The streams and working directory to use.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        try
        {
            if (args is ["--version"])
            {
                console.WriteOutLine(Version);
                return ExitCodes.Ok;
            }

            bool bare = args.Length == 0;
            if (args is ["help", .. string[] topic])
            {
                // "polev help convert" is "polev convert --help" (with --to or --from, a format's own help).
                if (topic.Length > 0 && !CommandNames.Contains(topic[0]))
                {
                    throw UnknownCommand(topic[0]);
                }

                args = [.. topic, "--help"];
            }

            RootCommand root = Build(args, console);
            ParseResult result = root.Parse(bare ? ["--help"] : args);
            bool suggest = args is [string first, ..] && first.StartsWith("[suggest", StringComparison.Ordinal);
            if (result.Action is ParseErrorAction && !suggest)
            {
                CommandTree.CheckArguments(result, args); // an unknown option or command says more than what it caused
                if (CommandTree.OnlyArgumentCountErrors(result) && CommandTree.SpecOf(result.CommandResult.Command) is { } spec)
                {
                    // Every command checks its positional arguments first and says what it needs (a usage error).
                    return await spec.Run(CommandLine.WithAllArguments(result), console).ConfigureAwait(false);
                }

                return await ReportParseErrorsAsync(result, console).ConfigureAwait(false);
            }

            if (!suggest)
            {
                CommandTree.CheckArguments(result, args);
            }

            if (result.CommandResult.Command is not RootCommand && result.Action is not HelpAction && !suggest)
            {
                // What a run that was killed left in the temporary directory (index runs, scratch files of older versions).
                TempFiles.ClearStale(TempFiles.ScratchDirectory);
            }

            var output = new StreamWriter(console.Out, new UTF8Encoding(false), 4096, leaveOpen: true) { NewLine = "\n" };
            await using (output.ConfigureAwait(false))
            {
                var configuration = new InvocationConfiguration { Output = output, Error = console.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
                int code = await result.InvokeAsync(configuration).ConfigureAwait(false);
                return bare ? ExitCodes.UsageOrIo : code;
            }
        }
        catch (UsageException ex)
        {
            await console.Error.WriteLineAsync("polev: " + Shown.OneLine(ex.Message)).ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }
        catch (FileAccessException ex)
        {
            await console.Error.WriteLineAsync("polev: " + Shown.OneLine(ex.Message)).ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync("polev: " + Shown.OneLine(DescribeOtherFailure(ex))).ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }
    }

    private static readonly string[] CommandNames = ["validate", "convert", "stats", "redact", "schema", "export", "import", "report", "completion"];

    // The command tree; export and import take the options of the format --to or --from names (CSV and the official
    // lists have options of their own), so that an option of another format is an unknown option, and help is the format's.
    private static RootCommand Build(string[] args, CliConsole console)
    {
        string[] words = args is [string line] && line.StartsWith("[suggest", StringComparison.Ordinal) ? [] : args;
        if (args is [string directive, string typed] && directive.StartsWith("[suggest", StringComparison.Ordinal))
        {
            words = typed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        CommandSpec export = FormatIs(words, "--to", "csv") ? CsvCommands.ExportSpec
            : FormatIs(words, "--to", "parquet") ? CsvCommands.ParquetExportSpec
            : ExportCommand.Spec;
        CommandSpec import = ListsImport.IsList(ListName(words)) ? ListsImport.Spec
            : FormatIs(words, "--from", "csv") ? CsvCommands.ImportSpec
            : ImportCommand.Spec;
        return CommandTree.Build(Summary, Details, [ValidateCommand.Spec, ConvertCommand.Spec, StatsCommand.Spec, RedactCommand.Spec, SchemaCommand.Spec, export, import, ReportCommand.Spec, CompletionCommand.Spec], console);
    }

    // A command line System.CommandLine could not parse: its messages (which name only what was typed, never data) and
    // where to read more; exit code 2. (A mistyped command or option is found before, with a suggestion.)
    private static async Task<int> ReportParseErrorsAsync(ParseResult result, CliConsole console)
    {
        Command command = result.CommandResult.Command;
        IEnumerable<string> messages = result.Errors.Select(e => e.SymbolResult is OptionResult { Tokens.Count: 0 } option
            ? $"Option {option.Option.Name} needs a value."
            : e.Message);
        foreach (string message in messages.Distinct(StringComparer.Ordinal))
        {
            await console.Error.WriteLineAsync("polev: " + Shown.OneLine(message)).ConfigureAwait(false);
        }

        await console.Error.WriteLineAsync(command is RootCommand ? "See polev --help." : $"See polev {command.Name} --help.").ConfigureAwait(false);
        return ExitCodes.UsageOrIo;
    }

    // An I/O failure that is not the input's or the output's (those are FileAccessException): the temporary files
    // (scratch copies, the validation index), or a limit polev itself enforces. The message is polev's own: a failure
    // raised by polev's assemblies says what it is; any other is described from its kind and error number.
    private static string DescribeOtherFailure(Exception ex)
    {
        string? thrower = ex.Source; // the name of the assembly that threw (trim-safe, unlike TargetSite)
        if (thrower is not null && (thrower == "polev" || thrower.StartsWith("PoliticalEvents", StringComparison.Ordinal)))
        {
            return ex.Message;
        }

        string reason = FileErrors.Reason(ex);
        return FileErrors.IsFull(ex)
            ? $"a temporary file cannot be written: {reason} (temporary files go to {TempFiles.ScratchDirectory}; set TMPDIR to use another directory)."
            : $"a temporary file cannot be written or read: {reason} (temporary files go to {TempFiles.ScratchDirectory}).";
    }

    // True when the arguments give option (--to, --from) the value format, as "--to csv" or "--to=csv" (the two
    // spellings CommandLine accepts); arguments after "--" are positional.
    private static bool FormatIs(string[] args, string option, string format)
    {
        for (int i = 0; i < args.Length && args[i] != "--"; i++)
        {
            if ((args[i] == option && i + 1 < args.Length && args[i + 1] == format) || args[i] == option + "=" + format)
            {
                return true;
            }
        }

        return false;
    }

    // The list an import names with --from (un, eu, ofac), or null: "--from un" or "--from=un", before any "--".
    private static string? ListName(string[] args)
    {
        foreach (string name in (string[])["un", "eu", "ofac"])
        {
            if (FormatIs(args, "--from", name))
            {
                return name;
            }
        }

        return null;
    }

    private static UsageException UnknownCommand(string command)
        => new($"Unknown command '{command}'. Commands: validate, convert, stats, redact, schema, export, import, report, completion. See polev --help.");

    /// <summary>The version of the tool, without build metadata (for example <c>0.1.0</c>).</summary>
    public static string Version =>
        typeof(Polev).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
