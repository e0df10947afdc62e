using System.Text;
using PoliticalEvents.Csv;
using Xunit;

namespace PoliticalEvents.Tests.Csv;

public sealed class CsvWriterTests
{
    [Fact]
    public void Write_StartsWithABom_AndEndsRowsWithCrLf()
    {
        byte[] bytes = CsvText.Write([["a", "b"], ["c", "d"]]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("a,b\r\nc,d\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Write_WithoutBom_WhenAsked()
    {
        Assert.Equal("a\r\n"u8.ToArray(), CsvText.Write([["a"]], new CsvWriterOptions { ByteOrderMark = false }));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rlf\r\n", "\"cr\rlf\r\n\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("padded ", "\"padded \"")]
    [InlineData("", "\"\"")]
    [InlineData("Марыя Калеснікава", "Марыя Калеснікава")]
    [InlineData("\uFEFFbom", "\"\uFEFFbom\"")]
    public void Field_IsQuotedOnlyWhenItMustBe(string value, string written)
    {
        Assert.Equal(written + ",x\r\n", CsvText.WriteString([value, "x"]));
    }

    [Fact]
    public void NullField_IsEmptyAndUnquoted()
    {
        Assert.Equal(",\"\",\r\n", CsvText.WriteString([null, string.Empty, null]));
    }

    [Theory]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("+7 999", "\"'+7 999\"")]
    [InlineData("-2", "\"'-2\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("'=x", "\"''=x\"")]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"a\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"a\"\")\"")]
    [InlineData("'Twas", "'Twas")]
    [InlineData("a=b", "a=b")]
    public void FormulaLikeText_GetsAnApostrophe(string value, string written)
    {
        Assert.Equal(written + "\r\n", CsvText.WriteString([value]));
    }

    [Fact]
    public void FormulaGuard_CanBeTurnedOff()
    {
        Assert.Equal("=1+1\r\n"u8.ToArray(), CsvText.Write([["=1+1"]], new CsvWriterOptions { ByteOrderMark = false, GuardFormulas = false }));
    }

    [Fact]
    public void RowsOfDifferentWidths_AreWrittenAsGiven()
    {
        // Sep is told to skip the columns a row does not set: no padding of a short row, no error at a wider one.
        Assert.Equal("a,b,c\r\nx\r\np,,q,r\r\n\r\n", CsvText.WriteString(["a", "b", "c"], ["x"], ["p", null, "q", "r"], [null]));
    }

    [Fact]
    public void LongFieldsNeedingQuotes_AreWrittenWhole()
    {
        string value = string.Concat(Enumerable.Repeat("line \"one\",\r\n", 5000));

        Assert.Equal("\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\",x\r\n", CsvText.WriteString([value, "x"]));
    }

    [Fact]
    public void RowWithoutFields_IsAProgrammerError()
    {
        using var writer = new CsvWriter(new MemoryStream());
        Assert.Throws<ArgumentException>(() => writer.WriteRow(Array.Empty<string?>()));
    }
}
