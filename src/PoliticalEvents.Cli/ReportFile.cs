using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PoliticalEvents.FollowTheMoney;

namespace PoliticalEvents.Cli;

/// <summary>
/// The report of an export or import (<c>--report &lt;file&gt;</c>): its entries go to a scratch file as they arise, so
/// memory does not grow with them, and the file is written all or nothing at the end, with the counts first.
/// Without <c>--report</c> only the counts are kept, for the summary on stderr.
/// </summary>
internal sealed class ReportFile : IAsyncDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly FileStream? _scratch;
    private readonly Utf8JsonWriter? _writer;
    private readonly OutputTarget? _target;
    private bool _any;

    /// <summary>A report for <paramref name="target"/> (checked by <see cref="OutputTarget.Plan"/> and
    /// <see cref="OutputTarget.CheckDistinct"/>), or counts only when null.</summary>
    public ReportFile(OutputTarget? target)
    {
        _target = target;
        if (target is not null)
        {
            _scratch = DataFiles.CreateScratch();
            _writer = new Utf8JsonWriter(_scratch, WriterOptions);
        }

        Report = new FtmReport(target is null ? null : Write, keepFindings: false);
    }

    /// <summary>True when a report file was asked for.</summary>
    public bool HasFile => _target is not null;

    /// <summary>The report to fill.</summary>
    public FtmReport Report { get; }

    /// <summary>The report's output, planned from <c>--report</c>; null when not given.</summary>
    public static OutputTarget? Plan(CliConsole console, string? path) => path is null ? null : OutputTarget.Plan(console, path);

    /// <summary>Writes the report file, when one was asked for: <c>command</c>, <c>input</c>, <c>output</c>, the counts, then the entries, one per line.</summary>
    public async Task WriteAsync(CliConsole console, string command, string input, string output)
    {
        if (_target is null)
        {
            return;
        }

        await _writer!.FlushAsync().ConfigureAwait(false);
        _scratch!.Position = 0;
        await DataFiles.WriteAtomicallyAsync(console, _target, async stream =>
        {
            await using (var head = new Utf8JsonWriter(stream, WriterOptions))
            {
                head.WriteStartObject();
                head.WriteString("command"u8, command);
                head.WriteString("input"u8, input);
                head.WriteString("output"u8, output);
                Report.WriteSummary(head);
                head.WriteNumber("entryCount"u8, Report.FindingCount);
                head.WritePropertyName("entries"u8);
            }

            // The entries, one per line, as they were written to the scratch file.
            await stream.WriteAsync((_any ? "[\n"u8 : "["u8).ToArray()).ConfigureAwait(false);
            await _scratch.CopyToAsync(stream).ConfigureAwait(false);
            await stream.WriteAsync((_any ? "\n]}\n"u8 : "]}\n"u8).ToArray()).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>The summary on stderr: what was read and written, then the count of each code, never the data.</summary>
    /// <param name="console">The streams to use.</param>
    /// <param name="outName">The output's name; null when nothing was written (then only the codes are listed).</param>
    /// <param name="written">What the output holds ("FtM entities", "records").</param>
    /// <param name="read">What the input holds.</param>
    public async Task WriteSummaryAsync(CliConsole console, string? outName, string written, string read)
    {
        if (outName is not null)
        {
            await console.Error.WriteLineAsync($"polev: {outName}: {Count(Report.Written.Values.Sum(), written)} written{Detail(Report.Written)}, from {Count(Report.Read.Values.Sum(), read)}{Detail(Report.Read)}.").ConfigureAwait(false);
        }

        if (Report.CountsByCode.Count == 0)
        {
            return;
        }

        await console.Error.WriteLineAsync(_target is null
            ? "polev: not carried across (by code; every item with --report <file>; the codes are in docs/followthemoney.md):"
            : $"polev: not carried across (by code; every item in {_target.Name}; the codes are in docs/followthemoney.md):").ConfigureAwait(false);
        int width = Report.CountsByCode.Keys.Max(k => k.Length);
        int digits = Report.CountsByCode.Values.Max().ToString(CultureInfo.InvariantCulture).Length;
        foreach ((string code, int count) in Report.CountsByCode)
        {
            await console.Error.WriteLineAsync($"  {code.PadRight(width)}  {count.ToString(CultureInfo.InvariantCulture).PadLeft(digits)}").ConfigureAwait(false);
        }
    }

    private static string Count(int count, string noun) => $"{count.ToString(CultureInfo.InvariantCulture)} {noun}";

    private static string Detail(IReadOnlyDictionary<string, int> counts)
        => counts.Count == 0 ? string.Empty
            : " (" + string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value.ToString(CultureInfo.InvariantCulture)}")) + ")";

    private void Write(Finding entry)
    {
        if (_any)
        {
            _writer!.Flush();
            _scratch!.Write(",\n"u8);
        }

        _any = true;
        _writer!.Reset();
        FtmReport.WriteFinding(_writer, entry);
        _writer.Flush();
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }

        if (_scratch is not null)
        {
            await _scratch.DisposeAsync().ConfigureAwait(false);
        }
    }
}
