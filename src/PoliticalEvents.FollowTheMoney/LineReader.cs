using System.Buffers;

namespace PoliticalEvents.FollowTheMoney;

/// <summary>
/// (A copy of the core library's internal reader.) Splits a UTF-8 stream into lines without decoding it, in a pooled buffer that grows only to the longest line.
/// Accepts LF and CRLF endings, a missing final newline, and a byte-order mark at the start.
/// </summary>
/// <remarks>
/// A line may be at most <c>maxLineBytes</c> long (1 GiB unless a test says less); a longer one is an
/// <see cref="IOException"/> naming its number, not a failed allocation.
/// </remarks>
internal sealed class LineReader(Stream stream, int maxLineBytes = LineReader.MaxLineBytes) : IDisposable
{
    /// <summary>The longest line read, in bytes: 1 GiB, far beyond any record, and within an array's size.</summary>
    public const int MaxLineBytes = 1 << 30;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _start;
    private int _scanned;
    private int _end;
    private bool _eof;
    private bool _first = true;

    /// <summary>The current line, without its line ending; valid until the next call.</summary>
    public ReadOnlyMemory<byte> Current { get; private set; }

    /// <summary>The 1-based number of the current line.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Total bytes consumed from the stream so far.</summary>
    public long BytesRead { get; private set; }

    public async ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            int newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int lineEnd = _scanned + newline;
                SetCurrent(_start, lineEnd);
                _start = _scanned = lineEnd + 1;
                return true;
            }

            _scanned = _end;
            if (_eof)
            {
                if (_start < _end)
                {
                    SetCurrent(_start, _end);
                    _start = _scanned = _end;
                    return true;
                }

                return false;
            }

            Compact();
            int read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            BytesRead += read;
            _end += read;
            _eof = read == 0;
        }
    }

    private void SetCurrent(int start, int end)
    {
        if (end > start && _buffer[end - 1] == (byte)'\r')
        {
            end--;
        }

        if (_first && _buffer.AsSpan(start, end - start).StartsWith("\uFEFF"u8))
        {
            start += 3;
        }

        _first = false;
        LineNumber++;
        Current = _buffer.AsMemory(start, end - start);
    }

    // Moves the unfinished line to the front, growing the buffer when the line fills it.
    private void Compact()
    {
        int pending = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
        }

        if (pending == _buffer.Length)
        {
            if (pending >= maxLineBytes)
            {
                throw new IOException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Line {LineNumber + 1} is longer than {maxLineBytes:N0} bytes, the most a line may be."));
            }

            byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * _buffer.Length, maxLineBytes));
            Buffer.BlockCopy(_buffer, 0, larger, 0, pending);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        _scanned -= _start;
        _end = pending;
        _start = 0;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
