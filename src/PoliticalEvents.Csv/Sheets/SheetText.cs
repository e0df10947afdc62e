using System.Text;

namespace PoliticalEvents.Csv.Sheets;

/// <summary>Normalising the words of a sheet for comparison.</summary>
internal static class SheetText
{
    /// <summary>Cell texts that mean "nothing known" and count as an empty cell.</summary>
    private static readonly HashSet<string> EmptyMarkers = new(StringComparer.Ordinal)
    {
        "-", "—", "–", "n/a", "?", "unknown", "not known", "неизвестно", "нет данных", "невядома", "няма звестак", "不详", "未知",
    };

    /// <summary>Lower case, trimmed, runs of spaces, underscores and non-breaking spaces made one space, trailing ':' and '*' removed.</summary>
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text.Trim().TrimEnd(':', '*').Trim())
        {
            if (char.IsWhiteSpace(c) || c == '_')
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(char.ToLowerInvariant(c));
        }

        return result.ToString();
    }

    /// <summary>True when the cell is empty or only says that nothing is known (<c>-</c>, <c>n/a</c>, <c>unknown</c> …).</summary>
    public static bool IsEmpty(string cell) => cell.Trim().Length == 0 || EmptyMarkers.Contains(Normalize(cell));

    /// <summary>Items of a cell separated by semicolons or line breaks, trimmed, empty ones left out.</summary>
    public static string[] Items(string cell) => cell.Split([';', '\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
