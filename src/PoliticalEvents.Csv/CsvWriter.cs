using System.Text;

namespace PoliticalEvents.Csv;

/// <summary>
/// Writes RFC 4180 CSV: UTF-8, comma-separated, rows ended by CRLF, fields in double quotes when they hold a comma, a
/// double quote (doubled), a line break, or begin or end with a space; optionally with a byte-order mark and the
/// formula guard (see <see cref="CsvWriterOptions"/>).
/// </summary>
/// <remarks>
/// A null field is written empty and unquoted; the empty string is written as <c>""</c>, so a reader that keeps
/// quotes (<see cref="CsvReader"/>, PostgreSQL) can tell "no value" from "empty text". Rows are buffered; call
/// <see cref="Flush"/> or dispose the writer to write them out. Text must be well-formed UTF-16: a lone surrogate
/// cannot be written as UTF-8 and makes writing throw <see cref="EncoderFallbackException"/>.
/// </remarks>
public sealed class CsvWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly StreamWriter _writer;
    private readonly bool _guard;

    /// <summary>Creates a writer over <paramref name="stream"/>; the byte-order mark (if any) is written at once.</summary>
    /// <param name="stream">Where to write; writable.</param>
    /// <param name="options">How to write; <see cref="CsvWriterOptions.Default"/> when null.</param>
    public CsvWriter(Stream stream, CsvWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= CsvWriterOptions.Default;
        _writer = new StreamWriter(stream, Utf8, bufferSize: 8 * 1024, leaveOpen: options.LeaveOpen);
        _guard = options.GuardFormulas;
        if (options.ByteOrderMark)
        {
            _writer.Write('\uFEFF');
        }
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

        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            WriteField(fields[i]);
        }

        _writer.Write("\r\n");
        RowCount++;
    }

    /// <summary>Writes one row.</summary>
    /// <param name="fields">The fields, in order; null for "no value". At least one.</param>
    public void WriteRow(IEnumerable<string?> fields) => WriteRow([.. fields]);

    /// <summary>Writes buffered rows to the stream and flushes it.</summary>
    public void Flush() => _writer.Flush();

    /// <summary>Flushes and, unless <see cref="CsvWriterOptions.LeaveOpen"/>, closes the stream.</summary>
    public void Dispose() => _writer.Dispose();

    private void WriteField(string? value)
    {
        if (value is null)
        {
            return;
        }

        bool guarded = _guard && CsvFormulaGuard.NeedsGuard(value);
        if (!guarded && !NeedsQuotes(value))
        {
            _writer.Write(value);
            return;
        }

        _writer.Write('"');
        if (guarded)
        {
            _writer.Write('\'');
        }

        int start = 0;
        for (int quote = value.IndexOf('"', start); quote >= 0; quote = value.IndexOf('"', start))
        {
            _writer.Write(value.AsSpan(start, quote + 1 - start));
            _writer.Write('"');
            start = quote + 1;
        }

        _writer.Write(value.AsSpan(start));
        _writer.Write('"');
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
