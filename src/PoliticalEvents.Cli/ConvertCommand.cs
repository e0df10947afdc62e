using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Cli;

/// <summary><c>polev convert</c>: between a dataset document and JSON Lines, losslessly, never from invalid input unless forced.</summary>
internal static class ConvertCommand
{
    /// <summary>What the help of <c>polev convert</c> says after its usage, arguments and options.</summary>
    public const string Details = """
        Converts a dataset between a document (.json) and JSON Lines (.jsonl, .ndjson),
        writing canonical JSON either way. Both forms hold the same information: a
        canonical file converted there and back comes back byte for byte. The format
        of each side comes from its extension; use - for standard input or output and
        say the format with --to (standard input is recognised from its first line,
        or say --from).

        Input with errors is refused: the errors go to stderr (rule and place, never the
        data) and nothing is written. The output is written all or nothing, through a
        temporary file next to <out> that replaces it only when complete, so an existing
        <out> is never left half-written.

        A document needs a title and format version, so JSON Lines without a
        {"type":"dataset", ...} header line cannot become a document.

        Exit codes:
          0  written; the input had no errors
          1  the input has errors: nothing written; or, with --force, written
             without the bad lines
          2  usage error, or a file could not be read or written

        Examples:
          polev convert examples/belarus-2025.json belarus.jsonl
          polev convert tunisia.jsonl tunisia.json
          polev convert scraped.jsonl clean.jsonl --force
          polev convert from-newer-tool.jsonl dataset.json --preserve-unknown
          cat data.jsonl | polev convert - - --to json > data.json
        """;

    /// <summary>The command line of <c>polev convert</c>.</summary>
    public static CommandSpec Spec { get; } = new(
        "convert",
        "Convert between a dataset document and JSON Lines.",
        [
            new("in", "The dataset to convert (.json, .jsonl, .ndjson), or - for standard input."),
            new("out", "The file to write, or - for standard output (then say --to)."),
        ],
        [
            new("--to", "The output format: required when <out> is -; otherwise it overrides the extension of <out>.", ValueName: "json|jsonl", Completions: ["json", "jsonl"]),
            new("--from", "The input format, overriding the extension of <in>.", ValueName: "json|jsonl", Completions: ["json", "jsonl"]),
            new("--force", "Write the records that could be read even though some JSON Lines are invalid. The bad lines are reported on stderr and left out, and the exit code is still 1, so a script notices that records were dropped. (A document with errors cannot be read at all, so --force cannot help there.)", OptionKind.Flag),
            new("--compact", "Write a document on one line instead of indented (JSON Lines are always one record per line).", OptionKind.Flag),
            new("--preserve-unknown", "Keep properties this version of the format does not know (a file from a newer 1.x tool) and write them back unchanged, after the known properties of their object; without it they are errors. They are not validated. This mode holds the dataset in memory.", OptionKind.Flag),
        ],
        Details,
        RunAsync);

    /// <summary>Runs the command.</summary>
    /// <param name="line">The parsed arguments.</param>
    /// <param name="console">The streams to use.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(CommandLine line, CliConsole console)
    {
        (string inPath, string outPath, DataFormat? declaredIn, DataFormat outFormat) = DataFiles.InputAndOutput(line, "convert");

        // Say what is wrong with the output before spending time reading the input.
        OutputTarget output = OutputTarget.Plan(console, outPath);
        OutputTarget.CheckDistinct(console, [inPath], (output, null));

        (Stream stream, DataFormat inFormat) = await DataFiles.OpenInputAsync(console, inPath, declaredIn).ConfigureAwait(false);
        bool force = line.Flag("--force");
        bool compact = line.Flag("--compact");
        var data = new LoadedData();
        LoadedData counted = data;
        stream = ProgressStream.Wrap(console, stream, inPath, () => counted.RecordCount);
        await using (stream.ConfigureAwait(false))
        {
            if (line.Flag("--preserve-unknown"))
            {
                (data, PreservedDataset? preserved) = await LoadedData.LoadPreservingAsync(stream, inFormat).ConfigureAwait(false);
                if (preserved is not null && Refusal(data, force, outFormat) is null)
                {
                    await DataFiles.WriteAtomicallyAsync(console, output, stream =>
                    {
                        if (outFormat == DataFormat.Document)
                        {
                            PreservingJson.WriteDocument(stream, preserved, indented: !compact);
                            if (compact)
                            {
                                stream.WriteByte((byte)'\n');
                            }
                        }
                        else
                        {
                            PreservingJson.WriteLines(stream, preserved);
                        }

                        return Task.CompletedTask;
                    }).ConfigureAwait(false);
                }
            }
            else if (inFormat == DataFormat.Lines)
            {
                // Streams: each record is written as it is read and checked, into a temporary output that is kept only
                // if the input proves valid (or --force), so memory holds neither the records nor the output.
                await DataFiles.WriteIfKeptAsync(console, output, async written =>
                {
                    await using IAsyncEnumerator<Record> records = LoadedData.ReadLinesAsync(stream, data).GetAsyncEnumerator();
                    bool any = await records.MoveNextAsync().ConfigureAwait(false); // after it, the header (line 1) is known
                    IAsyncEnumerable<Record> all = Rest(any, records);
                    if (outFormat == DataFormat.Document && data.Metadata is { } header)
                    {
                        await WriteDocumentAsync(written, header, all, compact).ConfigureAwait(false);
                    }
                    else if (outFormat == DataFormat.Lines)
                    {
                        await JsonLines.WriteAsync(written, data.Metadata, all).ConfigureAwait(false);
                    }
                    else
                    {
                        await foreach (Record _ in all.ConfigureAwait(false))
                        {
                            // Nothing to write without a header; read on to report every bad line.
                        }
                    }

                    return Refusal(data, force, outFormat) is null;
                }).ConfigureAwait(false);
            }
            else if (outFormat == DataFormat.Lines)
            {
                // Streams too, but the header line comes first and the metadata is known only at the document's end:
                // the record lines go to a scratch file, which follows the header once the input proved valid.
                await DataFiles.WriteIfKeptAsync(console, output, async written =>
                {
                    await using FileStream body = await SpoolDocumentAsync(stream, data).ConfigureAwait(false);
                    if (Refusal(data, force, outFormat) is not null)
                    {
                        return false;
                    }

                    await JsonLines.WriteAsync(written, data.Metadata, Rest(false, null!)).ConfigureAwait(false);
                    await body.CopyToAsync(written).ConfigureAwait(false);
                    return true;
                }).ConfigureAwait(false);
            }
            else
            {
                // Document to document (to reindent or compact it): the records go through a scratch file of JSON Lines,
                // since the metadata, written first, is known only at the input's end.
                await DataFiles.WriteIfKeptAsync(console, output, async written =>
                {
                    await using FileStream body = await SpoolDocumentAsync(stream, data).ConfigureAwait(false);
                    if (Refusal(data, force, outFormat) is not null)
                    {
                        return false;
                    }

                    await WriteDocumentAsync(written, data.Metadata!, Spooled(body), compact).ConfigureAwait(false);
                    return true;
                }).ConfigureAwait(false);
            }
        }

        foreach (Finding error in data.Errors)
        {
            await console.Error.WriteLineAsync(Findings.FormatLine(inPath, error)).ConfigureAwait(false);
        }

        int badLines = data.Errors.Count(e => e.Severity == Severity.Error);
        if (Refusal(data, force, outFormat) is { } refusal)
        {
            await console.Error.WriteLineAsync($"polev: {Shown.Path(inPath)}: not converted: {refusal}").ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }

        // Quiet on a clean write to standard output, which is usually a pipe; never quiet about dropped lines.
        if (badLines > 0)
        {
            await console.Error.WriteLineAsync($"polev: {output.Name}: {data.RecordCount} record(s) written; {badLines} bad line(s) left out (--force).").ConfigureAwait(false);
        }
        else if (outPath != "-")
        {
            await console.Error.WriteLineAsync($"polev: {output.Name}: {data.RecordCount} record(s) written.").ConfigureAwait(false);
        }

        return badLines > 0 ? ExitCodes.InvalidData : ExitCodes.Ok;
    }

    // Why the output must not be written (the rest of the "not converted: " message), or null when it may be.
    private static string? Refusal(LoadedData data, bool force, DataFormat outFormat)
    {
        int badLines = data.Errors.Count(e => e.Severity == Severity.Error);
        if (badLines > 0 && (!force || data.Metadata is null && data.RecordCount == 0))
        {
            string why = !force ? "use --force to write the records that could be read"
                : "nothing could be read (a document with errors cannot be read at all), so --force cannot help";
            return $"the input has {badLines} error(s); {why}.";
        }

        return outFormat == DataFormat.Document && data.Metadata is null
            ? "a dataset document needs a title and format version, and this JSON Lines input has no readable {\"type\":\"dataset\", …} header line. Add one, or convert to JSON Lines."
            : null;
    }

    private static async IAsyncEnumerable<Record> Rest(bool hasCurrent, IAsyncEnumerator<Record> records)
    {
        for (bool more = hasCurrent; more; more = await records.MoveNextAsync().ConfigureAwait(false))
        {
            yield return records.Current;
        }
    }

    /// <summary>Writes a dataset document as its records arrive; a compact document is one line, still ending with a newline, as every text file should.</summary>
    internal static async Task WriteDocumentAsync(Stream output, Dataset metadata, IAsyncEnumerable<Record> records, bool compact)
    {
        await PoliticalEventsJson.WriteDatasetAsync(output, metadata, records, indented: !compact).ConfigureAwait(false);
        if (compact)
        {
            await output.WriteAsync("\n"u8.ToArray()).ConfigureAwait(false);
        }
    }

    // Reads and checks a document as it streams, writing its records as JSON Lines (no header) to a scratch file,
    // returned positioned at its start.
    private static async Task<FileStream> SpoolDocumentAsync(Stream input, LoadedData data)
    {
        FileStream body = DataFiles.CreateScratch();
        try
        {
            await JsonLines.WriteAsync(body, null, LoadedData.ReadDocumentAsync(input, data)).ConfigureAwait(false);
            body.Position = 0;
            return body;
        }
        catch
        {
            await body.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The records of a scratch file of JSON Lines without a header, written by this tool; they were valid when written.</summary>
    internal static async IAsyncEnumerable<Record> Spooled(Stream body)
    {
        await foreach (DatasetEntry entry in DatasetReader.ReadAsync(body, new DatasetReaderOptions { Format = DatasetFormat.JsonLines }).ConfigureAwait(false))
        {
            // An empty spool (no record was kept) is not an error here: the reader's jsonLines.empty says only that.
            if (entry.Finding is { Code: ValidationCodes.JsonLinesEmpty })
            {
                yield break;
            }

            yield return entry.Record ?? throw new InvalidOperationException("A spooled record did not read back.");
        }
    }
}
