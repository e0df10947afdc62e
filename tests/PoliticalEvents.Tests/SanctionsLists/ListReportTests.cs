using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using PoliticalEvents.SanctionsLists;
using Xunit;
using static PoliticalEvents.Tests.SanctionsLists.ListFixtures;

namespace PoliticalEvents.Tests.SanctionsLists;

public partial class ListReportTests
{
    private static readonly string[] Codes = [.. typeof(SanctionsListReportCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void Codes_AreUniqueAndShaped()
    {
        Assert.Equal(Codes.Length, Codes.Distinct().Count());
        Assert.All(Codes, code => Assert.Matches("^lists\\.[a-z][A-Za-z]*\\.[a-z][A-Za-z]*$", code));
    }

    [Fact]
    public void Docs_DocumentExactlyTheCodes()
    {
        string docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "sanctions-lists.md"));
        string section = docs[docs.IndexOf("## Report codes", StringComparison.Ordinal)..docs.IndexOf("## Tried on real data", StringComparison.Ordinal)];
        string[] documented = [.. DocumentedCode().Matches(section).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

        Assert.Equal(Codes.Order(StringComparer.Ordinal), documented);
    }

    [Fact]
    public void WriteJson_HasTheSummaryAndOneEntryALine()
    {
        SanctionsListImport import = ImportFixture(Ofac);
        using var stream = new MemoryStream();

        import.Report.WriteJson(stream, "import --from ofac", "in.xml", "out.json");

        string[] lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(import.Report.Findings.Count + 2, lines.Length);
        using JsonDocument parsed = JsonDocument.Parse(string.Join('\n', lines));
        JsonElement root = parsed.RootElement;
        Assert.Equal(import.Report.Findings.Count, root.GetProperty("entries").GetArrayLength());
        Assert.Equal(import.Report.CountsByCode.Values.Sum(), root.GetProperty("counts").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(3, root.GetProperty("read").GetProperty("individual").GetInt32());
        JsonElement first = root.GetProperty("entries")[0];
        Assert.Equal(["code", "severity", "id", "element", "line", "count", "message"], first.EnumerateObject().Select(p => p.Name));
    }

    [GeneratedRegex("^\\| `(lists\\.[A-Za-z.]+)`", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();
}
