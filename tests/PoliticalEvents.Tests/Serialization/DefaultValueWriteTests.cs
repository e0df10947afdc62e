using PoliticalEvents.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>Default values of the value types have no wire form; writing one is a programmer error, not silent bad output.</summary>
public class DefaultValueWriteTests
{
    [Fact]
    public void ToJson_RecordWithDefaultId_Throws()
    {
        var person = new Person { Id = default, Name = "A" };

        DatasetWriteException error = Assert.Throws<DatasetWriteException>(() => PoliticalEventsJson.ToJson(person));
        Assert.Contains(nameof(RecordId), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_SentenceWithDefaultTerm_Throws()
    {
        var detention = new Detention
        {
            Id = new RecordId("d1"),
            SubjectId = new PersonId("p1"),
            Country = PoliticalEvents.CountryCode.Parse("BY"),
            StartedOn = PoliticalEvents.PartialDate.Parse("2020"),
            Status = DetentionStatus.Ongoing,
            Sentences = [new Sentence { ImposedOn = PoliticalEvents.PartialDate.Parse("2021"), Kind = SentenceKind.Imprisonment, Term = default(Term) }],
        };

        Assert.Throws<DatasetWriteException>(() => PoliticalEventsJson.ToJson(detention));
    }
}
