using NodaTime;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Statistics;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Examples;

/// <summary>
/// The cases format 1.0 could hold only by bending the truth (notes, placeholders, junk values, false warnings), written
/// in format 1.1 (fixtures/valid/format-1.1-cases.json, fictitious people): a mass arrest counted by two sources, a
/// death in custody with conflicting accounts, one man in four proceedings, an in-absentia sentence of someone never
/// detained, a charge requalified and one known only by name, fines and combined sentences up to 150 years, a suspended
/// sentence turned real, a facility shared by placements, date intervals, a governmental and a withdrawn designation.
/// </summary>
public sealed class Format11CasesTests
{
    private static readonly LocalDate Today = new(2026, 1, 1);

    private static Dataset Cases()
        => PoliticalEventsJson.ReadDataset(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "valid", "format-1.1-cases.json"))).GetValueOrThrow();

    [Fact]
    public void EveryCase_IsValidIn11_WithoutAFinding_AndWithoutNotesOrPlaceholders()
    {
        Dataset dataset = Cases();

        Assert.Empty(DatasetValidator.Validate(dataset, new ValidationOptions { Today = Today }).Findings);
        Assert.All(dataset.Records, record => Assert.Null(record.Notes));
        Assert.DoesNotContain(dataset.Records.OfType<Person>(), person => person.Anonymous);
        Assert.DoesNotContain(dataset.Records.OfType<Detention>().SelectMany(d => d.Charges), charge => charge.Article is "unspecified");
    }

    [Fact]
    public void DeclaredAs10_EachCaseIsRefusedWhereItUses11()
    {
        Dataset dataset = Cases() with { FormatVersion = "1.0" };

        Finding[] findings = [.. DatasetValidator.Validate(dataset, new ValidationOptions { Today = Today }).Findings];

        // Nothing but the version's findings, and one at least in every record that carries a case.
        Assert.All(findings, f => Assert.Contains(f.Code, (string[])[ValidationCodes.FormatVersionTooLow, ValidationCodes.TermOutOfRange]));
        string[] refused = [.. findings.Select(f => f.RecordId).Distinct()!];
        string[] carriers =
        [
            "colony-3", "protest-arrests", "defender-1", "defender-2", "dead-detention", "dead-incident", "defendant-detention",
            "case-a", "case-b", "case-c", "case-d", "case-absentia", "free-detention", "citizen-detention",
        ];
        Assert.Equal(carriers.Order(StringComparer.Ordinal), refused.Order(StringComparer.Ordinal));
        Assert.Contains(findings, f => f is { RecordId: "defendant-detention", Code: ValidationCodes.TermOutOfRange, Path: "/records/19/sentences/3/term" });
        Assert.Contains(findings, f => f is { RecordId: "defender-1", Path: "/records/15/startedOn" });
        Assert.Contains(findings, f => f is { RecordId: "citizen-detention", Path: "/records/26/startedOn" });
    }

    [Fact]
    public void Statistics_CountTheMassArrest_TheDeath_AndTheProceedings()
    {
        var statistics = new DatasetStatistics(Today);
        foreach (Record record in Cases().Records)
        {
            statistics.Add(record);
        }

        DatasetSummary summary = statistics.Summarize();

        Assert.Equal((1, 1400L, 1800L), (summary.MassDetentions.Total.Events, summary.MassDetentions.Total.PeopleLow, summary.MassDetentions.Total.PeopleHigh));
        Assert.Equal((1, 1), (summary.DeathsInCustody.Persons, summary.DeathsInCustody.ByCountry[CountryCode.Parse("BY")]));
        Assert.Equal((5, 5, 0), (summary.Proceedings.Total.Proceedings, summary.Proceedings.Total.Convicted, summary.Proceedings.Total.ProceedingsWithoutVerdict));
    }

    [Fact]
    public void PublicRedaction_KeepsTheMassArrestsCountsAndSources()
    {
        RedactionResult result = Redactor.Redact(Cases(), RedactionProfile.Public);

        MassDetention mass = Assert.Single(result.Dataset!.Records.OfType<MassDetention>());
        Assert.Equal([1800, 1400], mass.Counts.Select(c => c.Value));
        Assert.NotEmpty(mass.Sources);
    }
}
