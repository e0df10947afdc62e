using System.Text;
using System.Text.Json;
using CsCheck;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>
/// Whatever the bytes, reading returns a value or located errors (one when the input is not JSON): never an exception,
/// never a partial value, and the pointer of a structural error names a place that exists in the input.
/// </summary>
public sealed class MalformedInputPropertyTests
{
    private static readonly byte[][] Replacements =
    [
        "null"u8.ToArray(), "1"u8.ToArray(), "\"x\""u8.ToArray(), "{}"u8.ToArray(), "[]"u8.ToArray(), "true"u8.ToArray(),
        ","u8.ToArray(), "}"u8.ToArray(), "]"u8.ToArray(), "\""u8.ToArray(), "\\"u8.ToArray(), [0xFF], [0xC3], [0xEF, 0xBB, 0xBF], [],
        "\"type\":\"link\","u8.ToArray(), "\"id\":\"x\","u8.ToArray(), "\n"u8.ToArray(),
    ];

    // A generated document with one random edit: bytes replaced at a random place, or cut short.
    private static readonly Gen<byte[]> Mutated =
        from dataset in RecordGenerators.Dataset
        from compact in Gen.Bool
        let bytes = Encoding.UTF8.GetBytes(PoliticalEventsJson.ToJson(dataset, indented: !compact))
        from at in Gen.Int[0, bytes.Length - 1]
        from length in Gen.Int[0, 8]
        from replacement in Gen.OneOf(Replacements)
        from truncate in Gen.Frequency((1, Gen.Const(true)), (5, Gen.Const(false)))
        select truncate
            ? bytes[..at]
            : [.. bytes[..at], .. replacement, .. bytes[Math.Min(bytes.Length, at + length)..]];

    private static void CheckFailure<T>(ReadResult<T> result, byte[] input) where T : class
    {
        if (result.Succeeded)
        {
            Assert.Empty(result.Findings);
            return;
        }

        Assert.Null(result.Value);
        Assert.NotEmpty(result.Findings);
        Assert.True(result.Findings.Count == 1 || !result.Findings.Any(e => e.Code.StartsWith("json.", StringComparison.Ordinal)), "Input that is not JSON has one error.");
        Assert.Equal(result.Findings.OrderBy(e => e.Line).Select(e => e.Line), result.Findings.Select(e => e.Line));
        foreach (Finding error in result.Findings)
        {
            Assert.False(string.IsNullOrEmpty(error.Code));
            Assert.True(error.Code != "json.invalid", $"Unclassified: {JsonSerializer.Serialize(error.Path)} {error} near {JsonSerializer.Serialize(Near(input, error.Line))}");
            Assert.True(error.Path.Length == 0 || error.Path[0] == '/', error.Path);
            Assert.True(error.Line >= 1, $"No line: {error}");
            Assert.True(error.Column >= 1, $"No column: {error}");
            if (!error.Code.StartsWith("json.", StringComparison.Ordinal) && IsJson(input))
            {
                Assert.True(JsonLocator.TryFind(input, error.Path, out _, out _), $"The pointer names nothing in the input: {error}");
            }
        }
    }

    private static string Near(byte[] input, int? line)
        => string.Join('\n', Encoding.UTF8.GetString(input).Split('\n').Skip(Math.Max(0, (line ?? 1) - 3)).Take(5));

    private static bool IsJson(byte[] input)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(input.AsMemory(input.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0));
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [Fact]
    public void ReadDataset_OneRandomEdit_ValueOrLocatedErrors()
        => Mutated.Sample(input => CheckFailure(PoliticalEventsJson.ReadDataset(input), input), iter: 1000, print: input => Encoding.UTF8.GetString(input));

    [Fact]
    public void JsonLines_OneRandomEdit_EveryLineAValueOrOneLocatedError()
    {
        Gen<byte[]> mutatedLines =
            from dataset in RecordGenerators.Dataset
            let bytes = WriteLines(dataset)
            from at in Gen.Int[0, bytes.Length - 1]
            from length in Gen.Int[0, 8]
            from replacement in Gen.OneOf(Replacements)
            select (byte[])[.. bytes[..at], .. replacement, .. bytes[Math.Min(bytes.Length, at + length)..]];

        mutatedLines.Sample(
            input =>
            {
                List<JsonLinesEntry> entries = ReadLines(input);
                string[] lines = Encoding.UTF8.GetString(input).Split('\n');
                foreach (JsonLinesEntry entry in entries)
                {
                    Assert.Equal(1, new object?[] { entry.Header, entry.Record, entry.Error }.Count(x => x is not null));
                    if (entry.Error is { } error)
                    {
                        Assert.Equal(entry.LineNumber, error.Line);
                        Assert.True(error.Code != "json.invalid", $"Unclassified: {error}");
                        Assert.True(error.Column >= 1 || error.Code == "jsonLines.headerMissing", $"No column: {error}");
                    }
                }

                Assert.True(entries.Count <= lines.Length);
            },
            iter: 500,
            print: input => Encoding.UTF8.GetString(input));
    }

    private static byte[] WriteLines(Dataset dataset)
    {
        using var output = new MemoryStream();
        JsonLines.WriteAsync(output, dataset).GetAwaiter().GetResult();
        return output.ToArray();
    }

    private static List<JsonLinesEntry> ReadLines(byte[] input)
    {
        var entries = new List<JsonLinesEntry>();
        IAsyncEnumerator<JsonLinesEntry> reader = JsonLines.ReadAsync(new MemoryStream(input)).GetAsyncEnumerator();
        while (reader.MoveNextAsync().AsTask().GetAwaiter().GetResult())
        {
            entries.Add(reader.Current);
        }

        return entries;
    }
}
