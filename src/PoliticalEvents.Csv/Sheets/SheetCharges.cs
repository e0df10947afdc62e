using System.Globalization;
using System.Text.RegularExpressions;

namespace PoliticalEvents.Csv.Sheets;

/// <summary>
/// Reads charge cells: article references, one or more per item, items separated by semicolons or line breaks. An item
/// is an optional article word (<c>Art.</c>, <c>Article</c>, <c>Arts.</c>, <c>ст.</c>, <c>статья</c>, <c>арт.</c>,
/// <c>артыкул</c>, <c>§</c>), article numbers (<c>342</c>, <c>361-1</c>, <c>20.2</c>) each with an optional part
/// (<c>Part 1</c>, <c>Pt. 1</c>, <c>(1)</c>, <c>ч. 1</c>, <c>часть 1</c>, before or after the number) and separated by
/// commas or "and", then the law as written (<c>Criminal Code</c>, <c>of the Criminal Code</c>, <c>УК РБ</c>), then
/// optionally a description after a spaced dash or a colon (<c>— organisation of actions grossly violating public
/// order</c>). Examples: <c>Art. 342 Part 1 Criminal Code</c>, <c>Art. 361-1, 357 of the Criminal Code</c>,
/// <c>ч. 2 ст. 293 УК</c>. An item without a law takes the sheet's law, if one is given.
/// </summary>
internal static partial class SheetCharges
{
    public const string Expectation = "expected article references such as \"Art. 342 Part 1 Criminal Code\" or \"ч. 2 ст. 293 УК\", separated by ';'";

    /// <summary>Reads a charges cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="defaultLaw">The law for items that name none; null when there is none.</param>
    /// <param name="charges">The charges read.</param>
    /// <returns>Null when the cell reads, else why not, without its text.</returns>
    public static string? TryParse(string cell, string? defaultLaw, out List<Charge> charges)
    {
        charges = [];
        string[] items = SheetText.Items(cell);
        for (int i = 0; i < items.Length; i++)
        {
            string label = items.Length == 1 ? "the charge" : string.Create(CultureInfo.InvariantCulture, $"charge {i + 1}");
            string item = items[i];
            string? description = null;
            if (DescriptionSeparator().Match(item) is { Success: true } separator)
            {
                description = item[(separator.Index + separator.Length)..].Trim();
                item = item[..separator.Index];
                if (description.Length == 0)
                {
                    description = null;
                }
            }

            // The law usually follows the articles; some sheets put it first ("Criminal Code, Art. 342").
            string? lawFirst = null;
            int position = 0;
            List<(string Article, string? Part)> references = References(item, ref position);
            if (references.Count == 0 && ArticleWord().Match(item) is { Success: true, Index: > 0 } word)
            {
                lawFirst = item[..word.Index].Trim().TrimEnd(',').Trim();
                position = word.Index;
                references = References(item, ref position);
            }

            if (references.Count == 0 || (lawFirst is not null && item[position..].Trim().Length > 0))
            {
                return $"{label} is not an article reference ({Expectation})";
            }

            string law = lawFirst ?? LawPrefix().Replace(item[position..], string.Empty).Trim().TrimEnd('.', ',').Trim();
            if (law.Length > 1 && law[0] == '(' && law[^1] == ')')
            {
                law = law[1..^1].Trim();
            }

            if (law.Length == 0)
            {
                law = defaultLaw ?? string.Empty;
            }

            if (law.Length == 0)
            {
                return $"{label} names no law: write it after the article (\"Art. 342 Criminal Code\") or give the law of the whole sheet";
            }

            foreach ((string article, string? part) in references)
            {
                charges.Add(new Charge { Law = law, Article = article, Part = part, Description = description });
            }
        }

        return null;
    }

    private static List<(string Article, string? Part)> References(string item, ref int position)
    {
        var references = new List<(string Article, string? Part)>();
        while (Reference().Match(item, position) is { Success: true } reference && (references.Count == 0 || reference.Groups["sep"].Success))
        {
            string? part = reference.Groups["before"].Success ? reference.Groups["before"].Value : reference.Groups["after"].Success ? reference.Groups["after"].Value : null;
            references.Add((reference.Groups["article"].Value, part));
            position = reference.Index + reference.Length;
        }

        return references;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:articles?|arts?\.|ст\.|статьи|статья|арт\.|артыкулы|артыкул|§)", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleWord();

    // One reference: [", " or "and" before all but the first] [part] [article word] number [part, unless one came before].
    [GeneratedRegex(@"\G\s*(?<sep>(?:,|;|\band\b|\bи\b|\bі\b|&)\s*)?(?:(?:part|pt\.?|para\.?|paragraph|ч\.|часть|частка|ч)\s*(?<before>[0-9]+)\s*,?\s*(?:of\s+(?:the\s+)?)?)?(?:(?:articles?|arts?\.?|ст\.|стст\.|статьи|статья|стат\.|арт\.|артыкулы|артыкул|§)\s*)?(?<article>[0-9]+(?:[.-][0-9]+)*(?:[a-zа-я](?![\p{L}]))?)(?(before)|(?:\s*,?\s*(?:(?:part|pt\.?|para\.?|paragraph|ч\.|часть|частка|ч)\s*(?<after>[0-9]+)|\((?<after>[0-9]+)\)))?)", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\s*,?\s*(?:of\s+the\s+|of\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex LawPrefix();

    [GeneratedRegex(@"\s+[—–-]\s+|:\s+")]
    private static partial Regex DescriptionSeparator();
}
