using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Tests.TestHelpers;
using Xunit;

namespace PoliticalEvents.Tests.Text;

public sealed class TextValueParsingTests
{
    [Fact]
    public void LanguageTag_Parsable_RoundTripsAndOverloadsAgree()
        => ParsableContract.Check(RecordGenerators.Language, "abeLtnUSxz019-_ é\n");

    [Fact]
    public void WebUrl_Parsable_RoundTripsAndOverloadsAgree()
        => ParsableContract.Check(RecordGenerators.Url, "hpst:/.exmaplorg%#?=1 é\u200B\\");

    [Fact]
    public void ParseSpan_ASlice_ParsesOnlyTheSlice()
    {
        Assert.Equal("be-Latn", LanguageTag.Parse("be-Latn, ru".AsSpan(0, 7)).Value);
        Assert.Equal("https://spring96.org/", WebUrl.Parse("https://spring96.org/ (archived)".AsSpan(0, 21)).Value);
    }

    [Fact]
    public void TryParseSpan_OverMaxLength_IsFalse()
    {
        Assert.False(WebUrl.TryParse(("https://example.org/" + new string('a', WebUrl.MaxLength)).AsSpan(), out _));
        Assert.False(LanguageTag.TryParse(("x-" + string.Join('-', Enumerable.Repeat("abcdefgh", 8))).AsSpan(), out _));
    }
}
