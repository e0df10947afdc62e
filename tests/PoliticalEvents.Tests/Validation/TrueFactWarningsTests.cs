using System.Text;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Validation;

/// <summary>
/// Warnings that fired on true facts written the way sources write them no longer do: a sentence that does not deprive
/// of liberty given while the person was free, and a placement known to the month of the arrest. What is really out of
/// order still is.
/// </summary>
public sealed class TrueFactWarningsTests
{
    private static readonly ValidationOptions Options = new() { Today = new NodaTime.LocalDate(2026, 1, 1) };

    private static string[] Codes(string detentionTail)
    {
        Record detention = DatasetReader.ReadRecord(Encoding.UTF8.GetBytes(
            $$"""{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2023-03-29","status":"ongoing",{{detentionTail}}}""")).GetValueOrThrow();
        return [.. DatasetValidator.Validate(detention, Options).Findings.Select(f => $"{f.Severity} {f.Code}")];
    }

    [Theory]
    [InlineData("suspended", "\"term\":\"P2Y\"", false)]
    [InlineData("fine", null, false)]
    [InlineData("restrictedFreedom", "\"term\":\"P2Y\"", false)]
    [InlineData("imprisonment", "\"term\":\"P2Y\"", true)]
    [InlineData("houseArrest", "\"term\":\"P1Y\"", true)]
    public void SentenceBeforeTheDetention_WarnsOnlyWhenItDeprivesOfLiberty(string kind, string? term, bool warns)
    {
        string sentence = $$"""{"imposedOn":"2021-06","kind":"{{kind}}"{{(term is null ? "" : "," + term)}}}""";

        Assert.Equal(warns, Codes($"\"sentences\":[{sentence}]").Contains($"Warning {ValidationCodes.DetentionSentenceBeforeStart}"));
    }

    [Theory]
    [InlineData("2023-03~", false)]
    [InlineData("2023-03", false)]
    [InlineData("2023", false)]
    [InlineData("2023-03-29", false)]
    [InlineData("2023-02~", true)]
    public void PlacementFrom_KnownToTheMonthOfTheArrest_NoWarning(string from, bool warns)
        => Assert.Equal(warns, Codes($$"""
            "placements":[{"facility":"Pre-trial detention centre No. 1","from":"{{from}}"}]
            """).Contains($"Warning {ValidationCodes.DetentionPlacementOutside}"));

    [Fact]
    public void PlacementCertainlyBeforeTheArrest_IsStillAnError()
        => Assert.Contains($"Error {ValidationCodes.DetentionPlacementOutside}", Codes("""
            "placements":[{"facility":"Pre-trial detention centre No. 1","from":"2023-02-01"}]
            """));
}
