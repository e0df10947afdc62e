using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Csv;

/// <summary>
/// Reads RFC 4180 CSV row by row, in memory that grows only with the longest row: UTF-8 (a byte-order mark is
/// skipped), comma-separated, fields optionally in double quotes (a doubled quote inside stands for one), rows ended
/// by CRLF, LF or CR. Line breaks inside quoted fields are kept as they are.
/// </summary>
/// <remarks>
/// <para>Sep splits the text into rows and fields; it is asked for the fields as written (quotes kept,
/// <see cref="SepReaderOptions.Unescape"/> off), so that this reader can tell <c>""</c> (the empty text) from an empty
/// field (no value), and check each field's quotes strictly, which Sep does not: a double quote inside an unquoted
/// field, text after a closing quote, a quoted field that never ends, bytes that are not UTF-8, and a field longer than
/// <see cref="CsvReaderOptions.MaxFieldLength"/> are errors. The first error ends reading: <see cref="ReadRow"/>
/// returns null and <see cref="Error"/> says what and where, never quoting the data (nor an exception's message, which
/// could).</para>
/// <para>A final line break does not start another row; an empty line in the middle is a row of one empty field.</para>
/// </remarks>
internal sealed class CsvReader : IDisposable
{
    /// <summary>The longest row Sep buffers (<c>SepDefaults.RowLengthMax</c>); a longer one makes it throw.</summary>
    private const int SepRowLengthMax = 1 << 24;

    private static readonly SepReaderOptions Options = Sep.New(',').Reader() with
    {
        HasHeader = false,
        Unescape = false,
        DisableColCountCheck = true,
        DisableQuotesParsing = false,
        Trim = SepTrim.None,
    };

    private readonly StrictUtf8Reader _source;
    private SepReader? _sep;
    private readonly int _maxFieldLength;
    private readonly StringBuilder _field = new();
    private CsvRow? _next;
    private Finding? _nextError;
    private bool _started;
    private int _rows;
    private int _line = 1;

    /// <summary>Creates a reader of UTF-8 bytes.</summary>
    /// <param name="stream">The CSV file; readable.</param>
    /// <param name="options">How to read; <see cref="CsvReaderOptions.Default"/> when null.</param>
    public CsvReader(Stream stream, CsvReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= CsvReaderOptions.Default;
        _maxFieldLength = options.MaxFieldLength;
        _source = new StrictUtf8Reader(stream, options.LeaveOpen);
    }

    /// <summary>The error that ended reading, or null (no error so far, or the input ended well).</summary>
    public Finding? Error { get; private set; }

    /// <summary>Reads the next row.</summary>
    /// <returns>The row; null at the end of the input or after an error (see <see cref="Error"/>).</returns>
    public CsvRow? ReadRow()
    {
        // One row is read ahead: whether a row is the last one (and so whether the input ended with its line break, or
        // inside it at bytes that are not UTF-8) is known only once Sep finds no more.
        if (!_started)
        {
            _started = true;
            _next = Next();
        }

        CsvRow? row = _next;
        if (row is null)
        {
            if (_nextError is null && _source.Invalid)
            {
                _nextError = EncodingError(_rows + 1, _line); // before the first row
            }

            Error ??= _nextError;
            return null;
        }

        _next = _nextError is null ? Next() : null;
        if (_next is not null || _nextError is not null)
        {
            return row;
        }

        // The last row.
        if (_source.Invalid)
        {
            // The input ended at bad bytes. They are in the row after this one when this one ended with a line feed
            // (CRLF or LF); otherwise this row was cut by them, and it is not given.
            if (_source.LastChar != '\n')
            {
                Error = EncodingError(row.Number, row.Line);
                return null;
            }

            _nextError = EncodingError(row.Number + 1, _line);
            return row;
        }

        return _source.LastChar is '\r' or '\n' ? row : new CsvRow(row.Number, row.Line, row.Fields, endsWithLineBreak: false);
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
        _sep?.Dispose();
        _source.Dispose();
    }

    private static Finding EncodingError(int row, int line) => new()
    {
        Row = row,
        Line = line,
        Code = CsvCodes.Encoding,
        Message = "the row has bytes that are not UTF-8 text: the file was not saved as UTF-8. Save it as \"CSV UTF-8\" (Excel) or with the UTF-8 character set (LibreOffice, Google Sheets).",
        Severity = Severity.Error,
    };

    // The next row from Sep, its fields checked and unescaped; null at the end or at an error (_nextError).
    private CsvRow? Next()
    {
        int number = _rows + 1;
        try
        {
            // Sep reads the first rows as it is created: its exceptions come from there too.
            _sep ??= Options.From(_source);
            if (!_sep.MoveNext())
            {
                return null;
            }
        }
        catch (NotSupportedException)
        {
            // Sep's exceptions are not shown: their messages may hold text of the file. This one is a row that does not
            // fit its largest buffer, almost always an unclosed quote swallowing the rest of the file.
            _nextError = Fail(number, _line, CsvCodes.FieldTooLong, string.Create(CultureInfo.InvariantCulture,
                $"the row is longer than {SepRowLengthMax} characters (often a double quote that is not closed where it should be)."));
            return null;
        }

        SepReader.Row sep = _sep.Current;
        var fields = new CsvField[sep.ColCount];
        int fieldLine = _line;
        for (int i = 0; i < fields.Length; i++)
        {
            ReadOnlySpan<char> raw = sep[i].Span;
            if (ReadField(raw, number, fieldLine, i) is not { } field)
            {
                return null;
            }

            fields[i] = field;
            if (field.Quoted)
            {
                fieldLine += LineBreaks(raw);
            }
        }

        var row = new CsvRow(number, _line, fields, endsWithLineBreak: true);
        _rows = number;
        _line = fieldLine + 1;
        return row;
    }

    // A field as written (quotes and all) to its text; null at an error (_nextError). Errors are found in the order
    // of the text, as a reader going character by character finds them: a field that grows past the limit before a
    // bad quote is too long.
    private CsvField? ReadField(ReadOnlySpan<char> raw, int number, int fieldLine, int index)
    {
        if (raw.IsEmpty || raw[0] != '"')
        {
            int quote = raw.IndexOf('"');
            if (quote > _maxFieldLength || (quote < 0 && raw.Length > _maxFieldLength))
            {
                return TooLong(number, index);
            }

            if (quote >= 0)
            {
                return Syntax(number, $"field {index + 1} has a double quote but does not begin with one (a field with quotes must be enclosed in double quotes, its quotes doubled).");
            }

            return new CsvField(raw.ToString(), false);
        }

        // A quoted field: "…", quotes inside doubled, nothing after the closing quote.
        if (raw.Length >= 2 && raw[^1] == '"' && !raw[1..^1].Contains('"'))
        {
            return raw.Length - 2 > _maxFieldLength ? TooLong(number, index) : new CsvField(raw[1..^1].ToString(), true);
        }

        _field.Clear();
        int position = 1;
        while (true)
        {
            int quote = raw[position..].IndexOf('"');
            if (quote < 0)
            {
                if (_field.Length + raw.Length - position > _maxFieldLength)
                {
                    return TooLong(number, index);
                }

                // Bytes that are not UTF-8 end the input first: a quote they leave open is their consequence.
                if (_source.Invalid)
                {
                    _nextError = EncodingError(number, _line);
                    return null;
                }

                return Syntax(number, $"field {index + 1} opens a double quote on line {fieldLine} that is never closed (a quote inside a quoted field must be doubled).");
            }

            bool doubled = position + quote + 1 < raw.Length && raw[position + quote + 1] == '"';
            int length = quote + (doubled ? 1 : 0);
            if (_field.Length + length > _maxFieldLength)
            {
                return TooLong(number, index);
            }

            _field.Append(raw.Slice(position, length));
            position += length + 1;
            if (!doubled)
            {
                break;
            }
        }

        if (position < raw.Length)
        {
            return Syntax(number, $"field {index + 1} has text after its closing double quote (a quote inside a quoted field must be doubled).");
        }

        return new CsvField(_field.ToString(), true);
    }

    private CsvField? Syntax(int number, FormattableString message)
    {
        _nextError = Fail(number, _line, CsvCodes.Syntax, FormattableString.Invariant(message));
        return null;
    }

    private CsvField? TooLong(int number, int index)
    {
        _nextError = Fail(number, _line, CsvCodes.FieldTooLong, string.Create(CultureInfo.InvariantCulture,
            $"field {index + 1} is longer than {_maxFieldLength} characters (often a double quote that is not closed where it should be)."));
        return null;
    }

    private static Finding Fail(int row, int line, string code, string message)
        => new() { Row = row, Line = line, Code = code, Message = message, Severity = Severity.Error };

    // Line breaks in a field: CRLF, LF and CR each end a line.
    private static int LineBreaks(ReadOnlySpan<char> text)
    {
        int count = 0;
        for (int i = text.IndexOfAny('\r', '\n'); i >= 0 && i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }
}
