using System.Text;
using System.Text.Json;
using CsCheck;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>
/// Reading owns its messages (issue 11, items 7, 8, 9, 14 and the poor messages): malformed JSON is described in the
/// project's words with a precise code, names from the input are shown only when short and printable, and
/// preserve-unknown mode reports what strict mode reports instead of crashing or replacing bytes.
/// </summary>
public sealed class OwnMessagesTests
{
    private const string Person = """{"type":"person","id":"p1","name":"A","sources":[{"title":"List"}]""";

    private static string Document(string record) => """{"formatVersion":"1.0","title":"t","records":[""" + record + "]}";

    // Item 7: a CSV of prisoners saved as .json; System.Text.Json's message quoted everything up to the first delimiter.
    [Theory]
    [InlineData("name,birth\nIvan Kowalczyk Petrov,1980\n", 1, 1, "a word that is not true, false or null")]
    [InlineData("fullname,birth\nIvan Kowalczyk,1980\n", 1, 1, "a word that is not true, false or null")]
    [InlineData("Name,Birth\nIvan Kowalczyk,1980\n", 1, 1, "expected a value")]
    [InlineData("\"Name\",\"Birth\"\n\"Ivan Kowalczyk\",\"1980\"\n", 1, 7, "there is more after the end of the JSON value")]
    public void CsvSavedAsJson_IsASyntaxError_InTheProjectsWords(string csv, int line, int column, string says)
    {
        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadDataset(Encoding.UTF8.GetBytes(csv)));

        Assert.Equal("json.syntax", error.Code);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(says, error.Message);
        Assert.DoesNotContain("Kowalczyk", error.ToString());
        Assert.DoesNotContain("name", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', error.Message);
    }

    // Item 8: an unknown property's name is shown when short and printable, never when long or unprintable.
    [Fact]
    public void UnknownPropertyWithAMegabyteName_IsReportedWithoutIt_AtItsObject()
    {
        string name = new('k', 1 << 20);

        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadDataset(Encoding.UTF8.GetBytes(Document(Person + ",\"" + name + "\":1}"))));

        Assert.Equal(("additionalProperties", "/records/0"), (error.Code, error.Path));
        Assert.True(error.ToString().Length < 200, error.ToString());
        Assert.Contains("its name is not shown", error.Message);
    }

    [Theory]
    [InlineData("nickname", true)]
    [InlineData("a\\nb", false)]
    [InlineData("a\\u200Bb", false)]
    [InlineData("a\\u0000b", false)]
    public void UnknownProperty_NameShownOnlyWhenShortAndPrintable(string escapedName, bool shown)
    {
        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadRecord(Encoding.UTF8.GetBytes(Person + ",\"" + escapedName + "\":1}")));

        Assert.Equal("additionalProperties", error.Code);
        Assert.Equal(shown ? "/" + escapedName : string.Empty, error.Path);
        Assert.Equal(shown ? $"Unknown property '{escapedName}'." : ReadErrors.UnknownProperty("\n"), error.Message);
    }

    [Theory]
    [InlineData("🙂x", true)]
    [InlineData("Имя поля", true)]
    [InlineData("a\u00A0b", false)] // no-break space
    [InlineData("a\uE000b", false)] // private use
    [InlineData("a\u0378b", false)] // unassigned
    public void UnknownProperty_ShowableIsAboutWhatAReaderCanSeeAndCopy(string name, bool shown)
    {
        string text = System.Text.RegularExpressions.Regex.Unescape(name);
        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadRecord(Encoding.UTF8.GetBytes(Person + ",\"" + text + "\":1}")));

        Assert.Equal(shown, ReadErrors.IsShowable(text));
        Assert.Equal(shown ? "/" + text : string.Empty, error.Path);
    }

    // Poor messages: a lone surrogate is an encoding error; a line without its opening brace, and unclosed nesting, are
    // not values of the wrong type.
    [Theory]
    [InlineData(Person + ",\"notes\":\"A\\ud800\"}", "json.encoding", "/notes")]
    [InlineData(Person + ",\"notes\":\"A\\udc00\\ud800\"}", "json.encoding", "/notes")]
    [InlineData("{\"type\":\"\\ud800\",\"id\":\"p1\"}", "json.encoding", "/type")]
    [InlineData("\"type\":\"person\",\"id\":\"p1\",\"name\":\"A\"}", "json.syntax", "")]
    [InlineData("[\"type\",\"person\"]", "type", "")]
    public void ReadRecord_BrokenJson_HasThePreciseCode(string json, string code, string path)
    {
        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadRecord(Encoding.UTF8.GetBytes(json)));

        Assert.Equal((code, path), (error.Code, error.Path));
    }

    [Fact]
    public void TenThousandUnclosedArrays_AreTooDeep_NotAValueOfTheWrongType()
    {
        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadRecord(Encoding.UTF8.GetBytes(new string('[', 10_000))));

        Assert.Equal("json.tooDeep", error.Code);
        Assert.Equal((1, 65), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    [InlineData("\uFEFF")]
    public void EmptyDocument_SaysItIsEmpty(string input)
    {
        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadDataset(Encoding.UTF8.GetBytes(input)));

        Assert.Equal(("json.syntax", "The input is empty: expected a JSON object."), (error.Code, error.Message));
    }

    // Poor messages: a count written 123.0 or 1.23e2 is the whole number JSON Schema's "integer" says it is.
    [Theory]
    [InlineData("3", 3)]
    [InlineData("3.0", 3)]
    [InlineData("3.000", 3)]
    [InlineData("1e2", 100)]
    [InlineData("1.23E2", 123)]
    [InlineData("2147483647.0", int.MaxValue)]
    public void ReportedCount_AnyWholeNumber_Reads(string number, int expected)
    {
        Release release = Assert.IsType<Release>(PoliticalEventsJson.ReadRecord(Encoding.UTF8.GetBytes(Release(number))).GetValueOrThrow());

        Assert.Equal(expected, release.ReportedCount!.Value);
    }

    [Theory]
    [InlineData("1.5", "type", "Expected a whole number, found a number with a fraction.")]
    [InlineData("1e-2", "type", "Expected a whole number, found a number with a fraction.")]
    [InlineData("2147483648", "json.invalid", "The number is too large or too small for this field.")]
    [InlineData("1e400", "json.invalid", "The number is too large or too small for this field.")]
    [InlineData("\"3\"", "type", "Expected a whole number, found a string.")]
    public void ReportedCount_NotAWholeNumber_IsRefused_WithItsOwnMessage(string number, string code, string message)
    {
        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadRecord(Encoding.UTF8.GetBytes(Release(number))));

        Assert.Equal(("/reportedCount/value", code, message), (error.Path, error.Code, error.Message));
    }

    // Items 9 and 14: preserve-unknown mode reports these with the codes of strict mode; it used to throw, or write U+FFFD.
    public static TheoryData<string, byte[]> BadForPreserving => new()
    {
        { "json.encoding", Encoding.UTF8.GetBytes(Person + ",\"future\":\"A\\ud800\"}") },
        { "json.encoding", Encoding.UTF8.GetBytes(Person + ",\"notes\":\"A\\ud800\"}") },
        { "json.duplicateProperty", Encoding.UTF8.GetBytes(Person + ",\"future\":1,\"future\":2}") },
        { "json.duplicateProperty", Encoding.UTF8.GetBytes(Person + ",\"notes\":\"a\",\"notes\":\"b\"}") },
        { "json.encoding", [.. Encoding.UTF8.GetBytes(Person + ",\"fut"), 0xFF, .. "ure\":1}"u8] },
        { "json.encoding", [.. Encoding.UTF8.GetBytes(Person + ",\"future\":\"A"), 0xC3, .. "\"}"u8] },
        { "json.syntax", Encoding.UTF8.GetBytes(Person + ",\"future\":nope}") },
    };

    [Theory]
    [MemberData(nameof(BadForPreserving))]
    public void PreserveUnknown_BadRecord_IsAFinding_NeverAnExceptionOrAReplacement(string code, byte[] record)
    {
        (ReadResult<PoliticalEvents.Record> result, _) = PreservingJson.ReadRecord(record);
        (PreservedDataset? lines, IReadOnlyList<Finding> lineErrors) = PreservingJson.ReadDataset([.. "{\"type\":\"dataset\",\"formatVersion\":\"1.0\",\"title\":\"t\"}\n"u8, .. record, (byte)'\n'], jsonLines: true);
        (_, IReadOnlyList<Finding> documentErrors) = PreservingJson.ReadDataset([.. "{\"formatVersion\":\"1.0\",\"title\":\"t\",\"records\":["u8, .. record, .. "]}"u8], jsonLines: false);

        Assert.Equal(code, ErrorAssert.Single(result).Code);
        Assert.False(PoliticalEventsJson.ReadRecord(record).Succeeded); // strict mode refuses it too (an unknown property first, maybe)
        Assert.Equal(code, Assert.Single(lineErrors).Code);
        Assert.Empty(lines!.Records);
        Assert.Equal(code, Assert.Single(documentErrors).Code);
    }

    // JsonSyntax agrees with System.Text.Json on what is well-formed: whatever it accepts parses and decodes, whatever
    // it refuses as syntax the parser refuses too.
    [Fact]
    public void JsonSyntax_AgreesWithTheParser_OnEditedJson()
    {
        int refused = 0, accepted = 0;
        Gen.Select(Generators.RecordGenerators.Dataset, Gen.Int, Gen.Int[1, 3]).Sample(t =>
        {
            var random = new Random(t.Item2);
            byte[] bytes = Encoding.UTF8.GetBytes(PoliticalEventsJson.ToJson(t.Item1, indented: random.Next(2) == 0));
            for (int i = 0; i < t.Item3; i++)
            {
                int at = random.Next(bytes.Length);
                byte[] insert = Encoding.UTF8.GetBytes(new[] { "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "1", "-", ".", "e", "n", "tru", " ", "\u0001", "\u00e9" }[random.Next(19)]);
                bytes = [.. bytes[..at], .. insert, .. bytes[Math.Min(bytes.Length, at + random.Next(0, 3))..]];
            }

            JsonSyntaxError? error = JsonSyntax.Find(bytes);
            bool parses = ParsesAndDecodes(bytes);
            Assert.True(error is null == parses, $"JsonSyntax {error?.Code ?? "accepts"}, the parser {(parses ? "accepts" : "refuses")}: {Encoding.UTF8.GetString(bytes)}");
            Interlocked.Increment(ref error is null ? ref accepted : ref refused);
        }, iter: 500);

        Assert.True(refused > 100 && accepted > 20, $"{refused} refused, {accepted} accepted");
    }

    private static bool ParsesAndDecodes(byte[] json)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            Decode(document.RootElement);
            return System.Text.Unicode.Utf8.IsValid(json);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void Decode(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    _ = property.Name;
                    Decode(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Decode(item);
                }

                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
        }
    }

    private static string Release(string count)
        => "{\"type\":\"release\",\"id\":\"r1\",\"releasedOn\":\"2025\",\"kind\":\"pardon\",\"detainees\":[{\"subjectId\":\"p1\"}],\"reportedCount\":{\"value\":" + count + ",\"qualifier\":\"exact\"}}";
}
