using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Validation;

public sealed class StreamingValidatorTests
{
    private static PoliticalEvents.Record Read(string json) => PoliticalEventsJson.ReadRecord(System.Text.Encoding.UTF8.GetBytes(json)).GetValueOrThrow();

    [Fact]
    public void ErrorCount_CountsRecordErrorsNotWarnings_AsRecordsAreAdded()
    {
        using var validator = new StreamingValidator();
        validator.AddRecord(Read("""{"type":"person","id":"p-1","name":"A"}"""), line: 1);
        Assert.Equal(0, validator.ErrorCount); // no sources: a warning

        validator.AddRecord(Read("""{"type":"person","id":"p-2","name":"B","birthDate":"1990","deathDate":"1980","sources":[{"title":"L"}]}"""), line: 2);
        Assert.Equal(1, validator.ErrorCount); // death before birth, a rule of the record itself
    }

    [Fact]
    public void ErrorCount_LeavesDatasetRulesToComplete()
    {
        using var validator = new StreamingValidator();
        validator.AddRecord(Read("""{"type":"person","id":"p-1","name":"A","sources":[{"title":"L"}]}"""), line: 1);
        validator.AddRecord(Read("""{"type":"person","id":"p-1","name":"A","sources":[{"title":"L"}]}"""), line: 2);
        Assert.Equal(0, validator.ErrorCount);

        Finding duplicate = Assert.Single(validator.Complete().Findings);

        Assert.Equal((ValidationCodes.DatasetDuplicateId, "/id", 2, "p-1"), (duplicate.Code, duplicate.Path, duplicate.Line, duplicate.RecordId));
        Assert.Equal("The id is already used by the record at line 1.", duplicate.Message);
    }

    [Fact]
    public void Stop_SkipsReferenceChecks_AndEndsTheRun()
    {
        using var validator = new StreamingValidator();
        validator.AddRecord(Read("""{"type":"link","id":"l-1","kind":"relatedTo","fromId":"p-9","toId":"p-9","sources":[{"title":"L"}]}"""), line: 1);

        ValidationResult result = validator.Stop();

        Assert.Empty(result.Findings);
        Assert.Throws<InvalidOperationException>(() => validator.Complete());
    }

    [Fact]
    public void Complete_PutsDatasetFindingsAfterTheRecordsOwn_InRecordOrder()
    {
        using var validator = new StreamingValidator();
        validator.AddRecord(Read("""{"type":"link","id":"l-1","kind":"relatedTo","fromId":"x-1","toId":"p-1"}"""), "/records/0");
        validator.AddRecord(Read("""{"type":"person","id":"p-1","name":"A","sources":[{"title":"L"}]}"""), "/records/1");
        validator.AddRecord(Read("""{"type":"link","id":"l-2","kind":"relatedTo","fromId":"p-1","toId":"x-2","sources":[{"title":"L"}]}"""), "/records/2");

        string[] found = [.. validator.Complete().Findings.Select(e => $"{e.Path} {e.Code}")];

        Assert.Equal(
            [
                "/records/0 record.noSources",
                "/records/0/fromId reference.unresolved",
                "/records/2/toId reference.unresolved",
            ],
            found);
    }
}
