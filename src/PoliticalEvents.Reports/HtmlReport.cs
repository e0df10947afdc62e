using System.Globalization;
using System.Xml.Linq;
using NodaTime;
using NodaTime.Text;
using PoliticalEvents.Redaction;
using PoliticalEvents.Statistics;
using static PoliticalEvents.Reports.Html;

namespace PoliticalEvents.Reports;

/// <summary>How <see cref="HtmlReport"/> writes a report.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The day the report is as of: ongoing detentions are drawn to it and statuses derived on it; today (UTC) when null.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>
    /// The redaction applied before anything is shown: <see cref="RedactionProfile.Public"/> by default, so that a report
    /// is safe to share; null shows the dataset as it is (for its keepers only).
    /// </summary>
    public RedactionProfile? Profile { get; init; } = RedactionProfile.Public;
}

/// <summary>
/// A dataset as one self-contained HTML page: overview counts, a timeline per detained person with uncertain dates drawn
/// as the span they denote, releases, sanction measures step by step, the links between records with who asserts and
/// who denies them, and every item's sources. The page loads nothing (inline CSS and SVG, a Content-Security-Policy
/// that forbids remote loads), needs no script, and every value is encoded by construction.
/// </summary>
public static class HtmlReport
{
    private const int Width = 640;

    private const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a}
        table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.2rem .5rem;text-align:left}
        .timeline{display:block;max-width:100%;height:auto}.certain{fill:#2c5d8a}.uncertain{fill:url(#hatch)}
        .sources{font-size:.9em}h3{margin-bottom:.2rem}
        details{margin:.2rem 0 .6rem}summary{cursor:pointer}
        @media print{nav{display:none}section{break-inside:avoid-page}}
        """;

    /// <summary>Writes the report of <paramref name="dataset"/> to <paramref name="output"/> (UTF-8), left open.</summary>
    /// <param name="dataset">A valid dataset.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="options">The day and the redaction; <see cref="HtmlReportOptions"/>' defaults when null.</param>
    /// <exception cref="ArgumentException">The dataset is not valid, so it cannot be redacted.</exception>
    public static void Write(Dataset dataset, Stream output, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new HtmlReportOptions();
        LocalDate asOf = options.AsOf ?? SystemClock.Instance.GetCurrentInstant().InUtc().Date;
        if (options.Profile is { } profile)
        {
            RedactionResult redacted = Redactor.Redact(dataset, profile);
            dataset = redacted.Dataset ?? throw new ArgumentException("The dataset is not valid, so it cannot be redacted for a report; validate it first.", nameof(dataset));
        }

        Html.Write(new Page(dataset, asOf).Build(), output);
    }

    private sealed class Page(Dataset dataset, LocalDate asOf)
    {
        private readonly Dictionary<string, Record> _byId = dataset.Records.GroupBy(static r => r.Id.Value).ToDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);

        // One time axis for every timeline of the page, from the first year a detention may have begun to the report's
        // day (or a later end), so that detentions compare at a glance.
        private readonly LocalDate _axisStart = new(dataset.Records.OfType<Detention>().Select(static d => d.StartedOn.Start is null ? d.StartedOn.Latest.Year - 1 : d.StartedOn.Earliest.Year).DefaultIfEmpty(asOf.Year).Min(), 1, 1);

        private readonly LocalDate _axisEnd = LocalDate.Max(asOf, dataset.Records.OfType<Detention>().Select(static d => d.EndedOn is { End: not null } e ? e.Latest : LocalDate.MinIsoValue).DefaultIfEmpty(asOf).Max());

        private double X(LocalDate day) => Math.Clamp(Period.DaysBetween(_axisStart, day) / Math.Max(1.0, Period.DaysBetween(_axisStart, _axisEnd)) * Width, 0, Width);

        // The years along the axis, as ticks with their labels (decorative: each timeline says its dates in words).
        private XElement Axis()
            => S("svg", A("class", "timeline"), A("viewBox", $"0 0 {Width} 18"), A("aria-hidden", "true"),
                Enumerable.Range(_axisStart.Year, _axisEnd.Year - _axisStart.Year + 1).Select(year => new LocalDate(year, 1, 1)).Select(tick =>
                    S("g", S("line", A("x1", F(X(tick))), A("x2", F(X(tick))), A("y1", "12"), A("y2", "18"), A("stroke", "#777")),
                        S("text", A("x", F(X(tick) + 2)), A("y", "10"), A("font-size", "10"), tick.Year.ToString(CultureInfo.InvariantCulture)))));

        public XElement Build()
        {
            Detention[] detentions = [.. dataset.Records.OfType<Detention>()];
            return E("html", A("lang", "en"),
                E("head",
                    E("meta", A("charset", "utf-8")),
                    E("meta", A("http-equiv", "Content-Security-Policy"), A("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'")),
                    E("meta", A("name", "viewport"), A("content", "width=device-width, initial-scale=1")),
                    E("title", dataset.Title),
                    E("style", Style)),
                E("body",
                    Defs(),
                    E("header",
                        E("h1", dataset.Title),
                        E("p", dataset.Publisher is { } publisher ? new object[] { "Published by ", Link(publisher.Url?.Value, publisher.Name), ". " } : null,
                            "As of ", Day(asOf), ".")),
                    E("nav", A("aria-label", "Sections"), E("ul",
                        E("li", E("a", A("href", "#overview"), "Overview")),
                        E("li", E("a", A("href", "#detentions"), "Detentions")),
                        E("li", E("a", A("href", "#releases"), "Releases")),
                        E("li", E("a", A("href", "#sanctions"), "Sanctions")),
                        E("li", E("a", A("href", "#links"), "Links")))),
                    E("main",
                        Overview(),
                        E("section", A("id", "detentions"), A("aria-labelledby", "detentions-h"),
                            E("h2", A("id", "detentions-h"), "Detentions"),
                            E("p", "Each bar runs from detention to release, or to the report's day; a hatched part is the span a date known only to the month or year, or uncertain, may denote."),
                            detentions.Length > 0 ? Axis() : null,
                            detentions.GroupBy(static d => d.SubjectId.Value).Select(g => Person(g.Key, [.. g]))),
                        Releases(),
                        Sanctions(),
                        Links())));
        }

        private XElement Overview()
        {
            var statistics = new DatasetStatistics(asOf);
            foreach (Record record in dataset.Records)
            {
                statistics.Add(record);
            }

            DatasetSummary summary = statistics.Summarize();
            return E("section", A("id", "overview"), A("aria-labelledby", "overview-h"),
                E("h2", A("id", "overview-h"), "Overview"),
                E("table",
                    E("caption", "Detentions by country and status"),
                    E("thead", E("tr", E("th", A("scope", "col"), "Country"), E("th", A("scope", "col"), "Ongoing"), E("th", A("scope", "col"), "Ended"), E("th", A("scope", "col"), "Unknown"))),
                    E("tbody", summary.Detentions.ByCountry.Select(static p => E("tr", E("th", A("scope", "row"), p.Key.Value), E("td", N(p.Value.Ongoing)), E("td", N(p.Value.Ended)), E("td", N(p.Value.Unknown)))))),
                E("table",
                    E("caption", $"Sanction measures by status on {Day(asOf)}"),
                    E("tbody",
                        Row("Active", summary.Sanctions.ByStatus.Active),
                        Row("Eased", summary.Sanctions.ByStatus.Eased),
                        Row("Suspended", summary.Sanctions.ByStatus.Suspended),
                        Row("Ended", summary.Sanctions.ByStatus.Ended),
                        Row("Not yet in force", summary.Sanctions.ByStatus.NotYetInForce))),
                E("p", $"Releases: {N(summary.Releases.Total.Releases)}, naming {N(summary.Releases.Total.PeopleNamed)} people; deaths in custody: {N(summary.DeathsInCustody.Persons)}."));

            static XElement Row(string label, long count) => E("tr", E("th", A("scope", "row"), label), E("td", N(count)));
        }

        private XElement Person(string personId, Detention[] detentions)
        {
            string name = _byId.TryGetValue(personId, out Record? record) && record is PoliticalEvents.Person { Anonymous: false, Name: { } n } ? n : $"Anonymous person ({personId})";
            // The timeline shows at once; the facts in words and the sources open on demand (a details element: no
            // script, and a browser lays out a closed one lazily, which keeps a page of thousands of people smooth).
            return E("article", A("id", "person-" + personId), A("aria-label", name),
                E("h3", name),
                detentions.Select(d => E("div",
                    Timeline(d, name),
                    E("details", E("summary", $"Detention {d.Id.Value}: {Date(d.StartedOn)} to {(d.EndedOn is { } e ? Date(e) : "ongoing")}"),
                    E("table",
                        E("caption", $"Detention {d.Id.Value} in {d.Country.Value}"),
                        E("tbody",
                            Fact("Detained", Date(d.StartedOn)),
                            Fact("Status", d.Status.ToString()),
                            d.EndedOn is { } ended ? Fact("Ended", Date(ended)) : null,
                            d.Sentences.Select(static s => Fact("Sentenced", $"{Date(s.ImposedOn)}: {s.Term?.ToString() ?? s.Kind.ToString()}")),
                            d.Placements.Select(static p => Fact("Held at", p.Facility ?? p.FacilityId?.Value ?? "(a place)")))),
                    Sources(d.Sources)))));
        }

        // The detention from its start to its end (or the report's day): the certain part solid, the days a partial date
        // may denote hatched, so a date known to the month or year is never drawn as a day.
        private XElement Timeline(Detention detention, string name)
        {
            LocalDate from = detention.StartedOn.Start is null ? detention.StartedOn.Latest.PlusYears(-1) : detention.StartedOn.Earliest;
            LocalDate to = detention.EndedOn is { } end && end.End is not null ? end.Latest : asOf;
            LocalDate certainStart = detention.StartedOn.Latest;
            LocalDate certainEnd = detention.EndedOn is { } e ? e.Earliest : asOf;
            string label = $"{name}: detained {Date(detention.StartedOn)}, {(detention.EndedOn is { } ended ? "until " + Date(ended) : "ongoing on " + Day(asOf))}.";
            return S("svg", A("class", "timeline"), A("viewBox", $"0 0 {Width} 24"), A("role", "img"), A("aria-label", label),
                S("title", label),
                Bar(X(from), X(certainStart), "uncertain"),
                certainEnd > certainStart ? Bar(X(certainStart), X(certainEnd), "certain") : null,
                detention.EndedOn is not null ? Bar(X(certainEnd), X(to), "uncertain") : null);

            static XElement Bar(double x1, double x2, string kind)
                => S("rect", A("class", kind), A("x", F(x1)), A("y", "4"), A("width", F(Math.Max(1, x2 - x1))), A("height", "16"));
        }

        private XElement Releases()
            => E("section", A("id", "releases"), A("aria-labelledby", "releases-h"),
                E("h2", A("id", "releases-h"), "Releases"),
                dataset.Records.OfType<Release>().Select(r => E("article", A("id", "release-" + r.Id.Value),
                    E("h3", $"{r.Kind} on {Date(r.ReleasedOn)}"),
                    E("p", r.ReportedCount is { } count ? $"Announced: {N(count.Value)} people. " : null, $"Named in the dataset: {N(r.Detainees.Count)}."),
                    E("ul", r.Detainees.Select(d => E("li", NameOf(d.SubjectId.Value), d.Destination is { } to ? $", sent to {to.Value}" : null))),
                    Sources(r.Sources))));

        private XElement Sanctions()
            => E("section", A("id", "sanctions"), A("aria-labelledby", "sanctions-h"),
                E("h2", A("id", "sanctions-h"), "Sanction measures"),
                dataset.Records.OfType<SanctionMeasure>().Select(m => E("article", A("id", "measure-" + m.Id.Value),
                    E("h3", $"{m.Kind} by {NameOf(m.ImposedById.Value)}: {m.StatusOn(asOf)?.ToString() ?? "not yet in force"} on {Day(asOf)}"),
                    E("ol", A("aria-label", "History"), m.History.Select(static step => E("li", $"{Date(step.On)}: {step.Action}"))),
                    E("p", "Targets: ", string.Join(", ", m.Targets.Select(t => t.ActorId is { } actor ? NameOf(actor.Value) : "a sector"))),
                    Sources(m.Sources))));

        private XElement Links()
            => E("section", A("id", "links"), A("aria-labelledby", "links-h"),
                E("h2", A("id", "links-h"), "Links between records"),
                E("ul", dataset.Records.OfType<Link>().Select(l => E("li", A("id", "link-" + l.Id.Value),
                    $"{l.FromId.Value} {l.Kind} {l.ToId.Value}",
                    (l.AssertedBy ?? (l.AssertedById is { } by ? NameOf(by.Value) : null)) is { } asserted ? $", asserted by {asserted}" : null,
                    l.Disputed ? " (disputed)" : null,
                    Sources(l.Sources)))));

        private XElement? Sources(IReadOnlyList<Source> sources)
            => sources.Count == 0 ? null : E("ul", A("class", "sources"), A("aria-label", "Sources"), sources.Select(s =>
            {
                Source shown = s.SourceId is { } id && _byId.TryGetValue(id.Value, out Record? r) && r is SourceRecord record
                    ? s with { Url = record.Url, Title = record.Title, Publisher = record.Publisher, ArchiveUrl = record.ArchiveUrl }
                    : s;
                return E("li", Link(shown.Url?.Value, shown.Title ?? shown.Url?.Value ?? "source"),
                    shown.Publisher is { } publisher ? $" ({publisher})" : null,
                    shown.ArchiveUrl is { } archive ? E("span", " — ", Link(archive.Value, "archived copy")) : null);
            }));

        private string NameOf(string id) => _byId.TryGetValue(id, out Record? record) ? record switch
        {
            PoliticalEvents.Person { Anonymous: false, Name: { } name } => name,
            PoliticalEvents.Person => $"Anonymous person ({id})",
            Organization organization => organization.Name,
            _ => id,
        } : id;

        private static XElement Fact(string label, string value) => E("tr", E("th", A("scope", "row"), label), E("td", value));

        private static XElement Defs()
            => S("svg", A("width", "0"), A("height", "0"), A("aria-hidden", "true"), A("focusable", "false"),
                S("defs", S("pattern", A("id", "hatch"), A("width", "6"), A("height", "6"), A("patternUnits", "userSpaceOnUse"), A("patternTransform", "rotate(45)"),
                    S("rect", A("width", "6"), A("height", "6"), A("fill", "#dbe6f0")),
                    S("line", A("x1", "0"), A("y1", "0"), A("x2", "0"), A("y2", "6"), A("stroke", "#2c5d8a"), A("stroke-width", "2")))));

        private static string Date(PartialDate date) => date.ToString();

        private static string Day(LocalDate day) => LocalDatePattern.Iso.Format(day);

        private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

        private static string F(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
