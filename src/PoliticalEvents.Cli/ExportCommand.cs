namespace PoliticalEvents.Cli;

/// <summary><c>polev export --to &lt;format&gt;</c>: a dataset to another format, with a report of what that format cannot carry.</summary>
internal static class ExportCommand
{
    /// <summary>What the help of <c>polev export</c> says after its usage, arguments and options.</summary>
    public const string Details = """
        Exports a dataset (.json, .jsonl, .ndjson; - for standard input) to another
        format, chosen with --to:

          ftm  FollowTheMoney entities as JSON Lines, for OpenSanctions, yente and
               Aleph: people, organizations (Organization, PublicBody or Company),
               their affiliations (Membership, Employment or Directorship), and one
               Sanction per targeted person or organization of each sanction measure.
          csv  One RFC 4180 CSV table per record type, with child tables, into a
               directory (--out <dir>); see: polev export --to csv --help
          parquet
               The same tables as Apache Parquet files with typed columns, for DuckDB
               and Spark (--out <dir>); see: polev export --to parquet --help

        What the other format cannot carry (detentions, releases, links, date
        qualifiers ~ ? %, the history of a sanction, the details of sources, ...) is
        left out and reported: counts by code on stderr, every item (record id, JSON
        Pointer, code) in the JSON file given to --report. The mapping, field by
        field, and every code are in docs/followthemoney.md. Nothing is left out
        silently, and no report names or quotes the data itself.

        Confidential records are never exported unless --include-confidential.
        Restricted records are left out unless --restricted says otherwise.
        Anonymous persons are never exported: FtM requires a name.

        The input is validated first and refused if it has errors, as convert does
        (unless --force). The output is written all or nothing.

        Exit codes:
          0  exported; what the format cannot carry is reported, not an error
          1  the input has errors: nothing written; or, with --force, written
             without the records that could not be read
          2  usage error, or a file could not be read or written

        Examples:
          polev export --to ftm examples/belarus-2025.json belarus.ftm.json
          polev export --to ftm examples/belarus-2025.json belarus.ftm.json --report losses.json
          polev export --to ftm partners.jsonl - --restricted full > shared.ftm.json
        """;

    /// <summary>The command line of <c>polev export</c>.</summary>
    public static CommandSpec Spec { get; } = new(
        "export",
        "Export to another format: --to ftm (FollowTheMoney entities), --to csv or --to parquet (tables, <in> --out <dir>).",
        [
            new("in", "The dataset to export (.json, .jsonl, .ndjson), or - for standard input."),
            new("out", "The file to write, or - for standard output."),
        ],
        [
            new("--to", "The format to export to (required): ftm here; csv and parquet have options of their own (polev export --to csv --help).", ValueName: "ftm|csv|parquet", Completions: ["ftm", "csv", "parquet"]),
            new("--from", "The input format, overriding the extension of <in>.", ValueName: "json|jsonl", Completions: ["json", "jsonl"]),
            new("--force", "Export the records that could be read even though the input has errors (bad JSON Lines are left out). The exit code is still 1, so a script notices.", OptionKind.Flag),
            new("--report", "Write the full report of what was not carried, as JSON.", ValueName: "file"),
            new("--restricted", "Restricted records: leave them out (skip, the default), export them without birth dates and notes (reduced), or as they are (full), for a partner who may see them.", ValueName: "skip|reduced|full", Completions: ["skip", "reduced", "full"]),
            new("--include-confidential", "Export confidential records too. They must never leave the organisation that holds them: use with care.", OptionKind.Flag),
        ],
        Details,
        RunAsync);

    /// <summary>Runs the command: checks the common arguments and dispatches on <c>--to</c>.</summary>
    /// <param name="line">The parsed arguments.</param>
    /// <param name="console">The streams to use.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(CommandLine line, CliConsole console)
    {
        string format = line.Option("--to")
            ?? throw new UsageException("export needs --to ftm, --to csv or --to parquet (the format to export to). See polev export --help.");
        if (line.Positional.Count != 2)
        {
            throw new UsageException("export needs an input and an output (either may be -). See polev export --help.");
        }

        return format switch
        {
            "ftm" => FtmExport.RunAsync(line, console),
            _ => throw new UsageException($"Unknown export format '{format}': use --to ftm, --to csv or --to parquet. See polev export --help."),
        };
    }
}
