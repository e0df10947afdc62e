using System.Text;
using System.Text.Json;
using CsCheck;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>
/// The project's own well-formedness check (<see cref="JsonSyntax"/>) against System.Text.Json's reader, and the
/// streaming document reader against the whole-document reader. (Several cases were written by an independent
/// implementation of the same issue, run against this one.)
/// </summary>
public sealed class JsonSyntaxTests
{
    private const string Person = """{"type":"person","id":"p1","name":"A","sources":[{"title":"List"}]""";

    private static readonly byte[][] Edits =
    [
        "null"u8.ToArray(), "1"u8.ToArray(), "-"u8.ToArray(), "0"u8.ToArray(), "1e"u8.ToArray(), "tru"u8.ToArray(), "\"x\""u8.ToArray(),
        "{}"u8.ToArray(), "[]"u8.ToArray(), "["u8.ToArray(), "{"u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(), "}"u8.ToArray(),
        "]"u8.ToArray(), "\""u8.ToArray(), "\\"u8.ToArray(), "\\u"u8.ToArray(), "\\ud800"u8.ToArray(), "\\udc00"u8.ToArray(),
        "\\ud83d\\ude00"u8.ToArray(), "\\x"u8.ToArray(), [0xFF], [0xC3], [0xC3, 0xA9], [0xEF, 0xBB, 0xBF], [0x09], [0x00], "\n"u8.ToArray(),
        "/*"u8.ToArray(), "'"u8.ToArray(), "x"u8.ToArray(), [],
    ];

    // A generated document, cut short, edited structurally, or with bytes replaced at a random place.
    private static readonly Gen<byte[]> Edited =
        from dataset in RecordGenerators.Dataset
        from compact in Gen.Bool
        let bytes = Encoding.UTF8.GetBytes(PoliticalEventsJson.ToJson(dataset, indented: !compact))
        from at in Gen.Int[0, bytes.Length - 1]
        from length in Gen.Int[0, 4]
        from edit in Gen.OneOf(Edits)
        from kind in Gen.Int[0, 5]
        from seed in Gen.Int
        select kind switch
        {
            0 => bytes[..at],
            1 => JsonMutations.Mutate(bytes, new Random(seed)),
            _ => [.. bytes[..at], .. edit, .. bytes[Math.Min(bytes.Length, at + length)..]],
        };

    [Fact]
    public void Find_AnyEdit_NoProblemExactlyWhenTheJsonReaderReadsAndDecodesItAll()
    {
        int broken = 0;
        Edited.Sample(
            input =>
            {
                bool wellFormed = ReaderReadsAll(input);
                JsonSyntaxError? problem = JsonSyntax.Find(input);
                Assert.True(wellFormed == problem is null, $"reader: {wellFormed}, JsonSyntax: {problem}");
                if (problem is { } found)
                {
                    Interlocked.Increment(ref broken);
                    Finding error = ReadErrors.Syntax(input, found);
                    Assert.True(error.Line >= 1 && error.Column >= 1, error.ToString());
                    Assert.DoesNotContain('\n', error.Message);
                }
            },
            iter: 1000,
            print: input => Encoding.UTF8.GetString(input));
        Assert.True(broken > 250, $"Only {broken} of the inputs were broken.");
    }

    [Fact]
    public void DatasetDocumentReader_AnyEditThatBreaksTheJson_SameFindingAsReadDataset_EvenByteByByte()
    {
        int compared = 0;
        Edited.Sample(
            input =>
            {
                ReadResult<Dataset> whole = PoliticalEventsJson.ReadDataset(input);
                if (whole.Findings is not [{ Code: "json.syntax" or "json.encoding" or "json.tooDeep" } expected])
                {
                    return;
                }

                Interlocked.Increment(ref compared);
                foreach (Stream stream in new Stream[] { new OneByteAtATimeStream(input), new MemoryStream(input) })
                {
                    Finding streamed = ReadStreamingAsync(stream).GetAwaiter().GetResult()[^1];
                    Assert.Equal((expected.Path, expected.Code, expected.Line, expected.Column, expected.Message), (streamed.Path, streamed.Code, streamed.Line, streamed.Column, streamed.Message));
                }
            },
            iter: 150,
            print: input => Encoding.UTF8.GetString(input));
        Assert.True(compared > 25, $"Only {compared} inputs were broken JSON.");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    public void InvalidUtf8_InsideOrOutsideAString_IsAnEncodingErrorAtItsFirstByte(byte[] bad)
    {
        byte[] inString = [.. Encoding.UTF8.GetBytes(Person + ",\"notes\":\"ab"), .. bad, .. "\"}"u8];
        byte[] outside = [.. Encoding.UTF8.GetBytes(Person + ",\"notes\":"), .. bad, .. "}"u8];

        Finding first = ErrorAssert.Single(PoliticalEventsJson.ReadRecord(inString));
        Finding second = ErrorAssert.Single(PoliticalEventsJson.ReadRecord(outside));

        Assert.Equal(("json.encoding", "/notes", inString.Length - bad.Length - 1), (first.Code, first.Path, first.Column));
        Assert.Equal(("json.encoding", "/notes", outside.Length - bad.Length), (second.Code, second.Path, second.Column));
    }

    [Fact]
    public void SyntaxErrorBeforeInvalidUtf8_TheFirstProblemIsReported()
    {
        byte[] input = [.. Encoding.UTF8.GetBytes("""{"formatVersion":"1.0","title":"t","records":[""" + Person + ",\"notes\":x,\"a\":\""), 0xFF, .. "\"}]}"u8];

        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadDataset(input));

        Assert.Equal(("json.syntax", "/records/0/notes"), (error.Code, error.Path));
    }

    [Fact]
    public void PropertyNameOutsideAnObject_SaysTheOpeningBraceIsMissing()
    {
        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadRecord("\"type\":\"person\",\"id\":\"p1\"}"u8));

        Assert.Equal(("json.syntax", "Not well-formed JSON: a property name outside any object (is the opening '{' missing?).", 7), (error.Code, error.Message, error.Column));
    }

    [Theory]
    [InlineData("\"\\u00e9\"", true)] // é
    [InlineData("\"\\ud83d\\ude42\"", true)] // 🙂, a surrogate pair
    [InlineData("\"\\ud83d\"", false)]
    [InlineData("\"\\ude42\\ud83d\"", false)]
    public void Surrogates_PairedAreText_AloneAreNot(string json, bool wellFormed)
        => Assert.Equal(wellFormed, JsonSyntax.Find(Encoding.UTF8.GetBytes(json)) is null);

    // What the JSON reader says: every token read, every string decoded (which refuses lone surrogates), depth 64.
    private static bool ReaderReadsAll(byte[] input)
    {
        var reader = new Utf8JsonReader(input, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    _ = reader.GetString();
                }
            }

            return System.Text.Unicode.Utf8.IsValid(input);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private static async Task<List<Finding>> ReadStreamingAsync(Stream input)
    {
        var errors = new List<Finding>();
        await foreach (DatasetDocumentEntry entry in DatasetDocumentReader.ReadAsync(input))
        {
            if (entry.Error is { } error)
            {
                errors.Add(error);
            }
        }

        return errors;
    }
}
