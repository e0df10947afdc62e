using System.Reflection;

namespace PoliticalEvents.Cli;

/// <summary>The entry point of the polev tool: dispatches to a command and maps failures to exit codes.</summary>
internal static class Polev
{
    public const string Help = """
        polev: validate and convert PoliticalEvents datasets: records of political
        detentions, releases, sanctions and the actors involved (format 1.0).

        Usage: polev <command> [arguments] [options]

        Commands:
          validate <path>...   Check dataset files (.json, .jsonl, .ndjson); exit 1 if invalid.
          convert <in> <out>   Convert between a dataset document and JSON Lines.

        Options:
          -h, --help           Show help; "polev <command> --help" for a command's help.
          --version            Show the version.

        Examples:
          polev validate examples/belarus-2025.json
          polev convert examples/belarus-2025.json belarus.jsonl

        Exit codes: 0 success, 1 invalid data, 2 usage or I/O error.
        """;

    private static readonly HashSet<string> NoFlags = [];

    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        try
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "-?" or "help")
            {
                console.WriteOut(Help);
                return args.Length == 0 ? ExitCodes.UsageOrIo : ExitCodes.Ok;
            }

            if (args[0] == "--version")
            {
                console.WriteOut(Version + "\n");
                return ExitCodes.Ok;
            }

            string[] rest = args[1..];
            return args[0] switch
            {
                "validate" => await ValidateCommand.RunAsync(CommandLine.Parse(rest, new HashSet<string> { "--format", "--from" }, NoFlags), console).ConfigureAwait(false),
                "convert" => await ConvertCommand.RunAsync(CommandLine.Parse(rest, new HashSet<string> { "--to", "--from" }, new HashSet<string> { "--force", "--compact" }), console).ConfigureAwait(false),
                _ => throw new UsageException($"Unknown command '{args[0]}'. Commands: validate, convert. See polev --help."),
            };
        }
        catch (UsageException ex)
        {
            await console.Error.WriteLineAsync("polev: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }
        catch (IOException ex)
        {
            await console.Error.WriteLineAsync("polev: I/O error: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }
    }

    public static string Version =>
        typeof(Polev).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
