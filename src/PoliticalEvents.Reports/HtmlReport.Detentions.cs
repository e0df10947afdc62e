using System.Xml.Linq;
using NodaTime;
using static PoliticalEvents.Reports.Html;
using static PoliticalEvents.Reports.TimeAxis;

namespace PoliticalEvents.Reports;

public static partial class HtmlReport
{
    private sealed partial class Page
    {
        private const int DetentionChartHeight = 40;

        // The detentions of each country, each detained person's under their name: a section per country with its counts,
        // an article per person. Articles are laid out only when scrolled to (content-visibility), so that a page of
        // thousands of people opens quickly; the browser's find still searches them.
        private XElement Detentions()
        {
            TimeAxis axis = Spanning(_detentions.SelectMany(static d => d.EndedOn is { } end ? [d.StartedOn, end] : (PartialDate[])[d.StartedOn]), _asOf);
            // The people releases name with the detention they ended, by detention.
            ILookup<string, ReleasedDetainee> releasedTo = _releases.SelectMany(static r => r.Detainees)
                .Where(static d => d.DetentionId is not null).ToLookup(static d => d.DetentionId!.Value.Value, StringComparer.Ordinal);
            return E("section", A("id", "detentions"), A("aria-labelledby", "detentions-h"),
                E("h2", A("id", "detentions-h"), "Detentions"),
                E("p", "Each bar runs from detention to its end, or to the report's day, on one time axis for the whole page. A solid bar is certain; a hatched part is the span a date may denote (known only to the month or year, approximate or uncertain), or a time whose status is not known. A dark line across a bar is a sentence; a grey band under it, a place held; the text under its end, the release and where to."),
                _detentions.Length == 0 ? E("p", "No detentions.") : null,
                _detentions.GroupBy(static d => d.Country.Value, StringComparer.Ordinal).OrderBy(static g => g.Key, StringComparer.Ordinal).Select(country =>
                {
                    Detention[] held = [.. country];
                    var people = held.GroupBy(static d => d.SubjectId.Value, StringComparer.Ordinal).ToArray();
                    return E("section", A("id", "detentions-" + country.Key), A("aria-labelledby", "detentions-" + country.Key + "_h"),
                        E("h3", A("id", "detentions-" + country.Key + "_h"), $"Held in {country.Key}"),
                        E("p", $"{N(people.Length)} {(people.Length == 1 ? "person" : "people")}, {N(held.Length)} {(held.Length == 1 ? "detention" : "detentions")}: ",
                            $"{N(held.Count(static d => d.Status == DetentionStatus.Ongoing))} ongoing, {N(held.Count(static d => d.Status == DetentionStatus.Ended))} ended, {N(held.Count(static d => d.Status == DetentionStatus.Unknown))} of unknown status."),
                        axis.Ticks(),
                        people.Select(person => Person(person.Key, country.Key, [.. person], axis, releasedTo)));
                }));
        }

        private XElement Person(string personId, string country, Detention[] detentions, TimeAxis axis, ILookup<string, ReleasedDetainee> releasedTo)
        {
            string name = NameOf(personId);
            string anchor = _firstCountry[personId] == country ? "person-" + personId : $"person-{personId}_{country}";
            Incident[] incidents = [.. _incidentsBySubject[personId]];
            return E("article", A("class", "item person"), A("id", anchor), A("aria-labelledby", anchor + "_h"),
                E("h4", A("id", anchor + "_h"), name),
                detentions.Select(d =>
                {
                    string? destination = releasedTo[d.Id.Value].FirstOrDefault(r => r.SubjectId.Value == personId)?.Destination?.Value;
                    return E("div",
                        Timeline(d, name, axis, destination),
                        E("details",
                            E("summary", $"Facts and sources of detention {d.Id.Value}"),
                            E("table",
                                E("caption", $"Detention {d.Id.Value}, held in {d.Country.Value}"),
                                E("tbody",
                                    Fact("Detained", Date(d.StartedOn), d.Kind is { } kind ? $" ({Words(kind)})" : null),
                                    d.AuthorityId is { } authority ? Fact("By", NameOf(authority.Value)) : null,
                                    Fact("Status", Words(d.Status)),
                                    d.EndedOn is { } ended ? Fact("Ended", Date(ended), d.EndReason is { } reason ? $" ({Words(reason)})" : null) : null,
                                    destination is not null ? Fact("Released to", destination) : null,
                                    d.Sentences.Select(s => Fact("Sentenced", $"{Date(s.ImposedOn)}: {SentenceWords(s)}", (s.Court ?? (s.CourtId is { } court ? NameOf(court.Value) : null)) is { } by ? $", by {by}" : null)),
                                    d.Placements.Select(p => Fact("Held at", PlaceName(p), p.From is not null || p.Until is not null ? $", {(p.From is { } f ? Date(f) : "?")} to {(p.Until is { } u ? Date(u) : "?")}" : null)))),
                            Notes(d),
                            Sources(d.Sources)));
                }),
                _byId.TryGetValue(personId, out Record? person) && person is PoliticalEvents.Person { Anonymous: false } ? new[] { Notes(person), Sources(person.Sources) } : null,
                incidents.Length == 0 ? null : E("ul", A("aria-label", "Incidents"), incidents.Select(i =>
                    E("li", $"{Capital(Words(i.Kind))}, {Date(i.OccurredOn)}.", Sources(i.Sources)))));
        }

        // One detention as a bar: certain days solid, the days a vague date may denote hatched (never drawn as a day);
        // sentences as dark lines across it, places held as bands under it, the release and where to under its end.
        private XElement Timeline(Detention detention, string name, TimeAxis axis, string? destination)
        {
            const double BarY = 6;
            const double BarHeight = 14;
            (LocalDate startFrom, LocalDate startTo) = Extent(detention.StartedOn, _asOf);
            bool vagueStart = IsVague(detention.StartedOn);
            LocalDate certainFrom = vagueStart ? startTo.PlusDays(1) : startFrom;
            (LocalDate endFrom, LocalDate endTo) = detention.EndedOn is { } ended ? Extent(ended, axis.End) : (_asOf, _asOf);
            bool vagueEnd = detention.EndedOn is { } e ? IsVague(e) : detention.Status != DetentionStatus.Ongoing;
            if (detention.EndedOn is null && detention.Status != DetentionStatus.Ongoing)
            {
                endFrom = startTo.PlusDays(1);
            }

            LocalDate certainTo = vagueEnd ? endFrom.PlusDays(-1) : endTo;
            string label = $"{name}: detained {Date(detention.StartedOn)}, "
                + (detention.EndedOn is { } end ? $"until {Date(end)}" : detention.Status switch
                {
                    DetentionStatus.Ongoing => $"still held on {Day(_asOf)}",
                    DetentionStatus.Ended => "ended on a day not known",
                    _ => "status not known",
                })
                + string.Concat(detention.Sentences.Select(s => $"; sentenced {Date(s.ImposedOn)} to {SentenceWords(s)}"))
                + string.Concat(detention.Placements.Select(p => $"; held at {PlaceName(p)}"))
                + (destination is not null ? $"; released to {destination}" : "")
                + ".";
            Placement[] placements = [.. detention.Placements];
            return Chart(DetentionChartHeight, label,
                vagueStart ? axis.Bar(startFrom, startTo, BarY, BarHeight, "vague") : null,
                certainTo >= certainFrom ? axis.Bar(certainFrom, certainTo, BarY, BarHeight, "certain") : null,
                vagueEnd ? axis.Bar(LocalDate.Max(endFrom, certainFrom), detention.EndedOn is null ? _asOf : endTo, BarY, BarHeight, "vague") : null,
                placements.Select((p, i) =>
                {
                    LocalDate from = p.From is { } f ? Extent(f, axis.End).From : startFrom;
                    LocalDate to = p.Until is { } u ? Extent(u, axis.End).To : detention.EndedOn is null ? _asOf : endTo;
                    return to < from ? null : axis.Bar(from, to, BarY + BarHeight + 1, 4, i % 2 == 0 ? "place" : "place2", $"Held at {PlaceName(p)}");
                }),
                detention.Sentences.Select(s =>
                {
                    (LocalDate from, LocalDate to) = Extent(s.ImposedOn, axis.End);
                    return axis.Bar(from, to, BarY - 4, BarHeight + 8, IsVague(s.ImposedOn) ? "vague mark" : "mark", $"Sentenced {Date(s.ImposedOn)} to {SentenceWords(s)}");
                }),
                detention.EndedOn is { } over ? EndLabel(axis.XEnd(endTo), (destination is not null ? $"released {Date(over)} → {destination}" : $"ended {Date(over)}")) : null);

            static XElement EndLabel(double x, string text)
                => S("text", A("x", F(Math.Max(x, 4))), A("y", "36"), A("font-size", "10"), A("text-anchor", x < 160 ? "start" : "end"), A("class", "lane"), text);
        }

        private string PlaceName(Placement placement)
            => placement.Facility
            ?? (placement.FacilityId is { } id && _byId.TryGetValue(id.Value, out Record? facility) && facility is Facility f ? f.Name : null)
            ?? placement.Locality
            ?? "a place not named";

        private static string SentenceWords(Sentence sentence)
            => sentence.Term is { } term ? $"{TermWords(term)} ({Words(sentence.Kind)})" : Words(sentence.Kind);
    }
}
