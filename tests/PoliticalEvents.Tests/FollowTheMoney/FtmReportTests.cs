using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Tests.Cli;
using Xunit;

namespace PoliticalEvents.Tests.FollowTheMoney;

public partial class FtmReportTests
{
    private static readonly string[] Codes = [.. typeof(FtmReportCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void Codes_AreUniqueAndNamedByDirection()
    {
        Assert.Equal(Codes.Length, Codes.Distinct().Count());
        Assert.All(Codes, code => Assert.Matches("^ftm\\.(export|import)\\.[a-z][A-Za-z]*$", code));
    }

    [Fact]
    public void Docs_DocumentExactlyTheCodes()
    {
        string docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "followthemoney.md"));
        string section = docs[docs.IndexOf("## Report codes", StringComparison.Ordinal)..];
        string[] documented = [.. DocumentedCode().Matches(section).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];

        Assert.Equal(Codes.Order(StringComparer.Ordinal), documented);
    }

    [Fact]
    public async Task Report_CountsEveryEntry_KeepsThemOrPassesThemOn()
    {
        var passed = new List<Finding>();
        var report = new FtmReport(passed.Add, keepFindings: false);
        Dataset dataset = await FtmTestData.LoadExampleAsync(PolevSandbox.Belarus);

        FtmExporter.Export(dataset, report);

        Assert.Empty(report.Findings);
        Assert.Equal(passed.Count, report.FindingCount);
        Assert.Equal(passed.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Sum(e => e.Count)), report.CountsByCode);
        Assert.Equal(report.CountsByCode.Keys.Order(StringComparer.Ordinal), report.CountsByCode.Keys);
    }

    [Fact]
    public async Task WriteJson_SummaryThenEntries()
    {
        var report = new FtmReport();
        FtmExporter.Export(await FtmTestData.LoadExampleAsync(PolevSandbox.Tunisia), report);
        using var buffer = new MemoryStream();

        using (var writer = new Utf8JsonWriter(buffer))
        {
            report.WriteJson(writer);
        }

        using JsonDocument json = JsonDocument.Parse(buffer.ToArray());
        Assert.Equal(["read", "written", "counts", "entries"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(report.FindingCount, json.RootElement.GetProperty("entries").GetArrayLength());
        JsonElement first = json.RootElement.GetProperty("entries")[0];
        Assert.Equal(["code", "id", "path", "count", "message"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, json.RootElement.GetProperty("written").GetProperty("Organization").GetInt32() + json.RootElement.GetProperty("written").GetProperty("PublicBody").GetInt32() + json.RootElement.GetProperty("written").GetProperty("Membership").GetInt32());
    }

    [Fact]
    public async Task Messages_NeverHoldTheData()
    {
        Dataset dataset = await FtmTestData.LoadExampleAsync(PolevSandbox.Belarus);
        var report = new FtmReport();
        FtmExporter.Export(dataset, report);
        string data = PoliticalEvents.Serialization.PoliticalEventsJson.ToJson(dataset);

        // No message contains a name, note, URL or other text of the data (ids and property names locate the problem).
        string[] texts = [.. Regex.Matches(data, "\"(?:name|value|notes|reason|title|description|url)\": \"([^\"]{6,})\"").Select(m => m.Groups[1].Value)];
        Assert.NotEmpty(texts);
        Assert.All(report.Findings, e => Assert.DoesNotContain(texts, t => e.Message.Contains(t, StringComparison.Ordinal)));
    }

    [Fact]
    public void PublicApi_FollowsTheDesignRules()
    {
        Type[] types = typeof(FtmExporter).Assembly.GetExportedTypes();
        string[] open = [.. types.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName!)];
        string[] mutable = [.. types
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => p.Name)];
        string[] mutableCollections = [.. types
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() is var g
                && (g == typeof(List<>) || g == typeof(Dictionary<,>) || g == typeof(IList<>) || g == typeof(IDictionary<,>)))
            .Select(p => p.Name)];

        Assert.Empty(open);
        Assert.Empty(mutable);
        Assert.Empty(mutableCollections);
    }

    [GeneratedRegex("^\\| `(ftm\\.[a-zA-Z.]+)` \\|", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();
}
