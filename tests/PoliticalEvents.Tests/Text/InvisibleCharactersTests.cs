using System.Globalization;
using CsCheck;
using PoliticalEvents.Tests.TestHelpers;
using Xunit;

namespace PoliticalEvents.Tests.Text;

public sealed class InvisibleCharactersTests
{
    [Fact]
    public void Ranges_AreControlAndFormatLessTheJoiners_ByTheRuntimesUnicodeData()
    {
        // Fails when a new Unicode version adds a format character: decide then whether the format refuses it.
        for (int c = 0; c <= 0x10FFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            bool expected = category == UnicodeCategory.Control || (category == UnicodeCategory.Format && c is not (0x200C or 0x200D));
            Assert.True(expected == InvisibleCharacters.IsRefused(c), $"U+{c:X4}");
        }
    }

    [Fact]
    public void BmpPatternClass_ListsTheRangesOfTheBmp()
    {
        string rendered = string.Concat(InvisibleCharacters.Ranges.Where(r => r.Last <= 0xFFFF).Select(r =>
            r.First == r.Last ? $"\\u{r.First:X4}"
            : r.Last == r.First + 1 ? $"\\u{r.First:X4}\\u{r.Last:X4}"
            : $"\\u{r.First:X4}-\\u{r.Last:X4}"));

        Assert.Equal(InvisibleCharacters.BmpPatternClass, rendered);
    }

    [Theory]
    [InlineData("Anna", "None", -1)]
    [InlineData("", "None", -1)]
    [InlineData("An\u0000na", "Control", 2)]
    [InlineData("Anna\t", "Control", 4)]
    [InlineData("\u200BAnna", "Format", 0)]
    [InlineData("An\u00ADna", "Format", 2)]
    [InlineData("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "None", -1)]
    [InlineData("\U0001F469\u200D\U0001F4BB", "None", -1)]
    [InlineData("\U0001F600a\U000E0041", "Format", 3)]
    public void Find_ReturnsTheFirstRefusedCharacter(string text, string kind, int index)
    {
        Assert.Equal(kind, InvisibleCharacters.Find(text, out int found).ToString());
        Assert.Equal(index, found);
    }

    [Fact]
    public void Find_HalfASurrogatePair_IsUnpaired()
    {
        // Built here: xUnit cannot carry a lone surrogate in InlineData.
        foreach (string text in (string[])["a" + '\uD800', "a" + '\uDC00' + "b", "a" + '\uD800' + '\uD800' + '\uDC00'])
        {
            Assert.Equal(InvisibleCharacters.Kind.UnpairedSurrogate, InvisibleCharacters.Find(text, out int index));
            Assert.Equal(1, index);
        }
    }

    [Fact]
    public void Find_AnyText_AgreesWithTheRuntimesCategories()
        => Gen.OneOf(Gen.String, Gen.Char["a\u0000\u0085\u00AD\u200B\u200C\u200D\u202E\uFEFF\uD800\uDC00\uDB40\uDC41"].Array[0, 8].Select(c => new string(c))).Sample(text =>
        {
            InvisibleCharacters.Find(text, out int index);
            Assert.Equal(UnicodeReference.FirstControlOrFormat(text), index);
        }, iter: 20_000);

    [Fact]
    public void Position_CountsCodePointsFromOne()
        => Assert.Equal(3, InvisibleCharacters.Position("\U0001F600a\u200B", 3));
}
