using System.Buffers;
using System.Text;

namespace PoliticalEvents.Serialization;

/// <summary>The first way an input breaks the JSON syntax: where (a byte offset and a pointer), the finding's code and its message.</summary>
/// <param name="Offset">The byte offset of the problem in the scanned input.</param>
/// <param name="Code"><c>json.syntax</c>, <c>json.encoding</c> or <c>json.tooDeep</c>.</param>
/// <param name="Message">What is wrong, in this project's words; never a byte of the input.</param>
/// <param name="Pointer">
/// The JSON Pointer of the value in which the problem lies, or of the innermost open object or array when it lies
/// between values (a missing comma, the end of the input); names from the input are in it as they are (the caller
/// cuts those a finding must not show).
/// </param>
internal readonly record struct JsonSyntaxError(int Offset, string Code, string Message, string Pointer = "");

/// <summary>Where a scan begins: the containers already open around the input, and what may come first.</summary>
internal readonly record struct JsonSyntaxStart
{
    /// <summary>The start of a whole input: one JSON value, then nothing.</summary>
    public static JsonSyntaxStart Document => new() { Containers = [], Expect = JsonExpect.Value };

    /// <summary>
    /// The containers open around the scanned bytes, outermost first: an object with the name of its member that
    /// holds the next container (null for the innermost), or an array with the index of its last element (-1 before
    /// the first). <c>[(true, "records", 0), (false, null, 6)]</c> is inside a document's records array, after the
    /// seventh record.
    /// </summary>
    public required (bool IsObject, string? Name, int Index)[] Containers { get; init; }

    /// <summary>What the first token of the scanned bytes may be.</summary>
    public required JsonExpect Expect { get; init; }
}

/// <summary>What may come next at a point of a JSON text.</summary>
internal enum JsonExpect : byte
{
    /// <summary>A value (the start of the input, after <c>:</c>, after <c>,</c> in an array).</summary>
    Value,

    /// <summary>A value or the end of the array just opened.</summary>
    ValueOrEnd,

    /// <summary>A property name or the end of the object just opened.</summary>
    NameOrEnd,

    /// <summary>A property name (after <c>,</c> in an object).</summary>
    Name,

    /// <summary>The <c>:</c> after a property name.</summary>
    Colon,

    /// <summary>After a value: <c>,</c> or the end of its container, or (at the top) the end of the input.</summary>
    AfterValue,
}

/// <summary>
/// This project's own check of JSON well-formedness (RFC 8259), with UTF-8 and Unicode well-formedness (no lone
/// surrogate, escaped or encoded) and the reader's depth limit: it finds the first problem of an input and describes
/// it in the project's words, so that no finding ever carries another library's text, which quotes the input.
/// </summary>
/// <remarks>
/// It runs only once reading has failed (never on valid input), so it favours clarity over speed. Whole-input
/// well-formedness comes before every structural finding: a record missing its opening brace is a syntax error, not a
/// value of the wrong type.
/// </remarks>
internal static class JsonSyntax
{
    /// <summary>The deepest nesting read, the same as the serializer's and the reader's (<c>MaxDepth</c> 64).</summary>
    public const int MaxDepth = 64;

    /// <summary>Finds the first problem of a whole input (after a byte-order mark, if any); null when it is well-formed.</summary>
    public static JsonSyntaxError? Find(ReadOnlySpan<byte> json)
    {
        int bom = json.StartsWith("\uFEFF"u8) ? 3 : 0;
        JsonSyntaxError? error = Find(json[bom..], JsonSyntaxStart.Document, isFinal: true);
        return error is { } found ? found with { Offset = found.Offset + bom } : null;
    }

    /// <summary>
    /// Finds the first problem of <paramref name="json"/>, a part of a larger input that begins where
    /// <paramref name="start"/> says; null when none is found. When <paramref name="isFinal"/> is false, the bytes may
    /// stop anywhere, and stopping is not a problem.
    /// </summary>
    public static JsonSyntaxError? Find(ReadOnlySpan<byte> json, JsonSyntaxStart start, bool isFinal)
    {
        var scanner = new Scanner(start);
        return scanner.Run(json, isFinal);
    }

    private struct Scanner
    {
        private readonly Frame[] _stack = new Frame[MaxDepth + 1];
        private int _depth;
        private JsonExpect _expect;
        private bool _done;
        private bool _anything;
        private bool _topLevelString; // the value at the top is a string: a ':' after it means a '{' is missing

        public Scanner(JsonSyntaxStart start)
        {
            for (int k = 0; k < start.Containers.Length; k++)
            {
                (bool isObject, string? name, int index) = start.Containers[k];
                _stack[k] = new Frame { IsObject = isObject, FixedName = name, Index = index, NameStart = -1 };
            }

            _depth = start.Containers.Length;
            _expect = start.Expect;
            _done = _depth == 0 && start.Expect == JsonExpect.AfterValue;
            _anything = _depth > 0 || start.Expect != JsonExpect.Value;
        }

        public JsonSyntaxError? Run(ReadOnlySpan<byte> json, bool isFinal)
        {
            JsonSyntaxError? error = Scan(json, isFinal, out bool inValue);
            return error is { } found ? found with { Pointer = Pointer(json, inValue) } : null;
        }

        // The scan; inValue says whether the problem lies in a value (its pointer includes the member) or between values.
        private JsonSyntaxError? Scan(ReadOnlySpan<byte> json, bool isFinal, out bool inValue)
        {
            inValue = false;
            int i = 0;
            while (true)
            {
                while (i < json.Length && json[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
                {
                    i++;
                }

                if (i == json.Length)
                {
                    return !isFinal || _done ? null
                        : !_anything ? Syntax(i, "The input is empty: expected a JSON object.")
                        : Syntax(i, "Not well-formed JSON: the input ends before the JSON is complete.");
                }

                _anything = true;
                byte c = json[i];
                if (_done)
                {
                    return c == (byte)':' && _topLevelString
                        ? Syntax(i, "Not well-formed JSON: a property name outside any object (is the opening '{' missing?).")
                        : Unexpected(json, i, isFinal, "Not well-formed JSON: there is more after the end of the JSON value.");
                }

                switch (_expect)
                {
                    case JsonExpect.Value or JsonExpect.ValueOrEnd:
                        if (c == (byte)']' && _expect == JsonExpect.ValueOrEnd)
                        {
                            i++;
                            Close();
                            break;
                        }

                        // A value begins: it is the next element of an array.
                        if (_depth > 0 && !_stack[_depth - 1].IsObject)
                        {
                            _stack[_depth - 1].Index++;
                        }

                        inValue = true;
                        if (c is (byte)'{' or (byte)'[')
                        {
                            if (_depth == MaxDepth)
                            {
                                return new JsonSyntaxError(i, "json.tooDeep", "The JSON is nested too deeply (the limit is 64 levels).");
                            }

                            _stack[_depth++] = new Frame { IsObject = c == (byte)'{', Index = -1, NameStart = -1 };
                            _expect = c == (byte)'{' ? JsonExpect.NameOrEnd : JsonExpect.ValueOrEnd;
                            inValue = false;
                            i++;
                            break;
                        }

                        int end;
                        JsonSyntaxError? error = c switch
                        {
                            (byte)'"' => String(json, i, isFinal, out end),
                            (byte)'-' or (>= (byte)'0' and <= (byte)'9') => Number(json, i, isFinal, out end),
                            (byte)'t' or (byte)'f' or (byte)'n' => Literal(json, i, isFinal, out end),
                            _ => Unexpected(json, i, isFinal, _expect == JsonExpect.ValueOrEnd
                                ? "Not well-formed JSON: expected a value or ']' (text must be in double quotes)."
                                : "Not well-formed JSON: expected a value: an object, an array, a string in double quotes, a number, true, false or null.", out end),
                        };
                        if (error is not null || end < 0)
                        {
                            return error;
                        }

                        inValue = false;
                        _topLevelString = _depth == 0 && c == (byte)'"';
                        i = end;
                        AfterValue();
                        break;

                    case JsonExpect.NameOrEnd or JsonExpect.Name:
                        if (c == (byte)'}' && _expect == JsonExpect.NameOrEnd)
                        {
                            i++;
                            Close();
                            break;
                        }

                        if (c != (byte)'"')
                        {
                            return Unexpected(json, i, isFinal, _expect == JsonExpect.NameOrEnd
                                ? "Not well-formed JSON: expected a property name in double quotes, or '}'."
                                : "Not well-formed JSON: expected a property name in double quotes after ','.");
                        }

                        if (String(json, i, isFinal, out int nameEnd) is { } nameError)
                        {
                            return nameError;
                        }

                        if (nameEnd < 0)
                        {
                            return null;
                        }

                        _stack[_depth - 1].NameStart = i + 1;
                        _stack[_depth - 1].NameEnd = nameEnd - 1;
                        _stack[_depth - 1].FixedName = null;
                        i = nameEnd;
                        _expect = JsonExpect.Colon;
                        break;

                    case JsonExpect.Colon:
                        if (c != (byte)':')
                        {
                            return Unexpected(json, i, isFinal, "Not well-formed JSON: expected ':' after a property name.");
                        }

                        i++;
                        _expect = JsonExpect.Value;
                        break;

                    default: // AfterValue, inside a container
                        bool inObject = _stack[_depth - 1].IsObject;
                        if (c == (byte)',')
                        {
                            i++;
                            _expect = inObject ? JsonExpect.Name : JsonExpect.Value;
                        }
                        else if (c == (inObject ? (byte)'}' : (byte)']'))
                        {
                            i++;
                            Close();
                        }
                        else
                        {
                            return Unexpected(json, i, isFinal, inObject
                                ? "Not well-formed JSON: expected ',' or '}' after a property's value."
                                : "Not well-formed JSON: expected ',' or ']' after an element of an array.");
                        }

                        break;
                }
            }
        }

        private void Close()
        {
            _depth--;
            AfterValue();
        }

        private void AfterValue()
        {
            _expect = JsonExpect.AfterValue;
            _done = _depth == 0;
        }

        // The pointer of the innermost open container, and of its current member when the problem lies in a value.
        private readonly string Pointer(ReadOnlySpan<byte> json, bool inValue)
        {
            var pointer = new StringBuilder();
            int members = inValue ? _depth : _depth - 1;
            for (int k = 0; k < members; k++)
            {
                Frame frame = _stack[k];
                if (!frame.IsObject)
                {
                    JsonLocator.AppendToken(pointer, frame.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                else if (frame.FixedName is { } name)
                {
                    JsonLocator.AppendToken(pointer, name);
                }
                else if (frame.NameStart >= 0)
                {
                    JsonLocator.AppendToken(pointer, Unescape(json[frame.NameStart..frame.NameEnd]));
                }
            }

            return pointer.ToString();
        }

        private readonly JsonSyntaxError? Unexpected(ReadOnlySpan<byte> json, int at, bool isFinal, string message, out int end)
        {
            JsonSyntaxError? error = Unexpected(json, at, isFinal, message);
            end = error is null ? -1 : at;
            return error;
        }

        // A byte where it does not belong: an encoding error when it does not begin a valid UTF-8 character; nothing yet
        // when the bytes stop inside the character it begins (more may come and tell).
        private static JsonSyntaxError? Unexpected(ReadOnlySpan<byte> json, int at, bool isFinal, string message)
        {
            if (json[at] < 0x80)
            {
                return Syntax(at, message);
            }

            OperationStatus status = Rune.DecodeFromUtf8(json[at..], out _, out _);
            return status == OperationStatus.NeedMoreData && !isFinal ? null
                : status == OperationStatus.Done ? Syntax(at, message)
                : InvalidUtf8(at);
        }

        // The text of a well-formed string's content (the escapes checked by String).
        private static string Unescape(ReadOnlySpan<byte> content)
        {
            if (content.IndexOf((byte)'\\') < 0)
            {
                return Encoding.UTF8.GetString(content);
            }

            var text = new StringBuilder(content.Length);
            int i = 0;
            while (i < content.Length)
            {
                int backslash = content[i..].IndexOf((byte)'\\');
                if (backslash < 0)
                {
                    text.Append(Encoding.UTF8.GetString(content[i..]));
                    break;
                }

                text.Append(Encoding.UTF8.GetString(content.Slice(i, backslash)));
                i += backslash;
                byte escaped = content[i + 1];
                if (escaped == (byte)'u')
                {
                    _ = Hex(content, i + 2, out int unit);
                    text.Append((char)unit);
                    i += 6;
                }
                else
                {
                    text.Append(escaped switch
                    {
                        (byte)'b' => '\b',
                        (byte)'f' => '\f',
                        (byte)'n' => '\n',
                        (byte)'r' => '\r',
                        (byte)'t' => '\t',
                        _ => (char)escaped,
                    });
                    i += 2;
                }
            }

            return text.ToString();
        }

        private struct Frame
        {
            public bool IsObject;
            public string? FixedName;
            public int NameStart;
            public int NameEnd;
            public int Index;
        }

        // A string from its opening quote; end is past the closing quote, or -1 when the bytes stop first (not final).
        private static JsonSyntaxError? String(ReadOnlySpan<byte> json, int at, bool isFinal, out int end)
        {
            end = -1;
            int i = at + 1;
            while (true)
            {
                if (i >= json.Length)
                {
                    return isFinal ? Syntax(at, "Not well-formed JSON: a string is not closed (the input ends inside it).") : null;
                }

                byte b = json[i];
                if (b == (byte)'"')
                {
                    end = i + 1;
                    return null;
                }

                if (b < 0x20)
                {
                    return Syntax(i, "Not well-formed JSON: a control character (such as a line break or a tab) inside a string must be escaped.");
                }

                if (b >= 0x80)
                {
                    OperationStatus status = Rune.DecodeFromUtf8(json[i..], out _, out int consumed);
                    if (status == OperationStatus.NeedMoreData && !isFinal)
                    {
                        return null;
                    }

                    if (status != OperationStatus.Done)
                    {
                        return InvalidUtf8(i);
                    }

                    i += consumed;
                    continue;
                }

                if (b != (byte)'\\')
                {
                    i++;
                    continue;
                }

                if (i + 1 >= json.Length)
                {
                    return isFinal ? Syntax(at, "Not well-formed JSON: a string is not closed (the input ends inside it).") : null;
                }

                byte escaped = json[i + 1];
                if (escaped != (byte)'u')
                {
                    if (escaped is not ((byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t'))
                    {
                        return Syntax(i, InvalidEscapeMessage);
                    }

                    i += 2;
                    continue;
                }

                switch (Hex(json, i + 2, out int unit))
                {
                    case HexResult.Short when !isFinal:
                        return null;
                    case HexResult.Short or HexResult.Invalid:
                        return Syntax(i, InvalidEscapeMessage);
                }

                if (char.IsLowSurrogate((char)unit))
                {
                    return LoneSurrogate(i);
                }

                if (!char.IsHighSurrogate((char)unit))
                {
                    i += 6;
                    continue;
                }

                // A high surrogate must be followed at once by an escaped low one.
                if (i + 8 > json.Length && !isFinal)
                {
                    return null;
                }

                if (i + 8 > json.Length || json[i + 6] != (byte)'\\' || json[i + 7] != (byte)'u')
                {
                    return LoneSurrogate(i);
                }

                switch (Hex(json, i + 8, out int low))
                {
                    case HexResult.Short when !isFinal:
                        return null;
                    case HexResult.Short or HexResult.Invalid:
                        return Syntax(i + 6, InvalidEscapeMessage);
                }

                if (!char.IsLowSurrogate((char)low))
                {
                    return LoneSurrogate(i);
                }

                i += 12;
            }
        }

        // A number from its first character; end is past it, or -1 when the bytes stop inside it (not final).
        private static JsonSyntaxError? Number(ReadOnlySpan<byte> json, int at, bool isFinal, out int end)
        {
            end = -1;
            int i = at;
            if (json[i] == (byte)'-')
            {
                i++;
            }

            if (i < json.Length && json[i] == (byte)'0')
            {
                i++;
            }
            else if (!Digits(json, ref i))
            {
                return Short(json, i, isFinal) ? null : BadNumber(at);
            }

            if (i < json.Length && json[i] == (byte)'.')
            {
                i++;
                if (!Digits(json, ref i))
                {
                    return Short(json, i, isFinal) ? null : BadNumber(at);
                }
            }

            if (i < json.Length && json[i] is (byte)'e' or (byte)'E')
            {
                i++;
                if (i < json.Length && json[i] is (byte)'+' or (byte)'-')
                {
                    i++;
                }

                if (!Digits(json, ref i))
                {
                    return Short(json, i, isFinal) ? null : BadNumber(at);
                }
            }

            if (i == json.Length && !isFinal)
            {
                return null; // more digits may follow
            }

            // A number ends at white space, a comma, a closing bracket or the end; anything else is part of a bad one.
            if (i < json.Length && json[i] is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)',' or (byte)']' or (byte)'}'))
            {
                return BadNumber(at);
            }

            end = i;
            return null;
        }

        private static bool Digits(ReadOnlySpan<byte> json, ref int i)
        {
            int first = i;
            while (i < json.Length && json[i] is >= (byte)'0' and <= (byte)'9')
            {
                i++;
            }

            return i > first;
        }

        // True when a number or literal stops only because the bytes do: more may come.
        private static bool Short(ReadOnlySpan<byte> json, int i, bool isFinal) => i == json.Length && !isFinal;

        private static JsonSyntaxError? Literal(ReadOnlySpan<byte> json, int at, bool isFinal, out int end)
        {
            end = -1;
            ReadOnlySpan<byte> word = json[at] switch
            {
                (byte)'t' => "true"u8,
                (byte)'f' => "false"u8,
                _ => "null"u8,
            };
            ReadOnlySpan<byte> rest = json[at..];
            int common = rest.CommonPrefixLength(word);
            if (common == word.Length)
            {
                end = at + word.Length;
                return null;
            }

            return common == rest.Length && !isFinal ? null
                : Syntax(at, "Not well-formed JSON: a word that is not true, false or null (text must be in double quotes).");
        }

        private static HexResult Hex(ReadOnlySpan<byte> json, int at, out int value)
        {
            value = 0;
            for (int k = 0; k < 4; k++)
            {
                if (at + k >= json.Length)
                {
                    return HexResult.Short;
                }

                int digit = HexDigit(json[at + k]);
                if (digit < 0)
                {
                    return HexResult.Invalid;
                }

                value = (value << 4) | digit;
            }

            return HexResult.Ok;
        }

        private static int HexDigit(byte b) => b switch
        {
            >= (byte)'0' and <= (byte)'9' => b - '0',
            >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
            >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
            _ => -1,
        };

        private const string InvalidEscapeMessage = "Not well-formed JSON: an invalid escape in a string (the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hexadecimal digits).";

        private static JsonSyntaxError Syntax(int at, string message) => new(at, "json.syntax", message);

        private static JsonSyntaxError BadNumber(int at) => Syntax(at, "Not well-formed JSON: not a valid number (digits, optionally with a minus sign, a fraction and an exponent; no leading zeros).");

        private static JsonSyntaxError InvalidUtf8(int at) => new(at, "json.encoding", "The input is not valid UTF-8.");

        private static JsonSyntaxError LoneSurrogate(int at)
            => new(at, "json.encoding", "The text is not valid Unicode: a \\u escape names half of a surrogate pair without the other half.");

        private enum HexResult : byte
        {
            Ok,
            Short,
            Invalid,
        }
    }
}
