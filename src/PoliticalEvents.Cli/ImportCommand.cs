namespace PoliticalEvents.Cli;

/// <summary><c>polev import --from &lt;format&gt;</c>: another format into a dataset, with a report of what was skipped.</summary>
internal static class ImportCommand
{
    /// <summary>What the help of <c>polev import</c> says after its usage, arguments and options.</summary>
    public const string Details = """
        Imports records from another format, chosen with --from, into a dataset
        (.json, .jsonl, .ndjson; - for standard output with --to):

          ftm  FollowTheMoney entities as JSON Lines, as OpenSanctions publishes
               them (entities.ftm.json): Person, Organization, Company, PublicBody
               and LegalEntity become people and organizations; Membership,
               Employment and Directorship their affiliations; each Sanction a
               sanction measure, imposed by an organization for its authority. A
               Sanction may come before or after the entity it targets.
          csv  The tables polev export --to csv writes, or a one-row-per-prisoner
               sheet; see: polev import --from csv --help
          un, eu, ofac
               An official sanctions list's XML (UN Security Council, EU financial
               sanctions, OFAC SDN), with --previous to date delistings; see:
               polev import --from un --help

        Everything else (Address, Ownership, Family, Passport, ... entities; name
        parts, birth places, addresses, ... properties) is skipped and reported:
        counts by code on stderr, every item (entity id, property, code, line) in
        the JSON file given to --report. The mapping and every code are in
        docs/followthemoney.md. Each record keeps its entity's id and gets a source
        naming the entity (and its OpenSanctions datasets), after one source per
        sourceUrl.

        Lines that are not entities (not JSON, no id or schema, delta lines) make
        the input invalid: nothing is written, unless --force. The records are
        validated before they are written, and written all or nothing.

        Exit codes:
          0  imported; what was skipped is reported, not an error
          1  the input has lines that are not entities: nothing written; or, with
             --force, written without them
          2  usage error, or a file could not be read or written

        Examples:
          polev import --from ftm entities.ftm.json sanctions.json --publisher OpenSanctions
          polev import --from ftm entities.ftm.json sanctions.jsonl --report skipped.json
          curl -s https://example.org/entities.ftm.json | polev import --from ftm - - --to jsonl
        """;

    /// <summary>The command line of <c>polev import</c>.</summary>
    public static CommandSpec Spec { get; } = new(
        "import",
        "Import from another format: --from ftm (FollowTheMoney entities), --from csv (CSV tables or a one-row-per-prisoner sheet), --from un|eu|ofac (an official sanctions list's XML).",
        [
            new("in", "The file to import, or - for standard input."),
            new("out", "The dataset to write (.json, .jsonl, .ndjson), or - for standard output (then say --to)."),
        ],
        [
            new("--from", "The format to import from (required): ftm here; csv, un, eu and ofac have options of their own (polev import --from csv --help).", ValueName: "ftm|csv|un|eu|ofac", Completions: ["ftm", "csv", "un", "eu", "ofac"]),
            new("--to", "The output format: required when <out> is -; otherwise it overrides the extension of <out>.", ValueName: "json|jsonl", Completions: ["json", "jsonl"]),
            new("--force", "Import the entities that could be read even though some lines are not entities. The exit code is still 1.", OptionKind.Flag),
            new("--report", "Write the full report of what was skipped, as JSON.", ValueName: "file"),
            new("--title", "The title of the dataset written (default: \"Imported from FollowTheMoney: \" and the input's file name).", ValueName: "text"),
            new("--publisher", "Who published the entities (e.g. OpenSanctions): named in the source of every record.", ValueName: "name"),
        ],
        Details,
        RunAsync);

    /// <summary>Runs the command: checks the common arguments and dispatches on <c>--from</c>.</summary>
    /// <param name="line">The parsed arguments.</param>
    /// <param name="console">The streams to use.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(CommandLine line, CliConsole console)
    {
        string format = line.Option("--from")
            ?? throw new UsageException("import needs --from ftm, csv, un, eu or ofac (the format to import from). See polev import --help.");
        if (line.Positional.Count != 2)
        {
            throw new UsageException("import needs an input and an output (either may be -). See polev import --help.");
        }

        return format switch
        {
            "ftm" => FtmImport.RunAsync(line, console),
            _ => throw new UsageException($"Unknown import format '{format}': use --from ftm, csv, un, eu or ofac. See polev import --help."),
        };
    }
}
