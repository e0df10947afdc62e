using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using PoliticalEvents.Reports;
using PoliticalEvents.Serialization;
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

        // Nothing is loaded: no script, no stylesheet or image from elsewhere; links are only to http(s) pages.
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(LoadingAttribute(), html);
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
                : r.Id == detention.Id ? detention with { Sources = [new Source { Title = Script, Url = WebUrl.Parse("https://example.org/a?b=%22%3E%3Cscript%3E") }] }
                : r)],
        };

        string html = Render(hostile);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("\"&gt;&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
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

        string html = Render(yearOnly);

        Assert.Contains("class=\"uncertain\"", html, StringComparison.Ordinal);
        Assert.Contains("detained 2020,", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s(?:src|srcset|data|poster|action|formaction)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex LoadingAttribute();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Hrefs();
}
