using System.Text;
using CsCheck;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Validation;

/// <summary>
/// The public validation entries, which read through <see cref="DatasetReader"/>, against the whole-document and
/// line-by-line validators they replace (kept internal as the reference).
/// </summary>
public class ValidateThroughReaderTests
{
    private static readonly ValidationOptions Options = new() { Today = new NodaTime.LocalDate(2026, 1, 1) };

    private static byte[] Lines(Dataset dataset)
    {
        using var stream = new MemoryStream();
        JsonLines.WriteAsync(stream, dataset).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    private static string[] Shown(ValidationResult result) => [.. result.Findings.Select(static f => $"{f.Line} {f.Severity} {f.Code} {f.Path} {f.RecordId}")];

    [Fact]
    public void ValidDatasets_WithAndWithoutRuleFindings_SameFindingsAsTheReference()
    {
        // A dangling reference now and then, so that the dataset rules have something to say.
        Gen.Select(RecordGenerators.Dataset, Gen.Bool).Sample((dataset, dangle) =>
        {
            if (dangle && dataset.Records.OfType<Detention>().FirstOrDefault() is { } detention)
            {
                dataset = dataset with { Records = [.. dataset.Records.Select(r => r == detention ? detention with { SubjectId = new PersonId("nobody") } : r)] };
            }

            byte[] document = Encoding.UTF8.GetBytes(PoliticalEventsJson.ToJson(dataset));
            string[] expected = Shown(DatasetValidator.ValidateDocument(document, Options));
            Assert.Equal(expected, Shown(DatasetValidator.Validate(document, DatasetFormat.Detect, Options)));
            Assert.Equal(expected, Shown(DatasetValidator.ValidateAsync(new PoliticalEvents.Tests.Serialization.OneByteAtATimeStream(document), DatasetFormat.Document, Options).GetAwaiter().GetResult()));

            byte[] lines = Lines(dataset);
            string[] expectedLines = Shown(DatasetValidator.ValidateJsonLinesAsync(new MemoryStream(lines), Options).GetAwaiter().GetResult());
            Assert.Equal(expectedLines, Shown(DatasetValidator.Validate(lines, DatasetFormat.Detect, Options)));
            Assert.Equal(expectedLines, Shown(DatasetValidator.ValidateAsync(new MemoryStream(lines), DatasetFormat.JsonLines, Options).GetAwaiter().GetResult()));
        }, iter: 40);
    }

    [Fact]
    public void BrokenInput_RefusedExactlyWhenTheReferenceRefusesIt()
    {
        Gen.Select(RecordGenerators.Dataset, Gen.Bool, Gen.Int[0, 100_000], Gen.OneOf("\"x", "{", ",", "]", "null", "\"id\":1,")).Sample((dataset, asLines, at, spoiler) =>
        {
            byte[] bytes = asLines ? Lines(dataset) : Encoding.UTF8.GetBytes(PoliticalEventsJson.ToJson(dataset));
            int cut = at % (bytes.Length + 1);
            bytes = [.. bytes[..cut], .. Encoding.UTF8.GetBytes(spoiler), .. bytes[cut..]];
            DatasetFormat format = asLines ? DatasetFormat.JsonLines : DatasetFormat.Document;
            ValidationResult reference = asLines
                ? DatasetValidator.ValidateJsonLinesAsync(new MemoryStream(bytes), Options).GetAwaiter().GetResult()
                : DatasetValidator.ValidateDocument(bytes, Options);
            ValidationResult result = DatasetValidator.Validate(bytes, format, Options);
            Assert.Equal(reference.Succeeded, result.Succeeded);
            Assert.Equal(reference.Findings.Where(static f => f.Severity == Severity.Error).Select(static f => f.Code).Distinct().Order(), result.Findings.Where(static f => f.Severity == Severity.Error).Select(static f => f.Code).Distinct().Order());
        }, iter: 150);
    }

    [Fact]
    public async Task EmptyJsonLines_IsTheOneFinding()
    {
        ValidationResult result = await DatasetValidator.ValidateAsync(new MemoryStream(), DatasetFormat.JsonLines);
        Assert.Equal(ValidationCodes.JsonLinesEmpty, Assert.Single(result.Findings).Code);
    }
}
