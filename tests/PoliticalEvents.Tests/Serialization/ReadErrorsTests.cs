using System.Text;
using PoliticalEvents.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>The pieces that locate read errors: the raw-JSON locator.</summary>
public sealed class ReadErrorsTests
{
    [Theory]
    [InlineData("{\"a\":[1,{\"b\":\"x\"}]}", "/a/1/b", JsonTokenKind.String, 13)]
    [InlineData("{\"a\":[1,{\"b\":\"x\"}]}", "/a/0", JsonTokenKind.Number, 6)]
    [InlineData("{\"a\":[1,{\"b\":\"x\"}]}", "/a", JsonTokenKind.StartArray, 5)]
    [InlineData("{\"a\":[1,{\"b\":\"x\"}]}", "", JsonTokenKind.StartObject, 0)]
    [InlineData("{\"a/b\":null}", "/a~1b", JsonTokenKind.Null, 7)]
    [InlineData("[[],[null]]", "/1/0", JsonTokenKind.Null, 5)]
    public void TryFind_Pointer_TokenAndOffset(string json, string pointer, JsonTokenKind kind, long offset)
    {
        Assert.True(JsonLocator.TryFind(Encoding.UTF8.GetBytes(json), pointer, out System.Text.Json.JsonTokenType token, out long found));
        Assert.Equal((kind.ToString(), offset), (token.ToString(), found));
    }

    [Theory]
    [InlineData("{\"a\":1}", "/b")]
    [InlineData("{\"a\":[1]}", "/a/1")]
    [InlineData("{\"a\":", "/a")]
    public void TryFind_MissingOrBroken_False(string json, string pointer)
        => Assert.False(JsonLocator.TryFind(Encoding.UTF8.GetBytes(json), pointer, out _, out _));

    [Theory]
    [InlineData("{\"a\":[1,{\"b\":\"xyz\"}]}", 15, "/a/1/b")]
    [InlineData("{\"a\":[1,{\"b\":\"xyz\"}]}", 10, "/a/1")]
    [InlineData("{\"a\":[1,{\"b\":\"xyz\"}]}", 6, "/a/0")]
    [InlineData("{\"a\":[1,{\"b\":\"xyz\"}]} ", 21, "")]
    [InlineData("{\"a\":[1,{\"b\":\"xyz\"}]}", 2, "")]
    public void PointerAt_Offset_PointerOfTheValueThere(string json, long offset, string pointer)
        => Assert.Equal(pointer, JsonLocator.PointerAt(Encoding.UTF8.GetBytes(json), offset));

    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("a\nbc", 2, 2, 1)]
    [InlineData("a\r\nbc\nd", 6, 3, 1)]
    [InlineData("a\r\nbc\nd", 4, 2, 2)]
    public void Position_Offset_OneBasedLineAndByteColumn(string text, long offset, int line, int column)
        => Assert.Equal((line, column), JsonLocator.Position(Encoding.UTF8.GetBytes(text), offset));

    [Fact]
    public void FirstInvalidUtf8_ValidAndInvalid_OffsetOfTheFirstBadByte()
    {
        Assert.Equal(-1, JsonLocator.FirstInvalidUtf8("Марыя 👩🏽‍⚖️"u8));
        Assert.Equal(3, JsonLocator.FirstInvalidUtf8([.. "Ж!"u8, 0xFF, .. "x"u8]));
        Assert.Equal(0, JsonLocator.FirstInvalidUtf8([0xC0, 0xAF]));
        Assert.Equal(1, JsonLocator.FirstInvalidUtf8([(byte)'a', 0xED, 0xA0, 0x80]));
    }

    public enum JsonTokenKind
    {
        StartObject,
        StartArray,
        String,
        Number,
        Null,
    }

    // An escape that is not valid UTF-16 makes Utf8JsonReader.ValueTextEquals and GetString throw
    // InvalidOperationException; the error reporting that re-reads the input must not let it escape.
    [Theory]
    [InlineData("""{"type":"\uD800","id":"p1"}""")]
    [InlineData("""{"id":"p1","type":"\uDC00"}""")]
    [InlineData("""{"\uD800":"person","id":"p1"}""")]
    [InlineData("""{"type":"person","id":"p1","\uD800":1}""")]
    public void ReadRecord_EscapeThatIsNotUtf16_OneErrorNotAnException(string json)
    {
        byte[] input = Encoding.UTF8.GetBytes(json);

        ErrorAssert.Single(PoliticalEventsJson.ReadRecord(input));
        Assert.NotEmpty(PoliticalEventsJson.ReadDataset(Encoding.UTF8.GetBytes($$"""{"formatVersion":"1.0","title":"t","records":[{{json}}]}""")).Findings);
    }

    [Theory]
    [InlineData("""{"\uD800":1}""")]
    [InlineData("""{"type":"\uD800"}""")]
    [InlineData("""{"formatVersion":"1.0","\uD800":1,"title":"t","records":[]}""")]
    [InlineData("""{"formatVersion":"1.0","title":"\uD800","records":[]}""")]
    public async Task OtherReaders_EscapeThatIsNotUtf16_ErrorsNotAnException(string json)
    {
        byte[] input = Encoding.UTF8.GetBytes(json);

        Assert.NotEmpty(PoliticalEventsJson.ReadDataset(input).Findings);
        await foreach (JsonLinesEntry entry in JsonLines.ReadAsync(new MemoryStream([.. input, (byte)'\n', .. input])))
        {
            Assert.NotNull(entry.Error);
        }

        bool failed = false;
        await foreach (DatasetDocumentEntry entry in DatasetDocumentReader.ReadAsync(new MemoryStream(input)))
        {
            failed |= entry.Error is not null;
            Assert.True(entry.Error is null or { Line: >= 1, Code.Length: > 0 }, $"{entry.Error}");
        }

        Assert.True(failed);
    }
}
