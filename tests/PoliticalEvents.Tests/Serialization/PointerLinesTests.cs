using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>
/// <see cref="PointerLines"/> descends only towards the pointers it is asked for; it must find the same lines as a
/// walk that computes the pointer of every value.
/// </summary>
public sealed class PointerLinesTests
{
    [Fact]
    public void AddLines_FindsTheLineOfEveryPointer_AsAFullWalkDoes() => FindsTheLinesOfAFullWalk(withRecordOffsets: false);

    [Fact]
    public void AddLines_WithTheRecordOffsetsOfTheFastReader_FindsTheLinesOfAFullWalk() => FindsTheLinesOfAFullWalk(withRecordOffsets: true);

    [Fact]
    public void ReadDataset_GivesWhereEachRecordBegins()
    {
        byte[] document = File.ReadAllBytes(RepoPaths.File("examples/belarus-2025.json"));
        var offsets = new List<int>();

        Dataset dataset = PoliticalEventsJson.ReadDatasetWithOffsets(document, offsets).GetValueOrThrow();

        Assert.Equal(dataset.Records.Count, offsets.Count);
        for (int i = 0; i < offsets.Count; i++)
        {
            Assert.Equal((byte)'{', document[offsets[i]]);
            Assert.Equal(dataset.Records[i], PoliticalEventsJson.ReadRecord(JsonRecordAt(document, offsets[i])).GetValueOrThrow());
        }
    }

    // The JSON of the object that begins at offset.
    private static byte[] JsonRecordAt(byte[] document, int offset)
    {
        var reader = new Utf8JsonReader(document.AsSpan(offset), new JsonReaderOptions { AllowMultipleValues = true });
        reader.Read();
        reader.Skip();
        return document.AsSpan(offset, (int)reader.BytesConsumed).ToArray();
    }

    private static void FindsTheLinesOfAFullWalk(bool withRecordOffsets)
        => (from dataset in RecordGenerators.Dataset
            from picks in Gen.Int[0, int.MaxValue].Array[1, 6]
            from absent in Gen.Bool
            select (dataset, picks, absent))
        .Sample(
            sample =>
            {
                byte[] document = Encoding.UTF8.GetBytes(PoliticalEventsJson.ToJson(sample.dataset));
                Dictionary<string, int> all = FullWalk(document);
                string[] pointers = [.. all.Keys.Order(StringComparer.Ordinal)];
                Finding[] findings =
                [
                    .. sample.picks.Select(p => new Finding
                    {
                        // A finding may name a property that is absent: its line is that of the nearest enclosing value.
                        Path = pointers[p % pointers.Length] + (sample.absent ? "/notThere" : string.Empty),
                        Code = "test",
                        Message = "test",
                        Severity = Severity.Warning,
                    }),
                ];

                var offsets = new List<int>();
                if (withRecordOffsets)
                {
                    PoliticalEventsJson.ReadDatasetWithOffsets(document, offsets).GetValueOrThrow();
                    Assert.Equal(sample.dataset.Records.Count, offsets.Count);
                }

                IReadOnlyList<Finding> located = PointerLines.AddLines(document, findings, offsets);

                for (int i = 0; i < findings.Length; i++)
                {
                    string path = findings[i].Path;
                    while (!all.ContainsKey(path))
                    {
                        path = path[..path.LastIndexOf('/')];
                    }

                    Assert.Equal(all[path], located[i].Line);
                }
            },
            iter: 100);

    [Fact]
    public void AddLines_KeepsALineAlreadyKnown()
    {
        byte[] document = "{\n  \"a\": 1\n}\n"u8.ToArray();
        var known = new Finding { Path = "/a", Code = "c", Message = "m", Severity = Severity.Error, Line = 7 };

        Assert.Equal(7, PointerLines.AddLines(document, [known])[0].Line);
    }

    // The pointer of every value and the line it begins on.
    private static Dictionary<string, int> FullWalk(byte[] document)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var containers = new Stack<(string Pointer, int Next)>();
        string? property = null;
        var reader = new Utf8JsonReader(document);
        while (reader.Read())
        {
            int line = 1 + document.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n');
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString()!.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.Pop();
                    continue;
            }

            string pointer = string.Empty;
            if (containers.Count > 0)
            {
                (string parent, int next) = containers.Pop();
                pointer = parent + "/" + (next >= 0 ? next.ToString(CultureInfo.InvariantCulture) : property);
                containers.Push((parent, next >= 0 ? next + 1 : next));
            }

            lines.TryAdd(pointer, line);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push((pointer, reader.TokenType == JsonTokenType.StartArray ? 0 : -1));
            }
        }

        return lines;
    }
}
