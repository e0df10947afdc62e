using System.Globalization;
using PoliticalEvents.SanctionsLists;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Cli;

/// <summary>
/// <c>polev import --from un|eu|ofac</c>: an official sanctions list (XML) into a dataset, with <c>--previous</c> to
/// date delistings against the last import; the mapping is <see cref="SanctionsListImporter"/>'s.
/// </summary>
internal static class ListsImport
{
    /// <summary>What the help of <c>polev import</c> says after its usage, arguments and options.</summary>
    public const string Details = """
        Imports an official sanctions list, as its publisher's XML, into a dataset
        (.json, .jsonl, .ndjson; - for standard output with --to):

          un    The UN Security Council Consolidated List (CONSOLIDATED_LIST).
          eu    The EU Financial Sanctions Files, version 1.1 (export).
          ofac  The OFAC SDN list, SDN.XML (sdnList).

        The dataset has one organization for the imposer (the Security Council, the
        Council of the EU, OFAC), a person or organization per listed entry (names,
        aliases, gender, birth dates, birth places, nationalities, documents,
        addresses), and one measure per regime or programme (an asset freeze for
        eu and ofac) with one target per listing: its listing id (UN reference,
        EU reference, OFAC uid)
        and listing date; a listing the list does not date is "../<list date>"
        (listed on or before the day of the list).

        --previous <dataset> compares with the dataset an earlier import of the same
        list wrote: a listing it had that the list no longer has is kept, delisted
        between the two lists' days ("2025-11-30/2026-02-27"); a new listing the
        list does not date is dated by the same interval. Import each new list
        with the previous import, and the dataset keeps the history.

        What the format cannot carry (vessels, positions, titles, alternative birth
        dates, unmapped country names, document flags, ...) is reported, never
        dropped silently: counts by code on stderr, every item (record id, element,
        line) in the JSON file given to --report. Nothing from the list ever
        appears in a message. The mapping and every code are in
        docs/sanctions-lists.md.

        The input is read as XML without a DTD: a file with a DOCTYPE, or that is
        not well-formed, or that is another list, is refused. The records are
        validated before they are written, and written all or nothing.

        Exit codes:
          0  imported; what was not carried is reported, not an error
          1  the list (or the previous dataset) was refused: nothing written
          2  usage error, or a file could not be read or written

        Examples:
          polev import --from un consolidated.xml un-2026-02-27.json
          polev import --from un consolidated.xml un-2026-03-06.json --previous un-2026-02-27.json
          polev import --from eu export.xml eu.jsonl --report eu-report.json
          curl -s https://example.org/sdn.xml | polev import --from ofac - - --to jsonl
        """;

    /// <summary>The command line of <c>polev import</c>.</summary>
    public static CommandSpec Spec { get; } = new(
        "import",
        "Import an official sanctions list (--from un|eu|ofac) into a dataset.",
        [
            new("list.xml", "The list as its publisher's XML, or - for standard input."),
            new("out", "The dataset to write (.json, .jsonl, .ndjson), or - for standard output (then say --to)."),
        ],
        [
            new("--from", "The list (required).", ValueName: "un|eu|ofac", Completions: ["un", "eu", "ofac"]),
            new("--previous", "The previous import of the same list (.json, .jsonl).", ValueName: "dataset"),
            new("--report", "Write the full report as JSON.", ValueName: "file"),
            new("--to", "The output format: required when <out> is -; otherwise it overrides the extension of <out>.", ValueName: "json|jsonl", Completions: ["json", "jsonl"]),
            new("--title", "The title of the dataset (default: the list's name and day).", ValueName: "text"),
        ],
        Details,
        RunAsync);

    /// <summary>The lists, by their <c>--from</c> name.</summary>
    public static bool IsList(string? name) => name is "un" or "eu" or "ofac";

    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(CommandLine line, CliConsole console)
    {
        string name = line.Option("--from")!;
        SanctionsListFormat format = name switch
        {
            "un" => SanctionsListFormat.Un,
            "eu" => SanctionsListFormat.Eu,
            _ => SanctionsListFormat.Ofac,
        };
        if (line.Positional.Count != 2)
        {
            throw new UsageException($"import --from {name} needs an input (the list's XML, or -) and an output (or -). See polev import --from {name} --help.");
        }

        (string inPath, string outPath) = (line.Positional[0], line.Positional[1]);
        string? previousPath = line.Option("--previous");
        DataFormat outFormat = DataFiles.OutputFormat(DataFiles.ParseFormatName(line.Option("--to")), outPath, "import");
        OutputTarget output = OutputTarget.Plan(console, outPath);
        OutputTarget? reportTarget = ReportFile.Plan(console, line.Option("--report"));
        OutputTarget.CheckDistinct(console, previousPath is null ? [inPath] : [inPath, previousPath], (output, null), (reportTarget, "--report"));
        if (previousPath == "-" && inPath == "-")
        {
            throw new UsageException("the list and --previous cannot both be standard input.");
        }

        Dataset? previous = null;
        if (previousPath is not null)
        {
            await using Stream previousStream = previousPath == "-" ? FileErrors.GuardInput(console.In(), "standard input") : DataFiles.OpenFile(console, previousPath);
            ReadResult<Dataset> read = await DatasetReader.ReadDatasetAsync(previousStream).ConfigureAwait(false);
            if (read.Value is null || DatasetValidator.Validate(read.Value).Findings.Any(static f => f.Severity == Severity.Error))
            {
                await console.Error.WriteLineAsync($"polev: {Shown.Path(previousPath)}: not imported: the previous dataset (--previous) cannot be read or is not valid; run polev validate on it.").ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }

            previous = read.Value;
        }

        var options = new SanctionsListImportOptions
        {
            Previous = previous,
            Title = line.Option("--title") is { Length: > 0 } title ? title : null,
        };
        SanctionsListImport imported;
        await using (Stream input = inPath == "-" ? FileErrors.GuardInput(console.In(), "standard input") : DataFiles.OpenFile(console, inPath))
        {
            imported = SanctionsListImporter.Import(input, format, options);
        }

        SanctionsListReport report = imported.Report;
        string command = $"import --from {name}";
        if (imported.Dataset is not { } dataset)
        {
            foreach (Finding error in report.Findings.Where(static f => f.Severity == Severity.Error))
            {
                await console.Error.WriteLineAsync(Findings.FormatLine(error.Code.StartsWith("lists.previous.", StringComparison.Ordinal) ? previousPath ?? inPath : inPath, error)).ConfigureAwait(false);
            }

            await WriteReportAsync(console, reportTarget, report, command, inPath, outPath).ConfigureAwait(false);
            await console.Error.WriteLineAsync($"polev: {Shown.Path(inPath)}: not imported; nothing written.").ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }

        ValidationResult result = DatasetValidator.Validate(dataset);
        if (result.Findings.Any(static f => f.Severity == Severity.Error))
        {
            foreach (Finding error in result.Findings.Where(static f => f.Severity == Severity.Error))
            {
                await console.Error.WriteLineAsync(Findings.FormatLine(outPath, error)).ConfigureAwait(false);
            }

            // The importer is meant never to produce invalid records: this is a bug, reported as invalid data.
            await console.Error.WriteLineAsync($"polev: {Shown.Path(inPath)}: not imported: the imported records do not validate (a bug in polev; please report it with the findings above, which hold no data).").ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }

        await DataFiles.WriteAtomicallyAsync(console, output, stream => outFormat == DataFormat.Document
            ? PoliticalEventsJson.WriteDatasetAsync(stream, dataset)
            : JsonLines.WriteAsync(stream, dataset)).ConfigureAwait(false);
        await WriteReportAsync(console, reportTarget, report, command, inPath, outPath).ConfigureAwait(false);
        await WriteSummaryAsync(console, output.Name, reportTarget, report).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static async Task WriteReportAsync(CliConsole console, OutputTarget? target, SanctionsListReport report, string command, string inPath, string outPath)
    {
        if (target is not null)
        {
            await DataFiles.WriteAtomicallyAsync(console, target, stream =>
            {
                report.WriteJson(stream, command, inPath == "-" ? "standard input" : inPath, outPath == "-" ? "standard output" : outPath);
                return Task.CompletedTask;
            }).ConfigureAwait(false);
        }
    }

    // What was read and written, then the count of each code: never the data.
    private static async Task WriteSummaryAsync(CliConsole console, string outName, OutputTarget? reportTarget, SanctionsListReport report)
    {
        await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"polev: {outName}: {report.Written.Values.Sum()} records written{Detail(report.Written)}, {report.Listings} listings, from {report.Read.Values.Sum()} entries{Detail(report.Read)}.")).ConfigureAwait(false);
        if (report.CountsByCode.Count == 0)
        {
            return;
        }

        await console.Error.WriteLineAsync(reportTarget is null
            ? "polev: not carried, or carried differently, and changes (by code; every item with --report <file>; the codes are in docs/sanctions-lists.md):"
            : $"polev: not carried, or carried differently, and changes (by code; every item in {reportTarget.Name}; the codes are in docs/sanctions-lists.md):").ConfigureAwait(false);
        int width = report.CountsByCode.Keys.Max(k => k.Length);
        int digits = report.CountsByCode.Values.Max().ToString(CultureInfo.InvariantCulture).Length;
        foreach ((string code, int count) in report.CountsByCode)
        {
            await console.Error.WriteLineAsync($"  {code.PadRight(width)}  {count.ToString(CultureInfo.InvariantCulture).PadLeft(digits)}").ConfigureAwait(false);
        }
    }

    private static string Detail(IReadOnlyDictionary<string, int> counts)
        => counts.Count == 0 ? string.Empty
            : " (" + string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}"))) + ")";
}
