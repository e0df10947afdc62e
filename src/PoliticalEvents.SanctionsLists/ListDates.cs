using System.Globalization;
using NodaTime;

namespace PoliticalEvents.SanctionsLists;

/// <summary>The date forms of the three lists, read into partial dates that claim no more precision than written.</summary>
internal static class ListDates
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>A day written <c>yyyy-MM-dd</c>, possibly followed by a time or an offset (<c>2001-01-25-05:00</c>, <c>2026-02-27T00:00:09Z</c>).</summary>
    public static LocalDate? IsoDay(string? text)
    {
        text = text?.Trim();
        if (text is not { Length: >= 10 } || (text.Length > 10 && text[10] is not ('T' or '-' or '+' or 'Z' or ' ')))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
            ? LocalDate.FromDateOnly(day)
            : null;
    }

    /// <summary>A year, month and day as far as given (a day without a month is not a date), approximate if asked.</summary>
    public static PartialDate? FromParts(int? year, int? month, int? day, bool approximate)
    {
        if (year is not int y || y is < 1 or > 9999 || (day is not null && month is null))
        {
            return null;
        }

        string text = y.ToString("D4", CultureInfo.InvariantCulture);
        if (month is int m)
        {
            text += "-" + m.ToString("D2", CultureInfo.InvariantCulture);
            if (day is int d)
            {
                text += "-" + d.ToString("D2", CultureInfo.InvariantCulture);
            }
        }

        return PartialDate.TryParse(approximate ? text + "~" : text, out PartialDate date) ? date : null;
    }

    /// <summary>An interval of two partial dates, when the first can come before the second.</summary>
    public static PartialDate? Between(PartialDate? start, PartialDate? end)
    {
        if (start is not { } from || end is not { } to || to.Latest < from.Earliest)
        {
            return null;
        }

        return PartialDate.TryParse(from + "/" + to, out PartialDate interval) ? interval : null;
    }

    /// <summary>An interval of two days (the previous list's and this one's).</summary>
    public static PartialDate DaysBetween(LocalDate from, LocalDate to) => PartialDate.Between(PartialDate.FromDate(from), PartialDate.FromDate(to));

    /// <summary>On or before the day.</summary>
    public static PartialDate OnOrBefore(LocalDate day) => PartialDate.OnOrBefore(PartialDate.FromDate(day));

    /// <summary>A whole number, or null.</summary>
    public static int? Number(string? text)
        => int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : null;

    /// <summary>
    /// An OFAC date: <c>10 Dec 1948</c>, <c>Dec 1948</c>, <c>1948</c>, each possibly after <c>circa</c>, or a range
    /// <c>1960 to 1962</c>. Also a UN birth-date <c>DATE</c> or an ISO day.
    /// </summary>
    public static PartialDate? Text(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string trimmed = text.Trim();
        bool approximate = false;
        if (trimmed.StartsWith("circa ", StringComparison.OrdinalIgnoreCase))
        {
            approximate = true;
            trimmed = trimmed[6..].Trim();
        }

        int to = trimmed.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (to > 0)
        {
            return Between(Single(trimmed[..to], approximate), Single(trimmed[(to + 4)..], approximate));
        }

        return Single(trimmed, approximate);
    }

    private static PartialDate? Single(string text, bool approximate)
    {
        text = text.Trim();
        if (IsoDay(text) is { } iso && text.Length == 10)
        {
            return FromParts(iso.Year, iso.Month, iso.Day, approximate);
        }

        string[] parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            1 when parts[0].Length == 4 => FromParts(Number(parts[0]), null, null, approximate),
            2 when Month(parts[0]) is int month && parts[1].Length == 4 => FromParts(Number(parts[1]), month, null, approximate),
            3 when Month(parts[1]) is int month && parts[2].Length == 4 && parts[0].Length is 1 or 2 && Number(parts[0]) is int day && day is >= 1 and <= 31
                => FromParts(Number(parts[2]), month, day, approximate),
            _ => null,
        };
    }

    private static int? Month(string text)
    {
        if (text.Length < 3)
        {
            return null;
        }

        int index = Array.IndexOf(Months, text[..3].ToUpperInvariant());
        return index < 0 ? null : index + 1;
    }
}
