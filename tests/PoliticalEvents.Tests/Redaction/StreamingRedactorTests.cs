using PoliticalEvents.Redaction;
using Xunit;
using static PoliticalEvents.Tests.Redaction.RedactionSample;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Redaction;

public sealed class StreamingRedactorTests
{
    // Redacts the records pass after pass, as a caller reading a file would; returns the final pass's output.
    private static (Record[] Kept, Finding[] Entries, int Passes) RunPasses(IReadOnlyList<Record> records)
    {
        var redactor = new StreamingRedactor(RedactionProfile.Public);
        while (true)
        {
            var kept = new List<Record>();
            var entries = new List<Finding>();
            foreach (Record record in records)
            {
                RecordRedaction redaction = redactor.Redact(record);
                Assert.Equal(redaction.Record is null, redaction.Dropped);
                kept.AddRange(redaction.Record is { } k ? [k] : []);
                entries.AddRange(redaction.Findings);
            }

            if (redactor.EndPass())
            {
                Assert.Equal((records.Count, kept.Count), (redactor.RecordsRead, redactor.RecordsKept));
                Assert.Equal(entries.Count, redactor.Counts.Values.Sum());
                return ([.. kept], [.. entries], redactor.Pass);
            }
        }
    }

    [Fact]
    public void RecordsAfterWhatTheyReference_TakeOnePass()
    {
        (_, _, int passes) = RunPasses(Marked(Confidentiality.Confidential, "person-a", "person-c", "org-us").Records);

        Assert.Equal(1, passes);
    }

    [Fact]
    public void RecordsBeforeWhatTheyReference_TakeMorePasses_AndGiveTheSameRecords()
    {
        // Reversed, the link to det-a comes before det-a, which comes before its confidential subject: the first pass
        // learns that the subject is dropped, the second that the detention is, the third drops the link and is final.
        Dataset input = Marked(Confidentiality.Confidential, "person-a", "org-party");
        (Record[] forward, Finding[] forwardEntries, _) = RunPasses(input.Records);

        (Record[] backward, Finding[] backwardEntries, int passes) = RunPasses([.. input.Records.Reverse()]);

        Assert.Equal(3, passes);
        Assert.Equal(forward.Reverse(), backward);
        Assert.Equal(forwardEntries.Select(e => e.ToString()).Order(), backwardEntries.Select(e => e.ToString()).Order());
    }

    [Fact]
    public void AnonymousPersonAfterTheirDetention_TakesAnotherPass_AndTheDetentionIsReduced()
    {
        Record[] records = [.. Input.Records.Reverse()];

        (Record[] kept, _, int passes) = RunPasses(records);

        Assert.Equal(2, passes);
        Assert.Empty(Assert.IsType<Detention>(kept.Single(r => r.Id.Value == "det-b")).Placements);
    }

    [Fact]
    public void NothingToLearn_OnePass_InAnyOrder()
    {
        Record[] records = [.. Input.Records.Where(r => r is not Person { Anonymous: true } && r.Id.Value is not ("det-b" or "link-b")).Reverse()];

        (Record[] kept, Finding[] entries, int passes) = RunPasses(records);

        Assert.Equal(1, passes);
        Assert.Empty(entries);
        Assert.Equal(records, kept);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    public void ChainOfLinksEachBeforeTheOneItNames_TakeAPassPerLink(int length)
    {
        // chain-0 → chain-1 → … → det-a, whose subject is confidential; each link comes before the one it names.
        Link[] chain = [.. Enumerable.Range(0, length).Select(i => new Link
        {
            Id = new($"chain-{i}"),
            Kind = LinkKind.RelatedTo,
            FromId = i + 1 < length ? new RecordId($"chain-{i + 1}") : new RecordId("det-a"),
            ToId = new("rel-1"),
        })];
        Record[] records = [.. chain, .. Marked(Confidentiality.Confidential, "person-a").Records];

        (Record[] kept, _, int passes) = RunPasses(records);

        Assert.Equal(length + 1, passes);
        Assert.DoesNotContain(kept, r => r.Id.Value.StartsWith("chain-", StringComparison.Ordinal));
        Assert.Equal(1, RunPasses([.. records.Skip(length), .. chain.Reverse()]).Passes);
    }

    [Fact]
    public void Redact_GivesTheRecordsPlaceToEachEntry()
    {
        var redactor = new StreamingRedactor(RedactionProfile.Public);

        RecordRedaction redaction = redactor.Redact(Get<Person>(Input, "person-b"), "", 7);

        Assert.All(redaction.Findings, e => Assert.Equal((7, "person-b"), (e.Line, e.RecordId)));
        Assert.Equal("/identifiers", redaction.Findings[0].Path);
        Assert.Equal("7: info field.removed.identifiers /identifiers Removed from an anonymous person, who is counted but never identified.", redaction.Findings[0].ToString());
    }

    [Fact]
    public void AfterTheFinalPass_TheRedactorRefusesMore()
    {
        var redactor = new StreamingRedactor(RedactionProfile.Public);
        redactor.Redact(Get<Person>(Input, "person-c"));
        Assert.True(redactor.EndPass());

        Assert.Throws<InvalidOperationException>(() => redactor.Redact(Get<Person>(Input, "person-c")));
        Assert.Throws<InvalidOperationException>(() => redactor.EndPass());
    }

    [Fact]
    public void StalePass_StartsTheCountsOver_AndRemembersTheDroppedIds()
    {
        var redactor = new StreamingRedactor(RedactionProfile.Public);
        Record[] records = [Get<Detention>(Input, "det-a"), Get<Person>(Input, "person-a") with { Confidentiality = Confidentiality.Confidential }];
        foreach (Record record in records)
        {
            redactor.Redact(record);
        }

        Assert.Equal((2, 1, 1), (redactor.RecordsRead, redactor.RecordsDropped, redactor.DroppedIdCount));
        Assert.False(redactor.EndPass());
        Assert.Equal((0, 0, 2, 0), (redactor.RecordsRead, redactor.RecordsKept, redactor.Pass, redactor.Counts.Count));

        Assert.True(redactor.Redact(records[0]).Dropped);
        Assert.Equal(2, redactor.DroppedIdCount);
    }

    [Fact]
    public void InputThatDoesNotValidate_StillNeverGetsAConfidentialRecordOrAnAnonymousNameOut()
    {
        // Direct use without validation: an anonymous person with a name (invalid) and a reference to nothing.
        var redactor = new StreamingRedactor(RedactionProfile.Public);
        Person named = new()
        {
            Id = new("p-1"),
            Anonymous = true,
            Name = "Zygmunt Kowalczyk",
            Names = [new ActorName { Value = "Зыгмунт" }],
            Affiliations = [new Affiliation { OrganizationId = new("nowhere") }],
        };

        Person person = Assert.IsType<Person>(redactor.Redact(named).Record);
        RecordRedaction secret = redactor.Redact(Get<Person>(Input, "person-c") with { Confidentiality = Confidentiality.Confidential });

        Assert.Equal((null, 0, 0), (person.Name, person.Names.Count, person.Affiliations.Count));
        Assert.True(secret.Dropped);
        Assert.True(redactor.EndPass());
    }
}
