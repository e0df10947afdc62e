using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Validation;

public sealed class StreamingValidatorTests
{
    [Fact]
    public void ErrorCount_CountsErrorsNotWarnings_AsRecordsAreAdded()
    {
        var validator = new StreamingValidator();
        validator.AddRecord(PoliticalEventsJson.ReadRecord("""{"type":"person","id":"p-1","name":"A"}"""u8).GetValueOrThrow(), line: 1);
        Assert.Equal(0, validator.ErrorCount); // no sources: a warning

        validator.AddRecord(PoliticalEventsJson.ReadRecord("""{"type":"person","id":"p-1","name":"A","sources":[{"title":"L"}]}"""u8).GetValueOrThrow(), line: 2);
        Assert.Equal(1, validator.ErrorCount); // duplicate id
    }

    [Fact]
    public void Stop_SkipsReferenceChecks_AndEndsTheRun()
    {
        var validator = new StreamingValidator();
        validator.AddRecord(PoliticalEventsJson.ReadRecord("""{"type":"link","id":"l-1","kind":"relatedTo","fromId":"p-9","toId":"p-9","sources":[{"title":"L"}]}"""u8).GetValueOrThrow(), line: 1);

        ValidationResult result = validator.Stop();

        Assert.Empty(result.Errors);
        Assert.Throws<InvalidOperationException>(() => validator.Complete());
    }
}
