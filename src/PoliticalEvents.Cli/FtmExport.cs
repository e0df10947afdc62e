using System.Runtime.CompilerServices;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Cli;

/// <summary><c>polev export --to ftm</c>: validates the input, then exports it in two passes over the file (see <see cref="FtmExporter"/>).</summary>
internal static class FtmExport
{
    public static async Task<int> RunAsync(CommandLine line, CliConsole console)
    {
        (string inPath, string outPath) = (line.Positional[0], line.Positional[1]);
        DataFormat? declaredIn = DataFiles.ParseFormatName(line.Option("--from"));
        bool force = line.Flag("--force");
        var options = new FtmExportOptions
        {
            IncludeConfidential = line.Flag("--include-confidential"),
            Restricted = line.Choice("--restricted", "skip", "skip", "reduced", "full") switch
            {
                "reduced" => RestrictedExport.Reduced,
                "full" => RestrictedExport.Full,
                _ => RestrictedExport.Skip,
            },
        };

        // Say what is wrong with the outputs before spending time reading the input.
        OutputTarget output = OutputTarget.Plan(console, outPath);
        OutputTarget? reportTarget = ReportFile.Plan(console, line.Option("--report"));
        OutputTarget.CheckDistinct(console, [inPath], (output, null), (reportTarget, "--report"));

        await using var reportFile = new ReportFile(reportTarget);

        // The input is read three times (checked, then the two passes of the export): it is opened once, and standard
        // input or a named pipe is copied to a scratch file first.
        (Stream input, DataFormat inFormat) = await DataFiles.OpenSeekableInputAsync(console, inPath, declaredIn).ConfigureAwait(false);
        await using (input.ConfigureAwait(false))
        {
            // First, the input is validated as convert does it, streaming.
            var data = new LoadedData();
            await foreach (Record _ in (inFormat == DataFormat.Lines ? LoadedData.ReadLinesAsync(FromStart(input), data) : LoadedData.ReadDocumentAsync(FromStart(input), data)).ConfigureAwait(false))
            {
            }

            foreach (Finding error in data.Errors)
            {
                await console.Error.WriteLineAsync(Findings.FormatLine(inPath, error)).ConfigureAwait(false);
            }

            int errors = data.Errors.Count(e => e.Severity == Severity.Error);
            if (errors > 0 && (!force || data.RecordCount == 0))
            {
                string why = !force ? "use --force to export the records that could be read"
                    : "nothing could be read (a document with errors cannot be read at all), so --force cannot help";
                await console.Error.WriteLineAsync($"polev: {Shown.Path(inPath)}: not exported: the input has {errors} error(s); {why}.").ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }

            FtmReport report = reportFile.Report;
            await DataFiles.WriteAtomicallyAsync(console, output, stream => FtmExporter.ExportAsync(() => ReadRecordsAsync(input, inFormat), stream, report, options)).ConfigureAwait(false);
            await reportFile.WriteAsync(console, "export --to ftm", inPath, outPath).ConfigureAwait(false);
            await reportFile.WriteSummaryAsync(console, output.Name, "FtM entities", "records").ConfigureAwait(false);
            if (errors > 0)
            {
                await console.Error.WriteLineAsync($"polev: the input has {errors} error(s): exported what could be read (--force).").ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }
        }

        return ExitCodes.Ok;
    }

    // The records that read, in order; bad lines are left out (they were reported by the validation).
    private static async IAsyncEnumerable<Record> ReadRecordsAsync(Stream input, DataFormat format, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var options = new DatasetReaderOptions { Format = format == DataFormat.Lines ? DatasetFormat.JsonLines : DatasetFormat.Document };
        await foreach (DatasetEntry entry in DatasetReader.ReadAsync(FromStart(input), options, cancellationToken).ConfigureAwait(false))
        {
            if (entry.Record is { } record)
            {
                yield return record;
            }
        }
    }

    // The input from its start, as a view that leaves it open for the next pass.
    private static KeepOpenStream FromStart(Stream input)
    {
        input.Position = 0;
        return new KeepOpenStream(input);
    }

    /// <summary>A view of a stream that leaves it open when disposed.</summary>
    private sealed class KeepOpenStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
