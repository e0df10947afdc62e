using System.Xml.Linq;
using NodaTime;
using static PoliticalEvents.Reports.Html;
using static PoliticalEvents.Reports.TimeAxis;

namespace PoliticalEvents.Reports;

public static partial class HtmlReport
{
    private sealed partial class Page
    {
        private const int LaneHeight = 30;

        // The sanction measures, each with its life drawn as lanes on one time axis for the section: the measure's
        // status between its steps, then each target with listing dates of its own, then the releases said to be tied to
        // a step, joined to that step by a line (dashed when someone denies the tie).
        private XElement Sanctions()
        {
            TimeAxis axis = Spanning(
                _measures.SelectMany(m => m.History.Select(static s => s.On)
                    .Concat(m.Targets.SelectMany(static t => new[] { t.ListedOn, t.DelistedOn }).OfType<PartialDate>())
                    .Concat(Ties(m).Select(static t => t.Release.ReleasedOn))),
                _asOf);
            return E("section", A("id", "sanctions"), A("aria-labelledby", "sanctions-h"),
                E("h2", A("id", "sanctions-h"), "Sanction measures"),
                _measures.Length == 0 ? E("p", "No sanction measures.") : E("p",
                    "Each measure's life is drawn as lanes on one time axis: the measure, then each target with listing dates of its own. Dark red: active; light red: eased; dashed outline: suspended; a thin grey line: ended; each part is labelled when there is room. A hatched part is the span a step's date may denote. A diamond is a release said to be tied to a step of the measure, joined to it by a line, dashed when the tie is disputed or denied. Every step, target and tie is also listed in words."),
                _measures.Length == 0 ? null : axis.Ticks(),
                _measures.Select(m => Measure(m, axis)));
        }

        private XElement Measure(SanctionMeasure measure, TimeAxis axis)
        {
            string title = NameOf(measure.Id.Value);
            SanctionStatus? now = measure.StatusOn(_asOf);
            IReadOnlyList<Tie> ties = Ties(measure);
            return E("article", A("class", "item"), A("id", "measure-" + measure.Id.Value), A("aria-labelledby", "measure-" + measure.Id.Value + "_h"),
                E("h3", A("id", "measure-" + measure.Id.Value + "_h"), Capital(title)),
                E("p", $"On {Day(_asOf)}: {(now is { } status ? Words(status) : "not yet in force")}.",
                    measure.Program is { } program ? $" Programme: {program.Name ?? program.Code}{(program.Name is not null && program.Code is not null ? $" ({program.Code})" : "")}." : null,
                    measure.LegalBasis is { } basis ? new object[] { " Legal basis: ", Link(basis.Url?.Value, basis.Citation), "." } : null),
                measure.Reason is { } reason ? E("p", "Reason given: ", reason) : null,
                Lanes(measure, axis, ties),
                E("h4", "History"),
                E("ol", A("aria-label", "History"), measure.History.Select(step => E("li",
                    $"{Date(step.On)}: {Words(step.Action)}", step.Description is { } d ? $" — {d}" : null,
                    step.LegalBasis is { } legal ? new object[] { " (", Link(legal.Url?.Value, legal.Citation), ")" } : null,
                    Sources(step.Sources)))),
                E("table",
                    E("caption", "Targets"),
                    E("thead", E("tr", Col("Target"), Col("Listed"), Col("Delisted"), Col($"Status on {Day(_asOf)}"))),
                    E("tbody", measure.Targets.Select(t => E("tr",
                        E("th", A("scope", "row"), TargetName(t), t.Country is { } c ? $" ({c.Value})" : null),
                        E("td", t.ListedOn is { } l ? Date(l) : "with the measure"),
                        E("td", t.DelistedOn is { } dl ? Date(dl) : "—", t.DelistingReason is { } why ? $": {why}" : null),
                        E("td", measure.StatusOn(_asOf, t) is { } s ? Words(s) : "not (yet) listed"))))),
                ties.Count == 0 ? null : E("div",
                    E("h4", "Releases said to be tied to it"),
                    E("ul", ties.Select(t => TieItem(t.Release.Id.Value, t)))),
                Notes(measure),
                Sources(measure.Sources));
        }

        // The lanes of one measure: its status between steps, each target with dates of its own, then the releases tied
        // to its steps. Statuses come from SanctionMeasure.StatusOn, so the chart says what the library derives: a step
        // counts from the last day its date may denote, and the days before are hatched.
        private XElement Lanes(SanctionMeasure measure, TimeAxis axis, IReadOnlyList<Tie> ties)
        {
            SanctionTarget[] dated = [.. measure.Targets.Where(static t => t.ListedOn is not null || t.DelistedOn is not null)];
            PartialDate[] steps = [.. measure.History.Select(static s => s.On)];
            int lanes = 1 + dated.Length + (ties.Count > 0 ? 1 : 0);
            string label = $"{NameOf(measure.Id.Value)}: "
                + string.Join(", ", measure.History.Select(static s => $"{Words(s.Action)} {Date(s.On)}"))
                + $"; {(measure.StatusOn(_asOf) is { } now ? Words(now) : "not yet in force")} on {Day(_asOf)}."
                + string.Concat(dated.Select(t => $" {TargetName(t)}: {(t.ListedOn is { } l ? "listed " + Date(l) : "listed with the measure")}{(t.DelistedOn is { } d ? ", delisted " + Date(d) : "")}."))
                + string.Concat(ties.Select(t => $" {TieSentence(t.Link, t.Release, t.Step)}"));
            var content = new List<XElement>
            {
                Lane(0, "The measure", measure.StatusOn, steps, axis),
            };
            content.AddRange(measure.History.Select(step =>
            {
                (LocalDate from, LocalDate to) = Extent(step.On, axis.End);
                return axis.Bar(from, to, 12, 18, "mark", $"{Words(step.Action)} {Date(step.On)}");
            }));
            for (int i = 0; i < dated.Length; i++)
            {
                SanctionTarget target = dated[i];
                content.Add(Lane(i + 1, TargetName(target), day => measure.StatusOn(day, target),
                    [.. steps, .. new[] { target.ListedOn, target.DelistedOn }.OfType<PartialDate>()], axis));
            }

            if (ties.Count > 0)
            {
                double top = (lanes - 1) * LaneHeight;
                content.Add(S("text", A("x", "0"), A("y", F(top + 10)), A("font-size", "10"), A("class", "lane"), "Releases said to be tied to it"));
                foreach ((Link link, Release release, SanctionMeasure _, SanctionEvent? step) in ties)
                {
                    (LocalDate from, LocalDate to) = Extent(release.ReleasedOn, axis.End);
                    double x = axis.Middle(from, to);
                    double stepX = step is null ? x : axis.Middle(Extent(step.On, axis.End).From, Extent(step.On, axis.End).To);
                    string tie = TieSentence(link, release, step);
                    bool disputed = link.Disputed || link.DeniedBy.Count > 0;
                    content.Add(S("g",
                        S("title", tie),
                        S("line", A("class", disputed ? "tie disputed" : "tie"), A("x1", F(stepX)), A("y1", "30"), A("x2", F(x)), A("y2", F(top + 14))),
                        S("path", A("class", "release"), A("d", $"M{F(x)} {F(top + 14)} l6 6 l-6 6 l-6 -6 z")),
                        S("text", A("x", F(x < Width - 120 ? x + 9 : x - 9)), A("y", F(top + 24)), A("font-size", "10"), A("class", "lane"), A("text-anchor", x < Width - 120 ? "start" : "end"),
                            $"release {Date(release.ReleasedOn)}{(disputed ? " (disputed)" : "")}")));
                }
            }

            return Chart(lanes * LaneHeight, label, content);
        }

        // One lane: a label, then the status between the days statuses may change, each part drawn in its status's
        // style; the span a date may denote is hatched over it.
        private static XElement Lane(int index, string name, Func<LocalDate, SanctionStatus?> statusOn, PartialDate[] dates, TimeAxis axis)
        {
            double top = index * LaneHeight;
            double barY = top + 13;
            const double BarHeight = 16;
            // A step counts from the last day its date may denote (SanctionMeasure.StatusOn), so statuses change on those days.
            LocalDate[] changes = [.. dates.Select(static d => d.Latest).Where(d => d > axis.Start && d <= axis.End).Prepend(axis.Start).Distinct().Order()];
            var parts = new List<XElement>
            {
                S("text", A("x", "0"), A("y", F(top + 10)), A("font-size", "10"), A("class", "lane"), name),
            };
            for (int i = 0; i < changes.Length;)
            {
                SanctionStatus? status = statusOn(changes[i]);
                int j = i + 1;
                while (j < changes.Length && statusOn(changes[j]) == status)
                {
                    j++;
                }

                LocalDate from = changes[i];
                LocalDate to = j < changes.Length ? changes[j].PlusDays(-1) : axis.End;
                i = j;
                if (status is null)
                {
                    continue;
                }

                string word = Words(status.Value);
                if (status == SanctionStatus.Ended)
                {
                    parts.Add(S("line", A("class", "ended"), A("x1", F(axis.X(from))), A("x2", F(axis.XEnd(to))), A("y1", F(barY + BarHeight / 2)), A("y2", F(barY + BarHeight / 2)), S("title", $"{name}: ended")));
                }
                else
                {
                    parts.Add(axis.Bar(from, to, barY, BarHeight, word, $"{name}: {word} from {Day(from)}"));
                }

                if (axis.XEnd(to) - axis.X(from) >= 56)
                {
                    parts.Add(S("text", A("x", F(axis.X(from) + 3)), A("y", F(barY + 12)), A("font-size", "10"), A("class", status == SanctionStatus.Active ? "on-dark" : "lane"), word));
                }
            }

            parts.AddRange(dates.Where(IsVague).Select(d =>
            {
                (LocalDate from, LocalDate to) = Extent(d, axis.End);
                return axis.Bar(from, to, barY, BarHeight, "vague", $"{Date(d)}: the days this date may denote");
            }));
            return S("g", parts);
        }

        // The ties of a measure: the links between it and a release, with the step of its history they name, if any.
        private IReadOnlyList<Tie> Ties(SanctionMeasure measure) => _tiesByMeasure.GetValueOrDefault(measure.Id.Value) ?? [];

        private string TieSentence(Link link, Release release, SanctionEvent? step) => $"The release of {Date(release.ReleasedOn)}: {TieClause(link, step)}.";

        // What a tie says: its kind, the step, who asserts it and who denies it.
        private string TieClause(Link link, SanctionEvent? step)
            => $"{Words(link.Kind)} "
            + (step is null ? "the measure" : $"the step {Words(step.Action)} {Date(step.On)}")
            + (AssertedBy(link) is { } by ? $", asserted by {by}" : ", asserted by no one named")
            + (link.Confidence is { } confidence ? $" ({Words(confidence)} confidence)" : "")
            + (link.DeniedBy.Count > 0 ? "; denied by " + string.Join("; ", link.DeniedBy.Select(DenialWords)) : link.Disputed ? "; disputed" : "");

        // A tie in a list, under one of its ends: the other end (linked), what the tie says, and the link's row.
        private XElement TieItem(string otherId, Tie tie)
            => E("li", NameLink(otherId), $": {TieClause(tie.Link, tie.Step)}. ",
                _anchors.TryGetValue(tie.Link.Id.Value, out string? anchor) ? E("a", A("href", "#" + anchor), "The link and its sources.") : null);

        private string? AssertedBy(Link link) => link.AssertedBy ?? (link.AssertedById is { } by ? NameOf(by.Value) : null);

        private static string DenialWords(LinkDenial denial) => denial.By + (denial.On is { } on ? $" ({Date(on)})" : "");

        private string TargetName(SanctionTarget target)
            => target.ActorId is { } actor ? NameOf(actor.Value) : target.Sector is { } sector ? $"the {sector} sector" : target.Country is { } country ? $"{country.Value} (a country)" : "a target";
    }
}
