using System.Text;
using Xunit;

namespace PoliticalEvents.Tests.Dates;

/// <summary>Parsing and formatting: the wire text of every precision and qualifier, and everything that is not one.</summary>
public sealed partial class PartialDateTests
{
    public static TheoryData<string> EveryPrecisionAndQualifier()
    {
        var data = new TheoryData<string>();
        foreach (string date in new[] { "2021", "2020-09", "2020-09-07" })
        {
            foreach (string qualifier in new[] { "", "~", "?", "%" })
            {
                data.Add(date + qualifier);
            }
        }

        data.Add("0001");
        data.Add("9999-12-31%");
        data.Add("2024-02-29");
        data.Add("2000-02-29?");
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPrecisionAndQualifier))]
    public void Parse_ValidText_RoundTripsThroughToString(string text)
        => Assert.Equal(text, PartialDate.Parse(text).ToString());

    [Theory]
    [MemberData(nameof(EveryPrecisionAndQualifier))]
    public void TryParse_ValidText_AgreesForCharsAndUtf8(string text)
    {
        Assert.True(PartialDate.TryParse(text, out PartialDate fromChars));
        Assert.True(PartialDate.TryParse(Encoding.UTF8.GetBytes(text), out PartialDate fromBytes));

        Assert.Equal(PartialDate.Parse(text), fromChars);
        Assert.Equal(fromChars, fromBytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2020-1")]
    [InlineData("20200")]
    [InlineData("202")]
    [InlineData("2020-13")]
    [InlineData("2020-00")]
    [InlineData("2020-01-32")]
    [InlineData("2020-01-00")]
    [InlineData("2020-1-01")]
    [InlineData("2020-01-1")]
    [InlineData("2020-01-")]
    [InlineData("2020/01/01")]
    [InlineData("2020~?")]
    [InlineData("2020~~")]
    [InlineData("~2020")]
    [InlineData("2020-~01")]
    [InlineData(" 2020")]
    [InlineData("2020 ")]
    [InlineData("+2020")]
    [InlineData("-2020")]
    [InlineData("2020-W01")]
    [InlineData("2020-01-01T00:00")]
    [InlineData("2020X")]
    [InlineData("2020-01-01~x")]
    [InlineData("\u0662\u0660\u0662\u0660")] // Arabic-Indic digits
    [InlineData("\uFF12\uFF10\uFF12\uFF10")] // full-width digits
    [InlineData("２020")]
    public void TryParse_Malformed_ReturnsFalse(string text)
    {
        Assert.False(PartialDate.TryParse(text, out PartialDate value));
        Assert.Equal(default, value);
        Assert.False(PartialDate.TryParse(Encoding.UTF8.GetBytes(text), out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Theory]
    [InlineData("2021-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2100-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2021-04-31")]
    [InlineData("2021-02-29~")]
    [InlineData("0000")]
    [InlineData("0000-01")]
    [InlineData("0000-01-01?")]
    public void TryParse_NoSuchDay_ReturnsFalse(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.False(PartialDate.TryParse(Encoding.UTF8.GetBytes(text), out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2000-02-29")]
    [InlineData("2024-02-29~")]
    [InlineData("2021-01-31")]
    [InlineData("2021-04-30")]
    public void TryParse_LastDayOfMonth_ReturnsTrue(string text)
        => Assert.True(PartialDate.TryParse(text, out _));

    [Fact]
    public void TryParse_LongerThanAnyDate_ReturnsFalse()
    {
        Assert.False(PartialDate.TryParse("2020-01-01~~", out _));
        Assert.False(PartialDate.TryParse(new string('1', 1000), out _));
        Assert.False(PartialDate.TryParse(new byte[1000], out _));
    }

    [Fact]
    public void TryParse_NonAsciiUtf8_ReturnsFalse()
    {
        // "2020-" and the two bytes of "é": as long as a month date, but not digits.
        Assert.False(PartialDate.TryParse("2020-é"u8, out _));
        Assert.False(PartialDate.TryParse([0x32, 0x30, 0x32, 0xB0], out _));
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
        => Assert.Throws<ArgumentNullException>(() => PartialDate.Parse(null!));
}
