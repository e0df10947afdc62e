using PoliticalEvents.Tests.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Releases;

public sealed class ReleaseWireTests
{
    internal static Release Full() => new()
    {
        Id = new RecordId("release-2025-12-13"),
        ReleasedOn = PartialDate.Parse("2025-12-13"),
        AuthorityId = new OrganizationId("org-belarus"),
        Kind = ReleaseKind.Pardon,
        Detainees =
        [
            new ReleasedDetainee
            {
                SubjectId = new PersonId("person-kalesnikava"),
                DetentionId = new DetentionId("det-kalesnikava-2020"),
                Destination = CountryCode.Parse("UA"),
                Conditions = [ReleaseCondition.ForcedExile, ReleaseCondition.PassportWithheld],
            },
            new ReleasedDetainee { SubjectId = new PersonId("person-bialiatski") },
        ],
        ReportedCount = new ReportedCount { Value = 123, Qualifier = CountQualifier.Exact, By = "Viasna, via AP" },
        Sources = [new PoliticalEvents.Source { Title = "123 prisoners freed" }],
        Notes = "Driven to the Ukrainian border.",
        Confidentiality = Confidentiality.Restricted,
    };

    [Fact]
    public void Release_FullyPopulated_WritesEveryFieldAndReadsBackEqual()
    {
        RecordWire.WritesAndReadsBack(Full(), "{"
            + "\"type\":\"release\",\"id\":\"release-2025-12-13\",\"releasedOn\":\"2025-12-13\",\"authorityId\":\"org-belarus\",\"kind\":\"pardon\","
            + "\"detainees\":[{\"subjectId\":\"person-kalesnikava\",\"detentionId\":\"det-kalesnikava-2020\",\"destination\":\"UA\",\"conditions\":[\"forcedExile\",\"passportWithheld\"]},"
            + "{\"subjectId\":\"person-bialiatski\"}],"
            + "\"reportedCount\":{\"value\":123,\"qualifier\":\"exact\",\"by\":\"Viasna, via AP\"},"
            + "\"sources\":[{\"title\":\"123 prisoners freed\"}],\"notes\":\"Driven to the Ukrainian border.\",\"confidentiality\":\"restricted\"}");
    }

    [Fact]
    public void Release_BuiltTwice_EqualWithEqualHashCodes()
        => RecordWire.EqualByValue(Full(), Full());

    [Fact]
    public void Release_OneListElementDiffers_NotEqual()
    {
        Release full = Full();
        RecordWire.EachDiffers(
            full,
            full with { Detainees = [full.Detainees[0] with { Conditions = [ReleaseCondition.ForcedExile] }, full.Detainees[1]] },
            full with { Detainees = [full.Detainees[0], full.Detainees[1] with { Destination = CountryCode.Parse("LT") }] },
            full with { Detainees = [full.Detainees[0]] },
            full with { ReportedCount = full.ReportedCount! with { Qualifier = CountQualifier.AtLeast } },
            full with { Sources = [new PoliticalEvents.Source { Title = "122 prisoners freed" }] });
    }

    [Fact]
    public void ReleaseKind_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(
            ["pardon", "amnesty", "endOfSentence", "conditionalRelease", "acquittal", "chargesDropped", "releasedPendingTrial", "sentenceCommuted", "exchange", "other", "unknown"],
            Enum.GetValues<ReleaseKind>().Select(RecordWire.Text));

    [Fact]
    public void ReleaseCondition_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(
            ["forcedExile", "passportWithheld", "travelBan", "probation", "pardonPetitionRequired", "reportingObligation"],
            Enum.GetValues<ReleaseCondition>().Select(RecordWire.Text));

    [Fact]
    public void CountQualifier_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(["exact", "approximate", "atLeast"], Enum.GetValues<CountQualifier>().Select(RecordWire.Text));
}
