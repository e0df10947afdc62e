using System.Globalization;
using System.Text;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Csv;

/// <summary>
/// Reads RFC 4180 CSV row by row, in memory that grows only with the longest row: UTF-8 (a byte-order mark is
/// skipped), comma-separated, fields optionally in double quotes (a doubled quote inside stands for one), rows ended
/// by CRLF, LF or CR. Line breaks inside quoted fields are kept as they are.
/// </summary>
/// <remarks>
/// <para>Reading is strict where leniency would guess: a double quote inside an unquoted field, text after a closing
/// quote, a quoted field that never ends, bytes that are not UTF-8, and a field longer than
/// <see cref="CsvReaderOptions.MaxFieldLength"/> are errors. The first error ends reading: <see cref="ReadRow"/>
/// returns null and <see cref="Error"/> says what and where, never quoting the data.</para>
/// <para>A final line break does not start another row; an empty line in the middle is a row of one empty field.</para>
/// </remarks>
public sealed class CsvReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly bool _leaveOpen;
    private readonly int _maxFieldLength;
    private readonly char[] _buffer = new char[8 * 1024];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;
    private bool _endOfInput;
    private bool _started;
    private int _line = 1;
    private int _rows;

    /// <summary>Creates a reader of UTF-8 bytes.</summary>
    /// <param name="stream">The CSV file; readable.</param>
    /// <param name="options">How to read; <see cref="CsvReaderOptions.Default"/> when null.</param>
    public CsvReader(Stream stream, CsvReaderOptions? options = null)
        : this(new StrictUtf8Reader(stream ?? throw new ArgumentNullException(nameof(stream)), leaveOpen: (options ?? CsvReaderOptions.Default).LeaveOpen), (options ?? CsvReaderOptions.Default) with { LeaveOpen = false })
    {
    }

    /// <summary>Creates a reader of text already decoded; a leading byte-order mark character is skipped.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="options">How to read; <see cref="CsvReaderOptions.Default"/> when null.</param>
    public CsvReader(TextReader reader, CsvReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= CsvReaderOptions.Default;
        _reader = reader;
        _leaveOpen = options.LeaveOpen;
        _maxFieldLength = options.MaxFieldLength;
    }

    /// <summary>The error that ended reading, or null (no error so far, or the input ended well).</summary>
    public Finding? Error { get; private set; }

    /// <summary>Reads the next row.</summary>
    /// <returns>The row; null at the end of the input or after an error (see <see cref="Error"/>).</returns>
    public CsvRow? ReadRow()
    {
        if (Error is not null)
        {
            return null;
        }

        if (!_started)
        {
            _started = true;
            if (Peek() == '\uFEFF')
            {
                _position++;
            }
        }

        if (Peek() < 0)
        {
            return null;
        }

        int number = _rows + 1;
        int startLine = _line;
        var fields = new List<CsvField>();
        while (true)
        {
            _field.Clear();
            int c = Peek();
            bool quoted = c == '"';
            if (quoted)
            {
                _position++;
                int quoteLine = _line;
                while (true)
                {
                    c = Next();
                    if (c < 0)
                    {
                        return Fail(number, startLine, CsvCodes.Syntax, string.Create(CultureInfo.InvariantCulture,
                            $"field {fields.Count + 1} opens a double quote on line {quoteLine} that is never closed (a quote inside a quoted field must be doubled)."));
                    }

                    if (c == '"')
                    {
                        if (Peek() != '"')
                        {
                            break;
                        }

                        _position++;
                    }
                    else if (c == '\n' || (c == '\r' && Peek() != '\n'))
                    {
                        _line++;
                    }

                    if (!Append((char)c, number, startLine, fields.Count))
                    {
                        return null;
                    }
                }

                c = Peek();
                if (c >= 0 && c is not (',' or '\r' or '\n'))
                {
                    return Fail(number, startLine, CsvCodes.Syntax, string.Create(CultureInfo.InvariantCulture,
                        $"field {fields.Count + 1} has text after its closing double quote (a quote inside a quoted field must be doubled)."));
                }
            }
            else
            {
                while ((c = Peek()) >= 0 && c is not (',' or '\r' or '\n'))
                {
                    if (c == '"')
                    {
                        return Fail(number, startLine, CsvCodes.Syntax, string.Create(CultureInfo.InvariantCulture,
                            $"field {fields.Count + 1} has a double quote but does not begin with one (a field with quotes must be enclosed in double quotes, its quotes doubled)."));
                    }

                    _position++;
                    if (!Append((char)c, number, startLine, fields.Count))
                    {
                        return null;
                    }
                }
            }

            if (Error is not null)
            {
                return null; // the input broke off with bad bytes
            }

            fields.Add(new CsvField(_field.ToString(), quoted));
            c = Peek();
            if (c == ',')
            {
                _position++;
                continue;
            }

            bool lineBreak = c is '\r' or '\n';
            if (c == '\r')
            {
                _position++;
                if (Peek() == '\n')
                {
                    _position++;
                }

                _line++;
            }
            else if (c == '\n')
            {
                _position++;
                _line++;
            }

            if (Error is not null)
            {
                return null;
            }

            _rows = number;
            return new CsvRow(number, startLine, fields, lineBreak);
        }
    }

    /// <summary>Reads every remaining row. Check <see cref="Error"/> afterwards: the rows end early when the input is malformed.</summary>
    public IEnumerable<CsvRow> ReadRows()
    {
        while (ReadRow() is { } row)
        {
            yield return row;
        }
    }

    /// <summary>Closes the input unless <see cref="CsvReaderOptions.LeaveOpen"/>.</summary>
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _reader.Dispose();
        }
    }

    private bool Append(char c, int number, int startLine, int fieldIndex)
    {
        if (_field.Length >= _maxFieldLength)
        {
            Fail(number, startLine, CsvCodes.FieldTooLong, string.Create(CultureInfo.InvariantCulture,
                $"field {fieldIndex + 1} is longer than {_maxFieldLength} characters (often a double quote that is not closed where it should be)."));
            return false;
        }

        _field.Append(c);
        return true;
    }

    private CsvRow? Fail(int row, int line, string code, string message)
    {
        // Bad bytes end the input first: what looks like an unclosed quote after them is their consequence.
        Error ??= new Finding { Row = row, Line = line, Code = code, Message = message, Severity = Severity.Error };
        return null;
    }

    private int Peek()
    {
        if (_position < _length)
        {
            return _buffer[_position];
        }

        if (_endOfInput || Error is not null)
        {
            return -1;
        }

        try
        {
            _length = _reader.Read(_buffer, 0, _buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            Error = new Finding
            {
                Row = _rows + 1,
                Line = _line,
                Code = CsvCodes.Encoding,
                Message = "the row has bytes that are not UTF-8 text: the file was not saved as UTF-8. Save it as \"CSV UTF-8\" (Excel) or with the UTF-8 character set (LibreOffice, Google Sheets).",
                Severity = Severity.Error,
            };
            _length = 0;
        }

        _position = 0;
        _endOfInput = _length == 0;
        return _length == 0 ? -1 : _buffer[0];
    }

    private int Next()
    {
        int c = Peek();
        if (c >= 0)
        {
            _position++;
        }

        return c;
    }
}
