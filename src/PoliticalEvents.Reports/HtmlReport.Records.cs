using System.Xml.Linq;
using static PoliticalEvents.Reports.Html;
using static PoliticalEvents.Reports.TimeAxis;

namespace PoliticalEvents.Reports;

public static partial class HtmlReport
{
    private sealed partial class Page
    {
        // Each release: the number announced against the people the dataset names (a bar and the same in words), who
        // they are and where they were sent, and the sanction steps it is said to be tied to.
        private XElement Releases()
            => E("section", A("id", "releases"), A("aria-labelledby", "releases-h"),
                E("h2", A("id", "releases-h"), "Releases"),
                _releases.Length == 0 ? E("p", "No releases.") : null,
                _releases.Select(r =>
                {
                    List<Tie> ties = _tiesByRelease.GetValueOrDefault(r.Id.Value) ?? [];
                    return E("article", A("class", "item"), A("id", "release-" + r.Id.Value), A("aria-labelledby", "release-" + r.Id.Value + "_h"),
                        E("h3", A("id", "release-" + r.Id.Value + "_h"), $"{Capital(Words(r.Kind))} on {Date(r.ReleasedOn)}", r.AuthorityId is { } by ? $" by {NameOf(by.Value)}" : null),
                        E("p",
                            r.ReportedCount is { } count ? $"Announced: {Qualified(count.Value, count.Qualifier)} {(count.Value == 1 ? "person" : "people")}{(count.By is { } who ? $" (by {who})" : "")}. " : "No number announced. ",
                            $"Named in the dataset: {N(r.Detainees.Count)}."),
                        r.ReportedCount is { Value: > 0 } announced ? Meter(announced.Value, r.Detainees.Count) : null,
                        r.Detainees.Count == 0 ? null : E("ul", A("aria-label", "People named"), r.Detainees.Select(d => E("li",
                            NameLink(d.SubjectId.Value),
                            d.Destination is { } to ? $", sent to {to.Value}" : null,
                            d.Conditions.Count > 0 ? $" ({string.Join(", ", d.Conditions.Select(static c => Words(c)))})" : null))),
                        ties.Count == 0 ? null : E("div",
                            E("h4", "Said to be tied to"),
                            E("ul", ties.Select(t => TieItem(t.Measure.Id.Value, t)))),
                        Notes(r),
                        Sources(r.Sources));
                }));

        // The people named against the number announced, as a bar (the same is said in words beside it).
        private XElement Meter(int announced, int named)
        {
            double share = Math.Min(1.0, (double)named / announced);
            string label = $"{N(named)} of {N(announced)} announced named in the dataset";
            return Chart(14, label,
                S("rect", A("x", "0"), A("y", "2"), A("width", Width.ToString(System.Globalization.CultureInfo.InvariantCulture)), A("height", "10"), A("fill", "none"), A("stroke", "#2c5d8a")),
                S("rect", A("class", "certain"), A("x", "0"), A("y", "2"), A("width", F(Math.Max(named > 0 ? 1 : 0, share * Width))), A("height", "10")));
        }

        // Every link between records: what relates to what (a step of a measure when it names one), who asserts it,
        // who denies it, how confident, and its sources.
        private XElement Links()
            => E("section", A("id", "links"), A("aria-labelledby", "links-h"),
                E("h2", A("id", "links-h"), "Links between records"),
                _links.Length == 0 ? E("p", "No links.") : E("table",
                    E("caption", "Who says which records are related, and who denies it"),
                    E("thead", E("tr", Col("Relation"), Col("Asserted by"), Col("Denied by"), Col("Confidence"), Col("Sources"))),
                    E("tbody", _links.Select(l => E("tr", A("id", "link-" + l.Id.Value),
                        E("th", A("scope", "row"), End(l.FromId.Value, l.FromStepId), $" {Words(l.Kind)} ", End(l.ToId.Value, l.ToStepId), l.On is { } on ? $" (on {Date(on)})" : null, Notes(l)),
                        E("td", AssertedBy(l) ?? "no one named"),
                        E("td", l.DeniedBy.Count > 0 ? string.Join("; ", l.DeniedBy.Select(DenialWords)) : l.Disputed ? "disputed, by no one named" : "no one"),
                        E("td", l.Confidence is { } c ? Words(c) : "not given"),
                        E("td", Sources(l.Sources)))))));

        // One end of a link: the record, linked to where the page shows it, and the step of a measure it names.
        private object[] End(string id, string? stepId)
            => stepId is not null && _byId.TryGetValue(id, out Record? record) && record is SanctionMeasure measure && measure.History.FirstOrDefault(s => s.StepId == stepId) is { } step
                ? [NameLink(id), $" (the step {Words(step.Action)} {Date(step.On)})"]
                : [NameLink(id)];

        // Each mass detention with the counts attributed to whoever gave them.
        private XElement MassDetentions()
            => E("section", A("id", "mass-detentions"), A("aria-labelledby", "mass-detentions-h"),
                E("h2", A("id", "mass-detentions-h"), "Mass detentions"),
                _massDetentions.Select(m => E("article", A("id", "massdetention-" + m.Id.Value), A("aria-labelledby", "massdetention-" + m.Id.Value + "_h"),
                    E("h3", A("id", "massdetention-" + m.Id.Value + "_h"), $"{Date(m.OccurredOn)}, {(m.Locality is { } place ? place + ", " : "")}{m.Country.Value}"),
                    m.Context is { } context ? E("p", context) : null,
                    m.AuthorityId is { } authority ? E("p", $"By {NameOf(authority.Value)}.") : null,
                    E("table",
                        E("caption", "People detained, as counted by each source"),
                        E("thead", E("tr", Col("Count", "n"), Col("Counted by"), Col("As of"))),
                        E("tbody", m.Counts.Select(c => E("tr", E("td", A("class", "n"), Qualified(c.Value, c.Qualifier)), E("td", c.By), E("td", c.AsOf is { } asOf ? Date(asOf) : "—"))))),
                    Notes(m),
                    Sources(m.Sources))));

        private static string Qualified(int value, CountQualifier qualifier) => qualifier switch
        {
            CountQualifier.Approximate => $"about {N(value)}",
            CountQualifier.AtLeast => $"at least {N(value)}",
            _ => N(value),
        };
    }
}
