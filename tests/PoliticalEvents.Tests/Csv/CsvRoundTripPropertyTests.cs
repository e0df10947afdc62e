using System.Text;
using CsCheck;
using PoliticalEvents.Csv;
using Xunit;

namespace PoliticalEvents.Tests.Csv;

/// <summary>For all rows of arbitrary text, writing and reading back gives the same rows, "no value" and empty text apart.</summary>
public sealed class CsvRoundTripPropertyTests
{
    // Text heavy in the characters CSV must handle: separators, quotes, line breaks, a BOM, formula triggers, spaces,
    // other scripts and characters outside the Basic Multilingual Plane. (Lone surrogates are not text: UTF-8 cannot
    // hold them, and the writer refuses them.)
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.OneOf(",", "\"", "\r", "\n", "\r\n", "\uFEFF", "'", "=", "+", "-", "@", "\t", " ", "a", "Ж", "文", "🕊", "👩🏽‍⚖️", "\u0000"),
        Gen.Char.Where(c => !char.IsSurrogate(c)).Select(c => c.ToString()));

    private static readonly Gen<string> Field = Piece.Array[0, 12].Select(string.Concat);

    private static readonly Gen<string?[][]> Rows =
        from width in Gen.Int[1, 6]
        from rows in Gen.Null(Field).Array[width].Array[0, 8]
        select rows;

    [Fact]
    public void WriteThenRead_GivesTheSameRows()
    {
        Gen.Select(Rows, Gen.Bool, Gen.Bool, (rows, bom, guard) => (Rows: rows, Bom: bom, Guard: guard)).Sample(sample =>
        {
            (string?[][] rows, bool bom, bool guard) = sample;
            byte[] bytes = CsvText.Write(rows, new CsvWriterOptions { ByteOrderMark = bom, GuardFormulas = guard });
            (List<CsvRow> read, Finding? error) = CsvText.Read(bytes);

            Assert.Null(error);
            Assert.Equal(rows.Length, read.Count);
            for (int r = 0; r < rows.Length; r++)
            {
                Assert.Equal(rows[r].Length, read[r].Fields.Count);
                for (int f = 0; f < rows[r].Length; f++)
                {
                    CsvField field = read[r].Fields[f];
                    string value = guard ? CsvFormulaGuard.Restore(field.Value) : field.Value;
                    Assert.Equal(rows[r][f] ?? string.Empty, value);
                    Assert.Equal(rows[r][f] is null, field.IsAbsent);
                }
            }
        }, iter: 3000, print: sample => $"bom {sample.Bom}, guard {sample.Guard}: {Describe(sample.Rows)}");
    }

    private static string Describe(string?[][] rows)
        => string.Join(" | ", rows.Select(r => string.Join(",", r.Select(f => f is null ? "null" : $"[{f.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}]"))));

    [Fact]
    public void ReadingInAnyChunks_GivesTheSameRows()
    {
        Rows.Sample(rows =>
        {
            byte[] bytes = CsvText.Write(rows);
            using var reader = new CsvReader(new Serialization.OneByteAtATimeStream(bytes));
            Assert.Equal(CsvText.Values(CsvText.Read(bytes).Rows), CsvText.Values(reader.ReadRows()));
            Assert.Null(reader.Error);
        }, iter: 300);
    }

    [Fact]
    public void ArbitraryText_NeverThrows_AndAnErrorNamesARow()
    {
        Gen.Char[",\"\r\na"].Array[0, 30].Select(chars => new string(chars)).Sample(text =>
        {
            (List<CsvRow> rows, Finding? error) = CsvText.Read(Encoding.UTF8.GetBytes(text));
            if (error is not null)
            {
                Assert.Equal(rows.Count + 1, error.Row);
            }
        }, iter: 5000);
    }
}
