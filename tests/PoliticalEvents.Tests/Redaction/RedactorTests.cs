using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;
using static PoliticalEvents.Tests.Redaction.RedactionSample;

namespace PoliticalEvents.Tests.Redaction;

/// <summary>Each rule of the public profile on the sample (record indexes: see <see cref="RedactionSample.Json"/>).</summary>
public sealed class RedactorTests
{
    // What the sample gives with nothing marked: its anonymous person (6), their detention (9) and the link from them (14).
    private static readonly string[] AnonymousLines =
    [
        "field.removed.identifiers /records/6/identifiers",
        "field.removed.affiliations /records/6/affiliations",
        "field.removed.birthDate /records/6/birthDate",
        "field.removed.notes /records/6/notes",
        "field.removed.sources /records/6/sources",
        "field.removed.placements /records/9/placements",
        "field.removed.conditions /records/9/conditions",
        "field.removed.notes /records/9/notes",
        "field.removed.sources /records/9/sources",
        "field.removed.notes /records/14/notes",
        "field.removed.sources /records/14/sources",
    ];

    [Fact]
    public void NothingMarked_ReducesOnlyTheAnonymousPersonAndTheRecordsAboutThem()
    {
        (Dataset output, RedactionReport report) = Redact(Input);

        Assert.Equal(AnonymousLines, Lines(report));
        Assert.Equal(IdsOf(Input), IdsOf(output));
        Assert.Equal((15, 15, 0, 1), (report.RecordsRead, report.RecordsKept, report.RecordsDropped, report.Passes));
        Assert.Equal(Input with { Records = [] }, output with { Records = [] });
        foreach (string id in new[] { "org-state", "person-a", "det-a", "rel-1", "san-1", "link-1" })
        {
            Assert.Equal(Get<Record>(Input, id), Get<Record>(output, id));
        }
    }

    [Fact]
    public void AnonymousPerson_KeepsWhatCountsThem_AndNothingThatNamesOrPointsToThem()
    {
        Person person = Get<Person>(Redact(Input).Output, "person-b");

        Person expected = new()
        {
            Id = new("person-b"),
            Anonymous = true,
            Roles = ["activist"],
            Gender = Gender.Male,
            DeathDate = PartialDate.Parse("2024-02"),
            Nationalities = [CountryCode.Parse("BY")],
        };
        Assert.Equal(expected, person);
    }

    [Fact]
    public void RecordsAboutAnAnonymousPerson_AreReduced_AndSaySo()
    {
        (Dataset output, RedactionReport report) = Redact(Input);

        Detention detention = Get<Detention>(output, "det-b");
        Assert.Equal((0, 0, 0, null), (detention.Placements.Count, detention.Conditions.Count, detention.Sources.Count, detention.Notes));
        Assert.Equal(DetentionStatus.Ongoing, detention.Status);
        Assert.Equal((null, 0), (Get<Link>(output, "link-b").Notes, Get<Link>(output, "link-b").Sources.Count));
        Assert.All(report.Findings.Where(e => e.RecordId == "det-b"), e => Assert.Equal("Removed from a record about a person who must stay anonymous.", e.Message));
        Assert.All(report.Findings.Where(e => e.RecordId == "person-b"), e => Assert.Equal("Removed from an anonymous person, who is counted but never identified.", e.Message));
    }

    [Fact]
    public void RecordsThatNameAnAnonymousPerson_LoseNotesAndQuotes_AndKeepTheirSources()
    {
        Dataset input = Input with
        {
            Records = [.. Input.Records.Select(r => r switch
            {
                Release release => release with { Detainees = [.. release.Detainees, new ReleasedDetainee { SubjectId = new("person-b") }] },
                SanctionMeasure measure => measure with { Targets = [.. measure.Targets, SanctionTarget.ForActor(new("person-b"))], Notes = "Listed in 2021." },
                _ => r,
            })],
        };

        (Dataset output, RedactionReport report) = Redact(input);

        Assert.Equal(
            Order([.. AnonymousLines, "field.removed.notes /records/10/notes", "field.removed.quote /records/10/sources/0/quote", "field.removed.notes /records/11/notes", "field.removed.quote /records/11/history/0/sources/0/quote"]),
            Order(Lines(report)));
        Release release = Get<Release>(output, "rel-1");
        Assert.Equal((3, "Freed", null), (release.Detainees.Count, release.Sources[0].Title, release.Notes));
        Assert.All(report.Findings.Where(e => e.RecordId is "rel-1" or "san-1"), e => Assert.Equal("Removed from a record that names a person who must stay anonymous.", e.Message));
    }

    [Fact]
    public void ConfidentialPerson_TakesTheirDetentionAndWhatLinksToIt_LeavesTheReleaseAndItsCount()
    {
        (Dataset output, RedactionReport report) = Redact(Marked(Confidentiality.Confidential, "person-a"));

        Assert.Equal(
            [
                "record.dropped.confidential /records/5",
                .. AnonymousLines[..5],
                "record.dropped.dangling /records/8/subjectId",
                .. AnonymousLines[5..9],
                "entry.removed.dangling /records/10/detainees/0",
                "record.dropped.dangling /records/13/toId",
                .. AnonymousLines[9..],
            ],
            Lines(report));
        Assert.DoesNotContain("person-a", IdsOf(output));
        Release release = Get<Release>(output, "rel-1");
        Assert.Equal("person-c", Assert.Single(release.Detainees).SubjectId.Value);
        Assert.Equal(123, release.ReportedCount!.Value);
    }

    [Fact]
    public void EveryDetaineeDropped_DropsTheRelease_AndTheLinksThatNeedIt_Transitively()
    {
        (Dataset output, RedactionReport report) = Redact(Marked(Confidentiality.Confidential, "person-a", "person-c"));

        string[] dropped = [.. report.Findings.Where(e => e.Code.StartsWith("record.dropped.", StringComparison.Ordinal)).Select(e => $"{e.Code} {e.Path}")];
        Assert.Equal(
            [
                "record.dropped.confidential /records/5",
                "record.dropped.confidential /records/7",
                "record.dropped.dangling /records/8/subjectId",
                "record.dropped.noDetainees /records/10/detainees",
                "record.dropped.dangling /records/12/fromId",
                "record.dropped.dangling /records/13/fromId",
                "record.dropped.dangling /records/14/toId",
            ],
            dropped);
        Assert.Equal(["org-state", "org-court", "org-party", "org-ngo", "org-us", "person-b", "det-b", "san-1"], IdsOf(output));
    }

    [Fact]
    public void ConfidentialDetention_LeavesThePersonAndTheRelease_WithoutTheReferenceToIt()
    {
        (Dataset output, RedactionReport report) = Redact(Marked(Confidentiality.Confidential, "det-a"));

        Assert.Contains("reference.removed.dangling /records/10/detainees/0/detentionId", Lines(report));
        Assert.Contains("record.dropped.dangling /records/13/toId", Lines(report));
        ReleasedDetainee detainee = Get<Release>(output, "rel-1").Detainees[0];
        Assert.Equal(("person-a", null, "UA"), (detainee.SubjectId.Value, detainee.DetentionId, detainee.Destination?.ToString()));
        Assert.Contains("person-a", IdsOf(output));
    }

    [Theory]
    [InlineData(0, new[] { "reference.removed.dangling /records/1/parentId", "reference.removed.dangling /records/8/authorityId", "reference.removed.dangling /records/10/authorityId" })]
    [InlineData(1, new[] { "reference.removed.dangling /records/8/sentences/0/courtId" })]
    [InlineData(2, new[] { "entry.removed.dangling /records/5/affiliations/0", "entry.removed.dangling /records/11/targets/0" })]
    [InlineData(3, new[] { "reference.removed.dangling /records/8/designations/0/byId" })]
    public void ConfidentialOrganization_OptionalReferencesAndListEntriesGo_TheRecordsStay(int index, string[] expected)
    {
        (Dataset output, RedactionReport report) = Redact(Marked(Confidentiality.Confidential, Input.Records[index].Id.Value));

        Assert.Equal(Order([$"record.dropped.confidential /records/{index}", .. expected, .. AnonymousLines]), Order(Lines(report)));
        Assert.Equal(Input.Records.Count - 1, output.Records.Count);
    }

    [Fact]
    public void ConfidentialOrganization_KeepsTheWordsThatNameItWhereTheFormatHasThem()
    {
        Dataset output = Redact(Marked(Confidentiality.Confidential, "org-court", "org-ngo")).Output;

        Detention detention = Get<Detention>(output, "det-a");
        Assert.Equal(("Examplia City Court", null), (detention.Sentences[0].Court, detention.Sentences[0].CourtId));
        Assert.Equal(("Example Watch", null), (detention.Designations[0].By, detention.Designations[0].ById));
    }

    [Fact]
    public void ConfidentialImposer_DropsTheMeasure_AndTheLinksThatNeedIt()
    {
        RedactionReport report = Redact(Marked(Confidentiality.Confidential, "org-us")).Report;

        Assert.Contains("record.dropped.dangling /records/11/imposedById", Lines(report));
        Assert.Contains("record.dropped.dangling /records/12/toId", Lines(report));
        Assert.Contains("record.dropped.dangling /records/13/fromId", Lines(report));
    }

    [Fact]
    public void MeasureWhoseOnlyTargetsAreDropped_IsDropped()
    {
        Dataset input = Marked(Confidentiality.Confidential, "org-party");
        input = input with { Records = [.. input.Records.Select(r => r is SanctionMeasure m ? m with { Targets = [m.Targets[0]] } : r)] };

        (Dataset output, RedactionReport report) = Redact(input);

        Assert.Contains("record.dropped.noTargets /records/11/targets", Lines(report));
        Assert.DoesNotContain("san-1", IdsOf(output));
        Assert.DoesNotContain("link-1", IdsOf(output));
    }

    [Fact]
    public void ConfidentialAsserter_RemovesOnlyTheLinksReferenceToIt()
    {
        Dataset input = Input with
        {
            Records = [.. Input.Records, new Organization { Id = new("org-envoy"), Kind = OrganizationKind.GovernmentBody, Name = "Envoy", Country = CountryCode.Parse("US"), Confidentiality = Confidentiality.Confidential, Sources = [new() { Title = "S" }] }],
        };
        input = input with { Records = [.. input.Records.Select(r => r.Id.Value == "link-1" ? ((Link)r) with { AssertedById = new("org-envoy") } : r)] };

        (Dataset output, RedactionReport report) = Redact(input);

        Assert.Contains("reference.removed.dangling /records/12/assertedById", Lines(report));
        Link link = Get<Link>(output, "link-1");
        Assert.Equal(("US officials", null), (link.AssertedBy, link.AssertedById));
    }

    [Fact]
    public void RestrictedRecords_LoseBirthDatePlacementsConditionsNotesAndQuotes_AndKeepTheRest()
    {
        string[] all = [.. IdsOf(Input)];

        (Dataset output, RedactionReport report) = Redact(Marked(Confidentiality.Restricted, all));

        Assert.Equal(IdsOf(Input), IdsOf(output));
        Assert.All(output.Records, r => Assert.Equal(Confidentiality.Restricted, r.Confidentiality));
        Assert.All(output.Records, r => Assert.Null(r.Notes));
        Assert.All(output.Records.SelectMany(r => r.Sources), s => Assert.Null(s.Quote));

        Person anna = Get<Person>(output, "person-a");
        Person before = Get<Person>(Input, "person-a");
        Assert.Null(anna.BirthDate);
        Assert.Equal(before with { BirthDate = null, Notes = null, Sources = [before.Sources[0] with { Quote = null }], Confidentiality = Confidentiality.Restricted }, anna);

        Detention detention = Get<Detention>(output, "det-a");
        Detention detained = Get<Detention>(Input, "det-a");
        Assert.Equal(detained with { Placements = [], Conditions = [], Notes = null, Sources = [detained.Sources[0] with { Quote = null }], Confidentiality = Confidentiality.Restricted }, detention);

        SanctionMeasure measure = Get<SanctionMeasure>(output, "san-1");
        Assert.Null(measure.History[0].Sources[0].Quote);
        Assert.Equal(("Repression.", "Order"), (measure.Reason, measure.History[0].Sources[0].Title));
        Assert.Contains("field.removed.quote /records/11/history/0/sources/0/quote", Lines(report));

        Release release = Get<Release>(output, "rel-1");
        Assert.Equal(Get<Release>(Input, "rel-1").Detainees, release.Detainees);
        Assert.Equal(("US officials", "org-us"), (Get<Link>(output, "link-1").AssertedBy, Get<Link>(output, "link-1").AssertedById?.Value));
        // The sources of the anonymous person's detention and link go for anonymity, which restriction does not ask.
        Assert.All(report.Findings.Where(e => e.RecordId != "person-b" && e.Code != RedactionCodes.FieldRemovedSources), e => Assert.Equal("Removed from a restricted record.", e.Message));
        Assert.Equal(["det-b", "link-b"], report.Findings.Where(e => e.Code == RedactionCodes.FieldRemovedSources && e.RecordId != "person-b").Select(e => e.RecordId));
    }

    [Fact]
    public void Redacted_RedactedAgain_ChangesNothing()
    {
        Dataset once = Redact(Marked(Confidentiality.Restricted, "det-a", "san-1")).Output;
        once = Redact(once with { Records = [.. once.Records.Select(r => r.Id.Value == "person-c" ? r with { Confidentiality = Confidentiality.Confidential } : r)] }).Output;

        (Dataset twice, RedactionReport report) = Redact(once);

        Assert.Equal(once, twice);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void InvalidInput_IsRefused_WithItsFindings_AndNoOutput()
    {
        Dataset input = Input with { Records = [.. Input.Records.Where(r => r.Id.Value != "org-us")] };

        RedactionResult result = Redactor.Redact(input, RedactionProfile.Public, Options);

        Assert.False(result.Succeeded);
        Assert.Null(result.Dataset);
        Assert.Null(result.Report);
        Assert.Contains(result.Validation.Findings, e => e.Code == ValidationCodes.ReferenceUnresolved && e.Path == "/records/10/imposedById");
        Assert.StartsWith("refused: ", result.ToString());
    }

    [Fact]
    public void InputWithWarningsOnly_IsRedacted_AndTheWarningsAreHandedBack()
    {
        Dataset input = Input with { Records = [.. Input.Records.Select(r => r.Id.Value == "person-c" ? r with { Sources = [] } : r)] };

        RedactionResult result = Redactor.Redact(input, RedactionProfile.Public, Options);

        Assert.True(result.Succeeded);
        Assert.Equal(0, result.Validation.ErrorCount);
        Assert.Equal(1, result.Validation.WarningCount);
    }

    [Fact]
    public void Report_LocatesEachEntry_AndItsTextNamesNoOne()
    {
        RedactionReport report = Redact(Marked(Confidentiality.Confidential, "person-a")).Report;

        Finding first = report.Findings[0];
        Assert.Equal(("person-a", "/records/5", null), (first.RecordId, first.Path, first.Line));
        Assert.Equal("info record.dropped.confidential /records/5 The record is confidential: it is never published.", first.ToString());
        Assert.Equal(3, report.Counts[RedactionCodes.RecordDroppedConfidential] + report.Counts[RedactionCodes.RecordDroppedDangling]);
        Assert.Equal("15 read, 12 kept, 3 dropped; 15 entries", report.ToString());
        string text = string.Join("\n", report.Findings.Select(e => e.Message)) + report;
        foreach (string value in new[] { "Anna", "Example", "Homiel", "Colony", "sister", "night", "Letters", "1234", "regional", "Q42" })
        {
            Assert.DoesNotContain(value, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Profiles_AreFoundByTheirExactName()
    {
        Assert.Same(RedactionProfile.Public, RedactionProfile.Find("public"));
        Assert.Null(RedactionProfile.Find("Public"));
        Assert.Null(RedactionProfile.Find(null));
        Assert.Equal(["public"], RedactionProfile.All.Select(p => p.ToString()));
    }

    [Fact]
    public void Example_AllPublicAndNamed_ComesBackByteForByte()
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", "belarus-2025.json"));
        Dataset example = PoliticalEventsJson.ReadDataset(bytes).GetValueOrThrow();

        (Dataset output, RedactionReport report) = Redact(example);

        Assert.Empty(report.Findings);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(bytes), PoliticalEventsJson.ToJson(output));
    }

    private static string[] Order(IEnumerable<string> lines) => [.. lines.Order(StringComparer.Ordinal)];
}
