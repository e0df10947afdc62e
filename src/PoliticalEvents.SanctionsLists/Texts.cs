using System.Globalization;
using System.Text;

namespace PoliticalEvents.SanctionsLists;

/// <summary>How the importer takes texts from a list.</summary>
internal static class Texts
{
    /// <summary>
    /// A name or identifying text: runs of white space (the lists wrap long values over lines) become one space, control
    /// and invisible format characters are removed (<paramref name="cleaned"/> says so), and blank is null.
    /// </summary>
    public static string? Line(string? text, out bool cleaned)
    {
        cleaned = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = new StringBuilder(text.Length);
        bool space = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c is '\u200B')
            {
                space = result.Length > 0;
                continue;
            }

            UnicodeCategory category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format && c is not ('\u200C' or '\u200D'))
            {
                cleaned = true;
                continue;
            }

            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                cleaned = true;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        string line = result.ToString();
        return line.Length == 0 || IsOnlyJoiners(line) ? null : line;
    }

    /// <summary>A free text (notes, reasons): trimmed, with line breaks kept; blank is null.</summary>
    public static string? Free(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The texts joined by single spaces, the blank ones left out; null when all are blank.</summary>
    public static string? Join(string separator, params string?[] parts)
    {
        string joined = string.Join(separator, parts.Where(static p => !string.IsNullOrWhiteSpace(p)));
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>A slug for a record id: lower-case ASCII letters and digits, other runs as one hyphen; null when nothing is left.</summary>
    public static string? Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        string result = slug.ToString().TrimEnd('-');
        return result.Length == 0 ? null : result;
    }

    private static bool IsOnlyJoiners(string text) => text.All(static c => c is '\u200C' or '\u200D');
}
