using System.Globalization;
using System.Text.RegularExpressions;

namespace PoliticalEvents.Csv.Sheets;

/// <summary>A sentence as a sheet gives it: its kind, its term (when it has one) and the regime, if named.</summary>
internal sealed record SheetSentence(SentenceKind Kind, Term? Term, string? Regime);

/// <summary>
/// Reads sentence cells: a term (<c>5 years</c>, <c>3 years 6 months</c>, <c>4 1/2 years</c>, <c>1.5 years</c>,
/// <c>18 months</c>, <c>15 days</c>; Russian and Belarusian units too), a kind (<c>life</c>, <c>death</c>,
/// <c>restricted freedom</c>, <c>suspended</c>, <c>house arrest</c>, <c>fine</c>, <c>imprisonment</c> — imprisonment
/// when only a term is given), and a regime (<c>strict regime</c>, <c>general-security penal colony</c>,
/// <c>колония строгого режима</c>). Several sentences are separated by semicolons.
/// </summary>
internal static partial class SheetSentences
{
    public const string Expectation = "expected a term such as \"5 years\" or \"3 years 6 months\", optionally with a kind (\"restricted freedom\", \"suspended\", \"house arrest\"), or \"life\", \"death\" or \"fine\"";

    private const string OutOfRange = "not a term the format allows (more than zero, at most 1,000 years)";

    private const string NegativeTerm = "not a term the format allows: a term is positive, and this one has a minus sign";

    // More than any term the format allows in any unit (1,000 years are 365,243 days), and small enough that sums of
    // thousands of such numbers stay far from the end of a long.
    private const long MaxAmount = 1_000_000;

    private static readonly (SentenceKind Kind, string[] Phrases)[] KindPhrases =
    [
        (SentenceKind.LifeImprisonment, ["life imprisonment", "imprisonment for life", "life sentence", "life", "пожизненное лишение свободы", "пожизненное заключение", "пожизненное", "пажыццёвае пазбаўленне волі", "пажыццёвае"]),
        (SentenceKind.Death, ["death penalty", "death sentence", "sentenced to death", "death", "смертная казнь", "расстрел", "смяротнае пакаранне"]),
        (SentenceKind.RestrictedFreedom, ["restricted freedom", "restriction of freedom", "restriction of liberty", "ограничение свободы", "ограничения свободы", "абмежаванне волі", "абмежавання волі", "домашняя химия", "хатняя хімія", "химия", "хімія"]),
        (SentenceKind.Suspended, ["suspended imprisonment", "suspended sentence", "suspended", "conditional sentence", "условный срок", "условно", "условного", "умоўна"]),
        (SentenceKind.HouseArrest, ["house arrest", "домашний арест", "домашнего ареста", "хатні арышт"]),
        (SentenceKind.Fine, ["fine", "штраф"]),
        (SentenceKind.Imprisonment, ["imprisonment", "deprivation of liberty", "penal colony", "colony", "prison", "jail", "лишение свободы", "лишения свободы", "колония", "колонии", "тюрьма", "тюрьмы", "пазбаўленне волі", "пазбаўлення волі", "калонія", "калоніі", "турма"]),
    ];

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "of", "in", "a", "an", "the", "to", "and", "for", "with", "at", "в", "на", "с", "и", "і", "у", "ў", "з" };

    /// <summary>Reads a sentence cell.</summary>
    /// <returns>Null when it is one or more sentences (<paramref name="sentences"/>), else why not, without the cell's text.</returns>
    public static string? TryParse(string cell, out List<SheetSentence> sentences)
    {
        sentences = [];
        string[] items = SheetText.Items(cell);
        for (int i = 0; i < items.Length; i++)
        {
            string? problem = TryParseOne(items[i], out SheetSentence? sentence);
            if (problem is not null)
            {
                return items.Length == 1 ? problem : string.Create(CultureInfo.InvariantCulture, $"sentence {i + 1} is {problem}");
            }

            sentences.Add(sentence!);
        }

        return null;
    }

    private static string? TryParseOne(string item, out SheetSentence? sentence)
    {
        sentence = null;
        string text = " " + item.Replace('’', '\'') + " ";
        string? regime = null;
        if (Regime().Match(text) is { Success: true } regimeMatch)
        {
            regime = regimeMatch.Groups["r"].Value.Trim();
            text = text.Remove(regimeMatch.Index, regimeMatch.Length).Insert(regimeMatch.Index, " ");
        }

        text = text.ToLowerInvariant();
        if (Negative().IsMatch(text))
        {
            return NegativeTerm;
        }

        // Each number is checked against the largest any unit may have before it is added, and the sums are longs: a
        // number of any size is a finding, never an overflow.
        long years = 0, months = 0, weeks = 0, days = 0;
        bool anyTerm = false;
        foreach (Match part in TermPart().Matches(text))
        {
            anyTerm = true;
            if (!decimal.TryParse(part.Groups["n"].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal amount) || amount > MaxAmount)
            {
                return OutOfRange;
            }

            if (part.Groups["half"].Success)
            {
                amount += 0.5m;
            }

            string unit = part.Groups["u"].Value;
            if (unit.StartsWith('y') || unit.StartsWith("год", StringComparison.Ordinal) || unit.StartsWith("лет", StringComparison.Ordinal) || unit.StartsWith("гад", StringComparison.Ordinal) || unit == "г")
            {
                decimal inMonths = amount * 12;
                if (inMonths != decimal.Truncate(inMonths))
                {
                    return "not a term in whole months (" + Expectation + ")";
                }

                years += (long)decimal.Truncate(amount);
                months += (long)(inMonths - (decimal.Truncate(amount) * 12));
            }
            else if (amount != decimal.Truncate(amount))
            {
                return "not a term in whole months, weeks or days (" + Expectation + ")";
            }
            else if (unit.StartsWith('m') || unit.StartsWith("мес", StringComparison.Ordinal))
            {
                months += (long)amount;
            }
            else if (unit.StartsWith('w') || unit.StartsWith("недел", StringComparison.Ordinal) || unit.StartsWith("нядзел", StringComparison.Ordinal) || unit.StartsWith("тыд", StringComparison.Ordinal))
            {
                weeks += (long)amount;
            }
            else
            {
                days += (long)amount;
            }

            if (years > MaxAmount || months > MaxAmount || weeks > MaxAmount || days > MaxAmount)
            {
                return OutOfRange;
            }
        }

        text = TermPart().Replace(text, " ");
        var kinds = new HashSet<SentenceKind>();
        foreach ((SentenceKind kind, string[] phrases) in KindPhrases)
        {
            foreach (string phrase in phrases)
            {
                string padded = " " + phrase + " ";
                string spaced = Punctuation().Replace(text, " ");
                if (spaced.Contains(padded, StringComparison.Ordinal))
                {
                    kinds.Add(kind);
                    text = spaced.Replace(padded, " ", StringComparison.Ordinal);
                }
            }
        }

        foreach (string word in Punctuation().Replace(text, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Fillers.Contains(word))
            {
                return "not a sentence (" + Expectation + ")";
            }
        }

        // "Suspended imprisonment" is a suspended sentence.
        if (kinds.Contains(SentenceKind.Suspended))
        {
            kinds.Remove(SentenceKind.Imprisonment);
        }

        if (kinds.Count > 1)
        {
            return "not one sentence: it names more than one kind of penalty (separate sentences with ';')";
        }

        if (!anyTerm && kinds.Count == 0)
        {
            return "not a sentence (" + Expectation + ")";
        }

        SentenceKind sentenceKind = kinds.Count == 1 ? kinds.First() : SentenceKind.Imprisonment;
        bool needsTerm = sentenceKind is SentenceKind.Imprisonment or SentenceKind.RestrictedFreedom or SentenceKind.Suspended or SentenceKind.HouseArrest;
        if (needsTerm && !anyTerm)
        {
            return "not a sentence: imprisonment, restricted freedom, a suspended sentence and house arrest need a term (" + Expectation + ")";
        }

        if (!needsTerm && anyTerm)
        {
            return sentenceKind == SentenceKind.Fine
                ? "not a sentence: a fine has no term, and its amount is not recorded (write \"fine\")"
                : "not one sentence: life imprisonment and death have no term";
        }

        Term? term = null;
        if (anyTerm)
        {
            string iso = string.Create(CultureInfo.InvariantCulture,
                $"P{(years > 0 ? years + "Y" : string.Empty)}{(months > 0 ? months + "M" : string.Empty)}{(weeks > 0 ? weeks + "W" : string.Empty)}{(days > 0 ? days + "D" : string.Empty)}");
            // Term's own limit (1,000 years, format 1.1's), which a sheet's dataset declares.
            if (!Term.TryParse(iso, out Term parsed))
            {
                return OutOfRange;
            }

            term = parsed;
        }

        sentence = new SheetSentence(sentenceKind, term, regime);
        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}0-9])(?<n>[0-9]+(?:[.,][0-9]+)?)(?<half>\s*(?:1/2|½))?\s*(?<u>years?|yrs?|y|months?|mos?|m|weeks?|wks?|w|days?|d|года|год|лет|гадоў|гады|гадоу|год|месяцев|месяца|месяц|месяцаў|месяцы|мес|недель|недели|неделя|нядзелі|нядзель|тыдняў|тыдні|тыдзень|дней|дня|день|дзён|дні|дзень|суток|сутки|сутак|г)(?![\p{L}])")]
    private static partial Regex TermPart();

    // A minus sign (hyphen-minus, U+2212, dashes, the small and full-width forms) right before a number, or alone at the
    // start of the item before one ("- 5 years"). A spaced dash after words ("imprisonment - 5 years") is punctuation,
    // and a dash between numbers ("3-5 years") a range, which is refused for its stray number.
    [GeneratedRegex(@"(?:^\s*[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]\s*|(?<![\p{L}0-9])[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D])[0-9]")]
    private static partial Regex Negative();

    [GeneratedRegex(@"(?i)(?:in\s+an?\s+|in\s+)?(?<r>(?:general|medium|strict|special|maximum|minimum|high|low|enhanced|reinforced)[- ](?:security|regime)(?:\s+(?:penal\s+colony|colony|prison))?|(?:колони[яи]\s+)?(?:общего|строгого|особого|усиленного)\s+режима|(?:калоні[яі]\s+)?(?:агульнага|узмоцненага|строгага|асаблівага)\s+рэжыму)")]
    private static partial Regex Regime();

    [GeneratedRegex(@"[,.()\-—–:'""]+")]
    private static partial Regex Punctuation();
}
