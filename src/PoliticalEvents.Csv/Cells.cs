using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace PoliticalEvents.Csv;

/// <summary>How values of the format are written in cells of the flat form.</summary>
internal static class Cells
{
    public static string? Of(PartialDate? date) => date?.ToString();

    public static string? Of(LocalDate? date) => date is { } day ? LocalDatePattern.Iso.Format(day) : null;

    public static string? Of(Instant? instant) => instant is { } value ? InstantPattern.ExtendedIso.Format(value) : null;

    public static string Of(bool value) => value ? "true" : "false";

    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    // The shortest text that reads back to the same number, as JSON writes it.
    public static string? Of(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    public static string? Name<T>(T? value) where T : struct, Enum => value is { } v ? WireNames<T>.Of(v) : null;

    public static string? List(IEnumerable<string> items)
    {
        string joined = string.Join(CsvTables.ListSeparator, items);
        return joined.Length == 0 ? null : joined;
    }

    public static string? Names<T>(IReadOnlyList<T> values) where T : struct, Enum => List(values.Select(WireNames<T>.Of));

    /// <summary>True when <paramref name="item"/> comes back unchanged from a list cell: not empty, no separator, no space at either end.</summary>
    public static bool FitsInList(string item)
        => item.Length > 0 && !item.Contains(';', StringComparison.Ordinal) && !char.IsWhiteSpace(item[0]) && !char.IsWhiteSpace(item[^1]);
}
