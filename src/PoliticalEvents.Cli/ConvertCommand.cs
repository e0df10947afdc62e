using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Cli;

/// <summary><c>polev convert</c>: between a dataset document and JSON Lines, losslessly, never from invalid input unless forced.</summary>
internal static class ConvertCommand
{
    public const string Help = """
        Usage: polev convert <in> <out> [--to json|jsonl] [--from json|jsonl] [--force] [--compact]

        Converts a dataset between a document (.json) and JSON Lines (.jsonl, .ndjson),
        writing canonical JSON either way; both forms hold the same information. The
        format of each side comes from its extension; use - for standard input or output
        and say the format with --from / --to.

        The output is written all or nothing: to a temporary file that replaces <out> only
        when complete. Input with errors is refused (exit 1) and nothing is written.

        Options:
          --to json|jsonl    The output format (required when <out> is -).
          --from json|jsonl  The input format (guessed from the content for stdin).
          --force            Write what could be read even if some JSON Lines are invalid
                             (the bad lines are reported on stderr and left out).
          --compact          Write a document on one line instead of indented.
          -h, --help         Show this help.

        Exit codes: 0 written, 1 invalid input (nothing written), 2 usage or I/O error.

        Examples:
          polev convert examples/belarus-2025.json belarus.jsonl
          polev convert tunisia.jsonl tunisia.json
          cat data.jsonl | polev convert - - --to json > data.json
        """;

    public static async Task<int> RunAsync(CommandLine line, CliConsole console)
    {
        if (line.Help)
        {
            console.WriteOut(Help);
            return ExitCodes.Ok;
        }

        if (line.Positional.Count != 2)
        {
            throw new UsageException("convert needs an input and an output (either may be -). See polev convert --help.");
        }

        (string inPath, string outPath) = (line.Positional[0], line.Positional[1]);
        DataFormat? declaredOut = DataFiles.ParseFormatName(line.Option("--to"));
        if (declaredOut is null && outPath == "-")
        {
            throw new UsageException("Writing to standard output needs --to json|jsonl.");
        }

        DataFormat outFormat = declaredOut
            ?? DataFiles.FormatFromExtension(outPath)
            ?? throw new UsageException($"{outPath}: cannot tell the format from the extension; use .json, .jsonl or .ndjson, or say --to json|jsonl.");

        (Stream stream, DataFormat inFormat) = DataFiles.OpenInput(console, inPath, DataFiles.ParseFormatName(line.Option("--from")));
        LoadedData data;
        await using (stream.ConfigureAwait(false))
        {
            data = await LoadedData.LoadAsync(stream, inFormat, keepRecords: true).ConfigureAwait(false);
        }

        foreach (ValidationError error in data.Errors)
        {
            await console.Error.WriteLineAsync($"{inPath}:{error}").ConfigureAwait(false);
        }

        bool force = line.Flag("--force");
        if (data.HasErrors && (!force || data.Metadata is null && data.Records.Count == 0))
        {
            await console.Error.WriteLineAsync($"{inPath}: not converted: the input has errors{(force ? " and nothing could be read" : "; use --force to write the records that could be read")}.").ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }

        Datasets.Dataset? metadata = data.Metadata;
        if (outFormat == DataFormat.Document && metadata is null)
        {
            await console.Error.WriteLineAsync($"{inPath}: not converted: a dataset document needs a title and format version, and this JSON Lines input has no {{\"type\":\"dataset\", …}} first line.").ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }

        bool compact = line.Flag("--compact");
        await DataFiles.WriteAtomicallyAsync(console, outPath, output => outFormat == DataFormat.Document
            ? PoliticalEventsJson.WriteDatasetAsync(output, metadata! with { Records = data.Records }, indented: !compact)
            : JsonLines.WriteAsync(output, metadata, ToAsync(data.Records))).ConfigureAwait(false);

        if (outPath != "-")
        {
            await console.Error.WriteLineAsync($"{outPath}: {data.Records.Count} record(s) written.").ConfigureAwait(false);
        }

        return data.HasErrors ? ExitCodes.InvalidData : ExitCodes.Ok;
    }

    private static async IAsyncEnumerable<Records.Record> ToAsync(List<Records.Record> records)
    {
        foreach (Records.Record record in records)
        {
            yield return record;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
