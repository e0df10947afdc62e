using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Redaction;
using Xunit;

using DocsSamples;

namespace PoliticalEvents.Tests.Docs;

/// <summary>docs/redaction.md lists exactly the library's codes, and its code example is the one compiled and run here.</summary>
public sealed partial class RedactionDocsTests : IDisposable
{
    private static readonly string Docs = File.ReadAllText(RepoPaths.File("docs/redaction.md")).ReplaceLineEndings("\n");

    private readonly string _directory = Directory.CreateTempSubdirectory("redaction-docs-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Docs_ListExactlyTheCodesOfTheLibrary()
    {
        string section = Docs[Docs.IndexOf("\n## Report codes\n", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        string[] inDocs = [.. CodeRow().Matches(section).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];
        string[] inCode = [.. typeof(RedactionCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal)];

        Assert.Equal(inCode, inDocs);
    }

    [Fact]
    public void Docs_Example_IsTheTestedExample()
    {
        string source = File.ReadAllText(RepoPaths.File("tests/PoliticalEvents.Tests/Docs/RedactionExample.cs")).ReplaceLineEndings("\n");
        int start = source.IndexOf("// begin-redaction-example\n", StringComparison.Ordinal) + "// begin-redaction-example\n".Length;
        string example = source[start..source.IndexOf("// end-redaction-example", StringComparison.Ordinal)]
            .Replace("namespace DocsSamples;\n\n", string.Empty, StringComparison.Ordinal);

        Assert.Contains("```csharp\n" + example + "```", Docs, StringComparison.Ordinal);
    }

    [Fact]
    public void Example_RedactDocument_WritesTheRedactedDataset_AndReturnsTheEntries()
    {
        string input = Path.Combine(_directory, "marked.json");
        string output = Path.Combine(_directory, "public.json");
        File.WriteAllText(input, PoliticalEventsJson.ToJson(RedactionSample.Marked(Confidentiality.Confidential, "person-a")));

        string entries = RedactionExample.RedactDocument(input, output);

        Assert.StartsWith("info record.dropped.confidential /records/5 The record is confidential", entries, StringComparison.Ordinal);
        Assert.Equal(12, PoliticalEventsJson.ReadDataset(File.ReadAllBytes(output)).GetValueOrThrow().Records.Count);
    }

    [Fact]
    public async Task Example_RedactJsonLines_TakesThePassesItNeeds_AndRefusesInvalidInput()
    {
        Dataset marked = RedactionSample.Marked(Confidentiality.Confidential, "person-a");
        string input = Path.Combine(_directory, "reversed.jsonl");
        string output = Path.Combine(_directory, "public.jsonl");
        await using (FileStream file = File.Create(input))
        {
            await JsonLines.WriteAsync(file, marked with { Records = [.. marked.Records.Reverse()] });
        }

        Assert.Equal("12 written, 3 dropped, 3 pass(es)", await RedactionExample.RedactJsonLinesAsync(input, output));
        (Dataset? written, var errors) = await JsonLines.ReadDatasetAsync(new MemoryStream(File.ReadAllBytes(output)));
        Assert.Empty(errors);
        Assert.Equal(("Redaction sample", 12), (written!.Title, written.Records.Count));

        File.WriteAllText(input, "{\"type\":\"person\",\"id\":\"p-1\"}\n", Encoding.UTF8);
        Assert.Equal("2 finding(s), 1 error(s)", await RedactionExample.RedactJsonLinesAsync(input, output));
    }

    [GeneratedRegex(@"^\| `([a-z]+\.[a-z]+\.[A-Za-z]+)` \|", RegexOptions.Multiline)]
    private static partial Regex CodeRow();
}
