using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace PoliticalEvents.Csv.Sheets;

/// <summary>
/// The date forms a sheet may use, read into a <see cref="PartialDate"/> that keeps the precision written: ISO 8601 and
/// EDTF (<c>2020-09-07</c>, <c>2020-09</c>, <c>2020</c>, with <c>~ ? %</c>), <c>DD.MM.YYYY</c> and <c>MM.YYYY</c>,
/// <c>YYYY/MM/DD</c> and <c>YYYY/MM</c>, <c>2020年9月7日</c>, and month names in English, Russian and Belarusian
/// (<c>7 September 2020</c>, <c>September 7, 2020</c>, <c>September 2020</c>, <c>7 сентября 2020</c>). <c>c.</c>,
/// <c>circa</c>, <c>approx.</c> or <c>about</c> before, or <c>~</c> after, mark it approximate; <c>?</c> after, uncertain.
/// </summary>
/// <remarks><c>DD/MM/YYYY</c> and <c>MM/DD/YYYY</c> are refused: the same text means two different days.</remarks>
internal static partial class SheetDates
{
    public const string Expectation = "expected YYYY, YYYY-MM or YYYY-MM-DD, DD.MM.YYYY, MM.YYYY or a month name as in \"7 September 2020\"";

    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>Reads a date cell.</summary>
    /// <returns>Null when it is a date (<paramref name="date"/>), else why not, for a message that does not repeat the cell.</returns>
    public static string? TryParse(string cell, out PartialDate date)
    {
        date = default;
        string text = cell.Trim();
        DateQualifier qualifier = DateQualifier.None;
        Match approximately = Approximately().Match(text);
        if (approximately.Success)
        {
            qualifier |= DateQualifier.Approximate;
            text = text[approximately.Length..].Trim();
        }

        if (Iso().IsMatch(text))
        {
            if (PartialDate.TryParse(text.AsSpan(), out date))
            {
                if (qualifier != DateQualifier.None)
                {
                    date = date.WithQualifier(date.Qualifier | qualifier);
                }

                return null;
            }

            return NotReal(text);
        }

        if (text.EndsWith('?'))
        {
            qualifier |= DateQualifier.Uncertain;
            text = text[..^1].TrimEnd();
        }
        else if (text.EndsWith('~'))
        {
            qualifier |= DateQualifier.Approximate;
            text = text[..^1].TrimEnd();
        }

        text = YearWord().Replace(text, string.Empty);
        if (Ambiguous().IsMatch(text))
        {
            return "not a date: day/month/year with slashes is ambiguous (7/9/2020 is 7 September or July 9); write YYYY-MM-DD or DD.MM.YYYY";
        }

        int? year = null, month = null, day = null;
        if (Dotted().Match(text) is { Success: true } dotted)
        {
            (day, month, year) = (Number(dotted.Groups["d"]), Number(dotted.Groups["m"]), Number(dotted.Groups["y"]));
        }
        else if (YearFirst().Match(text) is { Success: true } yearFirst)
        {
            (year, month, day) = (Number(yearFirst.Groups["y"]), Number(yearFirst.Groups["m"]), Number(yearFirst.Groups["d"]));
        }
        else if (Chinese().Match(text) is { Success: true } chinese)
        {
            (year, month, day) = (Number(chinese.Groups["y"]), Number(chinese.Groups["m"]), Number(chinese.Groups["d"]));
        }
        else if (DayMonthName().Match(text) is { Success: true } dayMonth && Months.TryGetValue(dayMonth.Groups["name"].Value.ToLowerInvariant(), out int m1))
        {
            (year, month, day) = (Number(dayMonth.Groups["y"]), m1, Number(dayMonth.Groups["d"]));
        }
        else if (MonthNameDay().Match(text) is { Success: true } monthDay && Months.TryGetValue(monthDay.Groups["name"].Value.ToLowerInvariant(), out int m2))
        {
            (year, month, day) = (Number(monthDay.Groups["y"]), m2, Number(monthDay.Groups["d"]));
        }
        else
        {
            return "not a date (" + Expectation + ")";
        }

        if (year is not (>= 1 and <= 9999) || month is < 1 or > 12 || (day is not null && month is null))
        {
            return NotReal(text);
        }

        if (day is int d)
        {
            if (d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(year.Value, month!.Value))
            {
                return NotReal(text);
            }

            date = PartialDate.FromDate(new LocalDate(year.Value, month.Value, d), qualifier);
        }
        else
        {
            date = month is int m ? PartialDate.FromYearMonth(year.Value, m, qualifier) : PartialDate.FromYear(year.Value, qualifier);
        }

        return null;
    }

    private static string NotReal(string text)
        => Iso().IsMatch(text) || Dotted().IsMatch(text) || YearFirst().IsMatch(text) || Chinese().IsMatch(text) || DayMonthName().IsMatch(text) || MonthNameDay().IsMatch(text)
            ? "not a real calendar date (a month from 1 to 12, a day that the month has, a year from 0001)"
            : "not a date (" + Expectation + ")";

    private static int? Number(Group group) => group.Success ? int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        string[][] names =
        [
            ["january", "jan", "январь", "января", "студзень", "студзеня"],
            ["february", "feb", "февраль", "февраля", "люты", "лютага"],
            ["march", "mar", "март", "марта", "сакавік", "сакавіка"],
            ["april", "apr", "апрель", "апреля", "красавік", "красавіка"],
            ["may", "май", "мая", "травень", "траўня"],
            ["june", "jun", "июнь", "июня", "чэрвень", "чэрвеня"],
            ["july", "jul", "июль", "июля", "ліпень", "ліпеня"],
            ["august", "aug", "август", "августа", "жнівень", "жніўня"],
            ["september", "sep", "sept", "сентябрь", "сентября", "верасень", "верасня"],
            ["october", "oct", "октябрь", "октября", "кастрычнік", "кастрычніка"],
            ["november", "nov", "ноябрь", "ноября", "лістапад", "лістапада"],
            ["december", "dec", "декабрь", "декабря", "снежань", "снежня"],
        ];
        for (int i = 0; i < names.Length; i++)
        {
            foreach (string name in names[i])
            {
                months[name] = i + 1;
            }
        }

        return months;
    }

    [GeneratedRegex(@"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[~?%]?$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(c\.|ca\.|circa|approx\.|approximately|about|около|каля)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Approximately();

    [GeneratedRegex(@"\s*(г\.|г|года|год)$", RegexOptions.IgnoreCase)]
    private static partial Regex YearWord();

    [GeneratedRegex(@"^[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}$")]
    private static partial Regex Ambiguous();

    [GeneratedRegex(@"^(?:(?<d>[0-9]{1,2})\.)?(?<m>[0-9]{1,2})\.(?<y>[0-9]{4})$")]
    private static partial Regex Dotted();

    [GeneratedRegex(@"^(?<y>[0-9]{4})/(?<m>[0-9]{1,2})(?:/(?<d>[0-9]{1,2}))?$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*年(?:\s*(?<m>[0-9]{1,2})\s*月(?:\s*(?<d>[0-9]{1,2})\s*日)?)?$")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^(?:(?<d>[0-9]{1,2})\s+)?(?<name>\p{L}+)\.?,?\s+(?<y>[0-9]{4})$")]
    private static partial Regex DayMonthName();

    [GeneratedRegex(@"^(?<name>\p{L}+)\.?\s+(?<d>[0-9]{1,2}),?\s+(?<y>[0-9]{4})$")]
    private static partial Regex MonthNameDay();
}
