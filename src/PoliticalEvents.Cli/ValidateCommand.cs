using System.Text.Json;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Cli;

/// <summary><c>polev validate</c>: checks dataset files and reports every finding.</summary>
internal static class ValidateCommand
{
    public const string Help = """
        Usage: polev validate <path>... [--format text|json] [--from json|jsonl]

        Checks dataset files: a dataset document (.json) or JSON Lines (.jsonl, .ndjson).
        Every record must read strictly into the model: known properties only, required
        properties present, values of the right JSON type and form (ids, partial dates,
        country codes, terms, URLs). JSON Lines are checked line by line; a bad line does
        not stop the rest of the file from being checked.

        Arguments:
          <path>             A file to check, or - for standard input. Several may be given.

        Options:
          --format text|json Output format (default text). Text prints one line per
                             finding, "file:line: severity code path message", then a
                             summary. JSON prints {"files":[{"path","valid","records",
                             "errors":[{"path","code","message","severity","line"?,
                             "recordId"?}]}]}.
          --from json|jsonl  The input format, when the extension (or stdin) does not say.
          -h, --help         Show this help.

        Exit codes: 0 valid (warnings allowed), 1 invalid data, 2 usage or I/O error.

        Examples:
          polev validate examples/belarus-2025.json
          polev validate data/*.jsonl --format json
          cat prisoners.jsonl | polev validate -
        """;

    public static async Task<int> RunAsync(CommandLine line, CliConsole console)
    {
        if (line.Help)
        {
            console.WriteOut(Help);
            return ExitCodes.Ok;
        }

        string format = line.Choice("--format", "text", "text", "json");
        DataFormat? declared = DataFiles.ParseFormatName(line.Option("--from"));
        if (line.Positional.Count == 0)
        {
            throw new UsageException("validate needs at least one file (or - for standard input). See polev validate --help.");
        }

        var reports = new List<(string Path, LoadedData Data)>();
        foreach (string path in line.Positional)
        {
            (Stream stream, DataFormat fileFormat) = DataFiles.OpenInput(console, path, declared);
            await using (stream.ConfigureAwait(false))
            {
                reports.Add((path, await LoadedData.LoadAsync(stream, fileFormat, keepRecords: false).ConfigureAwait(false)));
            }
        }

        if (format == "json")
        {
            WriteJson(console.Out, reports);
        }
        else
        {
            WriteText(console, reports);
        }

        return reports.Exists(r => r.Data.HasErrors) ? ExitCodes.InvalidData : ExitCodes.Ok;
    }

    private static void WriteText(CliConsole console, List<(string Path, LoadedData Data)> reports)
    {
        var text = new System.Text.StringBuilder();
        int errors = 0;
        int warnings = 0;
        int records = 0;
        foreach ((string path, LoadedData data) in reports)
        {
            records += data.RecordCount;
            foreach (ValidationError e in data.Errors)
            {
                errors += e.Severity == Severity.Error ? 1 : 0;
                warnings += e.Severity == Severity.Warning ? 1 : 0;
                string pointer = e.Path.Length == 0 ? "/" : e.Path;
                text.Append(path).Append(':').Append(e.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-").Append(": ")
                    .Append(SeverityName(e.Severity)).Append(' ').Append(e.Code).Append(' ').Append(pointer).Append(' ').Append(e.Message).Append('\n');
            }
        }

        int invalidFiles = reports.Count(r => r.Data.HasErrors);
        text.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"{reports.Count} file(s), {records} record(s): {errors} error(s), {warnings} warning(s); {(invalidFiles == 0 ? "valid" : $"{invalidFiles} invalid file(s)")}.\n");
        console.WriteOut(text.ToString());
    }

    private static void WriteJson(Stream output, List<(string Path, LoadedData Data)> reports)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = PoliticalEventsJson.Options.Encoder });
        writer.WriteStartObject();
        writer.WriteStartArray("files");
        foreach ((string path, LoadedData data) in reports)
        {
            writer.WriteStartObject();
            writer.WriteString("path", path);
            writer.WriteBoolean("valid", !data.HasErrors);
            writer.WriteNumber("records", data.RecordCount);
            writer.WriteStartArray("errors");
            foreach (ValidationError e in data.Errors)
            {
                writer.WriteStartObject();
                writer.WriteString("path", e.Path);
                writer.WriteString("code", e.Code);
                writer.WriteString("message", e.Message);
                writer.WriteString("severity", SeverityName(e.Severity));
                if (e.Line is int lineNumber)
                {
                    writer.WriteNumber("line", lineNumber);
                }

                if (e.RecordId is not null)
                {
                    writer.WriteString("recordId", e.RecordId);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        output.Write("\n"u8);
        output.Flush();
    }

    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
