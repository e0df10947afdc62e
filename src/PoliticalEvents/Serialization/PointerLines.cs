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

    // One pass of the reader that descends only into containers on the way to a wanted pointer and skips the rest
    // (so a document of 100,000 records with one finding builds a handful of pointers, not millions).
    private static Dictionary<string, int> Locate(ReadOnlySpan<byte> utf8Json, HashSet<string> wanted)
    {
        // For each wanted container: the tokens of its wanted children (every prefix of a wanted pointer is wanted).
        var children = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (string pointer in wanted)
        {
            if (pointer.Length > 0)
            {
                int slash = pointer.LastIndexOf('/');
                string parent = pointer[..slash];
                if (!children.TryGetValue(parent, out HashSet<string>? tokens))
                {
                    children[parent] = tokens = new HashSet<string>(StringComparer.Ordinal);
                }

                tokens.Add(pointer[(slash + 1)..]);
            }
        }

        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var frames = new List<Frame>();
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
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }

                // A value starts: is it on the way to a wanted pointer?
                string? pointer;
                if (frames.Count == 0)
                {
                    pointer = wanted.Contains(string.Empty) ? string.Empty : null;
                }
                else
                {
                    Frame parent = frames[^1];
                    string? token = pendingProperty ?? string.Empty;
                    if (parent.Indices is not null)
                    {
                        // An array element: its index is a token only if it is wanted (no string for the others).
                        token = parent.Indices.Contains(parent.NextIndex) ? parent.NextIndex.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
                        frames[^1] = parent with { NextIndex = parent.NextIndex + 1 };
                    }

                    pointer = token is not null && parent.Wanted.Contains(token) ? string.Concat(parent.Pointer, "/", token) : null;
                }

                if (pointer is not null)
                {
                    found.TryAdd(pointer, line);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (pointer is not null && children.TryGetValue(pointer, out HashSet<string>? wantedChildren))
                    {
                        HashSet<int>? indices = null;
                        if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            indices = [];
                            foreach (string child in wantedChildren)
                            {
                                if (int.TryParse(child, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
                                {
                                    indices.Add(index);
                                }
                            }
                        }

                        frames.Add(new Frame(pointer, 0, wantedChildren, indices));
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
        }
        catch (JsonException)
        {
            // The document was read before; a failure here only means fewer lines are known.
        }

        return found;
    }

    // A container being read: its pointer, the tokens of its children that lead to a wanted pointer, and for an
    // array the wanted indices and the index of its next element.
    private readonly record struct Frame(string Pointer, int NextIndex, HashSet<string> Wanted, HashSet<int>? Indices);

    private static string Escape(string name)
    {
        if (name.AsSpan().IndexOfAny('~', '/') < 0)
        {
            return name;
        }

        return new StringBuilder(name).Replace("~", "~0").Replace("/", "~1").ToString();
    }
}
