using System.Text;
using NodaTime;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Statistics;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Validation;

/// <summary>An organization whose chain of parents leads back to it is <c>organization.parentCycle</c>, once per cycle.</summary>
public sealed class ParentCycleTests
{
    private static readonly ValidationOptions Options = new() { Today = new LocalDate(2026, 1, 1) };

    [Theory]
    [InlineData("a>a", "a 1")]
    [InlineData("a>b b>a", "a 2")]
    [InlineData("b>a a>b", "a 2")]
    [InlineData("c>a a>b b>c", "a 3")]
    [InlineData("z>y y>x x>z", "x 3")]
    [InlineData("d>a a>b b>a c>d", "a 2")] // chains into a cycle: the cycle only
    [InlineData("a>b b>a c>d d>c e>e", "a 2|c 2|e 1")]
    [InlineData("a>b b>c c>d", "")] // a chain
    [InlineData("a>b b>c c>a d>b e>d", "a 3")]
    [InlineData("a>b b>missing", "")]
    [InlineData("a>p b>a", "")] // p is a person: the chain ends (reference.wrongType)
    public void Cycles_ReportedOnceOnTheSmallestId(string parents, string expected)
    {
        // Every input order of the records finds the same.
        string[] organizations = parents.Split(' ');
        foreach (string[] order in (string[][])[organizations, [.. organizations.Reverse()], [.. organizations.Skip(1), organizations[0]]])
        {
            Dataset dataset = Build(order);
            IEnumerable<Finding> cycles = DatasetValidator.Validate(dataset, Options).Findings.Where(e => e.Code == ValidationCodes.OrganizationParentCycle);

            Assert.Equal(
                expected.Length == 0 ? [] : expected.Split('|'),
                cycles.Select(e => $"{e.RecordId} {Length(e.Message)}").Order(StringComparer.Ordinal));
            Assert.All(cycles, e =>
            {
                Assert.Equal(Severity.Error, e.Severity);
                Assert.Equal($"/records/{dataset.Records.ToList().FindIndex(r => r.Id.Value == e.RecordId)}/parentId", e.Path);
            });
        }
    }

    [Fact]
    public void Messages_SayTheLengthOfTheCycle_NotTheNames()
    {
        string[] messages = [.. DatasetValidator.Validate(Build(["a>a", "b>c", "c>b"]), Options).Findings.Where(e => e.Code == ValidationCodes.OrganizationParentCycle).Select(e => e.Message)];

        Assert.Equal(["The organization is its own parent.", "The chain of parents leads back to this organization: a cycle of 2 organizations."], messages);
    }

    [Fact]
    public void Cycle_ThroughADuplicateId_FollowsTheRecordThatOwnsTheId()
    {
        // The first record with an id owns it: b is a person, so a's parent is not an organization and there is no
        // cycle, though the later organization b names a as its parent.
        Dataset dataset = DatasetOf(
            """{"type":"person","id":"b","name":"P","sources":[{"title":"T"}]}""",
            Organization("a", "b"),
            Organization("b", "a"));

        Assert.Equal(
            ["reference.wrongType /records/1/parentId", "dataset.duplicateId /records/2/id"],
            DatasetValidator.Validate(dataset, Options).Findings.Select(e => $"{e.Code} {e.Path}"));

        // And the other way round: the organization b owns the id, the later person b does not break the cycle.
        Dataset owned = DatasetOf(Organization("a", "b"), Organization("b", "a"), """{"type":"person","id":"b","name":"P","sources":[{"title":"T"}]}""");

        Assert.Equal(
            ["organization.parentCycle /records/0/parentId", "dataset.duplicateId /records/2/id"],
            DatasetValidator.Validate(owned, Options).Findings.Select(e => $"{e.Code} {e.Path}"));
    }

    [Fact]
    public void Finding_ComesAfterTheRecordsOwnAndItsReferences()
    {
        Dataset dataset = DatasetOf(
            """{"type":"organization","id":"a","kind":"ngo","name":" ","parentId":"a","affiliations":[{"organizationId":"missing"}],"sources":[{"title":"T"}]}""",
            Organization("b", "a"));

        Assert.Equal(
            ["text.blank /records/0/name", "reference.unresolved /records/0/affiliations/0/organizationId", "organization.parentCycle /records/0/parentId"],
            DatasetValidator.Validate(dataset, Options).Findings.Select(e => $"{e.Code} {e.Path}"));
    }

    [Fact]
    public async Task JsonLines_CycleFinding_HasTheLineAndRecordIdOfItsOrganization()
    {
        string lines = string.Join("\n", Organization("o-2", "o-1"), Organization("o-3", "o-2"), Organization("o-1", "o-3"));

        ValidationResult result = await DatasetValidator.ValidateJsonLinesAsync(new MemoryStream(Encoding.UTF8.GetBytes(lines)), Options);

        Finding cycle = Assert.Single(result.Findings);
        Assert.Equal((ValidationCodes.OrganizationParentCycle, "/parentId", 3, "o-1"), (cycle.Code, cycle.Path, cycle.Line, cycle.RecordId));
        Assert.Equal("The chain of parents leads back to this organization: a cycle of 3 organizations.", cycle.Message);
    }

    [Fact]
    public void LongChain_EndingInACycle_IsWalkedOnce()
    {
        // 20,000 organizations, each the parent of the next, the last the parent of the first: one cycle, found in
        // time linear in the number of organizations.
        const int Count = 20_000;
        Record[] records = [.. Enumerable.Range(0, Count).Select(i => Read(Organization($"o-{i:D5}", $"o-{(i + 1) % Count:D5}")))];

        Finding cycle = Assert.Single(DatasetValidator.Validate(new Dataset { FormatVersion = "1.0", Title = "T", Records = records }, Options).Findings);

        Assert.Equal(("o-00000", $"The chain of parents leads back to this organization: a cycle of {Count} organizations."), (cycle.RecordId, cycle.Message));
    }

    [Fact]
    public void RedactionAndStatistics_OfADatasetWithACycle_RefuseOrCountWithoutWalkingIt()
    {
        // Neither follows chains of parents (redaction looks at an organization's own parent only); a cycle is invalid
        // data, which redaction refuses with the finding, and statistics count as they come.
        Dataset dataset = Build(["a>b", "b>c", "c>a"]);

        RedactionResult redaction = Redactor.Redact(dataset, RedactionProfile.Public, Options);
        var statistics = new DatasetStatistics(new LocalDate(2026, 1, 1));
        foreach (Record record in dataset.Records)
        {
            statistics.Add(record);
        }

        Assert.False(redaction.Succeeded);
        Assert.Contains(redaction.Validation.Findings, e => e.Code == ValidationCodes.OrganizationParentCycle);
        Assert.Equal(3, statistics.Summarize().Records.Organizations);
    }

    // "a>b" is an organization a whose parent is b; "p" is a person.
    private static Dataset Build(string[] parents)
    {
        var records = new List<string>();
        foreach (string pair in parents)
        {
            string[] ends = pair.Split('>');
            records.Add(Organization(ends[0], ends[1]));
        }

        if (parents.Any(p => p.EndsWith(">p", StringComparison.Ordinal)))
        {
            records.Add("""{"type":"person","id":"p","name":"P","sources":[{"title":"T"}]}""");
        }

        return DatasetOf([.. records]);
    }

    private static string Organization(string id, string parent)
        => $$"""{"type":"organization","id":"{{id}}","kind":"ngo","name":"N","parentId":"{{parent}}","sources":[{"title":"T"}]}""";

    private static Dataset DatasetOf(params string[] records)
        => new() { FormatVersion = "1.0", Title = "T", Records = [.. records.Select(Read)] };

    private static Record Read(string json) => PoliticalEventsJson.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow();

    private static string Length(string message)
        => message.StartsWith("The organization is its own parent", StringComparison.Ordinal) ? "1" : message.Split("a cycle of ")[1].Split(' ')[0];
}
