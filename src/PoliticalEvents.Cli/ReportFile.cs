using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PoliticalEvents.FollowTheMoney;

namespace PoliticalEvents.Cli;

/// <summary>
/// The report of an export or import (<c>--report &lt;file&gt;</c>): its findings go to a scratch file as they arise, so
/// memory does not grow with them, and the library writes the file all or nothing at the end, with the counts first.
/// Without <c>--report</c> only the counts are kept, for the summary on stderr.
/// </summary>
internal sealed class ReportFile : IAsyncDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly FileStream? _scratch;
    private readonly Utf8JsonWriter? _writer;
    private readonly OutputTarget? _target;

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

    /// <summary>Writes the report file, when one was asked for: the library's (<see cref="FtmReport.WriteJson(Stream, string, string, string, IEnumerable{Finding})"/>), byte for byte.</summary>
    public async Task WriteAsync(CliConsole console, string command, string input, string output)
    {
        if (_target is null)
        {
            return;
        }

        await _writer!.FlushAsync().ConfigureAwait(false);
        await DataFiles.WriteAtomicallyAsync(console, _target, stream =>
        {
            Report.WriteJson(stream, command, input, output, Spooled());
            return Task.CompletedTask;
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

    // Each finding to the scratch file as the report writes it, one a line.
    private void Write(Finding finding)
    {
        _writer!.Reset();
        FtmReport.WriteFinding(_writer, finding);
        _writer.Flush();
        _scratch!.Write("\n"u8);
    }

    // The findings of the scratch file, read back one at a time: an export's path is a JSON Pointer, an import's the FtM
    // property (docs/followthemoney.md); what is not carried is always of severity info.
    private IEnumerable<Finding> Spooled()
    {
        _scratch!.Position = 0;
        using var reader = new StreamReader(_scratch, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            using JsonDocument parsed = JsonDocument.Parse(line);
            JsonElement entry = parsed.RootElement;
            string code = entry.GetProperty("code").GetString()!;
            string id = entry.GetProperty("id").GetString()!;
            string path = entry.GetProperty("path").GetString()!;
            bool import = code.StartsWith("ftm.import.", StringComparison.Ordinal);
            yield return new Finding
            {
                Code = code,
                RecordId = id.Length == 0 ? null : id,
                Path = import ? string.Empty : path,
                ColumnName = import && path.Length > 0 ? path : null,
                Count = entry.GetProperty("count").GetInt32(),
                Message = entry.GetProperty("message").GetString()!,
                Line = entry.TryGetProperty("line", out JsonElement number) ? number.GetInt32() : null,
                Severity = Severity.Info,
            };
        }
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
