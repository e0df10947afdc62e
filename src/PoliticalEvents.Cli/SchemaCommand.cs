using PoliticalEvents.Schemas;

namespace PoliticalEvents.Cli;

/// <summary><c>polev schema</c>: the JSON Schemas of the format, for apps in other languages.</summary>
internal static class SchemaCommand
{
    /// <summary>What the help of <c>polev schema</c> says after its usage, arguments and options.</summary>
    public const string Details = """
        Prints or writes the JSON Schemas (draft 2020-12) of the PoliticalEvents format 1.1
        (which a 1.0 dataset also satisfies), the same files as schemas/v1 in the repository and in the package. Validate data in any
        language against them; docs/validation.md lists the few rules only polev checks
        (calendar dates, references between records, date order).

        Schemas: dataset (a dataset document), record (any record, by "type"), person,
        organization, detention, release, sanctionMeasure, link, and in format 1.1
        facility, incident, massDetention and proceeding.

        Exit codes: 0 written, 2 usage or I/O error.

        Examples:
          polev schema dataset > dataset.schema.json
          polev schema --out schemas
          npx ajv-cli validate --spec=draft2020 -c ajv-formats -s schemas/dataset.schema.json -d my-dataset.json
        """;

    /// <summary>The command line of <c>polev schema</c>.</summary>
    public static CommandSpec Spec { get; } = new(
        "schema",
        "Print or write (--out <dir>) the JSON Schemas of the format.",
        [
            new("name", "Print this one schema to standard output.", Required: false),
        ],
        [
            new("--out", "Write every schema into <dir> as <name>.schema.json (the directory is created if missing; existing files are replaced).", ValueName: "dir"),
        ],
        Details,
        RunAsync);

    public static async Task<int> RunAsync(CommandLine line, CliConsole console)
    {
        string? outDir = line.Option("--out");
        if (line.Positional.Count > 1 || (line.Positional.Count == 1) == (outDir is not null))
        {
            throw new UsageException("schema takes either one schema name or --out <dir>. See polev schema --help.");
        }

        if (outDir is null)
        {
            string name = line.Positional[0];
            if (!PoliticalEventsSchemas.Names.Contains(name, StringComparer.Ordinal))
            {
                throw new UsageException($"No schema named '{name}'. Schemas: {string.Join(", ", PoliticalEventsSchemas.Names)}.");
            }

            console.WriteOut(PoliticalEventsSchemas.GetSchemaText(name));
            return ExitCodes.Ok;
        }

        string directory = console.Resolve(outDir);
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{Shown.Path(outDir)}: cannot create the directory: {FileErrors.Reason(ex)}.");
        }

        foreach (string name in PoliticalEventsSchemas.Names)
        {
            OutputTarget file = OutputTarget.Plan(console, Path.Combine(outDir, name + ".schema.json"));
            await DataFiles.WriteAtomicallyAsync(console, file, async output =>
            {
                await using Stream schema = PoliticalEventsSchemas.OpenSchema(name);
                await schema.CopyToAsync(output).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }

        await console.Error.WriteLineAsync($"{Shown.Path(outDir)}: {PoliticalEventsSchemas.Names.Count} schemas written.").ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
