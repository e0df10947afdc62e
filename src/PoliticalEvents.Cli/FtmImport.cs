using System.Runtime.CompilerServices;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Cli;

/// <summary>
/// <c>polev import --from ftm</c>: imports FtM JSON Lines (two passes, see <see cref="FtmImporter"/>), validating the
/// records as they are written to a temporary output that is kept only if the input had no bad lines (or --force) and
/// the records are valid.
/// </summary>
internal static class FtmImport
{
    public static async Task<int> RunAsync(CommandLine line, CliConsole console)
    {
        (string inPath, string outPath) = (line.Positional[0], line.Positional[1]);
        DataFormat outFormat = DataFiles.OutputFormat(DataFiles.ParseFormatName(line.Option("--to")), outPath, "import");
        OutputTarget output = OutputTarget.Plan(console, outPath);
        OutputTarget? reportTarget = ReportFile.Plan(console, line.Option("--report"));
        OutputTarget.CheckDistinct(console, [inPath], (output, null), (reportTarget, "--report"));

        bool force = line.Flag("--force");
        string source = inPath == "-" ? "standard input" : Path.GetFileName(inPath);
        var metadata = new Dataset
        {
            FormatVersion = Dataset.CurrentFormatVersion,
            Title = line.Option("--title") is { Length: > 0 } title ? title : $"Imported from FollowTheMoney: {source}",
            Description = $"Imported by polev {Polev.Version} from FollowTheMoney entities ({source}). Each record's sources name the entity it comes from.",
            Records = [],
        };
        var options = new FtmImportOptions { Publisher = OptionText.Name("--publisher", line.Option("--publisher")) };

        await using var reportFile = new ReportFile(reportTarget);

        // The import reads its input twice: standard input or a named pipe is copied to a scratch file first.
        await using Stream input = await DataFiles.OpenSeekableAsync(console, inPath).ConfigureAwait(false);
        FtmReport report = reportFile.Report;
        using var validator = new StreamingValidator();
        validator.AddHeader(metadata);
        int lines = 0, deltaLines = 0;
        ValidationResult? result = null;
        bool kept = await DataFiles.WriteIfKeptAsync(console, output, async stream =>
        {
            IAsyncEnumerable<Record> records = Validated(FtmImporter.ImportAsync(() => CountedLines(), report, options), validator);
            if (outFormat == DataFormat.Document)
            {
                await PoliticalEventsJson.WriteDatasetAsync(stream, metadata, records).ConfigureAwait(false);
            }
            else
            {
                await JsonLines.WriteAsync(stream, metadata, records).ConfigureAwait(false);
            }

            result = validator.Complete();
            // --force keeps the entities that read; when no line is one, there is nothing to keep.
            int bad = BadLines(report);
            return lines > 0 && Valid(result) && (bad == 0 || (force && bad < lines));
        }).ConfigureAwait(false);

        foreach (Finding error in result!.Findings.Where(e => e.Severity == Severity.Error))
        {
            await console.Error.WriteLineAsync(Findings.FormatLine(output.Mode == OutputMode.StandardOutput ? "standard output" : outPath, error)).ConfigureAwait(false);
        }

        if (lines == 0)
        {
            await console.Error.WriteLineAsync($"polev: {Shown.Path(inPath)}: not imported: the input is empty (an FtM file has one entity per line).").ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }

        if (!Valid(result))
        {
            // The mapping is meant never to produce invalid records: this is a bug, reported as invalid data.
            await console.Error.WriteLineAsync($"polev: {Shown.Path(inPath)}: not imported: the imported records do not validate (a bug in polev; please report it with the findings above, which hold no data).").ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }

        await reportFile.WriteAsync(console, "import --from ftm", inPath, outPath).ConfigureAwait(false);
        int badLines = BadLines(report);
        if (!kept && badLines == lines)
        {
            string why = deltaLines == lines
                ? "it is an OpenSanctions delta file ({\"op\": …, \"entity\": …} on each line), not FtM entities: import the full entities file of the release instead"
                : $"none of its {lines} line(s) is an FtM entity ({FtmReportCodes.ImportLineInvalid}{(reportFile.HasFile ? " in the report" : "; see --report")}), so --force cannot help";
            await console.Error.WriteLineAsync($"polev: {Shown.Path(inPath)}: not imported: {why}.").ConfigureAwait(false);
            await reportFile.WriteSummaryAsync(console, null, "records", "FtM entities").ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }

        if (!kept)
        {
            await console.Error.WriteLineAsync($"polev: {Shown.Path(inPath)}: not imported: {badLines} line(s) are not FtM entities ({FtmReportCodes.ImportLineInvalid}{(reportFile.HasFile ? " in the report" : "; see --report")}); use --force to import the entities that could be read.").ConfigureAwait(false);
            await reportFile.WriteSummaryAsync(console, null, "records", "FtM entities").ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }

        await reportFile.WriteSummaryAsync(console, output.Name, "records", "FtM entities").ConfigureAwait(false);
        if (badLines > 0)
        {
            await console.Error.WriteLineAsync($"polev: {badLines} line(s) are not FtM entities: imported the others (--force).").ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }

        return ExitCodes.Ok;

        async IAsyncEnumerable<FtmLine> CountedLines([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            lines = deltaLines = 0;
            input.Position = 0;
            await foreach (FtmLine read in FtmJson.ReadLinesAsync(input, cancellationToken).ConfigureAwait(false))
            {
                lines++;
                deltaLines += read.IsDelta ? 1 : 0;
                yield return read;
            }
        }
    }

    private static bool Valid(ValidationResult result) => !result.Findings.Any(e => e.Severity == Severity.Error);

    private static int BadLines(FtmReport report) => report.CountsByCode.GetValueOrDefault(FtmReportCodes.ImportLineInvalid);

    private static async IAsyncEnumerable<Record> Validated(IAsyncEnumerable<Record> records, StreamingValidator validator)
    {
        await foreach (Record record in records.ConfigureAwait(false))
        {
            validator.AddRecord(record);
            yield return record;
        }
    }
}
