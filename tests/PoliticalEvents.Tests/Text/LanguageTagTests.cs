using System.Text.RegularExpressions;
using CsCheck;
using PoliticalEvents.Tests.TestHelpers;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Text;

public sealed class LanguageTagTests
{
    // The schema pattern as JSON Schema validators run it (ECMA-262): '$' matches only at the very end of the text.
    private static readonly Regex SchemaPattern = new(LanguageTag.Pattern[..^1] + "\\z", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("be")]
    [InlineData("ru")]
    [InlineData("en")]
    [InlineData("be-Latn")]
    [InlineData("zh-Hant-TW")]
    [InlineData("sr-Latn-RS")]
    [InlineData("en-US-x-twain")]
    [InlineData("es-419")]
    [InlineData("de-CH-1901")]
    [InlineData("sl-rozaj-biske")]
    [InlineData("zh-yue-HK")]
    [InlineData("en-a-bbb-x-a-ccc")]
    [InlineData("x-private")]
    [InlineData("EN")]
    [InlineData("haw")]
    public void TryParse_WellFormedTag_KeepsItAsWritten(string text)
    {
        Assert.True(LanguageTag.TryParse(text, out LanguageTag tag));
        Assert.Equal(text, tag.Value);
        Assert.Equal(text, tag.ToString());
        Assert.Equal(tag, LanguageTag.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("en_US")]
    [InlineData("123")]
    [InlineData("en--US")]
    [InlineData("en-")]
    [InlineData("-en")]
    [InlineData("en US")]
    [InlineData(" en")]
    [InlineData("en ")]
    [InlineData("en\n")]
    [InlineData("en\r\n")]
    [InlineData("abcdefghi")]
    [InlineData("en-x")]
    [InlineData("en-a")]
    [InlineData("i-klingon")] // irregular grandfathered tags are not accepted
    [InlineData("\u0435\u043D")] // Cyrillic "ен"
    [InlineData("en-US-x-waytoolongsubtag")]
    public void TryParse_NotWellFormed_ReturnsFalse(string text)
    {
        Assert.False(LanguageTag.TryParse(text, out LanguageTag tag));
        Assert.Equal(default, tag);
        Assert.Throws<FormatException>(() => LanguageTag.Parse(text));
    }

    [Fact]
    public void TryParse_TrailingNewline_ReturnsFalse()
    {
        // .NET's '$' also matches before a final newline; the schema's (ECMA-262) does not. "en\n" is not a tag.
        Assert.False(LanguageTag.TryParse("en\n", out _));
        Assert.Equal("pattern", Wire.ErrorCode<LanguageTag>("\"be-Latn\\n\""));
    }

    [Fact]
    public void TryParse_LengthLimit_IsMaxLength()
    {
        string longest = "x" + string.Concat(Enumerable.Repeat("-abcdefg", (LanguageTag.MaxLength - 1) / 8)); // 57 characters
        longest += "-" + new string('a', LanguageTag.MaxLength - longest.Length - 1);
        Assert.Equal(LanguageTag.MaxLength, longest.Length);

        Assert.True(LanguageTag.TryParse(longest, out _));
        Assert.False(LanguageTag.TryParse(longest + "a", out _));
        Assert.Equal("maxLength", Wire.ErrorCode<LanguageTag>(Wire.Quote(longest + "a")));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(LanguageTag.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => LanguageTag.Parse(null!));
    }

    [Fact]
    public void Default_Value_HasNoTag()
        => Assert.Equal(string.Empty, default(LanguageTag).ToString());

    [Fact]
    public void Equality_ValueContract_HoldsAndIgnoresCase()
        => ValueContract.AssertEquality(
            LanguageTag.Parse("be-Latn"),
            LanguageTag.Parse("BE-latn"),
            LanguageTag.Parse("be-Cyrl"),
            LanguageTag.Parse("be"),
            default);

    [Fact]
    public void ToString_KeepsTheCaseAsWritten()
        => Assert.Equal("BE-latn", LanguageTag.Parse("BE-latn").ToString());

    [Fact]
    public void TryParse_TagLikeText_AgreesWithTheSchemaPattern()
        => Gen.Char["aeZXx19-\n "].Array[0, 14].Select(chars => new string(chars)).Sample(text =>
        {
            bool expected = text.Length <= LanguageTag.MaxLength && SchemaPattern.IsMatch(text);
            Assert.Equal(expected, LanguageTag.TryParse(text, out LanguageTag tag));
            if (expected)
            {
                Assert.Equal(tag, Wire.Read<LanguageTag>(Wire.Write(tag)));
            }
        }, iter: 20_000);

    [Fact]
    public void TryParse_AnyString_NeverThrows()
        => Gen.String.Sample(text => Wire.AssertReadAgrees<LanguageTag>(text, LanguageTag.TryParse(text, out _)), iter: 5_000);

    [Fact]
    public void Json_ValidString_ReadsAndWritesTheSameText()
    {
        Assert.Equal(LanguageTag.Parse("be-Latn"), Wire.Read<LanguageTag>("\"be-Latn\""));
        Assert.Equal("\"zh-Hant-TW\"", Wire.Write(LanguageTag.Parse("zh-Hant-TW")));
        Assert.Null(Wire.Read<LanguageTag?>("null"));
    }

    [Theory]
    [InlineData("1", "type")]
    [InlineData("null", "type")]
    [InlineData("{}", "type")]
    [InlineData("\"en_US\"", "pattern")]
    [InlineData("\"\"", "pattern")]
    public void Json_InvalidValue_FailsWithRuleCode(string json, string code)
        => Assert.Equal(code, Wire.ErrorCode<LanguageTag>(json));

    [Fact]
    public void ReadRecord_BadNameLanguage_ReportsCodeAndPath()
    {
        Finding error = Wire.RecordError("""{"type":"person","id":"person-1","name":"A","names":[{"value":"Б","language":"be_BY"}]}""");

        Assert.Equal("pattern", error.Code);
        Assert.Equal("/names/0/language", error.Path);
    }
}
