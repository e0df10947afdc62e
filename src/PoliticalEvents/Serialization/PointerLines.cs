using System.Text;
using System.Text.Json;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Serialization;

/// <summary>
/// Finds the line on which the value a JSON Pointer names begins, so findings about a parsed document can say
/// <c>file:line</c>. Runs only when there are findings.
/// </summary>
internal static class PointerLines
{
    public static IReadOnlyList<ValidationError> AddLines(ReadOnlySpan<byte> utf8Json, IReadOnlyList<ValidationError> findings)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (ValidationError finding in findings)
        {
            if (finding.Line is null)
            {
                // A finding may point at a property that is absent; fall back to its parent object.
                for (string p = finding.Path; ; p = Parent(p))
                {
                    wanted.Add(p);
                    if (p.Length == 0)
                    {
                        break;
                    }
                }
            }
        }

        Dictionary<string, int> lines = Locate(utf8Json, wanted);
        var result = new List<ValidationError>(findings.Count);
        foreach (ValidationError finding in findings)
        {
            int? line = finding.Line;
            for (string p = finding.Path; line is null; p = Parent(p))
            {
                if (lines.TryGetValue(p, out int found))
                {
                    line = found;
                }
                else if (p.Length == 0)
                {
                    break;
                }
            }

            result.Add(line == finding.Line ? finding : finding with { Line = line });
        }

        return result;
    }

    private static string Parent(string pointer) => pointer.Length == 0 ? pointer : pointer[..pointer.LastIndexOf('/')];

    private static Dictionary<string, int> Locate(ReadOnlySpan<byte> utf8Json, HashSet<string> wanted)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();      // pointer tokens of the enclosing containers
        var arrayIndex = new List<int>();   // per container: next element index, or -1 for objects
        string? pendingProperty = null;
        int line = 1;
        int scanned = 0;
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            while (reader.Read())
            {
                int start = (int)reader.TokenStartIndex;
                line += utf8Json[scanned..start].Count((byte)'\n');
                scanned = start;
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    pendingProperty = Escape(reader.GetString()!);
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    path.RemoveAt(path.Count - 1);
                    arrayIndex.RemoveAt(arrayIndex.Count - 1);
                    continue;
                }

                // A value starts: work out its pointer.
                string token = string.Empty;
                if (arrayIndex.Count > 0)
                {
                    int parent = arrayIndex.Count - 1;
                    if (arrayIndex[parent] >= 0)
                    {
                        token = arrayIndex[parent].ToString(System.Globalization.CultureInfo.InvariantCulture);
                        arrayIndex[parent]++;
                    }
                    else
                    {
                        token = pendingProperty ?? string.Empty;
                    }
                }

                string pointer = arrayIndex.Count == 0 ? string.Empty : string.Concat(path[^1], "/", token);
                if (wanted.Contains(pointer))
                {
                    found.TryAdd(pointer, line);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    path.Add(pointer);
                    arrayIndex.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                }
            }
        }
        catch (JsonException)
        {
            // The document was read before; a failure here only means fewer lines are known.
        }

        return found;
    }

    private static string Escape(string name)
    {
        if (name.AsSpan().IndexOfAny('~', '/') < 0)
        {
            return name;
        }

        return new StringBuilder(name).Replace("~", "~0").Replace("/", "~1").ToString();
    }
}
