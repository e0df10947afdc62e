using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CsCheck;
using NodaTime;
using PoliticalEvents.Reports;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using Xunit;

namespace PoliticalEvents.Tests.Reports;

/// <summary>The HTML report: safe to share by default, inert whatever the data holds, loading nothing.</summary>
public sealed partial class HtmlReportTests
{
    private static readonly LocalDate AsOf = new(2026, 1, 1);

    private static Dataset Example(string name)
        => DatasetReader.ReadDataset(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", name))).GetValueOrThrow();

    private static string Render(Dataset dataset, HtmlReportOptions? options = null)
    {
        using var output = new MemoryStream();
        HtmlReport.Write(dataset, output, options ?? new HtmlReportOptions { AsOf = AsOf });
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Theory]
    [InlineData("belarus-2025.json")]
    [InlineData("belarus-protests-2020.json")]
    [InlineData("tunisia-moussi-2025.jsonl")]
    public void Example_IsOnePage_WithItsSections_LoadingNothing(string example)
    {
        Dataset dataset = Example(example);

        string html = Render(dataset);

        Assert.StartsWith("<!DOCTYPE html><html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
        foreach (string section in (string[])["overview", "detentions", "releases", "sanctions", "links"])
        {
            Assert.Contains($"<section id=\"{section}\"", html, StringComparison.Ordinal);
        }

        // Nothing is loaded: no stylesheet, image or script from elsewhere, no script but its own; links are only to http(s) pages.
        Assert.DoesNotMatch(LoadingAttribute(), html);
        OwnScriptOnly(html);
        Assert.All(Hrefs().Matches(html).Select(static m => m.Groups[1].Value),
            static href => Assert.True(href.StartsWith('#') || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal), href));
        Assert.Contains(dataset.Title.Replace("&", "&amp;", StringComparison.Ordinal), html, StringComparison.Ordinal);
    }

    [Fact]
    public void HostileText_IsInert()
    {
        Dataset dataset = Example("belarus-2025.json");
        const string Script = "<script>alert(1)</script>";
        const string Attribute = "\"><img src=x onerror=alert(1)>";
        Person person = dataset.Records.OfType<Person>().First(static p => !p.Anonymous && p.Confidentiality == Confidentiality.Public);
        Detention detention = dataset.Records.OfType<Detention>().First(d => d.SubjectId.Value == person.Id.Value);
        Dataset hostile = dataset with
        {
            Title = Script,
            Records = [.. dataset.Records.Select(r => r.Id == person.Id ? person with { Name = Attribute }
                : r.Id == detention.Id ? detention with { Notes = "a\u0001b\u007Fc\u0085d\uD800e", Sources = [new Source { Title = Script, Url = WebUrl.Parse("https://example.org/a?b=%22%3E%3Cscript%3E") }] }
                : r)],
        };

        string html = Render(hostile);

        OwnScriptOnly(html);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("\"&gt;&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);

        // Characters HTML does not allow in text are shown, not dropped and not a failure: controls as their pictures,
        // a lone surrogate and a C1 control as U+FFFD.
        Assert.Contains("a\u2401b\u2421c\uFFFDd\uFFFDe", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ByDefault_TheReportIsRedactedForThePublic()
    {
        Dataset dataset = Example("belarus-2025.json");
        Person person = dataset.Records.OfType<Person>().First(static p => !p.Anonymous);
        const string Secret = "Zygmunt Kowalczyk-Secret";
        Dataset withSecret = dataset with
        {
            Records = [.. dataset.Records.Select(r => r.Id == person.Id ? person with { Name = Secret, Confidentiality = Confidentiality.Confidential } : r)],
        };

        Assert.DoesNotContain(Secret, Render(withSecret), StringComparison.Ordinal);
        Assert.Contains(Secret, Render(withSecret, new HtmlReportOptions { AsOf = AsOf, Profile = null }), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUncertainDate_IsDrawnAsTheSpanItDenotes()
    {
        Dataset dataset = Example("belarus-2025.json");
        Detention detention = dataset.Records.OfType<Detention>().First();
        Dataset yearOnly = dataset with { Records = [.. dataset.Records.Select(r => r.Id == detention.Id ? detention with { StartedOn = PartialDate.Parse("2020") } : r)] };

        XElement chart = Charts(Parse(Render(yearOnly))).Single(c => Label(c).Contains("detained 2020,", StringComparison.Ordinal));

        // The axis runs from 1 January 2020 (the earliest start) to the report's day, 2026-01-01, inclusive: 2,193 days
        // over 640 units. The year 2020 is hatched over all its 366 days; the solid bar begins where the year ends.
        XElement vague = chart.Elements(Svg + "rect").First(static r => Class(r) == "vague");
        XElement certain = chart.Elements(Svg + "rect").Single(static r => Class(r) == "certain");
        Assert.Equal(0, Number(vague, "x"));
        Assert.Equal(366.0 / 2193 * 640, Number(vague, "width"), 1);
        Assert.Equal(Number(vague, "x") + Number(vague, "width"), Number(certain, "x"), 1);
    }

    [Fact]
    public void ATargetWithDatesOfItsOwn_HasItsOwnLane_WithTheStatusesTheLibraryDerives()
    {
        Dataset dataset = Example("belarus-2025.json");
        SanctionMeasure measure = dataset.Records.OfType<SanctionMeasure>().Single(static m => m.Id.Value == "sanction-us-belaruskali");
        SanctionTarget listed = measure.Targets[0] with { ListedOn = PartialDate.Parse("2021-12"), DelistedOn = PartialDate.Parse("2025-12-15") };
        Dataset dated = dataset with { Records = [.. dataset.Records.Select(r => r.Id == measure.Id ? measure with { Targets = [listed, .. measure.Targets.Skip(1)] } : r)] };
        string name = dataset.Records.OfType<Organization>().Single(o => o.Id.Value == listed.ActorId!.Value.Value).Name;

        XElement article = Article(Parse(Render(dated)), "measure-sanction-us-belaruskali");
        XElement chart = Charts(article).Single();

        string[] lanes = [.. chart.Descendants(Svg + "text").Select(static t => t.Value).Where(static t => !t.StartsWith("release", StringComparison.Ordinal) && t is not ("active" or "eased" or "suspended" or "ended"))];
        Assert.Equal(["The measure", name, "Releases said to be tied to it"], lanes);

        // Each lane's parts, as their titles name them: the target is not listed until the last day of December 2021
        // may have passed, then shares the measure's status, and has ended for it from its delisting.
        Assert.Equal(["The measure: active from 2021-08-09", "The measure: eased from 2025-12-13"], Parts(chart, "The measure"));
        Assert.Equal([$"{name}: active from 2021-12-31", $"{name}: eased from 2025-12-13", $"{name}: ended"], Parts(chart, name));
        Assert.Contains(chart.Descendants(Svg + "rect"), static r => Class(r) == "vague" && r.Value == "2021-12: the days this date may denote");
        Assert.Equal(SanctionStatus.Eased, measure.StatusOn(AsOf));
        Assert.Equal(SanctionStatus.Ended, measure.StatusOn(AsOf, listed));

        // The same in words, in the table of targets.
        XElement row = article.Descendants("tr").Single(r => r.Element("th")?.Value.StartsWith(name, StringComparison.Ordinal) == true);
        Assert.Equal(["2021-12", "2025-12-15", "ended"], row.Elements("td").Select(static c => c.Value));
    }

    [Fact]
    public void ATieBetweenAReleaseAndAStep_IsDrawnFromTheStep_WithWhoAssertsAndWhoDenies()
    {
        XDocument page = Parse(Render(Example("belarus-2025.json")));

        // Belavia: the easing of 11 September 2025, said by ARTICLE 19 to be exchanged for that day's release and
        // denied by Lithuania's president: a dashed line from the step's mark to the release's diamond.
        XElement belavia = Article(page, "measure-sanction-us-belavia");
        XElement chart = Charts(belavia).Single();
        XElement tie = chart.Descendants(Svg + "line").Single(static l => Class(l).StartsWith("tie", StringComparison.Ordinal));
        XElement step = chart.Elements(Svg + "rect").Single(static r => Class(r) == "mark" && r.Value == "eased 2025-09-11");
        Assert.Equal("tie disputed", Class(tie));
        Assert.Equal(Number(step, "x") + (Number(step, "width") / 2), Number(tie, "x1"), 1);
        Assert.Contains("asserted by ARTICLE 19 (medium confidence); denied by Gitanas Nausėda, President of Lithuania", Label(chart), StringComparison.Ordinal);
        Assert.Contains("exchange the step eased 2025-09-11, asserted by ARTICLE 19 (medium confidence); denied by Gitanas Nausėda, President of Lithuania", belavia.Value, StringComparison.Ordinal);

        // The release says the same, naming the measure; the link's row too.
        Assert.Contains("denied by Gitanas Nausėda, President of Lithuania", Article(page, "release-release-2025-09-11").Value, StringComparison.Ordinal);
        XElement row = page.Descendants("tr").Single(static r => (string?)r.Attribute("id") == "link-link-belavia-release");
        Assert.Equal(["ARTICLE 19", "Gitanas Nausėda, President of Lithuania", "medium"], row.Elements("td").Take(3).Select(static c => c.Value));

        // Potash: asserted by US officials, denied by no one: a solid line.
        Assert.Equal("tie", Class(Charts(Article(page, "measure-sanction-us-belaruskali")).Single().Descendants(Svg + "line").Single(static l => Class(l).StartsWith("tie", StringComparison.Ordinal))));
    }

    [Fact]
    public void TheOverview_CountsDeathsInCustodyAndPeopleCountedInMassDetentions()
    {
        Dataset dataset = Example("belarus-protests-2020.json");
        Detention detention = dataset.Records.OfType<Detention>().Single();
        Dataset died = dataset with { Records = [.. dataset.Records.Select(r => r.Id == detention.Id ? detention with { EndReason = DetentionEndReason.Death } : r)] };

        XElement overview = Parse(Render(died)).Descendants("section").Single(static s => (string?)s.Attribute("id") == "overview");

        // Country, detained now, ended, unknown, deaths in custody, mass detentions, people counted (713 by the ministry,
        // at least 600 by Viasna).
        XElement belarus = overview.Element("table")!.Element("tbody")!.Elements("tr").Single();
        Assert.Equal(["BY", "0", "1", "0", "1", "1", "600–713"], belarus.Elements().Select(static c => c.Value));
    }

    [Fact]
    public void GeneratedDatasets_GiveWellFormedPages_WithUniqueIds_LinksThatResolve_AndChartsWithText()
    {
        RecordGenerators.Dataset.Sample(dataset =>
        {
            XDocument page = Parse(Render(dataset, new HtmlReportOptions { AsOf = AsOf, Profile = null }));

            string[] ids = [.. page.Descendants().Attributes("id").Select(static a => a.Value)];
            Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
            Assert.All(page.Descendants("a").Attributes("href").Select(static a => a.Value).Where(static h => h.StartsWith('#')), h => Assert.Contains(h[1..], ids));
            Assert.All(Charts(page), static c => Assert.False(string.IsNullOrWhiteSpace(Label(c))));
            foreach (SanctionMeasure measure in dataset.Records.OfType<SanctionMeasure>())
            {
                string status = measure.StatusOn(AsOf) switch
                {
                    SanctionStatus.Active => "active",
                    SanctionStatus.Eased => "eased",
                    SanctionStatus.Suspended => "suspended",
                    SanctionStatus.Ended => "ended",
                    _ => "not yet in force",
                };
                Assert.StartsWith($"On 2026-01-01: {status}.", Article(page, "measure-" + measure.Id.Value).Element("p")!.Value, StringComparison.Ordinal);
            }
        }, iter: 150, print: static d => PoliticalEventsJson.ToJson(d));
    }

    [Fact]
    public void AnonymousPersons_StayNameless_InEveryReportForThePublic()
    {
        // The redaction tests' datasets, an anonymous person's stand-in name planted everywhere it could be written.
        RecordGenerators.RedactionDataset.Sample(sample =>
        {
            string html = Render(sample.Dataset);

            Assert.All(sample.Secrets, secret => Assert.DoesNotContain(secret, html, StringComparison.Ordinal));
        }, iter: 150, print: static s => s.ToString());
    }

    // The page has one script, its own, written as it is, which its Content-Security-Policy allows by its hash (and
    // allows nothing else: no 'unsafe-inline' for scripts, no source).
    private static void OwnScriptOnly(string html)
    {
        Match script = Assert.Single(Scripts().Matches(html));
        string hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(script.Groups[1].Value)));
        string policy = Regex.Match(html, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"").Groups[1].Value;
        Assert.Contains($"script-src 'sha256-{hash}';", policy, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<script", RegexOptions.IgnoreCase));
    }

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // The page as the XML it is written as (the serializer writes well-formed markup; the doctype goes first).
    private static XDocument Parse(string html) => XDocument.Parse(html["<!DOCTYPE html>".Length..]);

    private static IEnumerable<XElement> Charts(XContainer page) => page.Descendants(Svg + "svg").Where(static s => (string?)s.Attribute("role") == "img");

    private static XElement Article(XContainer page, string id) => page.Descendants("article").Single(a => (string?)a.Attribute("id") == id);

    // A chart's text alternative: the title its aria-labelledby names.
    private static string Label(XElement chart)
    {
        XElement? title = chart.Element(Svg + "title");
        Assert.Equal((string?)chart.Attribute("aria-labelledby"), (string?)title?.Attribute("id"));
        return title?.Value ?? "";
    }

    private static string Class(XElement element) => (string?)element.Attribute("class") ?? "";

    private static double Number(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    // The titles of a lane's parts, in order.
    private static string[] Parts(XElement chart, string lane)
        => [.. chart.Descendants(Svg + "title").Select(static t => t.Value).Where(t => t.StartsWith(lane + ": ", StringComparison.Ordinal) && !t.Contains("may denote", StringComparison.Ordinal))];

    [GeneratedRegex(@"\s(?:src|srcset|data|poster|action|formaction)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex LoadingAttribute();

    [GeneratedRegex("<script>([^<]*)</script>")]
    private static partial Regex Scripts();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Hrefs();
}
