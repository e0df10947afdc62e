using CsCheck;
using NodaTime;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Validation;

/// <summary>
/// <see cref="StreamingValidator.TakeFindings"/> hands the findings over as they are found: taken together with what
/// <see cref="StreamingValidator.Complete"/> returns, they are the findings of a run that took none.
/// </summary>
public sealed class TakeFindingsTests
{
    private static readonly LocalDate Today = new(2026, 1, 1);

    // Generated datasets made messy: records dropped (dangling references), repeated (duplicate ids) and shuffled
    // (forward references), some without sources (a warning each).
    private static readonly Gen<Record[]> MessyRecords =
        from dataset in RecordGenerators.Dataset
        from keep in Gen.Int[0, 9].Array[dataset.Records.Count]
        from repeats in Gen.Int[0, dataset.Records.Count - 1].Array[0, 3]
        from order in Gen.Int.Array[dataset.Records.Count + 3]
        from unsourced in Gen.Int[0, 3].Array[dataset.Records.Count + 3]
        select (Record[])
        [
            .. dataset.Records.Where((_, i) => keep[i] > 0).Concat(repeats.Select(i => dataset.Records[i]))
                .Select((record, i) => (record: unsourced[i] == 0 ? record with { Sources = [] } : record, key: order[i % order.Length] ^ i))
                .OrderBy(x => x.key)
                .Select(x => x.record),
        ];

    private static Record Read(string json) => PoliticalEventsJson.ReadRecord(System.Text.Encoding.UTF8.GetBytes(json)).GetValueOrThrow();

    [Fact]
    public void TakenAfterEachRecord_PlusComplete_AreTheFindingsOfARunThatTookNone()
    {
        int withDatasetFindings = 0;
        MessyRecords.Sample(
            records =>
            {
                var options = new ValidationOptions { Today = Today };
                using var whole = new StreamingValidator(options);
                using var streamed = new StreamingValidator(options);
                var taken = new List<Finding>();
                for (int i = 0; i < records.Length; i++)
                {
                    whole.AddRecord(records[i], line: i + 1);
                    streamed.AddRecord(records[i], line: i + 1);
                    int before = taken.Count;
                    streamed.TakeFindings(taken.Add);

                    // What a record's own rules find is handed over at once, and only that record's.
                    Assert.All(taken.Skip(before), f => Assert.Equal(i + 1, f.Line));
                    Assert.Equal(taken.Count(static f => f.Severity == Severity.Error), streamed.ErrorCount);
                }

                IReadOnlyList<Finding> all = whole.Complete().Findings;
                IReadOnlyList<Finding> rest = streamed.Complete().Findings;

                Assert.Equal(Key(all), Key([.. taken, .. rest]));
                withDatasetFindings += rest.Count > 0 ? 1 : 0;
            },
            iter: 80,
            threads: 1,
            print: records => string.Join("\n", records.Select(r => PoliticalEventsJson.ToJson(r))));

        // The property must meet runs where the rules across records find something (they come last).
        Assert.True(withDatasetFindings >= 10, $"{withDatasetFindings} runs with findings of the dataset rules");

        static List<string> Key(IEnumerable<Finding> findings)
            => [.. findings.Select(static f => $"{f.Line} {f.Code} {f.Path} {f.RecordId} {f.Message}").Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Taken_AreForgotten_SoCompleteReturnsOnlyTheDatasetRules()
    {
        using var validator = new StreamingValidator(new ValidationOptions { Today = Today });
        validator.AddRecord(Read("""{"type":"person","id":"p-1","name":"A"}"""), line: 1); // no sources: a warning
        validator.AddRecord(Read("""{"type":"person","id":"p-1","name":"B","birthDate":"1990","deathDate":"1980","sources":[{"title":"L"}]}"""), line: 2);
        var taken = new List<Finding>();

        validator.TakeFindings(taken.Add);
        validator.TakeFindings(taken.Add); // nothing new

        Assert.Equal([ValidationCodes.RecordNoSources, ValidationCodes.PersonDeathBeforeBirth], taken.Select(static f => f.Code));
        Assert.Equal(1, validator.ErrorCount);
        Finding duplicate = Assert.Single(validator.Complete().Findings);
        Assert.Equal((ValidationCodes.DatasetDuplicateId, 2), (duplicate.Code, duplicate.Line));
    }

    [Fact]
    public void OfADocument_A11FindingWaitsForTheMetadata()
    {
        // A document's metadata may come after its records: what a record uses of format 1.1 is an error only if the
        // metadata says 1.0, so it is not handed over before then.
        using var validator = new StreamingValidator(new ValidationOptions { Today = Today });
        validator.AddRecord(Read("""{"type":"person","id":"p-1","name":"A","modifiedAt":"2025-01-01T00:00:00Z","sources":[{"title":"L"}]}"""), "/records/0", 3);
        var taken = new List<Finding>();
        validator.TakeFindings(taken.Add);
        Assert.Empty(taken);

        validator.AddHeader(new Dataset { FormatVersion = "1.0", Title = "T", Records = [] }, 1);
        validator.TakeFindings(taken.Add);

        Finding gate = Assert.Single(taken);
        Assert.Equal(("/records/0/modifiedAt", Severity.Error), (gate.Path, gate.Severity));
    }
}
