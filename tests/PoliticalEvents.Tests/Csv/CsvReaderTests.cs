using System.Text;
using PoliticalEvents.Csv;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Csv;

public sealed class CsvReaderTests
{
    [Theory]
    [InlineData("a,b\r\nc,d\r\n")]
    [InlineData("a,b\nc,d\n")]
    [InlineData("a,b\rc,d\r")]
    [InlineData("a,b\r\nc,d")]
    [InlineData("\uFEFFa,b\r\nc,d\r\n")]
    public void LineEnds_CrLfLfCrAndNone_GiveTheSameRows(string text)
    {
        (List<CsvRow> rows, Finding? error) = CsvText.Read(text);

        Assert.Null(error);
        Assert.Equal([["a", "b"], ["c", "d"]], CsvText.Values(rows));
        Assert.Equal([1, 2], rows.Select(r => r.Number));
        Assert.Equal([1, 2], rows.Select(r => r.Line));
    }

    [Fact]
    public void QuotedFields_KeepCommasQuotesAndLineBreaksExactly()
    {
        (List<CsvRow> rows, Finding? error) = CsvText.Read("\"a,b\",\"say \"\"hi\"\"\",\"line1\r\nline2\nline3\rline4\"\r\nnext,row\r\n");

        Assert.Null(error);
        Assert.Equal([["a,b", "say \"hi\"", "line1\r\nline2\nline3\rline4"], ["next", "row"]], CsvText.Values(rows));
        Assert.Equal((2, 5), (rows[1].Number, rows[1].Line));
    }

    [Fact]
    public void EmptyFields_QuotedAndUnquotedAreTold()
    {
        (List<CsvRow> rows, _) = CsvText.Read(",\"\",x,\r\n");

        Assert.Equal([(string.Empty, false), (string.Empty, true), ("x", false), (string.Empty, false)], rows[0].Fields.Select(f => (f.Value, f.Quoted)));
        Assert.Equal([true, false, false, true], rows[0].Fields.Select(f => f.IsAbsent));
    }

    [Fact]
    public void EmptyLineInTheMiddle_IsABlankRow_AndAFinalLineBreakIsNot()
    {
        (List<CsvRow> rows, Finding? error) = CsvText.Read("a\r\n\r\nb\r\n");

        Assert.Null(error);
        Assert.Equal([["a"], [string.Empty], ["b"]], CsvText.Values(rows));
        Assert.Equal([false, true, false], rows.Select(r => r.IsBlank));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    public void EmptyInput_HasNoRows(string text)
    {
        (List<CsvRow> rows, Finding? error) = CsvText.Read(text);

        Assert.Empty(rows);
        Assert.Null(error);
    }

    [Fact]
    public void SpacesAroundFields_ArePartOfTheField()
    {
        (List<CsvRow> rows, _) = CsvText.Read(" a , b \r\n");

        Assert.Equal([[" a ", " b "]], CsvText.Values(rows));
    }

    [Theory]
    [InlineData("name,x\r\nab\"c,d\r\n", 2, 1, "field 1 has a double quote but does not begin with one")]
    [InlineData("name,x\r\nok,\"abc\"def\r\n", 2, 2, "field 2 has text after its closing double quote")]
    [InlineData("name,x\r\nok,\"secret\r\nclosed\r\n", 2, 2, "field 2 opens a double quote on line 2 that is never closed")]
    public void MalformedQuotes_AreErrorsWithRowAndField_NotTheData(string text, int row, int field, string message)
    {
        (List<CsvRow> rows, Finding? error) = CsvText.Read(text);

        Assert.Single(rows);
        Assert.NotNull(error);
        Assert.Equal((CsvCodes.Syntax, row, Severity.Error), (error.Code, error.Row, error.Severity));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Contains($"field {field}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("abc", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorAfterMultilineRows_GivesTheRowNumberAndItsLine()
    {
        (List<CsvRow> rows, Finding? error) = CsvText.Read("h\r\n\"a\r\nb\"\r\nx\"y\r\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal((3, 4), (error!.Row, error.Line));
        Assert.Equal("row 3: field 1 has a double quote but does not begin with one (a field with quotes must be enclosed in double quotes, its quotes doubled).", error.ToString());
    }

    [Theory]
    [InlineData(new byte[] { (byte)'a', (byte)',', 0xE9, (byte)'\r', (byte)'\n' })] // Latin-1 é
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0, (byte)',', 0 })]            // UTF-16 with its BOM
    public void BytesThatAreNotUtf8_AreAnEncodingError(byte[] bytes)
    {
        (_, Finding? error) = CsvText.Read(bytes);

        Assert.Equal(CsvCodes.Encoding, error?.Code);
        Assert.Contains("CSV UTF-8", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldLongerThanTheLimit_IsAnError()
    {
        using var reader = new CsvReader(new MemoryStream(Encoding.UTF8.GetBytes("ok\r\n\"" + new string('x', 50))), new CsvReaderOptions { MaxFieldLength = 10 });

        Assert.NotNull(reader.ReadRow());
        Assert.Null(reader.ReadRow());
        Assert.Equal((CsvCodes.FieldTooLong, 2), (reader.Error!.Code, reader.Error.Row));
    }

    [Fact]
    public void ByteOrderMark_IsSkippedOnlyAtTheStart()
    {
        (List<CsvRow> rows, _) = CsvText.Read("\uFEFF\uFEFFa\r\n");

        Assert.Equal("\uFEFFa", rows[0][0]);
    }

    [Fact]
    public void LongInput_ReadsAcrossBufferBoundaries()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            text.Append(i).Append(",\"q\"\"").Append(new string('x', i % 37)).Append("\r\n\"\r\n");
        }

        (List<CsvRow> rows, Finding? error) = CsvText.Read(text.ToString());

        Assert.Null(error);
        Assert.Equal(5000, rows.Count);
        Assert.Equal("q\"" + new string('x', 4999 % 37) + "\r\n", rows[4999][1]);
        Assert.Equal(2 * 4999 + 1, rows[4999].Line);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BytesThatAreNotUtf8_AreReportedAtTheirRow_EvenInsideQuotesAndFarIntoTheFile(bool quoted)
    {
        // A sheet saved in a legacy code page after a few good rows: the error names the row with the bad byte (as a
        // spreadsheet numbers it), not the row where a buffer of bytes happened to begin, and inside quotes it is an
        // encoding error, not an unclosed quote.
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("name,notes\r\n"));
        for (int i = 0; i < 2000; i++)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes($"person {i},\"a note, ok\"\r\n"));
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(quoted ? "bad,\"caf" : "bad,caf"));
        bytes.Add(0xE9); // é in Windows-1252
        bytes.AddRange(Encoding.UTF8.GetBytes(quoted ? "\"\r\nlast,row\r\n" : "\r\nlast,row\r\n"));

        (List<CsvRow> rows, Finding? error) = CsvText.Read([.. bytes]);

        Assert.Equal(CsvCodes.Encoding, error?.Code);
        Assert.Equal(2002, error?.Row);
        Assert.Equal(2002, error?.Line);
        Assert.Equal(2001, rows.Count);
    }

    [Fact]
    public void MultiByteCharacters_SplitAcrossReadsOfTheStream_AreDecoded()
    {
        string text = string.Concat(Enumerable.Repeat("Аляксандр 李 😀,\"x\"\r\n", 3000));

        using var reader = new CsvReader(new OneByteAtATimeStream(Encoding.UTF8.GetBytes(text)));
        List<CsvRow> rows = [.. reader.ReadRows()];

        Assert.Null(reader.Error);
        Assert.Equal(3000, rows.Count);
        Assert.All(rows, r => Assert.Equal("Аляксандр 李 😀", r[0]));
    }

    [Fact]
    public void TruncatedMultiByteCharacter_AtTheEnd_IsAnEncodingError()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("a,b\r\nc,"), 0xD0];

        (List<CsvRow> rows, Finding? error) = CsvText.Read(bytes);

        Assert.Equal(CsvCodes.Encoding, error?.Code);
        Assert.Equal(2, error?.Row);
        Assert.Single(rows);
    }

    [Theory]
    [InlineData("\r\r")]
    [InlineData("\r\r\n")]
    [InlineData("\r\r\r")]
    [InlineData("a\r\r\nb\r")]
    public void CarriageReturnsInQuotes_AreKept_WhateverTheReadsOfTheStream(string value)
    {
        // Sep 0.18.0 lost one \r of \r\r when its text source gave fewer characters than it asked for; the UTF-8 reader
        // in front of it fills every read, and one byte per read of the stream must still give every character.
        string text = $"h,x\r\n\"{value}\",y\r\n\"{value}\"\r\nlast,row\r\n";
        string[][] expected = [["h", "x"], [value, "y"], [value], ["last", "row"]];

        using var slow = new CsvReader(new OneByteAtATimeStream(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expected, CsvText.Values(slow.ReadRows()));
        Assert.Null(slow.Error);
        Assert.Equal(expected, CsvText.Values(CsvText.Read(text).Rows));
    }

    [Fact]
    public void RowLongerThanTheParserTakes_IsFieldTooLong_WithoutTheData()
    {
        // An unclosed quote early in a large file: the parser (Sep) gives up at 16,777,216 characters in one row and
        // throws; that is reported as this package's code, never with the exception's text, which may quote the file.
        var text = new StringBuilder("name\r\nfirst\r\n\"");
        text.Append('x', (1 << 24) + 10).Append("SECRET\r\n");
        using var reader = new CsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), new CsvReaderOptions { MaxFieldLength = int.MaxValue });

        Assert.Equal(2, reader.ReadRows().Count());
        Assert.Equal((CsvCodes.FieldTooLong, 3, 3), (reader.Error?.Code, reader.Error?.Row, reader.Error?.Line));
        Assert.DoesNotContain("xxx", reader.Error!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", reader.Error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,b\r\n", 2, 2, 1)] // after a whole row: the next row
    [InlineData("a,b\n", 2, 2, 1)]
    [InlineData("h\r\n\"x\r\ny\"\r\n", 3, 4, 2)]
    [InlineData("a,b", 1, 1, 0)] // inside a row: that row, which is not given
    [InlineData("h\r\n\"x\r\n", 2, 2, 1)] // inside a quoted field that has a line break: its row, not an unclosed quote
    [InlineData("", 1, 1, 0)]
    public void BytesThatAreNotUtf8_AtARowsStartOrInside_NameThatRow(string before, int row, int line, int rowsRead)
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(before), 0xC0, .. "z\r\n"u8];

        (List<CsvRow> rows, Finding? error) = CsvText.Read(bytes);

        Assert.Equal((CsvCodes.Encoding, row, line), (error?.Code, error?.Row, error?.Line));
        Assert.Equal(rowsRead, rows.Count);
    }

    [Theory]
    [InlineData("a,b\r\nc,d\r\n", true)]
    [InlineData("a,b\r\nc,d\n", true)]
    [InlineData("a,b\r\nc,d\r", true)]
    [InlineData("a,b\r\nc,d", false)]
    [InlineData("a,b\r\n\"c\r\n\"", false)]
    public void LastRow_SaysWhetherALineBreakEndedIt(string text, bool endsWithLineBreak)
    {
        (List<CsvRow> rows, Finding? error) = CsvText.Read(text);

        Assert.Null(error);
        Assert.Equal([true, endsWithLineBreak], rows.Select(r => r.EndsWithLineBreak));
    }

    /// <summary>A stream that gives one byte per read, so characters are split between reads.</summary>
    private sealed class OneByteAtATimeStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);
    }
}
