using System.Reflection;
using System.Text.RegularExpressions;
using PoliticalEvents.Csv;
using Xunit;

namespace PoliticalEvents.Tests.Csv;

/// <summary>docs/csv.md lists every code of <see cref="CsvCodes"/> in its table of codes, and no other.</summary>
public sealed partial class CsvCodesDocsTests
{
    [Fact]
    public void Docs_ListExactlyTheCodesOfCsvCodes()
    {
        string doc = File.ReadAllText(RepoPaths.File("docs/csv.md")).ReplaceLineEndings("\n");
        string[] documented = [.. CodeRow().Matches(doc).Select(m => m.Groups["code"].Value).Order(StringComparer.Ordinal)];
        string[] inCode = [.. typeof(CsvCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal)];

        Assert.Equal(inCode, documented);
    }

    [GeneratedRegex(@"^\| `(?<code>[a-z]+\.[A-Za-z]+)` \| (?:both|tables|sheet|export) \|", RegexOptions.Multiline)]
    private static partial Regex CodeRow();
}
