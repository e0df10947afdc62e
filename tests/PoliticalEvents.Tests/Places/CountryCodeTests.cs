using CsCheck;
using PoliticalEvents.Tests.TestHelpers;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Places;

public sealed class CountryCodeTests
{
    [Fact]
    public void AllCodes_List_Has249IsoCodesPlusKosovo()
    {
        Assert.Equal(250, CountryCode.AllCodes.Count);
        Assert.Contains("XK", CountryCode.AllCodes);
    }

    [Fact]
    public void AllCodes_List_IsSortedUniqueAndUpperCase()
    {
        Assert.Equal(CountryCode.AllCodes.Order(StringComparer.Ordinal), CountryCode.AllCodes);
        Assert.Equal(CountryCode.AllCodes.Count, CountryCode.AllCodes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(CountryCode.AllCodes, code => Assert.Matches("^[A-Z]{2}\\z", code));
    }

    [Fact]
    public void AllCodes_EveryCode_ParsesToItself()
        => Assert.All(CountryCode.AllCodes, code => Assert.Equal(code, CountryCode.Parse(code).Value));

    [Theory]
    [InlineData("BY")]
    [InlineData("TN")]
    [InlineData("US")]
    [InlineData("XK")]
    [InlineData("GB")]
    [InlineData("AD")]
    [InlineData("ZW")]
    public void TryParse_AssignedCode_ReturnsTrue(string text)
    {
        Assert.True(CountryCode.TryParse(text, out CountryCode code));
        Assert.Equal(text, code.Value);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("by")]
    [InlineData("By")]
    [InlineData("bY")]
    [InlineData("EU")]
    [InlineData("UK")]
    [InlineData("SU")]
    [InlineData("ZZ")]
    [InlineData("XX")]
    [InlineData("AA")]
    [InlineData("B")]
    [InlineData("BYY")]
    [InlineData("")]
    [InlineData(" BY")]
    [InlineData("BY ")]
    [InlineData("B1")]
    [InlineData("\u0392Y")] // Greek capital beta
    [InlineData("ＢＹ")] // full-width
    [InlineData("BLR")]
    [InlineData("112")]
    public void TryParse_NotAnAcceptedCode_ReturnsFalse(string text)
    {
        Assert.False(CountryCode.TryParse(text, out CountryCode code));
        Assert.Equal(default, code);
        Assert.Throws<FormatException>(() => CountryCode.Parse(text));
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
        => Assert.Throws<ArgumentNullException>(() => CountryCode.Parse(null!));

    [Fact]
    public void Default_Value_HasNoCode()
    {
        Assert.Equal(string.Empty, default(CountryCode).Value);
        Assert.Equal(string.Empty, default(CountryCode).ToString());
    }

    [Fact]
    public void Equality_ValueContract_Holds()
        => ValueContract.AssertEquality(CountryCode.Parse("BY"), CountryCode.Parse(new string(['B', 'Y'])), CountryCode.Parse("TN"), CountryCode.Parse("BZ"), default);

    [Fact]
    public void CompareTo_Codes_OrdinalOrder()
        => ValueContract.AssertStrictOrder(default, CountryCode.Parse("AD"), CountryCode.Parse("BY"), CountryCode.Parse("TN"), CountryCode.Parse("US"), CountryCode.Parse("XK"), CountryCode.Parse("ZW"));

    [Fact]
    public void TryParse_AnyTwoLetters_AcceptsExactlyTheListedCodes()
    {
        // Every two-letter string, both cases: the look-up table and the published list must agree.
        const string letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        var listed = new HashSet<string>(CountryCode.AllCodes, StringComparer.Ordinal);
        foreach (char first in letters)
        {
            foreach (char second in letters)
            {
                string text = new([first, second]);
                Assert.Equal(listed.Contains(text), CountryCode.TryParse(text, out _));
            }
        }
    }

    [Fact]
    public void Properties_AnyCode_RoundTripsAndOrdersLikeItsText()
    {
        Gen<CountryCode> codes = Gen.Int[0, CountryCode.AllCodes.Count - 1].Select(i => CountryCode.Parse(CountryCode.AllCodes[i]));

        codes.Sample(code =>
        {
            Assert.Equal(code, CountryCode.Parse(code.ToString()));
            Assert.Equal(code, Wire.Read<CountryCode>(Wire.Write(code)));
        }, iter: 1_000);
        Gen.Select(codes, codes, codes).Sample((a, b, c) =>
        {
            ValueContract.AssertTotalOrder(a, b, c);
            Assert.Equal(Math.Sign(string.CompareOrdinal(a.Value, b.Value)), Math.Sign(a.CompareTo(b)));
        }, iter: 1_000);
    }

    [Fact]
    public void TryParse_AnyString_NeverThrows()
        => Gen.OneOf(Gen.String, Gen.Char["ABXYZabz1 "].Array[0, 3].Select(chars => new string(chars))).Sample(text =>
        {
            bool accepted = CountryCode.TryParse(text, out _);
            Assert.Equal(CountryCode.AllCodes.Contains(text), accepted);
            Wire.AssertReadAgrees<CountryCode>(text, accepted);
        }, iter: 10_000);

    [Fact]
    public void Json_ValidString_ReadsAndWritesTheSameText()
    {
        Assert.Equal(CountryCode.Parse("XK"), Wire.Read<CountryCode>("\"XK\""));
        Assert.Equal("\"BY\"", Wire.Write(CountryCode.Parse("BY")));
        Assert.Null(Wire.Read<CountryCode?>("null"));
    }

    [Theory]
    [InlineData("112", "type")]
    [InlineData("null", "type")]
    [InlineData("[\"BY\"]", "type")]
    [InlineData("\"ZZ\"", "enum")]
    [InlineData("\"EU\"", "enum")]
    [InlineData("\"by\"", "pattern")]
    [InlineData("\"BYY\"", "pattern")]
    [InlineData("\"\\u00c9S\"", "pattern")]
    public void Json_InvalidValue_FailsWithRuleCode(string json, string code)
        => Assert.Equal(code, Wire.ErrorCode<CountryCode>(json));

    [Theory]
    [InlineData("\"UK\"", "enum")]
    [InlineData("\"by\"", "pattern")]
    [InlineData("null", "type")]
    [InlineData("112", "type")]
    public void ReadRecord_BadDetentionCountry_ReportsCodeAndPath(string country, string code)
    {
        Finding error = Wire.RecordError(
            $$"""{"type":"detention","id":"det-1","subjectId":"person-1","country":{{country}},"startedOn":"2020","status":"ongoing"}""");

        Assert.Equal(code, error.Code);
        Assert.Equal("/country", error.Path);
    }
}
