using System.Diagnostics;
using System.Globalization;

namespace PoliticalEvents.Cli;

/// <summary>
/// Wraps an input and, when the console shows progress (standard error is a terminal), rewrites one status line on
/// standard error at most four times a second: records read, megabytes read and records per second. The line is
/// cleared when the input is disposed, so only findings and summaries remain on the screen.
/// </summary>
internal sealed class ProgressStream(Stream inner, TextWriter error, string name, Func<int> records) : Stream
{
    private static readonly long Interval = Stopwatch.Frequency / 4;

    private readonly long _started = Stopwatch.GetTimestamp();
    private long _lastShown;
    private long _bytes;
    private bool _shown;

    /// <summary>Wraps <paramref name="input"/> when the console shows progress; otherwise returns it unchanged.</summary>
    public static Stream Wrap(CliConsole console, Stream input, string name, Func<int> records)
        => console.ShowProgress ? new ProgressStream(input, console.Error, name, records) : input;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _bytes; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Clear();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        Clear();
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private int Count(int read)
    {
        _bytes += read;
        long now = Stopwatch.GetTimestamp();
        if (now - _lastShown >= Interval)
        {
            _lastShown = now;
            double seconds = Math.Max(Stopwatch.GetElapsedTime(_started, now).TotalSeconds, 0.001);
            int count = records();
            error.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r{name}: {count:N0} records, {_bytes / 1048576.0:F1} MB read, {count / seconds:N0} records/s   "));
            _shown = true;
        }

        return read;
    }

    private void Clear()
    {
        if (_shown)
        {
            error.Write("\r" + new string(' ', 79) + "\r");
            _shown = false;
        }
    }
}
