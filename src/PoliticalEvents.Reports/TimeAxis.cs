using System.Globalization;
using System.Xml.Linq;
using NodaTime;
using static PoliticalEvents.Reports.Html;

namespace PoliticalEvents.Reports;

/// <summary>
/// A horizontal time axis shared by the charts of one part of the report, from 1 January of its first year to its last
/// day, <see cref="Width"/> units wide, so that every chart drawn on it compares with the others at a glance.
/// </summary>
internal sealed class TimeAxis
{
    /// <summary>The width of every chart, in SVG user units.</summary>
    public const int Width = 640;

    private readonly double _days;

    private TimeAxis(LocalDate start, LocalDate end)
    {
        Start = start;
        End = end;
        _days = Math.Max(1.0, Period.DaysBetween(start, end.PlusDays(1)));
    }

    /// <summary>The first day drawn.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day drawn: the report's day, or a later day a date may denote; open ends are drawn to it.</summary>
    public LocalDate End { get; }

    /// <summary>The axis for <paramref name="dates"/> (each drawn as the span it denotes) and the report's day.</summary>
    public static TimeAxis Spanning(IEnumerable<PartialDate> dates, LocalDate asOf)
    {
        LocalDate first = asOf;
        LocalDate last = asOf;
        foreach (PartialDate date in dates)
        {
            (LocalDate from, LocalDate to) = Extent(date, asOf);
            first = LocalDate.Min(first, from);
            last = LocalDate.Max(last, to);
        }

        return new TimeAxis(new LocalDate(first.Year, 1, 1), last);
    }

    /// <summary>
    /// The days a date is drawn over: those it denotes, except that an open start is drawn as the year before its end
    /// (the bar fades in) and an open end runs to <paramref name="openEnd"/>.
    /// </summary>
    public static (LocalDate From, LocalDate To) Extent(PartialDate date, LocalDate openEnd)
        => (date.Start is null ? date.Latest.PlusYears(-1) : date.Earliest, date.End is null ? LocalDate.Max(openEnd, date.Earliest) : date.Latest);

    /// <summary>Whether a date is drawn as an uncertain span: it denotes more than one day, or is approximate or uncertain.</summary>
    public static bool IsVague(PartialDate date) => date.Earliest != date.Latest || date.IsApproximate || date.IsUncertain;

    /// <summary>The x of the start of a day.</summary>
    public double X(LocalDate day) => Math.Clamp(Period.DaysBetween(Start, day) / _days * Width, 0, Width);

    /// <summary>The x of the end of a day.</summary>
    public double XEnd(LocalDate day) => day >= End ? Width : X(day.PlusDays(1));

    /// <summary>The years along the axis, as ticks with labels (decorative: every chart says its dates in words).</summary>
    public XElement Ticks()
    {
        int years = End.Year - Start.Year + 1;
        int step = years <= 12 ? 1 : years <= 30 ? 5 : 10;
        return S("svg", A("class", "axis"), A("viewBox", $"0 0 {Width} 18"), A("aria-hidden", "true"),
            Enumerable.Range(Start.Year, years).Where(y => y % step == 0 || y == Start.Year).Select(year => new LocalDate(year, 1, 1)).Select(tick =>
                S("g", S("line", A("x1", F(X(tick))), A("x2", F(X(tick))), A("y1", "12"), A("y2", "18"), A("stroke", "#666")),
                    S("text", A("x", F(X(tick) + 2)), A("y", "10"), A("font-size", "10"), tick.Year.ToString(CultureInfo.InvariantCulture)))));
    }

    /// <summary>
    /// A bar from the start of one day to the end of another, at least 1 unit wide, or 3 for a hatched one (so that the
    /// hatching of an approximate day shows).
    /// </summary>
    public XElement Bar(LocalDate from, LocalDate to, double y, double height, string @class, string? title = null)
    {
        double x1 = X(from);
        double width = Math.Max(@class.StartsWith("vague", StringComparison.Ordinal) ? 3 : 1, XEnd(to) - x1);
        return S("rect", A("class", @class), A("x", F(Math.Min(x1, Width - width))), A("y", F(y)), A("width", F(width)), A("height", F(height)),
            title is null ? null : S("title", title));
    }

    /// <summary>The middle of the bar <see cref="Bar"/> draws for these days (not hatched).</summary>
    public double Middle(LocalDate from, LocalDate to)
    {
        double width = Math.Max(1, XEnd(to) - X(from));
        return Math.Min(X(from), Width - width) + (width / 2);
    }

    /// <summary>A number as SVG writes it.</summary>
    public static string F(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
}
