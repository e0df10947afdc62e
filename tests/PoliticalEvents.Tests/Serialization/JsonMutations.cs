using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>
/// Random edits of JSON that know its structure: delete, duplicate, rename, insert or move a property; replace a value by
/// one of another JSON type, of the wrong form or taken from elsewhere in the document; change the case of a string;
/// escape a character of a name or a string; add whitespace; insert a null array element; put a string at or over the
/// 100,000-character bound; truncate; add trailing content. Many results are invalid, some are valid but unusual.
/// </summary>
internal static class JsonMutations
{
    private static readonly string[] Literals =
    [
        "null", "0", "1", "-1", "1.5", "1e2", "-0", "2147483648", "true", "false", "[]", "{}", "[null]", "[1]", "\"\"", "\"x\"",
        "\"2020\"", "\"2020-13\"", "\"2021-02-29\"", "\"0000\"", "\"2020~\"", "\"P0Y\"", "\"P1Y6M\"", "\"P01Y\"", "\"BY\"", "\"EU\"", "\"by\"",
        "\"be\"", "\"be-Latn\"", "\"not a tag\"", "\"https://example.org/\"", "\"ftp://example.org/\"", "\"a..b\"", "\"-a\"", "\"female\"",
        "\"Female\"", "\"person\"", "\"link\"", "\"public\"", "\"2020-01-01\"", "\"2020-1-1\"", "\"0000-01-01\"", "\"2026-11-27T12:00:00Z\"",
        "\"2026-11-27T12:00:00\"", "\"\\u0000\"", "\"\\uD800\"", "\"\\uD83D\\uDE00\"",
    ];

    private static readonly string[] Names =
    [
        "type", "id", "name", "kind", "sources", "notes", "confidentiality", "records", "title", "formatVersion", "$schema", "unknown",
        "Name", "ID", "url", "value", "status", "detainees", "history", "targets",
    ];

    private enum Kind
    {
        DeleteProperty,
        DuplicateProperty,
        RenameProperty,
        InsertProperty,
        ReplaceValue,
        ChangeCase,
        MoveTypeLater,
        Escape,
        Whitespace,
        NullElement,
        LongString,
        Truncate,
        Trailing,
    }

    /// <summary>Applies one random edit; the input must be well-formed JSON (returned unchanged when there is nothing to edit).</summary>
    public static byte[] Mutate(byte[] json, Random random)
    {
        Scan scan = Scan.Of(json);
        if (scan.Tokens.Count == 0)
        {
            return json;
        }

        var kind = (Kind)random.Next(Enum.GetValues<Kind>().Length);
        switch (kind)
        {
            case Kind.DeleteProperty when scan.Properties.Count > 0:
            {
                Property p = Pick(scan.Properties, random);
                (int start, int end) = WithComma(json, p.NameStart, p.ValueEnd);
                return Replace(json, start, end, []);
            }

            case Kind.DuplicateProperty when scan.Properties.Count > 0:
            {
                Property p = Pick(scan.Properties, random);
                return Replace(json, p.ValueEnd, p.ValueEnd, [(byte)',', .. json[p.NameStart..p.ValueEnd]]);
            }

            case Kind.RenameProperty when scan.Properties.Count > 0:
            {
                Property p = Pick(scan.Properties, random);
                string name = Encoding.UTF8.GetString(json, p.NameStart + 1, p.NameEnd - p.NameStart - 2);
                string renamed = random.Next(4) switch
                {
                    0 => Pick(Names, random),
                    1 => name.ToUpperInvariant(),
                    2 => name + "x",
                    _ => scan.PropertyName(json, Pick(scan.Properties, random)),
                };
                return Replace(json, p.NameStart, p.NameEnd, Quote(renamed));
            }

            case Kind.InsertProperty when scan.Objects.Count > 0:
            {
                Token obj = Pick(scan.Objects, random);
                string name = random.Next(2) == 0 ? Pick(Names, random) : scan.PropertyName(json, Pick(scan.Properties, random));
                byte[] value = random.Next(2) == 0 ? Encoding.UTF8.GetBytes(Pick(Literals, random)) : scan.RandomValue(json, random);
                bool empty = json[obj.End..].AsSpan().TrimStart(" \r\n\t"u8)[0] == (byte)'}';
                return Replace(json, obj.End, obj.End, [.. Quote(name), (byte)':', .. value, .. (empty ? ""u8 : ","u8)]);
            }

            case Kind.ReplaceValue when scan.Values.Count > 0:
            {
                (int start, int end) = Pick(scan.Values, random);
                byte[] value = random.Next(3) == 0 ? scan.RandomValue(json, random) : Encoding.UTF8.GetBytes(Pick(Literals, random));
                return Replace(json, start, end, value);
            }

            case Kind.ChangeCase when scan.Strings.Count > 0:
            {
                Token s = Pick(scan.Strings, random);
                string text = Encoding.UTF8.GetString(json, s.Start + 1, s.End - s.Start - 2);
                string changed = random.Next(2) == 0 ? text.ToUpperInvariant() : text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
                return Replace(json, s.Start, s.End, Encoding.UTF8.GetBytes("\"" + changed + "\""));
            }

            case Kind.MoveTypeLater when scan.TypeProperties.Count > 0:
            {
                Property p = Pick(scan.TypeProperties, random);
                (int start, int end) = WithComma(json, p.NameStart, p.ValueEnd);
                byte[] moved = [.. json[start..end]];
                if (end == start || moved.Length == 0 || moved[^1] != (byte)',')
                {
                    return json; // "type" was the only property, or the last
                }

                // Put it right before the object's closing brace, as ',"type":…' (the insertion first, as it is further on).
                byte[] property = json[p.NameStart..p.ValueEnd];
                byte[] inserted = Replace(json, p.ObjectEnd - 1, p.ObjectEnd - 1, [(byte)',', .. property]);
                return Replace(inserted, start, end, []);
            }

            case Kind.Escape when scan.Strings.Count > 0:
            {
                Token s = Pick(scan.Strings, random);
                List<int> letters = [];
                for (int i = s.Start + 1; i < s.End - 1; i++)
                {
                    if (json[i] == (byte)'\\')
                    {
                        return json; // keep clear of existing escapes
                    }

                    if (char.IsAsciiLetterOrDigit((char)json[i]))
                    {
                        letters.Add(i);
                    }
                }

                if (letters.Count == 0)
                {
                    return json;
                }

                int at = Pick(letters, random);
                string escape = "\\u" + ((int)json[at]).ToString(random.Next(2) == 0 ? "x4" : "X4", CultureInfo.InvariantCulture);
                return Replace(json, at, at + 1, Encoding.ASCII.GetBytes(escape));
            }

            case Kind.Whitespace:
            {
                Token t = Pick(scan.Tokens, random);
                return Replace(json, t.End, t.End, Encoding.ASCII.GetBytes(Pick([" ", "\n", "\t", "\r\n", "  \n  "], random)));
            }

            case Kind.NullElement when scan.Arrays.Count > 0:
            {
                Token array = Pick(scan.Arrays, random);
                bool empty = json[array.End..].AsSpan().TrimStart(" \r\n\t"u8)[0] == (byte)']';
                return Replace(json, array.End, array.End, Encoding.ASCII.GetBytes(empty ? "null" : "null,"));
            }

            case Kind.LongString when scan.Strings.Count > 0:
            {
                (int start, int end) = Pick(scan.StringValues.Count > 0 ? scan.StringValues : scan.Values, random);
                string text = random.Next(3) switch
                {
                    0 => new string('a', 100_001),
                    1 => new string('a', 100_000),
                    _ => new string('é', 100_000 + random.Next(2)),
                };
                return Replace(json, start, end, Quote(text));
            }

            case Kind.Truncate:
                return json[..random.Next(json.Length)];

            case Kind.Trailing:
                return [.. json, .. Encoding.ASCII.GetBytes(Pick([" ", "\n", "x", "{}", ",", " null"], random))];

            default:
                return json;
        }
    }

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    private static byte[] Quote(string text)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStringValue(text);
        }

        return buffer.ToArray();
    }

    private static byte[] Replace(byte[] json, int start, int end, ReadOnlySpan<byte> with) => [.. json[..start], .. with, .. json[end..]];

    // The property [start, end) with the comma that separates it from its neighbour, so that the rest stays well-formed.
    private static (int Start, int End) WithComma(byte[] json, int start, int end)
    {
        int after = end;
        while (after < json.Length && json[after] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            after++;
        }

        if (after < json.Length && json[after] == (byte)',')
        {
            return (start, after + 1);
        }

        int before = start - 1;
        while (before >= 0 && json[before] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            before--;
        }

        return before >= 0 && json[before] == (byte)',' ? (before, end) : (start, end);
    }

    private readonly record struct Token(JsonTokenType Type, int Start, int End);

    private readonly record struct Property(int NameStart, int NameEnd, int ValueEnd, int ObjectEnd);

    private sealed class Scan
    {
        public List<Token> Tokens { get; } = [];

        public List<Token> Objects { get; } = [];

        public List<Token> Arrays { get; } = [];

        public List<Token> Strings { get; } = [];

        public List<(int Start, int End)> StringValues { get; } = [];

        public List<(int Start, int End)> Values { get; } = [];

        public List<Property> Properties { get; } = [];

        public List<Property> TypeProperties { get; } = [];

        public string PropertyName(byte[] json, Property p) => Encoding.UTF8.GetString(json, p.NameStart + 1, p.NameEnd - p.NameStart - 2);

        public byte[] RandomValue(byte[] json, Random random)
        {
            (int start, int end) = Pick(Values, random);
            return json[start..end];
        }

        public static Scan Of(byte[] json)
        {
            var scan = new Scan();
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1000 });
            var open = new Stack<(int Start, List<int> Names)>(); // containers, with the token indexes of their property names
            var valueStarts = new Stack<int>();
            var ends = new Dictionary<int, int>(); // token start → end of its whole value
            var names = new List<(int NameIndex, int ContainerStart)>();
            try
            {
                while (reader.Read())
                {
                    int start = (int)reader.TokenStartIndex;
                    int end = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                        ? start + reader.ValueSpan.Length + 2
                        : (int)reader.BytesConsumed;
                    var token = new Token(reader.TokenType, start, end);
                    scan.Tokens.Add(token);
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.StartObject:
                            scan.Objects.Add(token);
                            open.Push((start, []));
                            break;
                        case JsonTokenType.StartArray:
                            scan.Arrays.Add(token);
                            open.Push((start, []));
                            break;
                        case JsonTokenType.EndObject or JsonTokenType.EndArray:
                            (int containerStart, _) = open.Pop();
                            ends[containerStart] = end;
                            break;
                        case JsonTokenType.PropertyName:
                            scan.Strings.Add(token);
                            names.Add((scan.Tokens.Count - 1, open.Peek().Start));
                            break;
                        case JsonTokenType.String:
                            scan.Strings.Add(token);
                            scan.StringValues.Add((start, end));
                            break;
                    }

                    if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null)
                    {
                        ends[start] = end;
                    }
                }
            }
            catch (JsonException)
            {
                scan.Tokens.Clear();
                return scan;
            }

            foreach (Token token in scan.Tokens)
            {
                if (token.Type is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray) && ends.TryGetValue(token.Start, out int end))
                {
                    scan.Values.Add((token.Start, end));
                }
            }

            foreach ((int nameIndex, int containerStart) in names)
            {
                Token name = scan.Tokens[nameIndex];
                Token value = scan.Tokens[nameIndex + 1];
                var property = new Property(name.Start, name.End, ends[value.Start], ends[containerStart]);
                scan.Properties.Add(property);
                if (json.AsSpan(name.Start, name.End - name.Start).SequenceEqual("\"type\""u8) && value.Type == JsonTokenType.String)
                {
                    scan.TypeProperties.Add(property);
                }
            }

            return scan;
        }
    }
}
