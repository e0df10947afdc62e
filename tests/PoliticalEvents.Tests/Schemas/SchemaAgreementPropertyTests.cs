using System.Text;
using System.Text.Json;
using CsCheck;
using Json.Schema;
using NodaTime;
using PoliticalEvents.Schemas;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Schemas;

/// <summary>For all generated valid datasets, the C# validator finds no error and the published schema accepts the written JSON.</summary>
public class SchemaAgreementPropertyTests
{
    private static readonly JsonSchema DatasetSchema = JsonSchema.FromText(PoliticalEventsSchemas.GetSchemaText("dataset"));

    private static readonly ValidationOptions Options = new() { Today = new LocalDate(2100, 1, 1) };

    [Fact]
    public void GeneratedValidDataset_PassesValidatorAndSchema()
        => RecordGenerators.Dataset.Sample(
            dataset =>
            {
                ValidationResult result = DatasetValidator.Validate(dataset, Options);
                Assert.True(result.Succeeded, string.Join("\n", result.Findings.Where(e => e.Severity == Severity.Error)));

                using JsonDocument json = JsonDocument.Parse(Encoding.UTF8.GetBytes(PoliticalEventsJson.ToJson(dataset)));
                EvaluationResults schema = DatasetSchema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
                // The failed branches of "if", "anyOf" and "oneOf" are not errors themselves: leave them out of the message.
                Assert.True(schema.IsValid, string.Join("\n", (schema.Details ?? []).Where(d => !d.IsValid && d.Errors is not null && !System.Text.RegularExpressions.Regex.IsMatch(d.EvaluationPath.ToString(), "/(if|anyOf|oneOf)(/|$)"))
                    .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Keys)}").Take(10)));
            },
            iter: 100,
            print: dataset => PoliticalEventsJson.ToJson(dataset));
}
