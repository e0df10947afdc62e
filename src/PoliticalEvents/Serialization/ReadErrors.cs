using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PoliticalEvents.Serialization;

/// <summary>What a read expects at the top of its input; decides where records start.</summary>
internal enum ReadRoot
{
    /// <summary>A dataset document: records are at <c>/records/N</c>.</summary>
    Dataset,

    /// <summary>One record (a JSON Lines line or <see cref="PoliticalEventsJson.ReadRecord"/>): the record is the root.</summary>
    Record,

    /// <summary>Anything without records at known places (a JSON Lines header line, a document's metadata alone).</summary>
    Other,
}

/// <summary>
/// Turns the exceptions System.Text.Json raises on bad input into <see cref="Finding"/>s with a stable code,
/// a JSON Pointer, the line and column, and a message that names the rule, not the .NET type and not the data.
/// </summary>
/// <remarks>
/// System.Text.Json says what went wrong only in its messages; the codes that depend on them are pinned by tests
/// (tests/PoliticalEvents.Tests/Serialization). Where the input itself can tell (a <c>null</c> token, a record's
/// <c>"type"</c>, invalid UTF-8), it is asked instead.
/// </remarks>
internal static partial class ReadErrors
{
    private const string RecordTypes = "person, organization, detention, release, sanctionMeasure or link";

    private const string NullMessage = "null is not a value in this format; leave the property out when it has no value.";

    private static readonly Lazy<string[]> KnownRecordTypes = new(() =>
        [.. PoliticalEventsJson.RecordTypeInfo.PolymorphismOptions!.DerivedTypes.Select(d => (string)d.TypeDiscriminator!)]);

    // What System.Text.Json raises for bad input: JsonException (with our WireFormatException), NotSupportedException
    // (a record without a known "type"), InvalidOperationException (invalid UTF-8 met while transcoding), and
    // DecoderFallbackException. Other exceptions are bugs and must surface, not be reported as bad data.
    public static bool IsDataError(Exception ex)
        => ex is JsonException or NotSupportedException or InvalidOperationException or System.Text.DecoderFallbackException;

    public static Finding NullDocument() => new()
    {
        Path = string.Empty,
        Code = "type",
        Message = "Expected a JSON object, found null.",
        Severity = Severity.Error,
        Line = 1,
        Column = 1,
    };

    /// <summary>The first problem of input that is not well-formed (not valid UTF-8, say): a syntax or an encoding error, whichever comes first.</summary>
    /// <remarks>The scan checks every byte, so input that is not valid UTF-8 always has a problem.</remarks>
    public static Finding FirstProblem(ReadOnlySpan<byte> input)
        => Syntax(input, JsonSyntax.Find(input) ?? new JsonSyntaxError(0, "json.encoding", "The input is not valid UTF-8."));

    /// <summary>Describes why reading <paramref name="input"/> failed with <paramref name="ex"/>.</summary>
    /// <remarks>
    /// An input that is not well-formed JSON (or not valid UTF-8 or Unicode, or nested too deeply) is described by this
    /// project's own check (<see cref="JsonSyntax"/>), whatever the serializer met first: a record missing its opening
    /// brace is a syntax error, not a value of the wrong type, and no text of System.Text.Json reaches the finding.
    /// </remarks>
    public static Finding From(Exception ex, ReadOnlySpan<byte> input, ReadRoot root)
    {
        if (JsonSyntax.Find(input) is { } syntax)
        {
            return Syntax(input, syntax);
        }

        JsonException? json = ex as JsonException ?? ex.InnerException as JsonException;
        (string pointer, int? line, int? column) = Locate(ex, json);

        // A record whose "type" is missing, not a string or unknown fails before anything else in it is read.
        if (RecordPointer(pointer, root) is { } record && RecordTypeError(input, record) is { } typeError)
        {
            return typeError;
        }

        (string code, string message) = Classify(ex, json, pointer);
        if (code is "type" or "pattern" or "json.invalid" && JsonLocator.TryFind(input, pointer, out JsonTokenType token, out long offset))
        {
            if (token == JsonTokenType.Null)
            {
                code = "type";
                message = ex is WireFormatException { RelativePointer.Length: > 0 } ? message : NullMessage;
                (line, column) = JsonLocator.Position(input, offset);
            }
            else if (token == JsonTokenType.String && InChain(ex, static e => e is NodaTime.Text.UnparsableValueException) && NamesNoRealDay(input[(int)offset..]))
            {
                (code, message) = ("date.notReal", "Not a real date: the day (or time) does not exist.");
            }
        }

        return Error(pointer, code, message, line, column);
    }

    // Whether the string token at the start of json has the form the schemas give a date or an instant but names no
    // real day or time (2025-02-30, 2025-01-01T25:00:00Z). A real date where an instant belongs is a wrong form.
    private static bool NamesNoRealDay(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return false;
        }

        string text = Encoding.UTF8.GetString(reader.ValueSpan);
        return DateForm().IsMatch(text) && !NodaTime.Text.LocalDatePattern.Iso.Parse(text).Success
            || InstantForm().IsMatch(text) && !NodaTime.Text.InstantPattern.ExtendedIso.Parse(text).Success;
    }

    /// <summary>The finding for a syntax problem of <paramref name="input"/>, located by its offset.</summary>
    public static Finding Syntax(ReadOnlySpan<byte> input, JsonSyntaxError syntax)
    {
        (int line, int column) = JsonLocator.Position(input, syntax.Offset);
        return Error(syntax.Pointer, syntax.Code, syntax.Message, line, column);
    }

    /// <summary>
    /// The pointer cut before its first token that the format cannot have written: longer than
    /// <see cref="MaxShownName"/> or not printable (a control, format or line-break character, half a surrogate pair).
    /// Such a token is a name from the input (an unknown property), which a finding must not repeat; the finding then
    /// points at the object that holds it.
    /// </summary>
    public static string SafePointer(string pointer)
    {
        int start = 0;
        while (start < pointer.Length)
        {
            int next = pointer.IndexOf('/', start + 1);
            int end = next < 0 ? pointer.Length : next;
            if (!IsShowable(pointer.AsSpan(start + 1, end - start - 1)))
            {
                return pointer[..start];
            }

            start = end;
        }

        return pointer;
    }

    /// <summary>The longest name from the input that a finding shows (in UTF-16 units).</summary>
    public const int MaxShownName = 64;

    /// <summary>
    /// Whether a name from the input may appear in a finding: at most <see cref="MaxShownName"/> UTF-16 units, and only
    /// visible characters and the plain space.
    /// </summary>
    public static bool IsShowable(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxShownName)
        {
            return false;
        }

        // Control, format (invisible), separator other than the plain space, private-use and unassigned characters, and
        // halves of surrogate pairs: what a reader of the message could not see or copy back.
        for (int i = 0; i < name.Length;)
        {
            if (Rune.DecodeFromUtf16(name[i..], out Rune rune, out int used) != System.Buffers.OperationStatus.Done
                || (rune.Value != ' ' && Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                    or System.Globalization.UnicodeCategory.SpaceSeparator or System.Globalization.UnicodeCategory.LineSeparator
                    or System.Globalization.UnicodeCategory.ParagraphSeparator or System.Globalization.UnicodeCategory.PrivateUse
                    or System.Globalization.UnicodeCategory.OtherNotAssigned))
            {
                return false;
            }

            i += used;
        }

        return true;
    }

    /// <summary>Converts System.Text.Json's path (<c>$.records[3]['a b']</c>) to an RFC 6901 pointer (<c>/records/3/a b</c>).</summary>
    internal static string ToPointer(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return string.Empty;
        }

        var pointer = new StringBuilder(jsonPath.Length);
        int i = jsonPath[0] == '$' ? 1 : 0;
        while (i < jsonPath.Length)
        {
            char c = jsonPath[i];
            if (c == '.')
            {
                int end = i + 1;
                while (end < jsonPath.Length && jsonPath[end] is not ('.' or '['))
                {
                    end++;
                }

                JsonLocator.AppendToken(pointer, jsonPath.AsSpan(i + 1, end - i - 1));
                i = end;
            }
            else if (c == '[' && i + 1 < jsonPath.Length && jsonPath[i + 1] == '\'')
            {
                // The name is not escaped: it ends at the first "']" that ends the path or is followed by another segment.
                int end = i + 2;
                while (end < jsonPath.Length
                    && !(jsonPath[end] == '\'' && end + 1 < jsonPath.Length && jsonPath[end + 1] == ']'
                        && (end + 2 == jsonPath.Length || jsonPath[end + 2] is '.' or '[')))
                {
                    end++;
                }

                JsonLocator.AppendToken(pointer, jsonPath.AsSpan(i + 2, Math.Min(end, jsonPath.Length) - i - 2));
                i = Math.Min(end + 2, jsonPath.Length);
            }
            else if (c == '[')
            {
                int end = jsonPath.IndexOf(']', i);
                end = end < 0 ? jsonPath.Length : end;
                JsonLocator.AppendToken(pointer, jsonPath.AsSpan(i + 1, end - i - 1));
                i = end + 1;
            }
            else
            {
                i++;
            }
        }

        return pointer.ToString();
    }

    private static Finding Error(string pointer, string code, string message, int? line, int? column) => new()
    {
        Path = SafePointer(pointer),
        Code = code,
        Message = message,
        Severity = Severity.Error,
        Line = line,
        Column = column,
    };

    private static (string Pointer, int? Line, int? Column) Locate(Exception ex, JsonException? json)
    {
        if (json is not null)
        {
            string pointer = ToPointer(json.Path);

            // The path of an unknown property does not escape the property's name; the message gives it exactly.
            if (UnmappedProperty().Match(json.Message) is { Success: true } unmapped && json.Path is { } path)
            {
                string name = unmapped.Groups[1].Value;
                string suffix = path.EndsWith("['" + name + "']", StringComparison.Ordinal) ? "['" + name + "']" : "." + name;
                if (path.EndsWith(suffix, StringComparison.Ordinal))
                {
                    pointer = ToPointer(path[..^suffix.Length]) + JsonLocator.Token(name);
                }
            }

            return (
                pointer + (json as WireFormatException)?.RelativePointer,
                json.LineNumber is long line ? checked((int)line + 1) : null,
                json.BytePositionInLine is long column ? checked((int)column + 1) : null);
        }

        // NotSupportedException (e.g. a record without "type") carries its position in the message only.
        if (Position().Match(ex.Message) is { Success: true } position)
        {
            return (
                ToPointer(position.Groups[1].Value),
                int.Parse(position.Groups[2].Value, CultureInfo.InvariantCulture) + 1,
                int.Parse(position.Groups[3].Value, CultureInfo.InvariantCulture) + 1);
        }

        return (string.Empty, null, null);
    }

    private static (string Code, string Message) Classify(Exception ex, JsonException? json, string pointer)
    {
        if (ex is WireFormatException wire)
        {
            return (wire.Code, StripPosition(wire.Message));
        }

        string text = StripPosition(json?.Message ?? ex.Message);

        // Errors of the JSON reader itself: the input is not well-formed JSON. JsonSyntax (in From) describes every such
        // input first; this is the fallback should the reader ever refuse something the project's check accepts.
        if (InChain(ex, static e => e.GetType().Name == "JsonReaderException"))
        {
            return ("json.syntax", "Not well-formed JSON.");
        }

        if (InChain(ex, static e => e is DecoderFallbackException
            || (e is InvalidOperationException && e.Message.Contains("UTF-8", StringComparison.Ordinal))))
        {
            return ("json.encoding", "The input is not valid UTF-8.");
        }

        if (UnmappedProperty().Match(text) is { Success: true } unmapped)
        {
            return ("additionalProperties", UnknownProperty(unmapped.Groups[1].Value));
        }

        // With a polymorphic type, System.Text.Json treats "$…" names as metadata and rejects those it does not know.
        if (text.StartsWith("Properties that start with '$'", StringComparison.Ordinal)
            || text.StartsWith("The metadata property is either not supported", StringComparison.Ordinal))
        {
            return ("additionalProperties", UnknownProperty(LastToken(pointer)));
        }

        if (MissingRequired().Match(text) is { Success: true } missing)
        {
            return ("required", $"Missing required property {missing.Groups[1].Value.Trim()}.");
        }

        // "Duplicate property 'x' encountered…", and for "type": "…contains a duplicate 'type' metadata property".
        if (text.Contains("duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return ("json.duplicateProperty", "A property appears more than once in the same object.");
        }

        if (NullNotAllowed().IsMatch(text))
        {
            return ("type", NullMessage);
        }

        // Record "type" problems are normally found in the input first (see RecordTypeError); these are the fallbacks.
        if (text.Contains("must specify a type discriminator", StringComparison.Ordinal))
        {
            return ("required", $"Missing required property 'type' ({RecordTypes}).");
        }

        if (text.Contains("type discriminator", StringComparison.OrdinalIgnoreCase))
        {
            return ("enum", $"Unknown record type: expected {RecordTypes}.");
        }

        if (text.Contains("metadata properties must be JSON strings", StringComparison.Ordinal))
        {
            return ("type", $"A record's \"type\" must be a string: {RecordTypes}.");
        }

        if (InChain(ex, static e => e is NodaTime.Text.UnparsableValueException or NodaTime.Utility.InvalidNodaDataException))
        {
            // Refined in From: a text of the right form that names no real day is date.notReal.
            return ("pattern", "Not a valid date or instant: expected YYYY-MM-DD for a date, YYYY-MM-DDThh:mm:ssZ (UTC) for an instant.");
        }

        if (text.Contains("could not be converted", StringComparison.Ordinal) || InChain(ex, static e => e is InvalidOperationException or FormatException))
        {
            return ("type", "The value has the wrong JSON type for this property.");
        }

        // Never pass System.Text.Json's own text through: it names .NET types and may quote the input.
        return ("json.invalid", "The value could not be read.");
    }

    private static string? RecordPointer(string pointer, ReadRoot root) => root switch
    {
        ReadRoot.Record => string.Empty,
        ReadRoot.Dataset when RecordInDataset().Match(pointer) is { Success: true } match => match.Value,
        _ => null,
    };

    /// <summary>The error of the record at <paramref name="recordPointer"/> when its "type" is missing, not a string or unknown.</summary>
    private static Finding? RecordTypeError(ReadOnlySpan<byte> input, string recordPointer)
    {
        if (!JsonLocator.TryFind(input, recordPointer, out JsonTokenType token, out long start) || token != JsonTokenType.StartObject)
        {
            return null;
        }

        var reader = new Utf8JsonReader(input[(int)start..], new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isType = reader.ValueTextEquals("type"u8);
                reader.Read();
                if (!isType)
                {
                    reader.Skip();
                    continue;
                }

                (int line, int column) = JsonLocator.Position(input, start + reader.TokenStartIndex);
                string typePointer = recordPointer + "/type";
                if (reader.TokenType != JsonTokenType.String)
                {
                    return Error(typePointer, "type", $"A record's \"type\" must be a string: {RecordTypes}.", line, column);
                }

                foreach (string known in KnownRecordTypes.Value)
                {
                    if (reader.ValueTextEquals(known))
                    {
                        return null;
                    }
                }

                return Error(typePointer, "enum", $"Unknown record type: expected {RecordTypes}.", line, column);
            }

            if (reader.TokenType != JsonTokenType.EndObject)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Malformed, or a "type" whose escapes are not valid UTF-16 (ValueTextEquals throws): the reader's own error says more.
            return null;
        }

        (int objectLine, int objectColumn) = JsonLocator.Position(input, start);
        return Error(recordPointer, "required", $"Missing required property 'type' ({RecordTypes}).", objectLine, objectColumn);
    }

    private static bool InChain(Exception? ex, Func<Exception, bool> predicate)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (predicate(ex))
            {
                return true;
            }
        }

        return false;
    }

    private static string LastToken(string pointer)
        => pointer[(pointer.LastIndexOf('/') + 1)..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    private static string StripPosition(string message)
    {
        int at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return (at >= 0 ? message[..at] : message).Trim();
    }

    // Singleline: a property name may contain a line break ("a\nb").
    [GeneratedRegex("The JSON property '(.*)' could not be mapped", RegexOptions.Singleline)]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex("missing required properties including: (.*?)\\.?$")]
    private static partial Regex MissingRequired();

    // "The property or field 'x' on type 'T' doesn't allow setting null values" and, for required init-only members,
    // "The constructor parameter 'X' on type 'T' doesn't allow null values".
    [GeneratedRegex("(?:property or field|constructor parameter) '[^']*' .*(?:doesn't|does not) allow (?:(?:setting|getting) )?null")]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(" Path: (.*) \\| LineNumber: ([0-9]+) \\| BytePositionInLine: ([0-9]+)\\.")]
    private static partial Regex Position();

    // The patterns of localDate and instant in schemas/v1.
    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DateForm();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$")]
    private static partial Regex InstantForm();

    [GeneratedRegex("^/records/[0-9]+")]
    private static partial Regex RecordInDataset();

    /// <summary>
    /// The message of an unknown property: its name only when it is short and printable (<see cref="IsShowable"/>),
    /// since it comes from the input; the pointer then also stops at the object that holds it (<see cref="SafePointer"/>).
    /// </summary>
    public static string UnknownProperty(string name)
        => IsShowable(name) ? $"Unknown property '{name}'." : "Unknown property (its name is not shown: it is too long or holds characters that cannot be printed).";
}
