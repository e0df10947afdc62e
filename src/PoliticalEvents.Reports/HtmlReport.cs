using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
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
/// A dataset as one self-contained HTML page: overview counts, a timeline per detained person (by country) with uncertain
/// dates drawn as the span they denote, releases, each sanction measure's life as lanes (per target with dates of its
/// own) with the releases tied to its steps, the links between records with who asserts and who denies them, and every
/// item's sources. The page loads nothing (inline CSS and SVG, a Content-Security-Policy
/// that forbids remote loads), needs no script, and every value is encoded by construction.
/// </summary>
public static partial class HtmlReport
{
    private const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:62rem;padding:1rem;color:#1a1a1a;background:#fff}
        a{color:#1d4f7a}table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.2rem .5rem;text-align:left;vertical-align:top}
        td.n,th.n{text-align:right}caption{text-align:left;font-weight:600}
        nav ul{display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding:0;list-style:none}#filter{margin-left:.3rem;min-width:14rem}
        svg.chart,svg.axis,svg.legend{display:block;width:100%;max-width:40rem;height:auto}
        svg.axis{position:sticky;top:0;background:#fff}
        .certain{fill:#2c5d8a}.vague{fill:url(#hatch)}.mark{fill:#111}.place{fill:#9a9a9a}.place2{fill:#cfcfcf}
        .active{fill:#8a2c2c}.eased{fill:#e6b8b8;stroke:#8a2c2c}.suspended{fill:#fff;stroke:#8a2c2c;stroke-dasharray:3 2}.ended{stroke:#999}
        .tie{stroke:#111;stroke-width:1.2}.tie.disputed{stroke-dasharray:4 3}.release{fill:#111}
        .on-dark{fill:#fff}.lane{fill:#333}
        .item{content-visibility:auto;contain-intrinsic-size:auto 8rem}
        .sources{font-size:.9em}h3,h4{margin-bottom:.2rem}
        details{margin:.2rem 0 .6rem}summary{cursor:pointer}
        @media print{nav,svg.axis{position:static}nav{display:none}.item{content-visibility:visible}
        details::details-content{content-visibility:visible;display:contents}summary{list-style:none}
        article{break-inside:avoid-page}a{color:inherit}}
        """;

    // The page's only script, an enhancement: a filter over the people, releases and measures, added to the navigation
    // by the script itself (without script there is nothing that does not work). One line, without '<', '>' or '&', so
    // that it is written as it is; the Content-Security-Policy allows it by its hash and nothing else.
    private const string FilterScript = "(function(){var nav=document.querySelector('nav');var items=document.querySelectorAll('article.item');if(!nav||!items.length){return;}var label=document.createElement('label');label.textContent='Show only the people, releases and measures whose text has: ';var input=document.createElement('input');input.type='search';input.id='filter';label.appendChild(input);var status=document.createElement('p');status.setAttribute('role','status');nav.appendChild(label);nav.appendChild(status);var texts=null;input.addEventListener('input',function(){if(!texts){texts=Array.prototype.map.call(items,function(item){return item.textContent.toLowerCase();});}var query=input.value.trim().toLowerCase();var shown=0;Array.prototype.forEach.call(items,function(item,i){var hit=!query||texts[i].indexOf(query)!==-1;item.hidden=!hit;shown+=hit?1:0;});status.textContent=query?shown+' of '+items.length+' shown.':'';});})();";

    private static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(FilterScript)))}'; form-action 'none'; base-uri 'none'";

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

        Html.Write(new Page(dataset, asOf, options.Profile).Build(), output);
    }

    /// <summary>A link between a release and a sanction measure: the release said to be tied to the measure, or to one step of its history.</summary>
    private sealed record Tie(Link Link, Release Release, SanctionMeasure Measure, SanctionEvent? Step)
    {
        public static Tie? Of(Link link, Dictionary<string, Record> byId)
        {
            Record? from = byId.GetValueOrDefault(link.FromId.Value);
            Record? to = byId.GetValueOrDefault(link.ToId.Value);
            (Release? release, SanctionMeasure? measure, string? stepId) = (from, to) switch
            {
                (Release r, SanctionMeasure m) => (r, m, link.ToStepId),
                (SanctionMeasure m, Release r) => (r, m, link.FromStepId),
                _ => (null, null, null),
            };
            return release is null || measure is null ? null
                : new Tie(link, release, measure, stepId is null ? null : measure.History.FirstOrDefault(s => s.StepId == stepId));
        }
    }

    private sealed partial class Page
    {
        private readonly Dataset _dataset;
        private readonly LocalDate _asOf;
        private readonly RedactionProfile? _profile;
        private readonly Dictionary<string, Record> _byId;
        private readonly Detention[] _detentions;
        private readonly Release[] _releases;
        private readonly SanctionMeasure[] _measures;
        private readonly Link[] _links;
        private readonly MassDetention[] _massDetentions;
        private readonly ILookup<string, Incident> _incidentsBySubject;

        // Where each record is shown on the page, for links within it: a person under the first country they were
        // detained in.
        private readonly Dictionary<string, string> _anchors = new(StringComparer.Ordinal);

        // The links between a sanction measure and a release, by measure and by release.
        private readonly Dictionary<string, List<Tie>> _tiesByMeasure = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Tie>> _tiesByRelease = new(StringComparer.Ordinal);

        // The country each detained person is shown under first (their first detention's).
        private readonly Dictionary<string, string> _firstCountry = new(StringComparer.Ordinal);

        private int _charts;

        public Page(Dataset dataset, LocalDate asOf, RedactionProfile? profile)
        {
            _dataset = dataset;
            _asOf = asOf;
            _profile = profile;
            _byId = dataset.Records.GroupBy(static r => r.Id.Value).ToDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);
            _detentions = [.. dataset.Records.OfType<Detention>()];
            _releases = [.. dataset.Records.OfType<Release>()];
            _measures = [.. dataset.Records.OfType<SanctionMeasure>()];
            _links = [.. dataset.Records.OfType<Link>()];
            _massDetentions = [.. dataset.Records.OfType<MassDetention>()];
            _incidentsBySubject = dataset.Records.OfType<Incident>().SelectMany(static i => i.SubjectIds.Select(s => (s.Value, i))).ToLookup(static p => p.Value, static p => p.i, StringComparer.Ordinal);
            foreach (Detention detention in _detentions)
            {
                _anchors.TryAdd(detention.SubjectId.Value, "person-" + detention.SubjectId.Value);
                _firstCountry.TryAdd(detention.SubjectId.Value, detention.Country.Value);
            }

            foreach (Link link in _links)
            {
                if (Tie.Of(link, _byId) is { } tie)
                {
                    (CollectionsMarshal.GetValueRefOrAddDefault(_tiesByMeasure, tie.Measure.Id.Value, out _) ??= []).Add(tie);
                    (CollectionsMarshal.GetValueRefOrAddDefault(_tiesByRelease, tie.Release.Id.Value, out _) ??= []).Add(tie);
                }
            }

            foreach (Record record in dataset.Records)
            {
                string? anchor = record switch
                {
                    Release => "release-",
                    SanctionMeasure => "measure-",
                    Link => "link-",
                    MassDetention => "massdetention-",
                    _ => null,
                };
                if (anchor is not null)
                {
                    _anchors.TryAdd(record.Id.Value, anchor + record.Id.Value);
                }
            }
        }

        public XElement Build()
            => E("html", A("lang", "en"),
                E("head",
                    E("meta", A("charset", "utf-8")),
                    E("meta", A("http-equiv", "Content-Security-Policy"), A("content", ContentSecurityPolicy)),
                    E("meta", A("name", "viewport"), A("content", "width=device-width, initial-scale=1")),
                    E("title", _dataset.Title),
                    E("style", Style)),
                E("body",
                    Defs(),
                    E("header",
                        E("h1", _dataset.Title),
                        _dataset.Description is { } description ? E("p", description) : null,
                        E("p", _dataset.Publisher is { } publisher ? new object[] { "Published by ", Link(publisher.Url?.Value, publisher.Name), ". " } : null,
                            "As of ", Day(_asOf), ". ",
                            _profile is null
                                ? "Not redacted: this page shows the dataset as it is, for the people who keep it."
                                : "Redacted for the public: confidential records are left out and anonymous persons stay nameless.")),
                    E("nav", A("aria-label", "Sections"), E("ul",
                        E("li", E("a", A("href", "#overview"), "Overview")),
                        E("li", E("a", A("href", "#detentions"), "Detentions")),
                        _massDetentions.Length > 0 ? E("li", E("a", A("href", "#mass-detentions"), "Mass detentions")) : null,
                        E("li", E("a", A("href", "#releases"), "Releases")),
                        E("li", E("a", A("href", "#sanctions"), "Sanctions")),
                        E("li", E("a", A("href", "#links"), "Links")))),
                    E("main",
                        Overview(),
                        Detentions(),
                        _massDetentions.Length > 0 ? MassDetentions() : null,
                        Releases(),
                        Sanctions(),
                        Links()),
                    E("script", FilterScript)));

        private XElement Overview()
        {
            var statistics = new DatasetStatistics(_asOf);
            foreach (Record record in _dataset.Records)
            {
                statistics.Add(record);
            }

            DatasetSummary summary = statistics.Summarize();
            CountryCode[] countries = [.. summary.Detentions.ByCountry.Keys.Concat(summary.DeathsInCustody.ByCountry.Keys).Concat(summary.MassDetentions.ByCountry.Keys).Distinct().Order()];
            return E("section", A("id", "overview"), A("aria-labelledby", "overview-h"),
                E("h2", A("id", "overview-h"), "Overview"),
                E("table",
                    E("caption", $"Detentions by country and status on {Day(_asOf)}, deaths in custody, and people counted in mass detentions"),
                    E("thead", E("tr", Col("Country"), Col("Detained now", "n"), Col("Detentions ended", "n"), Col("Status unknown", "n"), Col("Deaths in custody", "n"),
                        Col("Mass detentions", "n"), Col("People counted in them (fewest–most)", "n"))),
                    E("tbody", countries.Select(country =>
                    {
                        DetentionCounts d = summary.Detentions.ByCountry.GetValueOrDefault(country) ?? new DetentionCounts { Ongoing = 0, Ended = 0, Unknown = 0 };
                        MassDetentionCounts m = summary.MassDetentions.ByCountry.GetValueOrDefault(country) ?? MassDetentionCounts.None;
                        return E("tr",
                            E("th", A("scope", "row"), d.Total > 0 ? E("a", A("href", "#detentions-" + country.Value), country.Value) : country.Value),
                            Num(d.Ongoing), Num(d.Ended), Num(d.Unknown), Num(summary.DeathsInCustody.ByCountry.GetValueOrDefault(country)),
                            Num(m.Events), E("td", A("class", "n"), m.Events == 0 ? "0" : Range(m.PeopleLow, m.PeopleHigh)));
                    }),
                    summary.DeathsInCustody.CountryUnknown > 0
                        ? E("tr", E("th", A("scope", "row"), "Country not known"), Num(0), Num(0), Num(0), Num(summary.DeathsInCustody.CountryUnknown), Num(0), Num(0))
                        : null),
                    E("tfoot", E("tr", E("th", A("scope", "row"), "All"),
                        Num(summary.Detentions.Total.Ongoing), Num(summary.Detentions.Total.Ended), Num(summary.Detentions.Total.Unknown), Num(summary.DeathsInCustody.Persons),
                        Num(summary.MassDetentions.Total.Events),
                        E("td", A("class", "n"), summary.MassDetentions.Total.Events == 0 ? "0" : Range(summary.MassDetentions.Total.PeopleLow, summary.MassDetentions.Total.PeopleHigh))))),
                E("p", "Counts are of detention records (one person may have several); deaths in custody count persons. Detained now: detentions with the status ongoing."),
                summary.Sanctions.Measures == 0 ? E("p", "No sanction measures.") : E("table",
                    E("caption", $"Sanction measures and their targets by status on {Day(_asOf)}"),
                    E("thead", E("tr", Col("Status"), Col("Measures", "n"), Col("Targets", "n"))),
                    E("tbody",
                        StatusRow("Active", summary.Sanctions.ByStatus.Active, summary.Sanctions.TargetsByStatus.Active),
                        StatusRow("Eased", summary.Sanctions.ByStatus.Eased, summary.Sanctions.TargetsByStatus.Eased),
                        StatusRow("Suspended", summary.Sanctions.ByStatus.Suspended, summary.Sanctions.TargetsByStatus.Suspended),
                        StatusRow("Ended", summary.Sanctions.ByStatus.Ended, summary.Sanctions.TargetsByStatus.Ended),
                        StatusRow("Not yet in force", summary.Sanctions.ByStatus.NotYetInForce, summary.Sanctions.TargetsByStatus.NotYetInForce))),
                summary.Releases.Total.Releases == 0 ? E("p", "No releases.") : E("table",
                    E("caption", "Releases by kind"),
                    E("thead", E("tr", Col("Kind"), Col("Releases", "n"), Col("People announced", "n"), Col("People named in the dataset", "n"))),
                    E("tbody", summary.Releases.ByKind.Select(static p => E("tr", E("th", A("scope", "row"), Words(p.Key)),
                        Num(p.Value.Releases), Num(p.Value.PeopleReported), Num(p.Value.PeopleNamed)))),
                    E("tfoot", E("tr", E("th", A("scope", "row"), "All"),
                        Num(summary.Releases.Total.Releases), Num(summary.Releases.Total.PeopleReported), Num(summary.Releases.Total.PeopleNamed)))));

            static XElement StatusRow(string label, long measures, long targets) => E("tr", E("th", A("scope", "row"), label), Num(measures), Num(targets));
        }

        // The sources of an item, linked (http and https only), each with its archived copy; a shared source record's
        // fields are shown where it is cited.
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

        // A record's name as the page shows it: an anonymous person stays nameless.
        private string NameOf(string id) => _byId.TryGetValue(id, out Record? record) ? record switch
        {
            PoliticalEvents.Person { Anonymous: false, Name: { } name } => name,
            PoliticalEvents.Person => $"Anonymous person ({id})",
            Organization organization => organization.Name,
            Release release => $"the release of {Date(release.ReleasedOn)}",
            SanctionMeasure measure => $"{Words(measure.Kind)} on {TargetsWords(measure)} by {NameOf(measure.ImposedById.Value)}",
            _ => id,
        } : id;

        // The targets of a measure, for its name: the first two, and how many more.
        private string TargetsWords(SanctionMeasure measure)
            => measure.Targets.Count switch
            {
                0 => "no target named",
                1 => TargetName(measure.Targets[0]),
                2 => $"{TargetName(measure.Targets[0])} and {TargetName(measure.Targets[1])}",
                var n => $"{TargetName(measure.Targets[0])}, {TargetName(measure.Targets[1])} and {N(n - 2)} more",
            };

        // A record's name, linked to where the page shows it.
        private object NameLink(string id) => _anchors.TryGetValue(id, out string? anchor) ? E("a", A("href", "#" + anchor), NameOf(id)) : NameOf(id);

        private XElement? Notes(Record record) => record.Notes is { } notes ? E("p", A("class", "notes"), notes) : null;

        // A chart: an image whose text alternative is its title (also the tooltip), which says every fact it draws.
        private XElement Chart(int height, string label, params object?[] content)
        {
            string id = $"chart_{++_charts}";
            return S("svg", A("class", "chart"), A("viewBox", $"0 0 {TimeAxis.Width} {height}"), A("role", "img"), A("aria-labelledby", id),
                S("title", A("id", id), label), content);
        }

        private static XElement Defs()
            => S("svg", A("width", "0"), A("height", "0"), A("aria-hidden", "true"), A("focusable", "false"), A("style", "position:absolute"),
                S("defs", S("pattern", A("id", "hatch"), A("width", "6"), A("height", "6"), A("patternUnits", "userSpaceOnUse"), A("patternTransform", "rotate(45)"),
                    S("rect", A("width", "6"), A("height", "6"), A("fill", "#dbe6f0")),
                    S("line", A("x1", "0"), A("y1", "0"), A("x2", "0"), A("y2", "6"), A("stroke", "#2c5d8a"), A("stroke-width", "2")))));

        private static XElement Col(string label, string? @class = null) => E("th", A("scope", "col"), A("class", @class), label);

        private static XElement Num(long n) => E("td", A("class", "n"), N(n));

        private static XElement Fact(string label, params object?[] value) => E("tr", E("th", A("scope", "row"), label), E("td", value));

        private static string Range(long low, long high) => low == high ? N(low) : $"{N(low)}–{N(high)}";

        private static string Date(PartialDate date) => date.ToString();

        private static string Day(LocalDate day) => LocalDatePattern.Iso.Format(day);

        private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

        // An enum member in words: AssetFreeze → "asset freeze".
        private static string Words<T>(T value)
            where T : struct, Enum
        {
            string name = value.ToString();
            var words = new StringBuilder(name.Length + 4);
            foreach (char c in name)
            {
                if (char.IsUpper(c) && words.Length > 0)
                {
                    words.Append(' ');
                }

                words.Append(char.ToLowerInvariant(c));
            }

            return words.ToString();
        }

        private static string Capital(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

        // A term in words: P11Y6M → "11 years 6 months".
        private static string TermWords(Term term)
        {
            var parts = new List<string>(4);
            Add(term.Years, "year");
            Add(term.Months, "month");
            Add(term.Weeks, "week");
            Add(term.Days, "day");
            return parts.Count == 0 ? "no term" : string.Join(' ', parts);

            void Add(int n, string unit)
            {
                if (n != 0)
                {
                    parts.Add(n == 1 ? $"1 {unit}" : $"{N(n)} {unit}s");
                }
            }
        }
    }
}
