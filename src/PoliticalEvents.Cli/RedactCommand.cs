using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Cli;

/// <summary><c>polev redact</c>: a dataset as an audience may see it, from valid input only, with a report of what was removed.</summary>
internal static class RedactCommand
{
    /// <summary>What the help of <c>polev redact</c> says after its usage, arguments and options.</summary>
    public const string Details = """
        Writes a dataset as an audience may see it. With --profile public (the only profile
        so far), for publication:
          - confidential records are left out, and so is every record that cannot stand
            without them: a detention of a person left out, a link to a record left out,
            a release whose every detainee is left out, a sanction measure whose imposer
            or every target is. A released detainee, an affiliation or a sanction target
            that names a record left out goes from its list; an optional reference to one
            (authority, parent, court, designator, detention, asserter) is removed.
          - restricted records lose birth dates, placements and conditions of detention,
            notes and the quotes of their sources.
          - an anonymous person keeps only what counts them (gender, nationalities, roles,
            death date): no identifiers, affiliations, sources, notes or birth date. Their
            detentions and the links to or from them are reduced as restricted records are.
        docs/redaction.md lists every field, with the reasons.

        The input must be valid: input with errors is refused (the errors go to stderr)
        and nothing is written. The output is valid, and written all or nothing, as a
        document (.json) or JSON Lines (.jsonl, .ndjson) by the extension of <out>; use
        - for standard input or output (then say --to). The input is never replaced.

        Stderr gets a summary: the records written and left out, and the count of each
        kind of removal, never names or ids. --report writes every removal with its
        code, place (JSON Pointer and line) and record id; because it names the ids of
        records left out, keep it with the input, not with the output.

        Memory grows with the records left out and the anonymous persons, not with the
        input. When a record comes before a record it depends on, the input is read
        again (standard input is first copied to a temporary file, readable by you only).

        Exit codes:
          0  written
          1  the input has errors (or JSON Lines without a header line cannot become a
             document): nothing written
          2  usage error, or a file could not be read or written

        Examples:
          polev redact examples/belarus-2025.json public.json --profile public
          polev redact prisoners.jsonl public.jsonl --profile public --report removed.json
          cat prisoners.jsonl | polev redact - - --profile public --to jsonl > public.jsonl
        """;

    /// <summary>The command line of <c>polev redact</c>.</summary>
    public static CommandSpec Spec { get; } = new(
        "redact",
        "Write a dataset for publication (--profile public): without confidential records, restricted ones reduced.",
        [
            new("in", "The dataset to redact, or - for standard input."),
            new("out", "The file to write (.json or .jsonl), or - for standard output (then say --to)."),
        ],
        [
            new("--profile", "Who the output is for. Required: there is no default.", ValueName: "public"),
            new("--to", "The output format: required when <out> is -; otherwise it overrides the extension of <out>.", ValueName: "json|jsonl", Completions: ["json", "jsonl"]),
            new("--from", "The input format, overriding the extension of <in>.", ValueName: "json|jsonl", Completions: ["json", "jsonl"]),
            new("--report", "Also write the full report to <file>, as JSON.", ValueName: "file"),
            new("--compact", "Write a document on one line instead of indented.", OptionKind.Flag),
        ],
        Details,
        RunAsync);

    /// <summary>Runs the command.</summary>
    /// <param name="line">The parsed arguments.</param>
    /// <param name="console">The streams to use.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(CommandLine line, CliConsole console)
    {
        string profiles = string.Join(", ", RedactionProfile.All);
        string profileName = line.Option("--profile")
            ?? throw new UsageException($"redact needs --profile, for whom the output is: {profiles}. See polev redact --help.");
        RedactionProfile profile = RedactionProfile.Find(profileName)
            ?? throw new UsageException($"Unknown profile '{profileName}': the profiles are {profiles}. See polev redact --help.");

        (string inPath, string outPath, DataFormat? declaredIn, DataFormat outFormat) = DataFiles.InputAndOutput(line, "redact");
        string? reportPath = line.Option("--report");
        if (reportPath == "-")
        {
            throw new UsageException("--report needs a file: the report names the ids of records left out and does not belong on standard output. See polev redact --help.");
        }

        OutputTarget output = OutputTarget.Plan(console, outPath);
        OutputTarget? report = reportPath is null ? null : OutputTarget.Plan(console, reportPath);
        OutputTarget.CheckDistinct(console, [inPath], (output, null), (report, "--report"));

        (Stream opened, DataFormat inFormat) = await DataFiles.OpenInputAsync(console, inPath, declaredIn).ConfigureAwait(false);
        var data = new LoadedData();
        var redactor = new StreamingRedactor(profile);
        var anonymous = new StrongBox<int>();
        await using (opened.ConfigureAwait(false))
        {
            // Passes read the input again from the start: a file can; standard input or a named pipe is copied to a
            // scratch file first.
            await using Stream input = opened.CanSeek ? opened : await DataFiles.SpoolAsync(opened).ConfigureAwait(false);
            int readBefore = 0;
            await using Stream watched = ProgressStream.Wrap(console, input, inPath, () => readBefore + redactor.RecordsRead);
            await using FileStream body = DataFiles.CreateScratch();
            await using FileStream? entries = reportPath is null ? null : DataFiles.CreateScratch();
            while (true)
            {
                input.Position = 0;
                body.SetLength(0);
                entries?.SetLength(0);
                IAsyncEnumerable<LocatedRecord> records = redactor.Pass > 1 ? ReadAgainAsync(watched, inFormat)
                    : LoadedData.ReadLocatedAsync(watched, inFormat, data);
                anonymous.Value = 0;
                await JsonLines.WriteAsync(body, null, RedactAsync(records, redactor, entries, anonymous)).ConfigureAwait(false);

                // What the first pass found wrong with the input does not change: no need to read it again then.
                int read = redactor.RecordsRead;
                if (Refusal(data, outFormat) is not null || redactor.EndPass())
                {
                    break;
                }

                readBefore += read;
            }

            foreach (Finding error in data.Errors)
            {
                await console.Error.WriteLineAsync(Findings.FormatLine(inPath, error)).ConfigureAwait(false);
            }

            if (Refusal(data, outFormat) is { } refusal)
            {
                await console.Error.WriteLineAsync($"polev: {Shown.Path(inPath)}: not redacted: {refusal}").ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }

            await DataFiles.WriteAtomicallyAsync(console, output, async stream =>
            {
                body.Position = 0;
                if (outFormat == DataFormat.Lines)
                {
                    await JsonLines.WriteAsync(stream, data.Metadata, AsyncEnumerable.Empty<Record>()).ConfigureAwait(false);
                    await body.CopyToAsync(stream).ConfigureAwait(false);
                }
                else
                {
                    await ConvertCommand.WriteDocumentAsync(stream, data.Metadata!, ConvertCommand.Spooled(body), line.Flag("--compact")).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);

            if (report is not null)
            {
                await DataFiles.WriteAtomicallyAsync(console, report, stream =>
                {
                    // The library's report, byte for byte; the findings come back from the scratch file one at a time.
                    RedactionReport.WriteJson(stream, redactor, Spooled(entries!), inPath, outPath);
                    return Task.CompletedTask;
                }).ConfigureAwait(false);
            }
        }

        await console.Error.WriteAsync(Summary(redactor, output.Name)).ConfigureAwait(false);
        if (anonymous.Value > 0)
        {
            // Their names are nowhere in the data, so no tool can find them where the data owner wrote them by hand.
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"polev: {anonymous.Value} anonymous person(s): redaction cannot see their names in ids, in the sources of releases and measures that name them, or in records that do not reference them; check that none is there (docs/redaction.md).")).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    // Why nothing is written (the rest of the "not redacted: " message), or null when the output may be written.
    private static string? Refusal(LoadedData data, DataFormat outFormat)
    {
        int errors = data.Errors.Count(e => e.Severity == Severity.Error);
        if (errors > 0)
        {
            return $"the input has {errors} error(s); only valid input is redacted, so that the output is valid too.";
        }

        return outFormat == DataFormat.Document && data.Metadata is null
            ? "a dataset document needs a title and format version, and this JSON Lines input has no {\"type\":\"dataset\", …} header line. Add one, or write JSON Lines."
            : null;
    }

    // Redacts each record, yielding those to write; each removal goes to the report's scratch file, one JSON object a
    // line as the report writes it (RedactionReport.WriteFinding); anonymous counts the anonymous persons read.
    private static async IAsyncEnumerable<Record> RedactAsync(IAsyncEnumerable<LocatedRecord> records, StreamingRedactor redactor, Stream? entries, StrongBox<int> anonymous)
    {
        await using Utf8JsonWriter? writer = entries is null ? null : new Utf8JsonWriter(entries, new JsonWriterOptions { Encoder = PoliticalEventsJson.Options.Encoder });
        await foreach (LocatedRecord located in records.ConfigureAwait(false))
        {
            RecordRedaction redaction = redactor.Redact(located.Record, located.Pointer, located.Line);
            anonymous.Value += located.Record is Person { Anonymous: true } ? 1 : 0;
            if (writer is not null)
            {
                foreach (Finding entry in redaction.Findings)
                {
                    RedactionReport.WriteFinding(writer, entry);
                    await writer.FlushAsync().ConfigureAwait(false);
                    writer.Reset();
                    entries!.WriteByte((byte)'\n');
                }
            }

            if (redaction.Record is { } kept)
            {
                yield return kept;
            }
        }
    }

    // A later pass: the input proved valid in the first, so its records are read without checking them again.
    private static async IAsyncEnumerable<LocatedRecord> ReadAgainAsync(Stream input, DataFormat format, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        bool lines = format == DataFormat.Lines;
        var options = new DatasetReaderOptions { Format = lines ? DatasetFormat.JsonLines : DatasetFormat.Document };
        await foreach (DatasetEntry entry in DatasetReader.ReadAsync(input, options, cancellationToken).ConfigureAwait(false))
        {
            if (entry.Record is { } record)
            {
                yield return new LocatedRecord(record, lines ? string.Empty : $"/records/{entry.RecordIndex}", entry.Line ?? 1);
            }
            else if (entry.Finding is not null)
            {
                throw Changed();
            }
        }

        static IOException Changed() => new("the input changed while it was being redacted.");
    }

    // The findings of the scratch file, as RedactAsync wrote them: code, path, record id, line and message (a removal is
    // always of severity info).
    private static IEnumerable<Finding> Spooled(Stream entries)
    {
        entries.Position = 0;
        using var reader = new StreamReader(entries, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            using JsonDocument parsed = JsonDocument.Parse(line);
            JsonElement entry = parsed.RootElement;
            yield return new Finding
            {
                Code = entry.GetProperty("code").GetString()!,
                Path = entry.GetProperty("path").GetString()!,
                RecordId = entry.GetProperty("recordId").GetString(),
                Line = entry.TryGetProperty("line", out JsonElement number) ? number.GetInt32() : null,
                Message = entry.GetProperty("message").GetString()!,
                Severity = Severity.Info,
            };
        }
    }

    // "polev: out.json: 17 record(s) written, 2 left out (profile public):" and a line per code; counts and codes only.
    private static string Summary(StreamingRedactor redactor, string written)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"polev: {written}: {redactor.RecordsKept} record(s) written, {redactor.RecordsDropped} left out (profile {redactor.Profile.Name}");
        text.Append(redactor.Pass > 1 ? string.Create(CultureInfo.InvariantCulture, $", {redactor.Pass} passes over the input)") : ")");
        if (redactor.Counts.Count == 0)
        {
            return text.Append("; nothing to remove.\n").ToString();
        }

        text.Append(":\n");
        int width = redactor.Counts.Keys.Max(k => k.Length);
        foreach ((string code, int count) in Ordered(redactor.Counts))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {code.PadRight(width)}  {count,6}\n");
        }

        return text.ToString();
    }

    // Whole records first, then list entries, references and fields; by name within each.
    private static IEnumerable<KeyValuePair<string, int>> Ordered(IReadOnlyDictionary<string, int> counts)
        => counts.OrderBy(c => c.Key.StartsWith("record.", StringComparison.Ordinal) ? 0 : 1).ThenBy(c => c.Key, StringComparer.Ordinal);
}
