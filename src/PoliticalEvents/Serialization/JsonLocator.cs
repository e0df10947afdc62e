using System.Text;
using System.Text.Json;

namespace PoliticalEvents.Serialization;

/// <summary>
/// Finds things in raw UTF-8 JSON for error reports: the JSON Pointer of the value at a byte offset, the token a
/// pointer names, and the line and column of an offset. Used only once reading has failed, so it favours
/// simplicity over speed; it never throws.
/// </summary>
internal static class JsonLocator
{
    /// <summary>The reader's depth limit, the same as the serializer's (<see cref="JsonSerializerOptions.MaxDepth"/> default).</summary>
    private const int MaxDepth = 64;

    /// <summary>The 1-based line and 1-based column (in bytes) of <paramref name="offset"/>; lines end at <c>\n</c>, as for the JSON reader.</summary>
    public static (int Line, int Column) Position(ReadOnlySpan<byte> json, long offset)
    {
        ReadOnlySpan<byte> before = json[..(int)Math.Clamp(offset, 0, json.Length)];
        int lastNewline = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, before.Length - lastNewline);
    }

    /// <summary>The byte offset of the first byte that is not valid UTF-8, or -1 when all of it is valid.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return -1;
        }

        int offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>
    /// The pointer of the value whose token covers <paramref name="offset"/>; for an offset inside a property name, the
    /// pointer of the object that holds the property. When the JSON breaks before the offset, the deepest pointer reached.
    /// </summary>
    public static string PointerAt(ReadOnlySpan<byte> json, long offset)
    {
        string found = string.Empty;
        Walk(json, (pointer, container, token, start, end) =>
        {
            if (start > offset)
            {
                return true;
            }

            found = token == JsonTokenType.PropertyName ? container : pointer;
            return offset < end && token is not (JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.EndObject or JsonTokenType.EndArray);
        });
        return found;
    }

    /// <summary>Finds the first value that <paramref name="pointer"/> names: its token type and the offset where it starts.</summary>
    public static bool TryFind(ReadOnlySpan<byte> json, string pointer, out JsonTokenType token, out long offset)
    {
        JsonTokenType foundToken = JsonTokenType.None;
        long foundOffset = -1;
        Walk(json, (p, _, t, start, _) =>
        {
            if (t is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray) && p == pointer)
            {
                (foundToken, foundOffset) = (t, start);
                return true;
            }

            return false;
        });
        (token, offset) = (foundToken, foundOffset);
        return foundOffset >= 0;
    }

    /// <summary>Appends one RFC 6901 reference token (<c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>) after a <c>/</c>.</summary>
    public static void AppendToken(StringBuilder pointer, ReadOnlySpan<char> token)
    {
        pointer.Append('/');
        foreach (char c in token)
        {
            _ = c switch
            {
                '~' => pointer.Append("~0"),
                '/' => pointer.Append("~1"),
                _ => pointer.Append(c),
            };
        }
    }

    /// <summary>One reference token as a pointer suffix, e.g. <c>/sources</c>.</summary>
    public static string Token(string token)
    {
        var pointer = new StringBuilder(token.Length + 1);
        AppendToken(pointer, token);
        return pointer.ToString();
    }

    /// <summary>
    /// The first property whose name its object already has: the pointer of that property and the offset of its name;
    /// null when no object repeats a name.
    /// </summary>
    public static (string Pointer, long Offset)? FirstDuplicateProperty(ReadOnlySpan<byte> json)
    {
        var names = new List<HashSet<string>?>();
        (string Pointer, long Offset)? found = null;
        Walk(json, (pointer, _, token, start, _) =>
        {
            switch (token)
            {
                case JsonTokenType.StartObject:
                    names.Add(new HashSet<string>(StringComparer.Ordinal));
                    break;
                case JsonTokenType.StartArray:
                    names.Add(null);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    names.RemoveAt(names.Count - 1);
                    break;
                case JsonTokenType.PropertyName when names[^1] is { } seen && !seen.Add(pointer[(pointer.LastIndexOf('/') + 1)..]):
                    found = (pointer, start);
                    return true;
            }

            return false;
        });
        return found;
    }

    /// <summary>
    /// Called for each token with the pointer of the value (for a property name: of the property; for the end of an
    /// object or array: of the container that encloses it), the pointer of its container, the token, and its start
    /// and end offsets. Returns true to stop.
    /// </summary>
    private delegate bool Visitor(string pointer, string container, JsonTokenType token, long start, long end);

    private static void Walk(ReadOnlySpan<byte> json, Visitor visit)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
        var containers = new List<(string Pointer, bool IsArray, int Index, string? Property)>();
        try
        {
            while (reader.Read())
            {
                JsonTokenType token = reader.TokenType;
                string container = containers.Count == 0 ? string.Empty : containers[^1].Pointer;
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    containers.RemoveAt(containers.Count - 1);
                    AdvanceIndex(containers);
                    string enclosing = containers.Count == 0 ? string.Empty : containers[^1].Pointer;
                    if (visit(enclosing, enclosing, token, reader.TokenStartIndex, reader.BytesConsumed))
                    {
                        return;
                    }

                    continue;
                }

                if (token == JsonTokenType.PropertyName)
                {
                    string? name = TryGetString(ref reader);
                    containers[^1] = containers[^1] with { Property = name };
                    if (visit(name is null ? container : container + Token(name), container, token, reader.TokenStartIndex, reader.BytesConsumed))
                    {
                        return;
                    }

                    continue;
                }

                string pointer = containers.Count == 0
                    ? string.Empty
                    : container + (containers[^1].IsArray
                        ? "/" + containers[^1].Index.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : Token(containers[^1].Property ?? string.Empty));
                if (visit(pointer, container, token, reader.TokenStartIndex, reader.BytesConsumed))
                {
                    return;
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    containers.Add((pointer, token == JsonTokenType.StartArray, 0, null));
                }
                else
                {
                    AdvanceIndex(containers);
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: what was found before the break is all there is.
        }
    }

    private static void AdvanceIndex(List<(string Pointer, bool IsArray, int Index, string? Property)> containers)
    {
        if (containers.Count > 0 && containers[^1].IsArray)
        {
            containers[^1] = containers[^1] with { Index = containers[^1].Index + 1 };
        }
    }

    private static string? TryGetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // Not valid UTF-8: the name cannot be put in a pointer.
            return null;
        }
    }
}
