using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace PoliticalEvents.Serialization;

/// <summary>
/// Reads a dataset document from a stream one record at a time, in memory that grows with the largest record, not with
/// the document: a document of any size can be converted or checked without holding its records.
/// </summary>
/// <remarks>
/// <para>Records are yielded in order as the <c>records</c> array is read; a record that cannot be read yields an error
/// (its first problem, at <c>/records/N/…</c> with the line, as <see cref="PoliticalEventsJson.ReadDataset"/> reports it)
/// and reading goes on with the next record. The metadata (title, format version, …) comes last, after the whole
/// document has been read, because its properties may come before or after <c>records</c>; only the metadata is
/// buffered, never a record. Input that is not well-formed JSON yields one error where it breaks, and reading stops.</para>
/// <para>Use <see cref="PoliticalEventsJson.ReadDatasetAsync"/> to read a whole document at once.</para>
/// </remarks>
internal static class DatasetDocumentReader
{
    /// <summary>Reads the records, then the metadata, of a dataset document.</summary>
    /// <param name="utf8Json">The document, UTF-8 with or without a byte-order mark; read once, not closed.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>One entry per record (or record error), then the metadata (or its errors).</returns>
    public static async IAsyncEnumerable<DatasetDocumentEntry> ReadAsync(Stream utf8Json, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var state = new Scanner();
        try
        {
            while (true)
            {
                Step step = state.Next();
                if (step == Step.Entry)
                {
                    yield return state.Entry!;
                    continue;
                }

                if (step == Step.Done)
                {
                    yield break;
                }

                await state.FillAsync(utf8Json, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            state.Dispose();
        }
    }

    private enum Step
    {
        Entry,
        NeedMore,
        Done,
    }

    private enum Phase
    {
        BeforeRoot,
        InRoot,
        InRecords,
        AfterRoot,
        Done,
    }

    private sealed class Scanner : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _metadata = new(256);
        private readonly Dictionary<string, int> _propertyLines = new(StringComparer.Ordinal);
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        private int _start;
        private int _committed; // bytes of the current step's data committed so far
        private int _end;
        private bool _eof;
        private bool _first = true;
        private int _line = 1;
        private long _windowStart; // the document offset of the first byte not yet committed (data[0] of a step)
        private long _lastNewline = -1; // the document offset of the last line break committed
        private int _recordIndex;
        private bool _sawRecords;
        private bool _sawType;
        private bool _afterMember; // in the root object: a property has been read since '{'
        private bool _afterRecord; // in the records array: a record has been read since '['
        private bool _describing; // the JSON broke, and more of it is needed to tell how
        private Finding? _metadataProblem; // the first metadata value that is not valid UTF-8 or Unicode, located
        private Phase _phase = Phase.BeforeRoot;
        private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = 64 });

        public DatasetDocumentEntry? Entry { get; private set; }

        public async ValueTask FillAsync(Stream stream, CancellationToken cancellationToken)
        {
            int pending = _end - _start;
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
                (_start, _end) = (0, pending);
            }

            if (pending == _buffer.Length)
            {
                // One record fills the buffer: grow it to the largest record, no further.
                byte[] larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                Buffer.BlockCopy(_buffer, 0, larger, 0, pending);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }

            int read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            _end += read;
            _eof = read == 0;
            if (_first && (_end >= 3 || _eof))
            {
                _first = false;
                if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8))
                {
                    _start = 3;
                    _windowStart = 3;
                }
            }
        }

        public Step Next()
        {
            Entry = null;
            if (_phase == Phase.Done)
            {
                return Step.Done;
            }

            if (_first)
            {
                return Step.NeedMore;
            }

            ReadOnlySpan<byte> data = _buffer.AsSpan(_start, _end - _start);
            var reader = new Utf8JsonReader(data, _eof, _state);
            _committed = 0;
            try
            {
                if (_describing)
                {
                    throw new JsonException(); // the break again, with more of the input to describe it
                }

                return Advance(ref reader, data);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                // Broken JSON, or a property name of the document whose escapes are not valid UTF-16 (ValueTextEquals and
                // GetString throw InvalidOperationException): described by the project's own check of what follows the
                // last step read, which knows where in the document it begins. When the buffer stops before the check can
                // tell (inside a character, say), more of the input is read first.
                if (SyntaxError(data, LineAt(data, (int)reader.TokenStartIndex)) is not { } error)
                {
                    _describing = true;
                    return Step.NeedMore;
                }

                // A metadata value that is not valid UTF-8 or Unicode was read before the break, so it is the first problem.
                error = _metadataProblem ?? error;
                _phase = Phase.Done;
                Entry = new DatasetDocumentEntry { Line = error.Line ?? _line, Error = error };
                return Step.Entry;
            }
            finally
            {
                _start += _committed;
                _windowStart += _committed;
            }
        }

        private Step Advance(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
        {
            while (true)
            {
                switch (_phase)
                {
                    case Phase.BeforeRoot:
                        if (!reader.Read())
                        {
                            return More(data);
                        }

                        if (reader.TokenType != JsonTokenType.StartObject)
                        {
                            _phase = Phase.Done;
                            Entry = Failure(string.Empty, ValidationCodes.Type, "Expected a JSON object (a dataset document).", _line);
                            return Step.Entry;
                        }

                        _phase = Phase.InRoot;
                        _afterMember = false;
                        Commit(ref reader, data);
                        break;

                    case Phase.InRoot:
                    {
                        if (!reader.Read())
                        {
                            return More(data);
                        }

                        if (reader.TokenType == JsonTokenType.EndObject)
                        {
                            _phase = Phase.AfterRoot;
                            Commit(ref reader, data);
                            break;
                        }

                        int nameStart = (int)reader.TokenStartIndex;
                        bool isRecords = reader.ValueTextEquals("records"u8);
                        bool isType = reader.ValueTextEquals("type"u8);
                        string name = reader.GetString()!;
                        int line = LineAt(data, nameStart);
                        if (!reader.Read())
                        {
                            return More(data);
                        }

                        if (isRecords)
                        {
                            _phase = Phase.Done;
                            if (_sawRecords)
                            {
                                Entry = Failure("/records", "json.duplicateProperty", "The property 'records' appears more than once.", line);
                                return Step.Entry;
                            }

                            if (reader.TokenType != JsonTokenType.StartArray)
                            {
                                Entry = Failure("/records", ValidationCodes.Type, "Expected an array of records.", line);
                                return Step.Entry;
                            }

                            _sawRecords = true;
                            _phase = Phase.InRecords;
                            _afterRecord = false;
                            Commit(ref reader, data);
                            break;
                        }

                        int valueStart = (int)reader.TokenStartIndex;
                        if (!reader.TrySkip())
                        {
                            return More(data);
                        }

                        // Metadata is small: keep its raw JSON, read as a whole at the end. The reader checks the JSON but
                        // not the text in it: a value that is not valid UTF-8 or Unicode is located here, in the document.
                        _sawType |= isType;
                        _propertyLines.TryAdd(name, line);
                        if (_metadataProblem is null && JsonSyntax.Find(data[valueStart..(int)reader.BytesConsumed]) is { } problem)
                        {
                            int at = valueStart + problem.Offset;
                            _metadataProblem = new Finding
                            {
                                Path = ReadErrors.SafePointer(JsonLocator.Token(name) + problem.Pointer),
                                Code = problem.Code,
                                Message = problem.Message,
                                Severity = Severity.Error,
                                Line = LineAt(data, at),
                                Column = ColumnAt(data, at),
                            };
                        }

                        if (!isType)
                        {
                            _metadata.Write(","u8);
                            _metadata.Write(data[nameStart..(int)reader.BytesConsumed]);
                        }

                        _afterMember = true;
                        Commit(ref reader, data);
                        break;
                    }

                    case Phase.InRecords:
                    {
                        if (!reader.Read())
                        {
                            return More(data);
                        }

                        if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            _phase = Phase.InRoot;
                            _afterMember = true;
                            Commit(ref reader, data);
                            break;
                        }

                        int start = (int)reader.TokenStartIndex;
                        if (!reader.TrySkip())
                        {
                            return More(data);
                        }

                        ReadOnlySpan<byte> record = data[start..(int)reader.BytesConsumed];
                        int line = LineAt(data, start);
                        int column = ColumnAt(data, start) - 1; // the columns before the record's first byte
                        int index = _recordIndex++;
                        ReadResult<Record> read = PoliticalEventsJson.Read(record, PoliticalEventsJson.RecordTypeInfo);
                        Entry = read.Value is { } value
                            ? new DatasetDocumentEntry { Line = line, RecordIndex = index, Record = value }
                            : new DatasetDocumentEntry { Line = line, RecordIndex = index, Error = AtRecord(read.Findings[0], index, line, column) };
                        _afterRecord = true;
                        Commit(ref reader, data);
                        return Step.Entry;
                    }

                    case Phase.AfterRoot:
                        if (reader.Read())
                        {
                            throw new JsonException(); // more after the root object: described by SyntaxError
                        }

                        if (!_eof)
                        {
                            return More(data);
                        }

                        _phase = Phase.Done;
                        Entry = ReadMetadata();
                        return Step.Entry;

                    default:
                        return Step.Done;
                }
            }
        }

        // The first syntax problem after the last step read (JsonSyntax, started in the place that step left), with its
        // line and column; null when more input is needed to tell; the reader's line when the whole input is read and
        // the check finds nothing.
        private Finding? SyntaxError(ReadOnlySpan<byte> data, int readerLine)
        {
            JsonSyntaxStart start = _phase switch
            {
                Phase.BeforeRoot => JsonSyntaxStart.Document,
                Phase.InRoot => new JsonSyntaxStart { Containers = [(true, null, -1)], Expect = _afterMember ? JsonExpect.AfterValue : JsonExpect.NameOrEnd },
                Phase.InRecords => new JsonSyntaxStart { Containers = [(true, "records", -1), (false, null, _recordIndex - 1)], Expect = _afterRecord ? JsonExpect.AfterValue : JsonExpect.ValueOrEnd },
                _ => new JsonSyntaxStart { Containers = [], Expect = JsonExpect.AfterValue },
            };
            if (JsonSyntax.Find(data[_committed..], start, _eof) is not { } syntax)
            {
                if (!_eof)
                {
                    return null;
                }

                string path = _phase == Phase.InRecords ? $"/records/{_recordIndex}" : string.Empty;
                return new Finding { Path = path, Code = "json.syntax", Message = "Not well-formed JSON.", Severity = Severity.Error, Line = readerLine };
            }

            int offset = _committed + syntax.Offset;
            return new Finding
            {
                Path = ReadErrors.SafePointer(syntax.Pointer),
                Code = syntax.Code,
                Message = syntax.Message,
                Severity = Severity.Error,
                Line = LineAt(data, offset),
                Column = ColumnAt(data, offset),
            };
        }

        private Step More(ReadOnlySpan<byte> data)
        {
            if (!_eof)
            {
                return Step.NeedMore;
            }

            _phase = Phase.Done;
            Entry = Failure(string.Empty, "json.syntax", "Not well-formed JSON: the document ends before it is complete.", LineAt(data, data.Length));
            return Step.Entry;
        }

        // What the reader has read so far is done with: the next step starts after it.
        private void Commit(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
        {
            int consumed = (int)reader.BytesConsumed;
            ReadOnlySpan<byte> step = data[_committed..consumed];
            _line += step.Count((byte)'\n');
            if (step.LastIndexOf((byte)'\n') is int newline and >= 0)
            {
                _lastNewline = _windowStart + _committed + newline;
            }

            _committed = consumed;
            _state = reader.CurrentState;
        }

        private int LineAt(ReadOnlySpan<byte> data, int offset) => _line + data[_committed..offset].Count((byte)'\n');

        // The 1-based column (in bytes) of an offset in the step's data, wherever in the document its line began.
        private int ColumnAt(ReadOnlySpan<byte> data, int offset)
        {
            int newline = data[_committed..offset].LastIndexOf((byte)'\n');
            long lineStart = newline >= 0 ? _windowStart + _committed + newline : _lastNewline;
            return checked((int)(_windowStart + offset - lineStart));
        }

        private DatasetDocumentEntry ReadMetadata()
        {
            if (_metadataProblem is { } problem)
            {
                return new DatasetDocumentEntry { Line = problem.Line ?? 1, Error = problem };
            }

            if (_sawType)
            {
                return Failure("/type", ValidationCodes.AdditionalProperties, "Unknown property 'type'.", _propertyLines["type"]);
            }

            if (!_sawRecords)
            {
                return Failure(string.Empty, ValidationCodes.Required, "The required property 'records' is missing.", 1);
            }

            var json = new ArrayBufferWriter<byte>(_metadata.WrittenCount + 32);
            json.Write("{\"type\":\"dataset\""u8);
            json.Write(_metadata.WrittenSpan);
            json.Write("}"u8);
            ReadResult<DatasetHeaderLine> header = PoliticalEventsJson.Read(json.WrittenSpan, PoliticalEventsJson.HeaderTypeInfo);
            if (header.Value is { } value)
            {
                return new DatasetDocumentEntry { Line = 1, Metadata = value.ToDataset([]) };
            }

            // Positions within the rebuilt metadata mean nothing in the document: give the line of the property instead.
            Finding error = header.Findings[0];
            string property = error.Path.Length > 1 ? error.Path[1..].Split('/')[0] : string.Empty;
            int line = _propertyLines.TryGetValue(property, out int found) ? found : 1;
            return Failure(error.Path, error.Code, error.Message, line);
        }

        private static Finding AtRecord(Finding error, int index, int startLine, int startColumn) => error with
        {
            Path = $"/records/{index}{error.Path}",
            Line = error.Line is int line ? startLine + line - 1 : startLine,
            Column = error.Column is int column && error.Line is 1 ? startColumn + column : error.Column,
        };

        private static DatasetDocumentEntry Failure(string path, string code, string message, int line) => new()
        {
            Line = line,
            Error = new Finding { Path = path, Code = code, Message = message, Severity = Severity.Error, Line = line },
        };

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
