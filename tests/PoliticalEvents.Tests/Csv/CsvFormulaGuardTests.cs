using System.Globalization;
using System.Text;
using CsCheck;
using PoliticalEvents.Csv;
using Xunit;

namespace PoliticalEvents.Tests.Csv;

public sealed class CsvFormulaGuardTests
{
    private static readonly Gen<string> Tricky = Gen.Char["'=+-@\t\r a\"x,"].Array[0, 8].Select(chars => new string(chars));

    // The characters a spreadsheet may run as the start of a formula, and what may stand before them unseen: Unicode
    // White_Space and format characters (Cf), in and outside the Basic Multilingual Plane.
    private const string Triggers = "=+-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B";
    private const string Invisible = " \u00A0\u3000\u2000\u2007\u202F\u205F\u1680\u2028\u2029\u0085\n\t\r\v\f\u200B\uFEFF\u200E\u200F\u2060\u00AD\u061C\u180E";

    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.Char[Triggers].Select(c => c.ToString()),
        Gen.Char[Invisible].Select(c => c.ToString()),
        Gen.OneOf(Gen.Const("'"), Gen.Const("a"), Gen.Const("Ж"), Gen.Const("\U000E0001"), Gen.Const("🕊"), Gen.Const("1")));

    private static readonly Gen<string> Spreadsheetish = Piece.Array[0, 6].Select(string.Concat);

    [Fact]
    public void RestoreAfterNeutralize_IsTheIdentity()
        => Gen.OneOf(Tricky, Spreadsheetish, Gen.String).Sample(text => Assert.Equal(text, CsvFormulaGuard.Restore(CsvFormulaGuard.Neutralize(text))), iter: 5000);

    [Fact]
    public void Neutralized_NeverStartsWithATriggerCharacter()
        => Gen.OneOf(Tricky, Gen.String).Sample(text =>
        {
            string cell = CsvFormulaGuard.Neutralize(text);
            Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
        }, iter: 5000);

    // Issue 11, item 16: the guard missed full-width and small forms, and a trigger after whitespace or a format character.
    [Fact]
    public void Neutralized_NeverBeginsWithATrigger_EvenPastWhitespaceAndFormatCharacters()
    {
        int guarded = 0, guardedPastInvisible = 0, guardedWide = 0;
        Spreadsheetish.Sample(text =>
        {
            string cell = CsvFormulaGuard.Neutralize(text);
            bool dangerous = text.Length > 0 && (text[0] is '\t' or '\r' || StartsWithTrigger(text, out _));
            if (!dangerous)
            {
                Assert.True(cell.Length == 0 || cell[0] == '\'' || !StartsWithTrigger(cell, out _));
                return;
            }

            Assert.Equal("'" + text, cell);
            Interlocked.Increment(ref guarded);
            if (StartsWithTrigger(text, out int skipped) && skipped > 0)
            {
                Interlocked.Increment(ref guardedPastInvisible);
            }

            if (StartsWithTrigger(text, out skipped) && text[skipped] > '\u007F')
            {
                Interlocked.Increment(ref guardedWide);
            }
        }, iter: 5000);

        // Not vacuous: the generator makes dangerous text often, with and without what hides the trigger.
        Assert.True(guarded > 500, $"{guarded} guarded");
        Assert.True(guardedPastInvisible > 200, $"{guardedPastInvisible} guarded past whitespace or format characters");
        Assert.True(guardedWide > 200, $"{guardedWide} guarded full-width or small forms");
    }

    // The rule, written out independently of the guard: skip White_Space and Cf (by code point), then a trigger.
    private static bool StartsWithTrigger(string text, out int skipped)
    {
        int i = 0;
        while (i < text.Length && Rune.TryGetRuneAt(text, i, out Rune rune) && (Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format))
        {
            i += rune.Utf16SequenceLength;
        }

        skipped = i;
        return i < text.Length && Triggers.Contains(text[i], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\uFF1D1+1")]
    [InlineData("\uFF0B1")]
    [InlineData("\uFF0D1")]
    [InlineData("\uFF20SUM(A1)")]
    [InlineData("\uFE661")]
    [InlineData("\uFE621")]
    [InlineData("\uFE631")]
    [InlineData("\uFE6Bx")]
    [InlineData(" =1+1")]
    [InlineData("\u00A0=1+1")]
    [InlineData("\u3000=1+1")]
    [InlineData("\u200B=1+1")]
    [InlineData("\uFEFF=1+1")]
    [InlineData("\n=1+1")]
    [InlineData("\r\n=1+1")]
    [InlineData("\t=1+1")]
    [InlineData(" \u200B\u00A0 \uFF1D1")]
    [InlineData("\U000E0001=1")]
    [InlineData("\tx")]
    [InlineData("\rx")]
    [InlineData("'\u00A0=x")]
    public void NeedsGuard_SeesTriggersPastWhitespaceAndFormatCharacters_AndInTheirWideForms(string text)
    {
        Assert.True(CsvFormulaGuard.NeedsGuard(text));
        Assert.Equal("'" + text, CsvFormulaGuard.Neutralize(text));
        Assert.Equal(text, CsvFormulaGuard.Restore("'" + text));
    }

    [Theory]
    [InlineData("a=b")]
    [InlineData(" x")]
    [InlineData("\u00A0x")]
    [InlineData("'Twas")]
    [InlineData("x-")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u200B")]
    [InlineData("Ж=")]
    public void NeedsGuard_LeavesOtherTextAlone(string text)
    {
        Assert.False(CsvFormulaGuard.NeedsGuard(text));
        Assert.Equal(text, CsvFormulaGuard.Neutralize(text));
    }

    [Theory]
    [InlineData("'=x", "=x")]
    [InlineData("''=x", "'=x")]
    [InlineData("'Twas", "'Twas")]
    [InlineData("'", "'")]
    [InlineData("=x", "=x")]
    [InlineData("' =x", " =x")]
    [InlineData("'\uFF1Dx", "\uFF1Dx")]
    [InlineData("' x", "' x")]
    public void Restore_RemovesOneApostropheOnlyFromTheGuardedForm(string cell, string text)
    {
        Assert.Equal(text, CsvFormulaGuard.Restore(cell));
    }
}
