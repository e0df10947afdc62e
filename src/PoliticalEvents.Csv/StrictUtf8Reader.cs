using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PoliticalEvents.Csv;

/// <summary>
/// Decodes UTF-8 bytes strictly and hands out every character that comes before the first invalid byte before it
/// throws: <see cref="CsvReader"/> then reports the bad bytes at the row they are in. A <see cref="StreamReader"/>
/// decodes a whole buffer at once and throws before giving any of it, so the row it names is only where the buffer
/// began, and an error inside a quoted field looked like a quote that is never closed.
/// </summary>
internal sealed class StrictUtf8Reader : TextReader
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly byte[] _bytes = new byte[16 * 1024];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _invalid;

    public StrictUtf8Reader(Stream stream, bool leaveOpen)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.Length < 2)
        {
            throw new ArgumentException("The buffer must hold at least two characters (a surrogate pair).", nameof(buffer));
        }

        while (true)
        {
            if (_invalid)
            {
                throw new DecoderFallbackException("The bytes are not UTF-8.");
            }

            if (_start < _end)
            {
                OperationStatus status = Utf8.ToUtf16(_bytes.AsSpan(_start, _end - _start), buffer, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: _endOfStream);
                _start += read;
                _invalid = status == OperationStatus.InvalidData;
                if (written > 0)
                {
                    return written; // what comes before bad bytes is read first
                }

                if (_invalid)
                {
                    continue;
                }
            }
            else if (_endOfStream)
            {
                return 0;
            }

            // Keep an incomplete character for the next read of the stream.
            int left = _end - _start;
            Buffer.BlockCopy(_bytes, _start, _bytes, 0, left);
            (_start, _end) = (0, left);
            int count = _stream.Read(_bytes, _end, _bytes.Length - _end);
            _end += count;
            _endOfStream = count == 0;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }
}
