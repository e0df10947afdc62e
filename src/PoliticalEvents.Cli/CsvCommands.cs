using System.Globalization;
using System.Text;
using System.Text.Json;
using PoliticalEvents.Csv;
using PoliticalEvents.Csv.Sheets;
using PoliticalEvents.Parquet;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Cli;

/// <summary>
/// The CSV parts of <c>polev export --to csv</c> (a dataset as spreadsheet tables) and <c>polev import --from csv</c>
/// (a one-row-per-prisoner sheet, or tables written by the export, into a dataset).
/// </summary>
internal static class CsvCommands
{
    // The exit codes of both table exports (CSV and Parquet), which share their rules.
    private const string ExportExitCodes = """
        Exit codes:
          0  written
          1  the input has errors, or confidential records without
             --include-confidential: nothing written (or, with --force, written
             without the bad lines)
          2  usage error, or a file or directory could not be read or written
        """;

    /// <summary>What the help of <c>polev export</c> says after its usage, arguments and options.</summary>
    public const string ExportDetails = $$"""
        Writes a dataset (.json document or .jsonl/.ndjson JSON Lines; - for standard
        input) as spreadsheet tables in <dir>: one CSV file per record type (persons.csv,
        organizations.csv, detentions.csv, releases.csv, sanction_measures.csv,
        links.csv), child tables for lists with structure (detention_charges.csv,
        detention_sentences.csv, release_detainees.csv, sanction_history.csv, …),
        sources.csv (the sources of every record), dataset.csv (title, publisher …) and
        manifest.csv (the number of rows of every table). Every table is written, with
        its header, even when empty. docs/csv.md lists the columns.

        The files are RFC 4180 CSV in UTF-8 with a byte-order mark and CRLF line ends,
        which Excel, LibreOffice and Google Sheets open as UTF-8. Text that a
        spreadsheet would run as a formula (beginning with = + - @ or their full-width
        forms, also after spaces or invisible characters, or with a tab or a carriage
        return) gets an apostrophe in front; import takes it off again.

        Nothing is lost: polev import --from csv <dir> gives the dataset back. The one
        exception, a sanction programme with neither code nor name, is reported.
        Input with confidential records is refused (a spreadsheet is the easiest file
        to share by mistake): remove them with polev redact first, or say
        --include-confidential. Restricted records are exported, marked in their
        confidentiality column; polev says how many there are.

        Input with errors is refused and nothing is written. The tables are written
        into a temporary directory next to <dir>, which becomes <dir> only when
        complete. <dir> must not exist or be empty, unless --replace.

        {{ExportExitCodes}}

        Examples:
          polev export --to csv examples/belarus-2025.json --out belarus-csv
          polev export --to csv list.jsonl --out list-csv --replace
        """;

    /// <summary>The command line of <c>polev export</c>.</summary>
    public static CommandSpec ExportSpec { get; } = new(
        "export",
        "Export a dataset as CSV tables (--to csv) into a directory (--out).",
        [
            new("in", "The dataset to export (.json, .jsonl, .ndjson), or - for standard input."),
        ],
        [
            new("--to", "The format to export to: csv here (polev export --help for the others).", ValueName: "csv", Completions: ["csv", "parquet", "ftm"]),
            new("--out", "The directory to create (required).", ValueName: "dir"),
            new("--from", "The input format, overriding the extension of <in>.", ValueName: "json|jsonl", Completions: ["json", "jsonl"]),
            new("--replace", "Replace <dir> when it holds a previous export (only the files an export writes); a directory with any other file is never replaced.", OptionKind.Flag),
            new("--force", "Write the records that could be read even though some JSON Lines are invalid; the exit code is still 1.", OptionKind.Flag),
            new("--include-confidential", "Export confidential records too (marked in their confidentiality column). Never share such tables.", OptionKind.Flag),
        ],
        ExportDetails,
        ExportAsync);

    /// <summary>What the help of <c>polev export --to parquet</c> says after its usage, arguments and options.</summary>
    public const string ParquetExportDetails = $$"""
        Writes a dataset (.json document or .jsonl/.ndjson JSON Lines; - for standard
        input) as Apache Parquet files in <dir>, for DuckDB, Spark, pandas and other
        engines: the tables of polev export --to csv (persons.parquet,
        detentions.parquet, detention_sentences.parquet, sources.parquet, …,
        manifest.parquet), with typed columns. A partial date is its text plus
        <column>.earliest and <column>.latest, the first and last day it may denote (null
        for an open end); positions and counts are integers; flags booleans; modifiedAt
        a UTC timestamp; the rest text, as in the CSV tables. docs/parquet.md lists the
        columns and shows queries for DuckDB and Spark.

        Rows are written in row groups of up to 50,000 per table (fewer when their texts
        are long), in memory that does not grow with the input. The rules are those of the CSV export: input with errors or
        confidential records is refused (unless --force, --include-confidential), the
        files are written into a temporary directory next to <dir>, which becomes <dir>
        only when complete, and <dir> must not exist or be empty, unless --replace.

        {{ExportExitCodes}}

        Examples:
          polev export --to parquet examples/belarus-2025.json --out belarus-parquet
          polev export --to parquet prisoners.jsonl --out prisoners-parquet --replace
          duckdb -c "SELECT country, count(*) FROM 'belarus-parquet/detentions.parquet' GROUP BY country"
        """;

    /// <summary>The command line of <c>polev export --to parquet</c>: the options of the CSV export.</summary>
    public static CommandSpec ParquetExportSpec { get; } = ExportSpec with
    {
        Summary = "Export a dataset as Parquet files (--to parquet) into a directory (--out).",
        Options = [new("--to", "The format to export to: parquet here (polev export --help for the others).", ValueName: "parquet", Completions: ["parquet", "csv", "ftm"]), .. ExportSpec.Options.Skip(1)],
        Details = ParquetExportDetails,
    };

    /// <summary>What the help of <c>polev import</c> says after its usage, arguments and options.</summary>
    public const string ImportDetails = """
        Imports a one-row-per-prisoner sheet, saved as CSV (UTF-8, comma-separated), into
        a dataset of persons, detentions and releases: a document (.json) or JSON Lines
        (.jsonl, .ndjson) by the extension of <out>, or - with --to for standard output.
        Given a directory instead, reads back the tables polev export --to csv wrote:
        every table must be there with all its columns, every row whole, and as many
        rows as manifest.csv says (update it when you add or delete rows on purpose);
        a record's confidentiality is never assumed.

        The first row is the header. Columns are known by their header, in English,
        Russian or Belarusian (Name, Date of birth, Date of detention, Charges,
        Sentence, Date of verdict, Prison, Status, Release date, Source, … see
        docs/csv.md), or mapped with --column to a role: name, gender, birthDate,
        deathDate, nationality, detentionDate, country, charges, sentence, penalty,
        verdictDate, prison, status, releaseDate, releaseKind, source, notes, ignore.
        A column that is neither known nor mapped is an error.

        Each row is one person; with a date of detention, a detention; with a release
        date, a release and the detention's end. Dates: YYYY, YYYY-MM, YYYY-MM-DD,
        DD.MM.YYYY, MM.YYYY, "7 September 2020". Charges: "Art. 342 Part 1 Criminal
        Code", "ч. 2 ст. 293 УК", several separated by ';'. Sentences: "5 years",
        "3 years 6 months restricted freedom", "life" (a sentence needs the date of its
        verdict). Ids are <prefix>-row<N>-person, -detention, -release; never names.

        All or nothing: every problem is listed by row and column (never with the
        cell's content) and nothing is written when there is one. The result is
        validated as polev validate does.

        Exit codes:
          0  imported and written
          1  the sheet (or tables) has errors: nothing written
          2  usage error, or a file could not be read or written

        Examples:
          polev import --from csv prisoners.csv prisoners.json --country BY
              --law "Criminal Code of the Republic of Belarus" --status ongoing
          polev import --from csv list.csv list.jsonl --column "Place=ignore"
              --column "Sentence=releaseDate"
          polev import --from csv belarus-csv belarus.json
        """;

    /// <summary>The command line of <c>polev import</c>.</summary>
    public static CommandSpec ImportSpec { get; } = new(
        "import",
        "Import a one-row-per-prisoner sheet, or the tables of polev export --to csv, into a dataset (--from csv).",
        [
            new("in", "A sheet saved as CSV (UTF-8), or the directory of tables polev export --to csv wrote."),
            new("out", "The dataset to write (.json, .jsonl, .ndjson), or - for standard output (then say --to)."),
        ],
        [
            new("--from", "The format to import from: csv here (polev import --help for the others).", ValueName: "csv", Completions: ["csv", "ftm", "un", "eu", "ofac"]),
            new("--column", "Map a column (repeatable); \"=ignore\" leaves it out.", OptionKind.Repeatable, ValueName: "header>=<role"),
            new("--mapping", "{\"columns\": {\"<header>\": \"<role>\", …}} and any of country, law, status, idPrefix, title, designatedBy, sources; options on the command line win.", ValueName: "file.json"),
            new("--country", "Where the people are held (ISO 3166-1 alpha-2), for rows without a country column.", ValueName: "CC"),
            new("--law", "The law of charges that name none (\"Criminal Code of the Republic of Belarus\").", ValueName: "text"),
            new("--status", "The status of a detention with neither status nor release date (default unknown).", ValueName: "status"),
            new("--source", "A source (URL or title) for every record (repeatable).", OptionKind.Repeatable, ValueName: "text"),
            new("--designated-by", "Mark every detention as a political prisoner's, designated by <name> (who keeps the list).", ValueName: "name"),
            new("--id-prefix", "The start of every id (default sheet).", ValueName: "prefix"),
            new("--title", "The dataset's title (default \"Imported prisoner list\").", ValueName: "text"),
            new("--to", "The output format: required when <out> is -.", ValueName: "json|jsonl", Completions: ["json", "jsonl"]),
        ],
        ImportDetails,
        ImportAsync);

    private static readonly string[] SheetOptionNames = ["--column", "--mapping", "--country", "--law", "--status", "--source", "--designated-by", "--id-prefix", "--title"];

    /// <summary>Runs <c>polev export --to csv</c>.</summary>
    public static async Task<int> ExportAsync(CommandLine line, CliConsole console)
    {
        if (line.Positional.Count != 1)
        {
            throw new UsageException("export needs one input (a dataset file, or - for standard input). See polev export --help.");
        }

        string inPath = line.Positional[0];
        bool parquet = line.Option("--to") == "parquet";
        string to = parquet ? "parquet" : "csv";
        string outPath = line.Option("--out") ?? throw new UsageException($"export --to {to} needs --out <dir>, the directory to write the tables to. See polev export --to {to} --help.");
        ExportTarget target = ExportTarget.Check(console, outPath, line.Flag("--replace"));
        DataFormat? declaredIn = DataFiles.ParseFormatName(line.Option("--from"));
        bool force = line.Flag("--force");
        bool includeConfidential = line.Flag("--include-confidential");

        (Stream stream, DataFormat inFormat) = await DataFiles.OpenInputAsync(console, inPath, declaredIn).ConfigureAwait(false);
        var data = new LoadedData();
        LoadedData counted = data;
        stream = ProgressStream.Wrap(console, stream, inPath, () => counted.RecordCount);
        CsvExportReport report;
        using ExportTarget.InProgress temporary = target.Begin();
        try
        {
            await using (stream.ConfigureAwait(false))
            {
                IAsyncEnumerable<Record> records = inFormat == DataFormat.Lines ? LoadedData.ReadLinesAsync(stream, data) : LoadedData.ReadDocumentAsync(stream, data);
                report = parquet
                    ? await ParquetExporter.ExportAsync(records, () => data.Metadata, file => CreateTable(temporary.Directory, file, outPath)).ConfigureAwait(false)
                    : await CsvExporter.ExportAsync(records, () => data.Metadata, table => CreateTable(temporary.Directory, table, outPath)).ConfigureAwait(false);
            }

            int errors = data.Errors.Count(static e => e.Severity == Severity.Error);
            foreach (Finding error in data.Errors)
            {
                await console.Error.WriteLineAsync(Findings.FormatLine(inPath, error)).ConfigureAwait(false);
            }

            if (errors > 0 && (!force || data.RecordCount == 0))
            {
                string why = !force ? "use --force to export the records that could be read" : "nothing could be read, so --force cannot help";
                await console.Error.WriteLineAsync($"polev: {Shown.Path(inPath)}: not exported: the input has {errors} error(s); {why}.").ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }

            long confidentialRecords = report.ByConfidentiality.Single(static c => c.Key == Confidentiality.Confidential).Value;
            if (confidentialRecords > 0 && !includeConfidential)
            {
                // The tables are a faithful copy, so they are not a way around redaction: confidential records leave only when asked for.
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"polev: {Shown.Path(inPath)}: not exported: {confidentialRecords} confidential record(s). Remove them with polev redact first, or say --include-confidential to put them in the tables.")).ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }

            temporary.Commit();
            foreach (Finding loss in report.Findings)
            {
                await console.Error.WriteLineAsync($"polev: {Shown.Path(outPath)}: warning: not carried by the tables: {(loss.RecordId is { } id ? id + " " : "")}{loss.Path}: {loss.Message}").ConfigureAwait(false);
            }

            long withheld = report.ByConfidentiality.Where(static c => c.Key != Confidentiality.Public).Sum(static c => c.Value);
            string tables = string.Create(CultureInfo.InvariantCulture, $"{report.Records} record(s) written to {CsvTables.All.Count} table(s)");
            await console.Error.WriteLineAsync(errors > 0
                ? $"polev: {Shown.Path(outPath)}: {tables}; {errors} bad line(s) left out (--force)."
                : $"polev: {Shown.Path(outPath)}: {tables}.").ConfigureAwait(false);
            if (withheld > 0)
            {
                long restricted = report.ByConfidentiality.Single(static c => c.Key == Confidentiality.Restricted).Value;
                long confidential = report.ByConfidentiality.Single(static c => c.Key == Confidentiality.Confidential).Value;
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"polev: {Shown.Path(outPath)}: note: {restricted} restricted and {confidential} confidential record(s) are in the tables (see their confidentiality column); mind whom you share them with.")).ConfigureAwait(false);
            }

            return errors > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw FileErrors.CannotBe(outPath, "written", ex);
        }
    }

    /// <summary>Runs <c>polev import --from csv</c>.</summary>
    public static async Task<int> ImportAsync(CommandLine line, CliConsole console)
    {
        if (line.Positional.Count != 2)
        {
            throw new UsageException("import needs an input (a .csv sheet, a directory of tables, or -) and an output. See polev import --help.");
        }

        (string inPath, string outPath) = (line.Positional[0], line.Positional[1]);
        DataFormat outFormat = DataFiles.OutputFormat(DataFiles.ParseFormatName(line.Option("--to")), outPath, "import");
        OutputTarget output = OutputTarget.Plan(console, outPath);
        OutputTarget.CheckDistinct(console, line.Option("--mapping") is { } mapping ? [inPath, mapping] : [inPath], (output, null));

        if (inPath != "-" && Directory.Exists(console.Resolve(inPath)))
        {
            if (SheetOptionNames.FirstOrDefault(o => line.Values(o).Count > 0) is { } sheetOption)
            {
                throw new UsageException($"{sheetOption} is for a sheet; {Shown.Path(inPath)} is a directory of tables, which say everything themselves.");
            }

            return await ImportTablesAsync(console, inPath, output, outFormat).ConfigureAwait(false);
        }

        PrisonerSheetOptions options = SheetOptions(line, console);
        PrisonerSheetResult? result = null;
        var counts = new int[3];
        Stream input = inPath == "-" ? FileErrors.GuardInput(console.In(), "standard input") : DataFiles.OpenFile(console, inPath);
        await using (input.ConfigureAwait(false))
        {
            // The records stream into a scratch file (next to <out>, or owner-only for standard output), which replaces
            // <out> only when the whole sheet has proved valid: memory does not grow with the sheet, and nothing is
            // half-imported.
            using var reader = new PrisonerSheetReader(input, options);
            await DataFiles.WriteIfKeptAsync(console, output, async stream =>
            {
                IAsyncEnumerable<Record> records = Counted(reader.ReadRecords(), counts).ToAsyncEnumerable();
                if (outFormat == DataFormat.Document)
                {
                    await PoliticalEventsJson.WriteDatasetAsync(stream, reader.Metadata, records).ConfigureAwait(false);
                }
                else
                {
                    await JsonLines.WriteAsync(stream, reader.Metadata, records).ConfigureAwait(false);
                }

                result = reader.Complete();
                return result.Succeeded;
            }).ConfigureAwait(false);
        }

        foreach (string message in Summarize(result!.Findings))
        {
            await console.Error.WriteLineAsync($"polev: {Shown.Path(inPath)}: {Shown.OneLine(message)}").ConfigureAwait(false);
        }

        if (!result.Succeeded)
        {
            int errors = result.Findings.Count(static f => f.Severity == Severity.Error);
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"polev: {Shown.Path(inPath)}: not imported: {errors} error(s), {result.RejectedRows.Count} of {result.Rows} row(s) with errors; nothing written.")).ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }

        await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"polev: {output.Name}: {result.Rows} row(s) imported: {counts[0]} person(s), {counts[1]} detention(s), {counts[2]} release(s).")).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    // The records as they pass, counted by type (persons, detentions, releases).
    private static IEnumerable<Record> Counted(IEnumerable<Record> records, int[] counts)
    {
        foreach (Record record in records)
        {
            counts[record switch { Person => 0, Detention => 1, _ => 2 }]++;
            yield return record;
        }
    }

    private static async Task<int> ImportTablesAsync(CliConsole console, string inPath, OutputTarget output, DataFormat outFormat)
    {
        CsvImportResult result = CsvImporter.ImportDirectory(console.Resolve(inPath));
        foreach (Finding finding in result.Findings)
        {
            await console.Error.WriteLineAsync($"polev: {Shown.Path(inPath)}: {Shown.OneLine(Describe(finding))}").ConfigureAwait(false);
        }

        if (!result.Succeeded)
        {
            await console.Error.WriteLineAsync($"polev: {Shown.Path(inPath)}: not imported: the tables have {result.Findings.Count(static f => f.Severity == Severity.Error)} error(s); nothing written.").ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }

        // The records are checked as polev validate checks them: an export of valid data comes back valid.
        using var validator = new StreamingValidator();
        if (result.Dataset is { } metadata)
        {
            validator.AddHeader(metadata);
        }

        foreach (Record record in result.Records)
        {
            validator.AddRecord(record);
        }

        IReadOnlyList<Finding> findings = validator.Complete().Findings;
        foreach (Finding finding in findings)
        {
            await console.Error.WriteLineAsync(Findings.FormatLine(inPath, finding)).ConfigureAwait(false);
        }

        int errors = findings.Count(static f => f.Severity == Severity.Error);
        string? refusal = errors > 0 ? $"the records have {errors} error(s)"
            : outFormat == DataFormat.Document && result.Dataset is null ? $"a dataset document needs a title and format version, and {CsvTables.Dataset} has no row. Add one, or import to JSON Lines"
            : null;
        if (refusal is not null)
        {
            await console.Error.WriteLineAsync($"polev: {Shown.Path(inPath)}: not imported: {refusal}; nothing written.").ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }

        await DataFiles.WriteAtomicallyAsync(console, output, async stream =>
        {
            if (outFormat == DataFormat.Document)
            {
                await PoliticalEventsJson.WriteDatasetAsync(stream, result.Dataset!).ConfigureAwait(false);
            }
            else
            {
                await JsonLines.WriteAsync(stream, result.Dataset, result.Records.ToAsyncEnumerable()).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"polev: {output.Name}: {result.Records.Count} record(s) imported.")).ConfigureAwait(false);
        return ExitCodes.Ok;
    }


    private static Stream CreateTable(string directory, string table, string outPath)
        => FileErrors.GuardOutput(new FileStream(Path.Combine(directory, table), FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024), outPath);

    // The options of a sheet import: the mapping file first, the command line over it.
    private static PrisonerSheetOptions SheetOptions(CommandLine line, CliConsole console)
    {
        var options = new PrisonerSheetOptions();
        var columns = new Dictionary<string, SheetColumn>(StringComparer.Ordinal);
        if (line.Option("--mapping") is { } mappingPath)
        {
            options = ReadMapping(console, mappingPath, options, columns);
        }

        foreach (string pair in line.Values("--column"))
        {
            int eq = pair.LastIndexOf('=');
            if (eq <= 0)
            {
                throw new UsageException($"--column needs \"<header>=<role>\"; the roles are {RoleNames}.");
            }

            columns[pair[..eq]] = Role(pair[(eq + 1)..]);
        }

        options = options with { Columns = columns };
        if (line.Option("--country") is { } country)
        {
            options = options with { Country = Country(country) };
        }

        if (line.Option("--law") is { } law)
        {
            options = options with { Law = law };
        }

        if (line.Option("--status") is { } status)
        {
            options = options with { DefaultStatus = Status(status) };
        }

        if (line.Values("--source") is { Count: > 0 } sources)
        {
            options = options with { Sources = [.. sources.Select(SourceOf)] };
        }

        if (OptionText.Name("--designated-by", line.Option("--designated-by")) is { } designatedBy)
        {
            options = options with { Designation = DesignationBy(designatedBy) };
        }

        if (line.Option("--id-prefix") is { } prefix)
        {
            options = options with { IdPrefix = IdPrefix(prefix) };
        }

        if (line.Option("--title") is { } title)
        {
            options = options with { Title = title };
        }

        return options;
    }

    private static PrisonerSheetOptions ReadMapping(CliConsole console, string path, PrisonerSheetOptions options, Dictionary<string, SheetColumn> columns)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(console.Resolve(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{Shown.Path(path)}: the mapping file cannot be read: {FileErrors.Reason(ex)}.");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException($"{Shown.Path(path)}: a mapping file is a JSON object.");
            }

            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                JsonElement value = property.Value;
                options = property.Name switch
                {
                    "columns" => Columns(path, value, columns, options),
                    "country" => options with { Country = Country(Text(path, property)) },
                    "law" => options with { Law = Text(path, property) },
                    "status" => options with { DefaultStatus = Status(Text(path, property)) },
                    "idPrefix" => options with { IdPrefix = IdPrefix(Text(path, property)) },
                    "title" => options with { Title = Text(path, property) },
                    "designatedBy" => options with { Designation = DesignationBy(OptionText.Name("designatedBy", Text(path, property))!) },
                    "sources" when value.ValueKind == JsonValueKind.Array
                        => options with { Sources = [.. value.EnumerateArray().Select(s => s.ValueKind == JsonValueKind.String ? SourceOf(s.GetString()!) : throw new UsageException($"{Shown.Path(path)}: \"sources\" is an array of strings."))] },
                    _ => throw new UsageException($"{Shown.Path(path)}: unknown mapping property \"{Shown.OneLine(property.Name)}\"; known: columns, country, law, status, idPrefix, title, designatedBy, sources."),
                };
            }

            return options;
        }
        catch (JsonException ex)
        {
            string at = ex.LineNumber is long l ? string.Create(CultureInfo.InvariantCulture, $" (line {l + 1})") : string.Empty;
            throw new UsageException($"{Shown.Path(path)}: the mapping file is not well-formed JSON{at}.");
        }
    }

    private static PrisonerSheetOptions Columns(string path, JsonElement value, Dictionary<string, SheetColumn> columns, PrisonerSheetOptions options)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new UsageException($"{Shown.Path(path)}: \"columns\" is an object of \"<header>\": \"<role>\".");
        }

        foreach (JsonProperty column in value.EnumerateObject())
        {
            columns[column.Name] = Role(Text(path, column));
        }

        return options;
    }

    private static string Text(string path, JsonProperty property)
        => property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : throw new UsageException($"{Shown.Path(path)}: \"{Shown.OneLine(property.Name)}\" is a string.");

    private static string RoleNames => string.Join(", ", Enum.GetValues<SheetColumn>().Select(PrisonerSheetImporter.WireName));

    private static SheetColumn Role(string name)
        => PrisonerSheetImporter.FindColumn(name) ?? throw new UsageException($"Unknown column role '{name}'; the roles are {RoleNames}.");

    private static CountryCode Country(string code)
        => CountryCode.TryParse(code.Trim().ToUpperInvariant(), out CountryCode country) ? country : throw new UsageException($"--country needs an ISO 3166-1 alpha-2 code such as BY; '{code}' is not one.");

    private static DetentionStatus Status(string status) => status switch
    {
        "ongoing" => DetentionStatus.Ongoing,
        "ended" => DetentionStatus.Ended,
        "unknown" => DetentionStatus.Unknown,
        _ => throw new UsageException("--status must be one of ongoing, ended, unknown."),
    };

    private static Source SourceOf(string text)
        => PoliticalEvents.WebUrl.TryParse(text, out PoliticalEvents.WebUrl url) ? new Source { Url = url } : new Source { Title = text };

    private static Designation DesignationBy(string by) => new() { By = by, Status = DesignationStatus.PoliticalPrisoner };

    private static string IdPrefix(string prefix)
        => prefix.Length <= 100 && RecordId.IsValid(prefix) ? prefix
            : throw new UsageException("--id-prefix must be 1-100 letters, digits, '.' and '-', starting and ending with a letter or digit.");

    /// <summary>
    /// The findings as lines: every error on its own; warnings that are the same but for the row (a sheet without
    /// sources warns on every record) once, with the rows they concern.
    /// </summary>
    internal static IEnumerable<string> Summarize(IReadOnlyList<Finding> findings)
    {
        foreach (Finding error in findings.Where(static f => f.Severity == Severity.Error))
        {
            yield return Describe(error);
        }

        foreach (var group in findings.Where(static f => f.Severity != Severity.Error).GroupBy(static f => (f.Severity, f.Code, f.ColumnName, f.Message)))
        {
            int[] rows = [.. group.Where(static f => f.Row is not null).Select(static f => f.Row!.Value).Distinct().Order()];
            if (rows.Length <= 1)
            {
                yield return Describe(group.First());
                continue;
            }

            var text = new StringBuilder(Findings.SeverityName(group.Key.Severity)).Append(": rows ").Append(Ranges(rows))
                .Append(string.Create(CultureInfo.InvariantCulture, $" ({rows.Length} rows)"));
            if (group.Key.ColumnName is { } column)
            {
                text.Append(", column \"").Append(column).Append('"');
            }

            yield return text.Append(": ").Append(group.Key.Message).ToString();
        }
    }

    /// <summary>
    /// A finding of a sheet or of the tables as polev prints it: where it is (<c>persons.csv, row 12, column "birthDate"</c>)
    /// and the message, with <c>warning: </c> or <c>info: </c> before a finding that is not an error; never the cell's content.
    /// </summary>
    internal static string Describe(Finding finding)
    {
        var location = new List<string>(3);
        if (finding.Table is not null)
        {
            location.Add(finding.Table);
        }

        if (finding.Row is int row)
        {
            location.Add(string.Create(CultureInfo.InvariantCulture, $"row {row}"));
        }

        if (finding.ColumnName is not null)
        {
            location.Add($"column \"{finding.ColumnName}\"");
        }

        string prefix = finding.Severity == Severity.Error ? string.Empty : Findings.SeverityName(finding.Severity) + ": ";
        return prefix + (location.Count == 0 ? finding.Message : $"{string.Join(", ", location)}: {finding.Message}");
    }

    // "2-5, 7, 9-10".
    private static string Ranges(int[] rows)
    {
        var parts = new List<string>();
        for (int i = 0; i < rows.Length;)
        {
            int j = i;
            while (j + 1 < rows.Length && rows[j + 1] == rows[j] + 1)
            {
                j++;
            }

            parts.Add(j == i ? rows[i].ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{rows[i]}-{rows[j]}"));
            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    /// <summary>
    /// Where an export goes: checked before any work, written into a directory next to it (a temporary file of
    /// <see cref="TempFiles"/>), moved into place when complete.
    /// </summary>
    private sealed class ExportTarget
    {
        private readonly string _full;
        private readonly string _display;
        private readonly bool _exists;

        private ExportTarget(string full, string display, bool exists)
        {
            (_full, _display, _exists) = (full, display, exists);
        }

        public static ExportTarget Check(CliConsole console, string path, bool replace)
        {
            string full = Path.TrimEndingDirectorySeparator(console.Resolve(path));
            string shown = Shown.Path(path);
            if (File.Exists(full))
            {
                throw new UsageException($"{shown}: is a file; export --to csv and --to parquet write a directory of tables.");
            }

            if (!Directory.Exists(Path.GetDirectoryName(full)))
            {
                throw new UsageException($"{shown}: the directory it would be created in does not exist.");
            }

            if (!Directory.Exists(full))
            {
                return new ExportTarget(full, path, exists: false);
            }

            string[] entries = Directory.GetFileSystemEntries(full);
            if (entries.Length > 0 && !replace)
            {
                throw new UsageException($"{shown}: is not empty; use --replace to replace a previous export, or choose another directory.");
            }

            if (entries.FirstOrDefault(e => !File.Exists(e) || !(CsvTables.All.Contains(Path.GetFileName(e)) || ParquetExporter.Files.Contains(Path.GetFileName(e)))) is { } other)
            {
                throw new UsageException($"{shown}: holds {Shown.Path(Path.GetFileName(other))}, which an export does not write; it is not replaced.");
            }

            return new ExportTarget(full, path, exists: true);
        }

        /// <summary>Creates the directory the tables are written to, with a lock file that marks it as in use.</summary>
        public InProgress Begin()
        {
            TempFiles.ClearStale(Path.GetDirectoryName(_full)!);
            string temporary = TempFiles.SiblingName(_full);
            try
            {
                TempFiles.CreateDirectory(temporary, path =>
                {
                    if (OperatingSystem.IsWindows())
                    {
                        Directory.CreateDirectory(path);
                    }
                    else
                    {
                        // Replacing an export keeps its permissions: a directory someone made private stays private.
                        Directory.CreateDirectory(path, _exists ? File.GetUnixFileMode(_full) : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
                    }
                });
                var lockFile = new FileStream(Path.Combine(temporary, TempFiles.DirectoryLockName), FileMode.CreateNew, FileAccess.Write, FileShare.None);
                return new InProgress(this, temporary, lockFile);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                TempFiles.Delete(temporary);
                throw FileErrors.CannotBe(_display, "written", ex);
            }
        }

        /// <summary>A directory of tables being written; deleted when disposed unless committed.</summary>
        public sealed class InProgress(ExportTarget target, string directory, FileStream lockFile) : IDisposable
        {
            /// <summary>The directory to write the tables to.</summary>
            public string Directory => directory;

            /// <summary>Puts the complete tables in place: the old directory (empty or a previous export) is set aside, then deleted.</summary>
            public void Commit()
            {
                lockFile.Dispose();
                File.Delete(Path.Combine(directory, TempFiles.DirectoryLockName));
                string? aside = target._exists ? TempFiles.SiblingName(target._full, "old") : null;
                TempFiles.CommitDirectory(directory, target._full, aside);
                if (aside is not null)
                {
                    TempFiles.Delete(aside);
                }
            }

            public void Dispose()
            {
                lockFile.Dispose();
                TempFiles.Delete(directory);
            }
        }
    }
}
