using System.Reflection;

namespace PoliticalEvents.Cli;

/// <summary>The entry point of the polev tool: dispatches to a command and maps failures to exit codes.</summary>
internal static class Polev
{
    /// <summary>The help of the tool as a whole.</summary>
    public const string Help = """
        polev: validate, convert, count, redact, export and import PoliticalEvents datasets:
        records of political detentions, releases, sanctions and the actors involved (formats 1.0 and 1.1).

        Usage: polev <command> [arguments] [options]
               polev help <command>

        Commands:
          validate <path>...   Check dataset files (.json, .jsonl, .ndjson); exit 1 if invalid.
          convert <in> <out>   Convert between a dataset document and JSON Lines.
          stats <path>         Count records, detentions, releases and sanction measures.
          redact <in> <out>    Write a dataset for publication (--profile public): without
                               confidential records, restricted ones reduced.
          schema [<name>]      Print or write (--out <dir>) the JSON Schemas of the format.
          export <in> <out>    Export to another format: --to ftm (FollowTheMoney entities),
                               --to csv (CSV tables, <in> --out <dir>).
          import <in> <out>    Import from another format: --from ftm (FollowTheMoney entities),
                               --from csv (CSV tables or a one-row-per-prisoner sheet),
                               --from un|eu|ofac (an official sanctions list's XML).

        Options:
          -h, --help           Show this help; "polev <command> --help" for a command's help.
          --version            Show the version.

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
          polev help convert
        """;

    private static readonly HashSet<string> NoFlags = [];

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line, without the program's name.</param>
    /// <param name="console">The streams and working directory to use.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        try
        {
            if (args.Length == 0)
            {
                console.WriteOutLine(Help);
                return ExitCodes.UsageOrIo;
            }

            if (args[0] is "-h" or "--help" or "-?")
            {
                console.WriteOutLine(Help);
                return ExitCodes.Ok;
            }

            if (args[0] == "help")
            {
                console.WriteOutLine(args.Length == 1 ? Help : CommandHelp(args[1]));
                return ExitCodes.Ok;
            }

            if (args[0] == "--version")
            {
                console.WriteOutLine(Version);
                return ExitCodes.Ok;
            }

            if (args[0].StartsWith('-') && args[0] != "-")
            {
                throw new UsageException($"Unknown option {args[0]}. Options before a command: --help, --version. See polev --help.");
            }

            // What a run that was killed left in the temporary directory (index runs, scratch files of older versions).
            TempFiles.ClearStale(TempFiles.ScratchDirectory);

            string[] rest = args[1..];
            return args[0] switch
            {
                "validate" => await ValidateCommand.RunAsync(CommandLine.Parse("validate", rest, new HashSet<string> { "--format", "--from", "--max-errors" }, NoFlags), console).ConfigureAwait(false),
                "convert" => await ConvertCommand.RunAsync(CommandLine.Parse("convert", rest, new HashSet<string> { "--to", "--from" }, new HashSet<string> { "--force", "--compact", "--preserve-unknown" }), console).ConfigureAwait(false),
                "stats" => await StatsCommand.RunAsync(CommandLine.Parse("stats", rest, new HashSet<string> { "--as-of", "--format", "--from" }, NoFlags), console).ConfigureAwait(false),
                "redact" => await RedactCommand.RunAsync(CommandLine.Parse("redact", rest, new HashSet<string> { "--profile", "--to", "--from", "--report" }, new HashSet<string> { "--compact" }), console).ConfigureAwait(false),
                "schema" => await SchemaCommand.RunAsync(CommandLine.Parse("schema", rest, new HashSet<string> { "--out" }, NoFlags), console).ConfigureAwait(false),
                // CSV has options of its own (an output directory, column mappings): its commands parse them.
                "export" when FormatIs(rest, "--to", "csv") => await CsvCommands.ExportAsync(CommandLine.Parse("export", rest, With(CsvCommands.ExportOptions, "--to"), CsvCommands.ExportFlags), console).ConfigureAwait(false),
                "import" when ListsImport.IsList(ListName(rest)) => await ListsImport.RunAsync(CommandLine.Parse("import", rest, ListsImport.ValueOptions, ListsImport.Flags), console).ConfigureAwait(false),
                "import" when FormatIs(rest, "--from", "csv") => await CsvCommands.ImportAsync(CommandLine.Parse("import", rest, With(CsvCommands.ImportOptions, "--from"), CsvCommands.ImportFlags), console).ConfigureAwait(false),
                "export" => await ExportCommand.RunAsync(CommandLine.Parse("export", rest, ExportCommand.ValueOptions, ExportCommand.Flags), console).ConfigureAwait(false),
                "import" => await ImportCommand.RunAsync(CommandLine.Parse("import", rest, ImportCommand.ValueOptions, ImportCommand.Flags), console).ConfigureAwait(false),
                _ => throw UnknownCommand(args[0]),
            };
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

    // An I/O failure that is not the input's or the output's (those are FileAccessException): the temporary files
    // (scratch copies, the validation index), or a limit polev itself enforces. The message is polev's own: a failure
    // raised by polev's assemblies says what it is; any other is described from its kind and error number.
    private static string DescribeOtherFailure(Exception ex)
    {
        string? thrower = ex.TargetSite?.DeclaringType?.Assembly.GetName().Name;
        if (thrower is not null && (thrower == "polev" || thrower.StartsWith("PoliticalEvents", StringComparison.Ordinal)))
        {
            return ex.Message;
        }

        string reason = FileErrors.Reason(ex);
        return FileErrors.IsFull(ex)
            ? $"a temporary file cannot be written: {reason} (temporary files go to {TempFiles.ScratchDirectory}; set TMPDIR to use another directory)."
            : $"a temporary file cannot be written or read: {reason} (temporary files go to {TempFiles.ScratchDirectory}).";
    }

    private static string CommandHelp(string command) => command switch
    {
        "validate" => ValidateCommand.Help,
        "convert" => ConvertCommand.Help,
        "stats" => StatsCommand.Help,
        "redact" => RedactCommand.Help,
        "schema" => SchemaCommand.Help,
        "export" => ExportCommand.Help,
        "import" => ImportCommand.Help,
        _ => throw UnknownCommand(command),
    };

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

    private static HashSet<string> With(IReadOnlySet<string> options, string option) => [.. options, option];

    private static UsageException UnknownCommand(string command)
        => new($"Unknown command '{command}'. Commands: validate, convert, stats, redact, schema, export, import. See polev --help.");

    /// <summary>The version of the tool, without build metadata (for example <c>0.1.0</c>).</summary>
    public static string Version =>
        typeof(Polev).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
