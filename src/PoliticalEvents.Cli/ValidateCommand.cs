using System.Globalization;
using System.Text;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Cli;

/// <summary><c>polev validate</c>: checks dataset files and reports every finding.</summary>
internal static class ValidateCommand
{
    /// <summary>The help of <c>polev validate</c>.</summary>
    public const string Help = """
        Usage: polev validate <path>... [--format text|json] [--from json|jsonl]
                              [--max-errors N]

        Checks dataset files: a dataset document (.json) or JSON Lines (.jsonl, .ndjson).
        Every record must read strictly into the model: known properties only, required
        properties present, values of the right JSON type and form (ids, partial dates,
        country codes, terms, URLs). A document is read all or nothing; JSON Lines are
        checked line by line, and a bad line does not stop the rest of the file from
        being checked. An empty file is invalid.

        Findings name the rule and the place, never the offending value: records
        describe people in danger, and reports get pasted into issues and chats.

        Arguments:
          <path>             A file to check, or - for standard input. Several may be
                             given; a file that cannot be opened is reported on stderr
                             and the others are still checked.

        Options:
          --format text|json Output format (default text), on stdout.
                             text: one line per finding,
                               file:line: severity code pointer message
                             (line is - when unknown, pointer / for the whole input),
                             then a one-line summary.
                             json: {"files":[{"path","valid","records","errors":
                               [{"path","code","message","severity","line"?,
                               "column"?,"recordId"?}]}]}, where "records" counts
                             the records read (none for a document that cannot be
                             read, all of them for one that reads but breaks rules;
                             every good line of JSON Lines) and "path" in an error
                             is a JSON Pointer (within the line's record for JSON
                             Lines).
          --from json|jsonl  Read every input as this format, whatever its extension.
                             Without it, the extension decides, and standard input is
                             recognised from its first line.
          --max-errors N     Stop checking a file after N errors (N at least 1): its
                             findings are the first ones, up to the N-th error, and
                             rules across records (references) are not checked. The
                             summary (text) or "stopped": true (json) says so, and
                             the exit code is 1. JSON Lines stop being read there.
          -h, --help         Show this help.

        JSON Lines, files and standard input alike, are checked as they stream, in
        memory that does not grow with the file: past 32 MiB, the index of ids that the
        rules across records need is sorted into temporary files (in TMPDIR, readable
        by you only, deleted at the end). A document is read whole.

        Exit codes:
          0  every file is valid (warnings allowed)
          1  at least one file has an error
          2  usage error, or a file could not be opened or read (this wins over 1)

        Examples:
          polev validate examples/belarus-2025.json
          polev validate data/*.jsonl --format json
          cat prisoners.jsonl | polev validate -
        """;

    /// <summary>Runs the command.</summary>
    /// <param name="line">The parsed arguments.</param>
    /// <param name="console">The streams to use.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(CommandLine line, CliConsole console)
    {
        if (line.Help)
        {
            console.WriteOutLine(Help);
            return ExitCodes.Ok;
        }

        string format = line.Choice("--format", "text", "text", "json");
        DataFormat? declared = DataFiles.ParseFormatName(line.Option("--from"));
        int? maxErrors = ParseMaxErrors(line.Option("--max-errors"));
        if (line.Positional.Count == 0)
        {
            throw new UsageException("validate needs at least one file (or - for standard input). See polev validate --help.");
        }

        if (line.Positional.Count(p => p == "-") > 1)
        {
            throw new UsageException("Standard input (-) can be read only once.");
        }

        var reports = new List<(string Path, LoadedData Data)>();
        int unreadable = 0;
        foreach (string path in line.Positional)
        {
            // One file that cannot be opened should not hide what is wrong with the others.
            try
            {
                (Stream stream, DataFormat fileFormat) = await DataFiles.OpenInputAsync(console, path, declared).ConfigureAwait(false);
                var data = new LoadedData();
                stream = ProgressStream.Wrap(console, stream, path, () => data.RecordCount);
                await using (stream.ConfigureAwait(false))
                {
                    reports.Add((path, await LoadedData.LoadAsync(stream, fileFormat, maxErrors, into: data).ConfigureAwait(false)));
                }
            }
            catch (UsageException ex)
            {
                unreadable++;
                await console.Error.WriteLineAsync("polev: " + Shown.OneLine(ex.Message)).ConfigureAwait(false);
            }
            catch (FileAccessException ex)
            {
                unreadable++;
                await console.Error.WriteLineAsync("polev: " + Shown.OneLine(ex.Message)).ConfigureAwait(false);
            }
        }

        if (format == "json")
        {
            WriteJson(console.Out, reports);
        }
        else if (reports.Count > 0)
        {
            WriteText(console, reports, unreadable);
        }

        return unreadable > 0 ? ExitCodes.UsageOrIo
            : reports.Exists(r => r.Data.HasErrors) ? ExitCodes.InvalidData
            : ExitCodes.Ok;
    }

    private static int? ParseMaxErrors(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 1
            ? n
            : throw new UsageException("Option --max-errors needs a whole number of at least 1. See polev validate --help.");
    }

    private static void WriteText(CliConsole console, List<(string Path, LoadedData Data)> reports, int unreadable)
    {
        var text = new StringBuilder();
        int errors = 0;
        int warnings = 0;
        int records = 0;
        foreach ((string path, LoadedData data) in reports)
        {
            records += data.RecordCount;
            foreach (Finding e in data.Errors)
            {
                errors += e.Severity == Severity.Error ? 1 : 0;
                warnings += e.Severity == Severity.Warning ? 1 : 0;
                text.Append(Findings.FormatLine(path, e)).Append('\n');
            }
        }

        int invalidFiles = reports.Count(r => r.Data.HasErrors);
        var verdict = new List<string>();
        if (invalidFiles > 0)
        {
            verdict.Add($"{invalidFiles} invalid file(s)");
        }

        if (unreadable > 0)
        {
            verdict.Add($"{unreadable} file(s) could not be read");
        }

        int stopped = reports.Count(r => r.Data.Stopped);
        if (stopped > 0)
        {
            verdict.Add($"stopped at the error limit (--max-errors) in {stopped} file(s), whose rest was not checked");
        }

        text.Append(CultureInfo.InvariantCulture,
            $"{reports.Count} file(s), {records} record(s): {errors} error(s), {warnings} warning(s); {(verdict.Count == 0 ? "valid" : string.Join(", ", verdict))}.\n");
        console.WriteOut(text.ToString());
    }

    // The report is the library's (ValidationReport), byte for byte what an application hosting it would write.
    private static void WriteJson(Stream output, List<(string Path, LoadedData Data)> reports)
        => new ValidationReport([.. reports.Select(static r => new ValidatedInput
        {
            Path = r.Path,
            Result = new ValidationResult(r.Data.Errors),
            Records = r.Data.RecordCount,
            Stopped = r.Data.Stopped,
        })]).WriteJson(output);
}
