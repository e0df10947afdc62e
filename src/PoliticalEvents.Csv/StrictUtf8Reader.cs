using System.Buffers;
using System.Text.Unicode;

namespace PoliticalEvents.Csv;

/// <summary>
/// Decodes UTF-8 bytes strictly for the CSV parser: every character before the first invalid byte is handed out, and
/// the input then ends (<see cref="Read(Span{char})"/> returns 0) with <see cref="Invalid"/> set, so that
/// <see cref="CsvReader"/> reports the bad bytes at the row they are in. Invalid bytes are never replaced by U+FFFD.
/// A leading byte-order mark character (one) is skipped.
/// </summary>
/// <remarks>
/// The input ends instead of throwing because the parser reads ahead in blocks: an exception from the text source
/// would leave the rows before the bad bytes unparsed, and the row named would be where a block began. A
/// <see cref="System.IO.StreamReader"/> with a throwing decoder has the same fault: it throws before giving any of the
/// characters it decoded.
/// </remarks>
internal sealed class StrictUtf8Reader : TextReader
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly byte[] _bytes = new byte[16 * 1024];
    private readonly char[] _chars = new char[16 * 1024];
    private int _charStart;
    private int _charEnd;
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _started;

    public StrictUtf8Reader(Stream stream, bool leaveOpen)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
    }

    /// <summary>True when the input ended at bytes that are not UTF-8 (the rest of the stream is not read).</summary>
    public bool Invalid { get; private set; }

    /// <summary>The last character handed out; -1 before the first.</summary>
    public int LastChar { get; private set; } = -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <summary>
    /// Fills <paramref name="buffer"/> whole, unless the input ends first. Sep needs that: given fewer characters than it
    /// asked for, it reads again in the same pass, and a carriage return that it set aside at the end of one read (to see
    /// whether a line feed follows) lands after the characters of the next, so <c>\r\r</c> in a quoted field lost a
    /// character (Sep 0.18.0, <c>SepReader.FillAndMaybeDoubleCharsBuffer</c>).
    /// </summary>
    public override int Read(Span<char> buffer)
    {
        int count = 0;
        while (count < buffer.Length && (_charStart < _charEnd || Decode()))
        {
            int take = Math.Min(buffer.Length - count, _charEnd - _charStart);
            _chars.AsSpan(_charStart, take).CopyTo(buffer[count..]);
            _charStart += take;
            count += take;
        }

        if (count > 0)
        {
            LastChar = buffer[count - 1];
        }

        return count;
    }

    // Decodes the next characters into _chars; false at the end of the input (or at bytes that are not UTF-8).
    private bool Decode()
    {
        while (!Invalid)
        {
            if (_start < _end)
            {
                OperationStatus status = Utf8.ToUtf16(_bytes.AsSpan(_start, _end - _start), _chars, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: _endOfStream);
                _start += read;
                (_charStart, _charEnd) = (0, written);
                Invalid = status == OperationStatus.InvalidData;
                if (!_started && written > 0)
                {
                    _started = true;
                    _charStart = _chars[0] == '\uFEFF' ? 1 : 0;
                }

                if (_charStart < _charEnd)
                {
                    return true; // what comes before bad bytes is read first
                }

                if (Invalid || read > 0)
                {
                    continue; // the end, or only the byte-order mark was decoded
                }
            }

            (_charStart, _charEnd) = (0, 0);
            if (_endOfStream)
            {
                return false;
            }

            // Keep an incomplete character for the next read of the stream.
            int left = _end - _start;
            Buffer.BlockCopy(_bytes, _start, _bytes, 0, left);
            (_start, _end) = (0, left);
            int count = _stream.Read(_bytes, _end, _bytes.Length - _end);
            _end += count;
            _endOfStream = count == 0;
        }

        return false;
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
