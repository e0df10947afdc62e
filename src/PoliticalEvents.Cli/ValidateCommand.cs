using System.Globalization;
using System.Text;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Cli;

/// <summary><c>polev validate</c>: checks dataset files and reports every finding.</summary>
internal static class ValidateCommand
{
    /// <summary>What the help of <c>polev validate</c> says after its usage, arguments and options.</summary>
    public const string Details = """
        Checks dataset files: a dataset document (.json) or JSON Lines (.jsonl, .ndjson).
        Every record must read strictly into the model: known properties only, required
        properties present, values of the right JSON type and form (ids, partial dates,
        country codes, terms, URLs). A document is read all or nothing; JSON Lines are
        checked line by line, and a bad line does not stop the rest of the file from
        being checked. An empty file is invalid.

        Findings name the rule and the place, never the offending value: records
        describe people in danger, and reports get pasted into issues and chats. They
        are written as they are found: each record's own in input order, then those of
        the rules across records (duplicate ids, references), known only at the end.

        JSON Lines, files and standard input alike, are checked as they stream, in
        memory that does not grow with the file: past 32 MiB, the index of ids that the
        rules across records need is sorted into temporary files (in TMPDIR, readable
        by you only, deleted at the end). A document is read whole.

        Output formats (--format):
          text   one line per finding, file:line: severity code pointer message (line
                 is - when unknown, pointer / for the whole input), then a one-line
                 summary.
          json   {"files":[{"path","errors":[{"path","code","message","severity",
                 "line"?,"column"?,"recordId"?}],"valid","records","stopped"?}]},
                 where "records" counts the records read (none for a document that
                 cannot be read,
                 all of them for one that reads but breaks rules;
                 every good line of JSON Lines) and "path" in an error is a JSON
                 Pointer (within the line's record for JSON Lines).
          jsonl  one finding per line, as in json plus "file"; nothing for a valid
                 file (the exit code says it).
          sarif  SARIF 2.1.0, for code-scanning tools such as GitHub code scanning.

        Exit codes:
          0  every file is valid (warnings allowed)
          1  at least one file has an error
          2  usage error, or a file could not be opened or read (this wins over 1)

        Examples:
          polev validate examples/belarus-2025.json
          polev validate data/*.jsonl --format json
          polev validate data/*.jsonl --format sarif > polev.sarif
          cat prisoners.jsonl | polev validate -
        """;

    /// <summary>The command line of <c>polev validate</c>.</summary>
    public static CommandSpec Spec { get; } = new(
        "validate",
        "Check dataset files (.json, .jsonl, .ndjson); exit 1 if invalid.",
        [
            new("path", "A file to check, or - for standard input. Several may be given; a file that cannot be opened is reported on stderr and the others are still checked.", Many: true),
        ],
        [
            new("--format", "Output format (default text), on stdout: text, json, jsonl or sarif (see Output formats below).", ValueName: "text|json|jsonl|sarif", Completions: ["text", "json", "jsonl", "sarif"]),
            new("--from", "Read every input as this format, whatever its extension. Without it, the extension decides, and standard input is recognised from its first line.", ValueName: "json|jsonl", Completions: ["json", "jsonl"]),
            new("--max-errors", "Stop checking a file after N errors (N at least 1): its findings are the first ones, up to the N-th error, and rules across records (references) are not checked. The summary (text) or \"stopped\": true (json) says so, and the exit code is 1. JSON Lines stop being read there.", ValueName: "N"),
        ],
        Details,
        RunAsync);

    /// <summary>Runs the command.</summary>
    /// <param name="line">The parsed arguments.</param>
    /// <param name="console">The streams to use.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(CommandLine line, CliConsole console)
    {
        string format = line.Choice("--format", "text", "text", "json", "jsonl", "sarif");
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

        // Findings are written as they are found, so memory does not grow with them (docs/validation.md).
        using var output = new FindingOutput(console.Out, format);
        var totals = new Totals();
        foreach (string path in line.Positional)
        {
            // One file that cannot be opened should not hide what is wrong with the others.
            LoadedData? data = null;
            try
            {
                (Stream stream, DataFormat fileFormat) = await DataFiles.OpenInputAsync(console, path, declared).ConfigureAwait(false);
                output.StartInput(path);
                data = new LoadedData(output.Write);
                LoadedData watched = data;
                stream = ProgressStream.Wrap(console, stream, path, () => watched.RecordCount);
                await using (stream.ConfigureAwait(false))
                {
                    await LoadedData.LoadAsync(stream, fileFormat, maxErrors, into: data).ConfigureAwait(false);
                }

                output.EndInput(data);
                totals.Add(data);
            }
            catch (Exception ex) when (ex is UsageException or FileAccessException)
            {
                totals.Unreadable++;
                if (data is not null)
                {
                    // What was found before the input failed stays in the report; the exit code says it is incomplete.
                    output.EndInput(data);
                }

                output.Flush();
                await console.Error.WriteLineAsync("polev: " + Shown.OneLine(ex.Message)).ConfigureAwait(false);
            }
        }

        output.Complete(totals);
        return totals.Unreadable > 0 ? ExitCodes.UsageOrIo
            : totals.InvalidFiles > 0 ? ExitCodes.InvalidData
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

    /// <summary>What the inputs read so far add up to, for the text summary and the exit code.</summary>
    private sealed class Totals
    {
        public int Files { get; private set; }

        public int Records { get; private set; }

        public int Errors { get; private set; }

        public int Warnings { get; private set; }

        public int InvalidFiles { get; private set; }

        public int StoppedFiles { get; private set; }

        public int Unreadable { get; set; }

        public void Add(LoadedData data)
        {
            Files++;
            Records += data.RecordCount;
            Errors += data.ErrorCount;
            Warnings += data.WarningCount;
            InvalidFiles += data.HasErrors ? 1 : 0;
            StoppedFiles += data.Stopped ? 1 : 0;
        }

        // "2 file(s), 10 record(s): 1 error(s), 0 warning(s); 1 invalid file(s)."
        public string Summary()
        {
            var verdict = new List<string>();
            if (InvalidFiles > 0)
            {
                verdict.Add($"{InvalidFiles} invalid file(s)");
            }

            if (Unreadable > 0)
            {
                verdict.Add($"{Unreadable} file(s) could not be read");
            }

            if (StoppedFiles > 0)
            {
                verdict.Add($"stopped at the error limit (--max-errors) in {StoppedFiles} file(s), whose rest was not checked");
            }

            return string.Create(CultureInfo.InvariantCulture,
                $"{Files} file(s), {Records} record(s): {Errors} error(s), {Warnings} warning(s); {(verdict.Count == 0 ? "valid" : string.Join(", ", verdict))}.");
        }
    }

    /// <summary>
    /// Writes findings as they come, in the chosen format: text lines (<see cref="Findings.FormatLine"/>) and a summary,
    /// or the library's report (<see cref="ValidationReportWriter"/>: JSON, JSON Lines, SARIF).
    /// </summary>
    private sealed class FindingOutput : IDisposable
    {
        private readonly StreamWriter? _text;
        private readonly ValidationReportWriter? _report;
        private string _path = "-";

        public FindingOutput(Stream output, string format)
        {
            if (format == "text")
            {
                _text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            }
            else
            {
                _report = new ValidationReportWriter(output, format switch
                {
                    "json" => ValidationReportFormat.Json,
                    "jsonl" => ValidationReportFormat.JsonLines,
                    _ => ValidationReportFormat.Sarif,
                }, Polev.Version);
            }
        }

        public void StartInput(string path)
        {
            _path = path;
            _report?.StartInput(path);
        }

        public void Write(Finding finding)
        {
            _text?.WriteLine(Findings.FormatLine(_path, finding));
            _report?.WriteFinding(finding);
        }

        public void EndInput(LoadedData data) => _report?.EndInput(data.RecordCount, data.Stopped);

        public void Flush() => _text?.Flush();

        public void Complete(Totals totals)
        {
            if (_text is not null)
            {
                if (totals.Files > 0)
                {
                    _text.WriteLine(totals.Summary());
                }

                _text.Flush();
            }

            _report?.Complete(executionSuccessful: totals.Unreadable == 0);
        }

        public void Dispose()
        {
            _text?.Dispose();
            _report?.Dispose();
        }
    }
}
