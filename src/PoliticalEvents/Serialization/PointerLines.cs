using System.Text;
using System.Text.Json;

namespace PoliticalEvents.Serialization;

/// <summary>
/// Finds the line on which the value a JSON Pointer names begins, so findings about a parsed document can say
/// <c>file:line</c>. Runs only when there are findings.
/// </summary>
internal static class PointerLines
{
    /// <summary>The findings, each with the line its pointer (or the nearest enclosing value present) begins on.</summary>
    /// <param name="utf8Json">The document the findings are about (without a byte-order mark).</param>
    /// <param name="findings">The findings; those with a line keep it.</param>
    /// <param name="recordOffsets">
    /// Where each element of the document's <c>records</c> array begins, when known (the fast reader gives them), or
    /// null or empty. A finding inside a record is then located by counting the line breaks before the record and
    /// reading the record alone, instead of reading the document up to it.
    /// </param>
    public static IReadOnlyList<Finding> AddLines(ReadOnlySpan<byte> utf8Json, IReadOnlyList<Finding> findings, IReadOnlyList<int>? recordOffsets = null)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var inRecords = new SortedDictionary<int, HashSet<string>>();
        foreach (Finding finding in findings)
        {
            if (finding.Line is not null)
            {
                continue;
            }

            if (RecordIndex(finding.Path, recordOffsets) is { } index)
            {
                // Within the record, down to the record itself, which is always there.
                if (!inRecords.TryGetValue(index, out HashSet<string>? relative))
                {
                    inRecords[index] = relative = new HashSet<string>(StringComparer.Ordinal);
                }

                int prefix = RecordPrefixLength(finding.Path);
                for (string p = finding.Path[prefix..]; ; p = Parent(p))
                {
                    relative.Add(p);
                    if (p.Length == 0)
                    {
                        break;
                    }
                }

                continue;
            }

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

        Dictionary<string, int> lines = wanted.Count > 0 ? Locate(utf8Json, wanted, 1, singleValue: false) : new(StringComparer.Ordinal);
        int line = 1;
        int scanned = 0;
        foreach ((int index, HashSet<string> relative) in inRecords)
        {
            int offset = recordOffsets![index];
            line += utf8Json[scanned..offset].Count((byte)'\n');
            scanned = offset;
            string prefix = "/records/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach ((string pointer, int found) in Locate(utf8Json[offset..], relative, line, singleValue: true))
            {
                lines[prefix + pointer] = found;
            }
        }

        var result = new List<Finding>(findings.Count);
        foreach (Finding finding in findings)
        {
            int? found = finding.Line;
            for (string p = finding.Path; found is null; p = Parent(p))
            {
                if (lines.TryGetValue(p, out int at))
                {
                    found = at;
                }
                else if (p.Length == 0)
                {
                    break;
                }
            }

            result.Add(found == finding.Line ? finding : finding with { Line = found });
        }

        return result;
    }

    // The index N of a pointer /records/N or /records/N/..., when the offset of record N is known.
    private static int? RecordIndex(string pointer, IReadOnlyList<int>? recordOffsets)
    {
        const string Records = "/records/";
        if (recordOffsets is not { Count: > 0 } || !pointer.StartsWith(Records, StringComparison.Ordinal))
        {
            return null;
        }

        ReadOnlySpan<char> digits = pointer.AsSpan(Records.Length, RecordPrefixLength(pointer) - Records.Length);
        bool canonical = digits.Length > 0 && (digits[0] != '0' || digits.Length == 1);
        return canonical && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index) && index < recordOffsets.Count
            ? index
            : null;
    }

    // The length of "/records/N" at the start of a pointer that begins with "/records/".
    private static int RecordPrefixLength(string pointer)
    {
        int slash = pointer.IndexOf('/', "/records/".Length);
        return slash < 0 ? pointer.Length : slash;
    }

    private static string Parent(string pointer) => pointer.Length == 0 ? pointer : pointer[..pointer.LastIndexOf('/')];

    // One pass of the reader that descends only into containers on the way to a wanted pointer and skips the rest
    // (so a document of 100,000 records with one finding builds a handful of pointers, not millions).
    // singleValue: utf8Json begins with the value of interest and goes on after it (a record in its document); stop at
    // its end. line: the line utf8Json begins on.
    private static Dictionary<string, int> Locate(ReadOnlySpan<byte> utf8Json, HashSet<string> wanted, int line, bool singleValue)
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
        int scanned = 0;
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 256, AllowMultipleValues = singleValue });
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
                    if (singleValue && frames.Count == 0)
                    {
                        break; // the one value of interest has ended
                    }

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

                // Everything wanted is found (a pointer is found once), or the one value of interest has ended.
                if (found.Count == wanted.Count || (singleValue && frames.Count == 0))
                {
                    break;
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
