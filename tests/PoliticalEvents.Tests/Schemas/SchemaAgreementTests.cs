using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NodaTime;
using PoliticalEvents.Schemas;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Schemas;

/// <summary>
/// The C# validator and the published JSON Schemas (checked with JsonSchema.Net 8.0.5) agree on the fixture corpus:
/// every valid fixture and example passes both; every invalid fixture fails the C# validator with the expected code
/// at the expected pointer, and, when a schema can express the rule, fails the dataset schema at the same pointer
/// with the same keyword (and passes it otherwise).
/// </summary>
public class SchemaAgreementTests
{
    private static readonly ValidationOptions Options = new() { Today = new LocalDate(2026, 1, 1) };

    private static readonly Lazy<JsonSchema> DatasetSchema = new(() =>
    {
        var registry = new SchemaRegistry();
        return JsonSchema.FromText(PoliticalEventsSchemas.GetSchemaText("dataset"), new BuildOptions { SchemaRegistry = registry });
    });

    public static TheoryData<string> ValidFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Fixture("valid"), "*.json").Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "*.json")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(AppContext.BaseDirectory, file));
        }

        return data;
    }

    public static TheoryData<string, string, string, bool> InvalidFiles()
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (string line in File.ReadLines(Path.Combine(Fixture("invalid"), "expected.tsv")).Where(l => !l.StartsWith('#')))
        {
            string[] cells = line.Split('\t');
            data.Add(cells[0], cells[1], cells[2], bool.Parse(cells[3]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void ValidFixture_PassesValidatorAndSchema(string file)
    {
        byte[] json = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, file));
        ValidationResult result = DatasetValidator.ValidateDocument(json, Options);
        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        EvaluationResults schema = Evaluate(json);
        Assert.True(schema.IsValid, Describe(schema));
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void InvalidFixture_FailsValidatorAndSchemaAtSamePointer(string name, string code, string pointer, bool schemaCanSay)
    {
        byte[] json = File.ReadAllBytes(Path.Combine(Fixture("invalid"), name + ".json"));
        ValidationResult result = DatasetValidator.ValidateDocument(json, Options);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Findings, e => e.Code == code && e.Path == pointer && e.Severity == Severity.Error);

        EvaluationResults schema = Evaluate(json);
        if (schemaCanSay)
        {
            Assert.False(schema.IsValid, $"{name}: the schema accepts what the validator rejects ({code} at {pointer}).");
            Assert.True(
                Failures(schema).Any(f => (f.Keyword == code || f.Keyword == "*") && f.Pointer == pointer),
                $"{name}: expected the schema to fail with '{code}' at '{pointer}'; it failed with:\n{Describe(schema)}");
        }
        else
        {
            Assert.True(schema.IsValid, $"{name}: the schema rejects data whose rule it should not be able to express:\n{Describe(schema)}");
        }
    }

    private static string Fixture(string folder) => Path.Combine(AppContext.BaseDirectory, "fixtures", folder);

    private static EvaluationResults Evaluate(byte[] json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return DatasetSchema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    /// <summary>
    /// (keyword, instance pointer) of every failing node outside an <c>if</c> (an <c>if</c> that fails is a condition,
    /// not a failure). JsonSchema.Net names the keyword for assertions (<c>required</c>, <c>pattern</c>, <c>enum</c>, …);
    /// for applicators (<c>not</c>, <c>anyOf</c>, <c>oneOf</c>, <c>additionalProperties: false</c>) it reports a failing
    /// node without errors, given here as keyword "*", which matches any code at the same pointer.
    /// </summary>
    private static IEnumerable<(string Keyword, string Pointer)> Failures(EvaluationResults results)
    {
        foreach (EvaluationResults detail in results.Details ?? [])
        {
            string evaluationPath = detail.EvaluationPath.ToString();
            if (detail.IsValid || evaluationPath.Contains("/if/", StringComparison.Ordinal) || evaluationPath.EndsWith("/if", StringComparison.Ordinal))
            {
                continue;
            }

            string pointer = detail.InstanceLocation.ToString();
            IEnumerable<string> keywords = detail.Errors?.Keys.Where(k => k.Length > 0) ?? [];
            bool any = false;
            foreach (string keyword in keywords)
            {
                any = true;
                yield return (keyword, pointer);
            }

            if (!any)
            {
                yield return ("*", pointer);
            }
        }
    }

    private static string Describe(EvaluationResults results)
        => string.Join("\n", Failures(results).Select(f => $"{f.Keyword} at '{f.Pointer}'").Distinct());
}
