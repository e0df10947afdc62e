using System.Text;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Validation;

/// <summary>
/// The rules against a subject's death (format 1.1): a detention is not ongoing once its subject has died and does not
/// end after the death, no release comes after it, and an end by death agrees with the death date. They apply to
/// datasets that declare 1.1, whatever the order of the records and whether the index stays in memory or spills; a
/// dataset that declares 1.0 is not checked against them.
/// </summary>
public sealed class DeathRulesTests
{
    private static readonly ValidationOptions Options = new() { Today = new NodaTime.LocalDate(2026, 1, 1) };

    private const string Dead = """{"type":"person","id":"p1","name":"A","deathDate":"2024-02-16","sources":[{"title":"S"}]}""";

    private const string Alive = """{"type":"person","id":"p1","name":"A","sources":[{"title":"S"}]}""";

    private static string Detention(string rest)
        => $$"""{"type":"detention","id":"d1","subjectId":"p1","country":"RU","startedOn":"2021-01-17",{{rest}},"sources":[{"title":"S"}]}""";

    private static string Release(string on)
        => $$"""{"type":"release","id":"r1","releasedOn":"{{on}}","kind":"exchange","detainees":[{"subjectId":"p1"}],"sources":[{"title":"S"}]}""";

    public static TheoryData<string, string, string, string?> Cases => new()
    {
        // name, person, other record, expected "severity code path" (null: none of the death rules' findings)
        { "ongoing after death", Dead, Detention("\"status\":\"ongoing\""), "Error detention.ongoingAfterDeath /records/1/status" },
        { "ends after death", Dead, Detention("\"endedOn\":\"2024-05\",\"status\":\"ended\""), "Error detention.endsAfterDeath /records/1/endedOn" },
        { "ends in the year of death", Dead, Detention("\"endedOn\":\"2024\",\"status\":\"ended\""), null },
        { "ends on the day of death", Dead, Detention("\"endedOn\":\"2024-02-16\",\"status\":\"ended\",\"endReason\":\"death\""), null },
        { "death, other date", Dead, Detention("\"endedOn\":\"2023-11\",\"status\":\"ended\",\"endReason\":\"death\""), "Warning detention.deathDateMismatch /records/1/endReason" },
        { "death, no death date", Alive, Detention("\"endedOn\":\"2024-02-16\",\"status\":\"ended\",\"endReason\":\"death\""), "Warning detention.deathDateMismatch /records/1/endReason" },
        { "released after death", Dead, Release("2024-06"), "Error release.afterDeath /records/1/detainees/0" },
        { "released before death", Dead, Release("2023-06"), null },
        { "released in the month of death", Dead, Release("2024-02"), null },
        { "ongoing, alive", Alive, Detention("\"status\":\"ongoing\""), null },
    };

    private static readonly string[] Codes =
    [
        ValidationCodes.DetentionOngoingAfterDeath, ValidationCodes.DetentionEndsAfterDeath,
        ValidationCodes.DetentionDeathDateMismatch, ValidationCodes.ReleaseAfterDeath,
    ];

    private static string[] DeathFindings(IEnumerable<Finding> findings)
        => [.. findings.Where(f => Codes.Contains(f.Code)).Select(f => $"{f.Severity} {f.Code} {f.Path}")];

    private static Record Read(string json) => DatasetReader.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow();

    private static ValidationResult Run(string version, IEnumerable<Record> records, ValidationOptions options)
    {
        using var validator = new StreamingValidator(options);
        validator.AddHeader(new Dataset { FormatVersion = version, Title = "T", Records = [] });
        int index = 0;
        foreach (Record record in records)
        {
            validator.AddRecord(record, $"/records/{index++}");
        }

        return validator.Complete();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void In11_TheRuleFinds_InEitherOrder_InMemoryOrSpilled(string name, string person, string other, string? expected)
    {
        Record[] records = [Read(person), Read(other)];
        string[] wanted = expected is null ? [] : [expected];

        Assert.True(wanted.SequenceEqual(DeathFindings(Run("1.1", records, Options).Findings)), name);
        Assert.True(wanted.SequenceEqual(DeathFindings(Run("1.1", records, new ValidationOptions { Today = Options.Today, IndexMemoryLimit = 1 }).Findings)), name + ", spilled");

        // The other record first: its pointer is then /records/0.
        string[] reversed = [.. wanted.Select(w => w.Replace("/records/1", "/records/0", StringComparison.Ordinal))];
        Assert.True(reversed.SequenceEqual(DeathFindings(Run("1.1", [records[1], records[0]], Options).Findings)), name + ", reversed");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void In10_NotChecked_A10FileStaysValidAsItWas(string name, string person, string other, string? expected)
    {
        _ = expected;
        Record[] records = [Read(person), Read(other)];

        Assert.True(DeathFindings(Run("1.0", records, Options).Findings).Length == 0, name);
    }

    [Fact]
    public void DocumentDeclaring11_AfterItsRecords_IsChecked()
    {
        byte[] document = Encoding.UTF8.GetBytes($$"""{"records":[{{Dead}},{{Detention("\"status\":\"ongoing\"")}}],"title":"T","formatVersion":"1.1"}""");

        Assert.Equal(["Error detention.ongoingAfterDeath /records/1/status"], DeathFindings(DatasetValidator.Validate(document, DatasetFormat.Document, Options).Findings));
    }
}
