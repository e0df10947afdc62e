using System.Text;
using nietras.SeparatedValues;

namespace PoliticalEvents.Csv;

/// <summary>
/// Writes RFC 4180 CSV: UTF-8, comma-separated, rows ended by CRLF, fields in double quotes when they hold a comma, a
/// double quote (doubled), a line break, or begin or end with a space; optionally with a byte-order mark and the
/// formula guard (see <see cref="CsvWriterOptions"/>).
/// </summary>
/// <remarks>
/// <para>Sep writes the rows: the separators, the line breaks (the text writer's <see cref="TextWriter.NewLine"/>,
/// CRLF) and the buffering. Its own escaping (<see cref="SepWriterOptions.Escape"/>) is off, as it quotes only around
/// separators, quotes and line breaks: each field is quoted here, by the rules of docs/csv.md, and handed to Sep as
/// written.</para>
/// <para>A null field is written empty and unquoted; the empty string is written as <c>""</c>, so a reader that keeps
/// quotes (<see cref="CsvReader"/>, PostgreSQL) can tell "no value" from "empty text". Rows are buffered; call
/// <see cref="Flush"/> or dispose the writer to write them out. Text must be well-formed UTF-16: a lone surrogate
/// cannot be written as UTF-8 and makes writing throw <see cref="EncoderFallbackException"/>.</para>
/// </remarks>
internal sealed class CsvWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly SepWriterOptions Options = Sep.New(',').Writer() with
    {
        WriteHeader = false,
        Escape = false,
        DisableColCountCheck = true,
        ColNotSetOption = SepColNotSetOption.Skip,
    };

    private readonly StreamWriter _text;
    private readonly SepWriter _sep;
    private readonly bool _guard;
    private char[] _quoted = new char[256];

    /// <summary>Creates a writer over <paramref name="stream"/>; the byte-order mark (if any) is written at once.</summary>
    /// <param name="stream">Where to write; writable.</param>
    /// <param name="options">How to write; <see cref="CsvWriterOptions.Default"/> when null.</param>
    public CsvWriter(Stream stream, CsvWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= CsvWriterOptions.Default;
        _text = new StreamWriter(stream, Utf8, bufferSize: 8 * 1024, leaveOpen: options.LeaveOpen) { NewLine = "\r\n" };
        _guard = options.GuardFormulas;
        if (options.ByteOrderMark)
        {
            _text.Write('\uFEFF');
        }

        _sep = Options.To(_text, leaveOpen: true);
    }

    /// <summary>How many rows have been written.</summary>
    public long RowCount { get; private set; }

    /// <summary>Writes one row.</summary>
    /// <param name="fields">The fields, in order; null for "no value". At least one.</param>
    public void WriteRow(params ReadOnlySpan<string?> fields)
    {
        if (fields.IsEmpty)
        {
            throw new ArgumentException("A CSV row has at least one field.", nameof(fields));
        }

        using (SepWriter.Row row = _sep.NewRow())
        {
            for (int i = 0; i < fields.Length; i++)
            {
                row[i].Set(Field(fields[i]));
            }
        }

        RowCount++;
    }

    /// <summary>Writes one row.</summary>
    /// <param name="fields">The fields, in order; null for "no value". At least one.</param>
    public void WriteRow(IEnumerable<string?> fields) => WriteRow([.. fields]);

    /// <summary>Writes buffered rows to the stream and flushes it.</summary>
    public void Flush() => _sep.Flush();

    /// <summary>Flushes and, unless <see cref="CsvWriterOptions.LeaveOpen"/>, closes the stream.</summary>
    public void Dispose()
    {
        _sep.Dispose();
        _text.Dispose();
    }

    // The field as written: as it is, or in quotes with its quotes doubled (and the formula guard's apostrophe).
    private ReadOnlySpan<char> Field(string? value)
    {
        if (value is null)
        {
            return [];
        }

        bool guarded = _guard && CsvFormulaGuard.NeedsGuard(value);
        if (!guarded && !NeedsQuotes(value))
        {
            return value;
        }

        int quotes = value.AsSpan().Count('"');
        int length = value.Length + quotes + (guarded ? 3 : 2);
        if (_quoted.Length < length)
        {
            _quoted = new char[Math.Max(length, _quoted.Length * 2)];
        }

        Span<char> quoted = _quoted;
        int at = 0;
        quoted[at++] = '"';
        if (guarded)
        {
            quoted[at++] = '\'';
        }

        foreach (char c in value)
        {
            quoted[at++] = c;
            if (c == '"')
            {
                quoted[at++] = '"';
            }
        }

        quoted[at++] = '"';
        return quoted[..at];
    }

    // Quotes around text with separators (RFC 4180), around the empty string (to tell it from "no value"), around text
    // with leading or trailing spaces, which some programs would otherwise trim, and around text that begins with a
    // byte-order mark character, which a reader would otherwise skip at the start of a file.
    private static bool NeedsQuotes(string value)
        => value.Length == 0
        || value.AsSpan().IndexOfAny(",\"\r\n") >= 0
        || value[0] == '\uFEFF'
        || char.IsWhiteSpace(value[0])
        || char.IsWhiteSpace(value[^1]);
}
