using System.Globalization;

namespace PoliticalEvents.Csv.Sheets;

/// <summary>
/// Reads source cells: items separated by semicolons or line breaks; an item is a URL (<c>https://…</c>), a title,
/// or a title and one URL (<c>Viasna, https://…</c>); an item of several URLs and nothing else is one source per URL.
/// Quotes, angle brackets, guillemets and parentheses around a URL, and a comma, semicolon or full stop after it, are
/// not part of it (<c>"https://…"</c>, <c>&lt;https://…&gt;</c>): lists kept by hand write links so.
/// </summary>
internal static class SheetSources
{
    private static readonly char[] Openers = ['"', '\'', '<', '«', '“', '„', '(', '['];

    /// <summary>Reads a source cell.</summary>
    /// <returns>Null when it reads (<paramref name="sources"/>), else why not, without its text.</returns>
    public static string? TryParse(string cell, out List<Source> sources)
    {
        sources = [];
        string[] items = SheetText.Items(cell);
        for (int i = 0; i < items.Length; i++)
        {
            string label = items.Length == 1 ? "the source" : string.Create(CultureInfo.InvariantCulture, $"source {i + 1}");
            string[] words = items[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            string[] urls = [.. words.Where(IsUrlLike).Select(Unwrap)];
            foreach (string url in urls)
            {
                if (!WebUrl.TryParse(url, out _))
                {
                    return $"{label} has a URL that is not a valid absolute http or https URL";
                }
            }

            string title = string.Join(' ', words.Where(static w => !IsUrlLike(w))).Trim().Trim(',', ';', ':', '-', '—', '–', '(', ')', '"', '\'', '«', '»', '“', '”', '„').Trim();
            if (urls.Length > 1 && title.Length > 0)
            {
                return $"{label} has a title and several URLs: give each URL its own item, separated by ';'";
            }

            if (urls.Length == 0)
            {
                sources.Add(new Source { Title = items[i] });
            }
            else
            {
                foreach (string url in urls)
                {
                    sources.Add(new Source { Url = WebUrl.Parse(url), Title = title.Length > 0 ? title : null });
                }
            }
        }

        return null;
    }

    private static bool IsUrlLike(string word)
    {
        string text = word.TrimStart(Openers);
        return text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }

    // The URL without the marks around it; a closing parenthesis or bracket stays when the URL opens one (…/A_(B)).
    private static string Unwrap(string word)
    {
        string url = word.TrimStart(Openers);
        while (url.Length > 0)
        {
            char last = url[^1];
            bool mark = last is '"' or '\'' or '>' or '»' or '”' or ',' or ';' or '.'
                || (last == ')' && url.Count(static c => c == '(') < url.Count(static c => c == ')'))
                || (last == ']' && url.Count(static c => c == '[') < url.Count(static c => c == ']'));
            if (!mark)
            {
                break;
            }

            url = url[..^1];
        }

        return url;
    }
}
