using PoliticalEvents.Tests.Actors;
using PoliticalEvents.Tests.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Detentions;

public sealed class DetentionWireTests
{
    internal static Detention Full() => new()
    {
        Id = new RecordId("det-kalesnikava-2020"),
        SubjectId = new PersonId("person-kalesnikava"),
        Country = CountryCode.Parse("BY"),
        AuthorityId = new OrganizationId("org-by-kgb"),
        StartedOn = PartialDate.Parse("2020-09-07"),
        EndedOn = PartialDate.Parse("2025-12-13"),
        Status = DetentionStatus.Ended,
        Kind = DetentionKind.Imprisonment,
        Charges =
        [
            new Charge { Law = "Criminal Code of the Republic of Belarus", Article = "361", Part = "3", Description = "calls for actions harming national security" },
            new Charge { Law = "Criminal Code of the Republic of Belarus", Article = "357" },
        ],
        Sentences =
        [
            new Sentence
            {
                ImposedOn = PartialDate.Parse("2021-09-06"),
                Kind = SentenceKind.Imprisonment,
                Term = Term.Parse("P11Y"),
                Court = "Minsk Regional Court",
                CourtId = new OrganizationId("org-minsk-regional-court"),
                InAbsentia = true,
                AppealStatus = AppealStatus.Upheld,
                Regime = "general regime",
            },
            new Sentence { ImposedOn = PartialDate.Parse("2021"), Kind = SentenceKind.Fine },
        ],
        Placements =
        [
            new Placement { Facility = "Pre-trial detention centre No. 1", FacilityKind = FacilityKind.PretrialCentre, Locality = "Minsk", From = PartialDate.Parse("2020-09"), Until = PartialDate.Parse("2021-11%") },
            new Placement { Facility = "Penal colony No. 4", FacilityKind = FacilityKind.PenalColony, Locality = "Homiel", From = PartialDate.Parse("2021-11") },
        ],
        Conditions = [DetentionCondition.Incommunicado, DetentionCondition.DeniedMedicalCare],
        Designations =
        [
            new Designation { By = "Human Rights Centre Viasna", ById = new ActorId("org-viasna"), Status = DesignationStatus.PoliticalPrisoner, On = PartialDate.Parse("2020-09-09"), Criteria = [WgadCategory.WgadII, WgadCategory.WgadIII] },
            new Designation { By = "Amnesty International", Status = DesignationStatus.PrisonerOfConscience },
        ],
        Sources = [PersonWireTests.FullSource()],
        Notes = "Held incommunicado for months.",
        Confidentiality = Confidentiality.Restricted,
    };

    [Fact]
    public void Detention_FullyPopulated_WritesEveryFieldAndReadsBackEqual()
    {
        RecordWire.WritesAndReadsBack(Full(), "{"
            + "\"type\":\"detention\",\"id\":\"det-kalesnikava-2020\",\"subjectId\":\"person-kalesnikava\",\"country\":\"BY\","
            + "\"authorityId\":\"org-by-kgb\",\"startedOn\":\"2020-09-07\",\"endedOn\":\"2025-12-13\",\"status\":\"ended\",\"kind\":\"imprisonment\","
            + "\"charges\":[{\"law\":\"Criminal Code of the Republic of Belarus\",\"article\":\"361\",\"part\":\"3\",\"description\":\"calls for actions harming national security\"},"
            + "{\"law\":\"Criminal Code of the Republic of Belarus\",\"article\":\"357\"}],"
            + "\"sentences\":[{\"imposedOn\":\"2021-09-06\",\"kind\":\"imprisonment\",\"term\":\"P11Y\",\"court\":\"Minsk Regional Court\","
            + "\"courtId\":\"org-minsk-regional-court\",\"inAbsentia\":true,\"appealStatus\":\"upheld\",\"regime\":\"general regime\"},"
            + "{\"imposedOn\":\"2021\",\"kind\":\"fine\"}],"
            + "\"placements\":[{\"facility\":\"Pre-trial detention centre No. 1\",\"facilityKind\":\"pretrialCentre\",\"locality\":\"Minsk\",\"from\":\"2020-09\",\"until\":\"2021-11%\"},"
            + "{\"facility\":\"Penal colony No. 4\",\"facilityKind\":\"penalColony\",\"locality\":\"Homiel\",\"from\":\"2021-11\"}],"
            + "\"conditions\":[\"incommunicado\",\"deniedMedicalCare\"],"
            + "\"designations\":[{\"by\":\"Human Rights Centre Viasna\",\"byId\":\"org-viasna\",\"status\":\"politicalPrisoner\",\"on\":\"2020-09-09\",\"criteria\":[\"wgadII\",\"wgadIII\"]},"
            + "{\"by\":\"Amnesty International\",\"status\":\"prisonerOfConscience\"}],"
            + "\"sources\":[" + PersonWireTests.FullSourceJson + "],\"notes\":\"Held incommunicado for months.\",\"confidentiality\":\"restricted\"}");
    }

    [Fact]
    public void Detention_BuiltTwice_EqualWithEqualHashCodes()
        => RecordWire.EqualByValue(Full(), Full());

    [Fact]
    public void Detention_OneListElementDiffers_NotEqual()
    {
        Detention full = Full();
        RecordWire.EachDiffers(
            full,
            full with { Charges = [full.Charges[0], full.Charges[1] with { Part = "1" }] },
            full with { Sentences = [full.Sentences[0] with { InAbsentia = false }, full.Sentences[1]] },
            full with { Sentences = [full.Sentences[0] with { Term = Term.Parse("P10Y12M") }, full.Sentences[1]] },
            full with { Placements = [full.Placements[0], full.Placements[1] with { Until = PartialDate.Parse("2025") }] },
            full with { Conditions = [DetentionCondition.Incommunicado, DetentionCondition.DeniedLegalCounsel] },
            full with { Designations = [full.Designations[0] with { Criteria = [WgadCategory.WgadII] }, full.Designations[1]] },
            full with { Sources = [] },
            full with { EndedOn = PartialDate.Parse("2025-12-13~") });
    }

    [Fact]
    public void Designation_CriteriaByContent_EqualWithEqualHashCodes()
    {
        Designation Build() => new() { By = "WGAD", Status = DesignationStatus.ArbitrarilyDetained, Criteria = [WgadCategory.WgadI, WgadCategory.WgadIV, WgadCategory.WgadV] };

        RecordWire.EqualByValue(Build(), Build());
        RecordWire.EachDiffers(Build(), Build() with { Criteria = [WgadCategory.WgadI, WgadCategory.WgadIV] });
    }

    [Fact]
    public void DetentionStatus_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(["ongoing", "ended", "unknown"], Enum.GetValues<DetentionStatus>().Select(RecordWire.Text));

    [Fact]
    public void DetentionKind_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(
            ["arrest", "pretrial", "administrative", "imprisonment", "houseArrest", "enforcedDisappearance", "psychiatric", "other"],
            Enum.GetValues<DetentionKind>().Select(RecordWire.Text));

    [Fact]
    public void SentenceKind_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(
            ["imprisonment", "restrictedFreedom", "suspended", "houseArrest", "fine", "lifeImprisonment", "death", "other"],
            Enum.GetValues<SentenceKind>().Select(RecordWire.Text));

    [Fact]
    public void AppealStatus_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(["notAppealed", "pending", "upheld", "reduced", "increased", "overturned"], Enum.GetValues<AppealStatus>().Select(RecordWire.Text));

    [Fact]
    public void FacilityKind_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(
            ["policeStation", "pretrialCentre", "prison", "penalColony", "psychiatricHospital", "other"],
            Enum.GetValues<FacilityKind>().Select(RecordWire.Text));

    [Fact]
    public void DetentionCondition_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(
            ["incommunicado", "solitaryConfinement", "deniedMedicalCare", "deniedLegalCounsel", "deniedFamilyContact", "illTreatmentAlleged"],
            Enum.GetValues<DetentionCondition>().Select(RecordWire.Text));

    [Fact]
    public void DesignationStatus_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(["politicalPrisoner", "prisonerOfConscience", "arbitrarilyDetained", "wrongfullyDetained", "hostage"], Enum.GetValues<DesignationStatus>().Select(RecordWire.Text));

    [Fact]
    public void WgadCategory_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(["wgadI", "wgadII", "wgadIII", "wgadIV", "wgadV"], Enum.GetValues<WgadCategory>().Select(RecordWire.Text));
}
