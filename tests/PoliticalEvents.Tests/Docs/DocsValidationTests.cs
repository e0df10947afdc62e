using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Docs;

/// <summary>
/// docs/validation.md documents every validation code with a minimal failing example: a code in
/// <see cref="ValidationCodes"/> but not in the docs (or the reverse) fails, and every example is run and must
/// produce its code.
/// </summary>
public partial class DocsValidationTests
{
    private static readonly ValidationOptions Options = new() { Today = new LocalDate(2026, 1, 1) };

    private static readonly Lazy<IReadOnlyList<(string Code, string Language, string Example)>> Sections = new(Parse);

    public static TheoryData<string> DocumentedCodes()
    {
        var data = new TheoryData<string>();
        foreach ((string code, _, _) in Sections.Value)
        {
            data.Add(code);
        }

        return data;
    }

    [Fact]
    public void Docs_ListExactlyTheCodesOfTheLibrary()
    {
        string[] inCode = [.. typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal)];
        string[] inDocs = [.. Sections.Value.Select(s => s.Code).Order(StringComparer.Ordinal)];
        Assert.Equal(inCode, inDocs);
    }

    [Theory]
    [MemberData(nameof(DocumentedCodes))]
    public async Task DocExample_ProducesItsCode(string code)
    {
        (_, string language, string example) = Sections.Value.Single(s => s.Code == code);
        IReadOnlyCollection<string> produced = await CodesOf(language, example);
        Assert.True(produced.Contains(code), $"The example of {code} in docs/validation.md produces [{string.Join(", ", produced)}].");
    }

    private static async Task<IReadOnlyCollection<string>> CodesOf(string language, string example)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        if (language == "json")
        {
            foreach (Finding e in DatasetValidator.ValidateDocument(Encoding.UTF8.GetBytes(example), Options).Findings)
            {
                codes.Add(e.Code);
            }

            return codes;
        }

        byte[] bytes = language == "text" ? RawBytes(example) : Encoding.UTF8.GetBytes(example);
        ValidationResult result = await DatasetValidator.ValidateJsonLinesAsync(new MemoryStream(bytes), Options);
        codes.UnionWith(result.Findings.Select(e => e.Code));
        (_, IReadOnlyList<Finding> conversion) = await JsonLines.ReadDatasetAsync(new MemoryStream(bytes));
        codes.UnionWith(conversion.Select(e => e.Code));
        return codes;
    }

    // "\xFF" in a text example stands for one raw byte.
    private static byte[] RawBytes(string text)
    {
        var bytes = new List<byte>();
        foreach (string part in HexEscape().Split(text))
        {
            if (part.Length == 2 && HexEscape().IsMatch("\\x" + part))
            {
                bytes.Add(Convert.ToByte(part, 16));
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(part));
            }
        }

        return [.. bytes];
    }

    private static IReadOnlyList<(string Code, string Language, string Example)> Parse()
    {
        string doc = File.ReadAllText(RepoPaths.File("docs/validation.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var sections = new List<(string, string, string)>();
        foreach (Match match in Section().Matches(doc))
        {
            sections.Add((match.Groups["code"].Value, match.Groups["lang"].Value, match.Groups["body"].Value));
        }

        return sections;
    }

    [GeneratedRegex("^#### `(?<code>[^`]+)`\\n(?:(?!#### ).*\\n)*?```(?<lang>jsonl|json|text)\\n(?<body>(?:(?!```).*\\n)*)```", RegexOptions.Multiline)]
    private static partial Regex Section();

    [GeneratedRegex("\\\\x([0-9A-Fa-f]{2})")]
    private static partial Regex HexEscape();
}
