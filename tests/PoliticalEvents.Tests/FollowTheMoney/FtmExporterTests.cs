using System.Text;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Tests.Cli;
using Xunit;
using C = PoliticalEvents.FollowTheMoney.FtmReportCodes;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.FollowTheMoney;

public class FtmExporterTests
{
    // ----- The examples, property by property -----

    [Fact]
    public async Task Belarus_WritesTheEntitiesOfTheMapping()
    {
        Dataset dataset = await FtmTestData.LoadExampleAsync(PolevSandbox.Belarus);
        var report = new FtmReport();

        IReadOnlyList<FtmEntity> entities = FtmExporter.Export(dataset, report);

        Assert.Equal(
            [
                "PublicBody org-belarus", "PublicBody org-united-states", "PublicBody org-us-ofac", "Organization org-viasna",
                "Company org-belaruskali", "Company org-belavia", "PublicBody org-minsk-regional-court", "Person person-maria-kolesnikova",
                "Person person-ales-bialiatski", "Membership person-ales-bialiatski-affiliation-0", "Person person-viktar-babaryka",
                "Person person-mikalai-statkevich", "CourtCase proc-kolesnikova-2021", "CourtCaseParty proc-kolesnikova-2021-party-0",
                "Sanction sanction-us-belaruskali", "Sanction sanction-us-belavia",
            ],
            entities.Select(e => e.ToString()));
        Assert.Equal(new Dictionary<string, int> { ["organization"] = 7, ["person"] = 4, ["detention"] = 3, ["release"] = 2, ["sanctionMeasure"] = 2, ["link"] = 2, ["facility"] = 1, ["proceeding"] = 1 }, report.Read);
        Assert.Equal(new Dictionary<string, int> { ["PublicBody"] = 4, ["Organization"] = 1, ["Company"] = 2, ["Person"] = 4, ["Membership"] = 1, ["CourtCase"] = 1, ["CourtCaseParty"] = 1, ["Sanction"] = 2 }, report.Written);

        FtmEntity state = Single(entities, "org-belarus");
        Assert.Equal(["name", "alias", "country", "topics", "sourceUrl"], state.Properties.Keys);
        Assert.Equal(["Republic of Belarus"], state.Values("name"));
        Assert.Equal(["Рэспубліка Беларусь", "Республика Беларусь"], state.Values("alias"));
        Assert.Equal(["by"], state.Values("country"));
        Assert.Equal(["gov.national"], state.Values("topics"));

        FtmEntity ofac = Single(entities, "org-us-ofac");
        Assert.Equal(["name", "alias", "country", "notes", "sourceUrl"], ofac.Properties.Keys);
        Assert.Equal(["US Department of the Treasury Office of Foreign Assets Control"], ofac.Values("name"));
        Assert.Equal(["Office of Foreign Assets Control", "OFAC"], ofac.Values("alias"));
        Assert.Equal(["us"], ofac.Values("country"));
        Assert.StartsWith("OFAC is part of the US Department of the Treasury", Assert.Single(ofac.Values("notes")));
        Assert.Equal(["https://www.thompsonhinesmartrade.com/2021/08/president-biden-issues-new-executive-order-expanding-sanctions-against-belarus/"], ofac.Values("sourceUrl"));

        Assert.Equal(["name", "alias", "country", "notes", "sourceUrl"], Single(entities, "org-viasna").Properties.Keys);
        Assert.Equal(["Belaruskali"], Single(entities, "org-belaruskali").Values("name"));

        FtmEntity kolesnikova = Single(entities, "person-maria-kolesnikova");
        Assert.Equal(["name", "alias", "gender", "nationality", "topics", "notes", "sourceUrl"], kolesnikova.Properties.Keys);
        Assert.Equal(["Maria Kolesnikova"], kolesnikova.Values("name"));
        Assert.Equal(["Марыя Калеснікава", "Мария Колесникова", "Maryia Kalesnikava", "Maria Kalesnikava"], kolesnikova.Values("alias"));
        Assert.Equal(["female"], kolesnikova.Values("gender"));
        Assert.Equal(["by"], kolesnikova.Values("nationality"));
        Assert.Equal(["role.act"], kolesnikova.Values("topics")); // roles: opposition (no topic), activist
        Assert.Equal(((Person)dataset.Records.Single(r => r.Id.Value == "person-maria-kolesnikova")).Sources.Select(s => s.Url!.Value.Value), kolesnikova.Values("sourceUrl"));

        Assert.Equal(
            """{"id":"person-ales-bialiatski-affiliation-0","schema":"Membership","properties":{"member":["person-ales-bialiatski"],"organization":["org-viasna"],"role":["founder"]}}""",
            FtmJson.ToJson(Single(entities, "person-ales-bialiatski-affiliation-0")));
        Assert.Equal(["role.pep"], Single(entities, "person-viktar-babaryka").Values("topics"));

        FtmEntity belaruskali = Single(entities, "sanction-us-belaruskali");
        Assert.Equal(["entity", "authority", "country", "program", "programId", "provisions", "reason", "startDate", "listingDate", "sourceUrl"], belaruskali.Properties.Keys);
        Assert.Equal(["org-belaruskali"], belaruskali.Values("entity"));
        Assert.Equal(["US Department of the Treasury Office of Foreign Assets Control"], belaruskali.Values("authority"));
        Assert.Equal(["us"], belaruskali.Values("country"));
        Assert.Equal(["Belarus sanctions (Executive Order 14038)"], belaruskali.Values("program"));
        Assert.Equal(["BELARUS-EO14038"], belaruskali.Values("programId"));
        Assert.Equal(["Asset freeze"], belaruskali.Values("provisions"));
        Assert.Equal(["2021-08-09"], belaruskali.Values("startDate"));
        Assert.Equal(["2021-08-09"], belaruskali.Values("listingDate"));
        Assert.Equal(4, belaruskali.Values("sourceUrl").Count);

        FtmEntity belavia = Single(entities, "sanction-us-belavia");
        Assert.Equal(["entity", "authority", "country", "program", "programId", "provisions", "reason", "startDate", "listingDate", "endDate", "status", "summary", "sourceUrl"], belavia.Properties.Keys);
        Assert.Equal(["2023-08-09"], belavia.Values("startDate"));
        Assert.Equal(["2025-11-04"], belavia.Values("endDate"));
        Assert.Equal(["Lifted"], belavia.Values("status"));
        Assert.StartsWith("Only the US OFAC measure is recorded.", Assert.Single(belavia.Values("summary")));

        Assert.Equal(
            new Dictionary<string, int>
            {
                [C.ExportNameKind] = 23, [C.ExportNameLanguage] = 22, [C.ExportOrganizationKindNotCarried] = 1, [C.ExportParentNotCarried] = 1,
                [C.ExportProceedingDetail] = 7, [C.ExportRecordNotMapped] = 8, [C.ExportRoleNotCarried] = 4, [C.ExportSanctionHistoryDetail] = 8,
                [C.ExportSanctionHistoryStep] = 4, [C.ExportSanctionLegalBasisNotCarried] = 2, [C.ExportSanctionTargetNotActor] = 1, [C.ExportSourceDetail] = 89,
            },
            report.CountsByCode);
        Assert.Equal(
            [
                "ftm.export.parentNotCarried org-us-ofac /parentId 1",
                "ftm.export.organizationKindNotCarried org-viasna /kind 1",
                "ftm.export.recordNotMapped fac-penal-colony-4-homiel 1",
                "ftm.export.roleNotCarried person-maria-kolesnikova /roles/0 1",
                "ftm.export.roleNotCarried person-ales-bialiatski /roles/0 1",
                "ftm.export.roleNotCarried person-viktar-babaryka /roles/0 1",
                "ftm.export.roleNotCarried person-mikalai-statkevich /roles/0 1",
                "ftm.export.recordNotMapped det-kolesnikova-2020 1",
                "ftm.export.proceedingDetail proc-kolesnikova-2021 /hearings 2",
                "ftm.export.proceedingDetail proc-kolesnikova-2021 /defendants/0/detentionId 1",
                "ftm.export.proceedingDetail proc-kolesnikova-2021 /defendants/0/charges 3",
                "ftm.export.proceedingDetail proc-kolesnikova-2021 /defendants/0/verdict 1",
                "ftm.export.recordNotMapped det-bialiatski-2021 1",
                "ftm.export.recordNotMapped det-babaryka-2020 1",
                "ftm.export.sanctionTargetNotActor sanction-us-belaruskali /targets/1 1",
                "ftm.export.sanctionLegalBasisNotCarried sanction-us-belaruskali /legalBasis 1",
                "ftm.export.sanctionHistoryDetail sanction-us-belaruskali /history/0/description 1",
                "ftm.export.sanctionHistoryDetail sanction-us-belaruskali /history/0/sources 2",
                "ftm.export.sanctionHistoryStep sanction-us-belaruskali /history/1 1",
                "ftm.export.sanctionHistoryStep sanction-us-belaruskali /history/2 1",
                "ftm.export.sanctionHistoryStep sanction-us-belaruskali /history/3 1",
                "ftm.export.sanctionLegalBasisNotCarried sanction-us-belavia /legalBasis 1",
                "ftm.export.sanctionHistoryDetail sanction-us-belavia /history/0/description 1",
                "ftm.export.sanctionHistoryDetail sanction-us-belavia /history/0/sources 1",
                "ftm.export.sanctionHistoryStep sanction-us-belavia /history/1 1",
                "ftm.export.sanctionHistoryDetail sanction-us-belavia /history/2/description 1",
                "ftm.export.sanctionHistoryDetail sanction-us-belavia /history/2/sources 2",
                "ftm.export.recordNotMapped release-2025-09-11 1",
                "ftm.export.recordNotMapped release-2025-12-13 1",
                "ftm.export.recordNotMapped link-potash-release 1",
                "ftm.export.recordNotMapped link-belavia-release 1",
            ],
            FtmTestData.Lines(report).Where(l => !l.StartsWith(C.ExportSourceDetail, StringComparison.Ordinal) && !l.StartsWith("ftm.export.name", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Tunisia_WritesEveryEntityAndReportsEveryLoss()
    {
        Dataset dataset = await FtmTestData.LoadExampleAsync(PolevSandbox.Tunisia);
        var report = new FtmReport();

        string[] lines = [.. FtmExporter.Export(dataset, report).Select(FtmJson.ToJson)];

        Assert.Equal(
            [
                """{"id":"org-pdl","schema":"Organization","properties":{"name":["Free Destourian Party"],"alias":["Parti destourien libre","الحزب الدستوري الحر","PDL","Free Constitutional Party"],"country":["tn"],"topics":["pol.party"],"sourceUrl":["https://www.arabnews.pk/node/2626077","https://www.africarivista.it/tag/abir-moussi"]}}""",
                """{"id":"org-tunisia","schema":"PublicBody","properties":{"name":["Republic of Tunisia"],"alias":["الجمهورية التونسية"],"country":["tn"],"topics":["gov.national"],"sourceUrl":["https://www.arabnews.pk/node/2626077"]}}""",
                """{"id":"person-abir-moussi","schema":"Person","properties":{"name":["Abir Moussi"],"alias":["عبير موسي"],"gender":["female"],"nationality":["tn"],"topics":["role.pep"],"notes":["Lawyer; critic of both President Kais Saied and the Ennahdha party."],"sourceUrl":["https://www.arabnews.pk/node/2626077","https://www.africarivista.it/tag/abir-moussi"]}}""",
                """{"id":"person-abir-moussi-affiliation-0","schema":"Membership","properties":{"member":["person-abir-moussi"],"organization":["org-pdl"],"role":["leader"]}}""",
            ],
            lines);
        Assert.Equal(
            [
                "ftm.export.nameLanguage org-pdl /names/0/language 1", "ftm.export.nameKind org-pdl /names/0/kind 1",
                "ftm.export.nameLanguage org-pdl /names/1/language 1", "ftm.export.nameKind org-pdl /names/1/kind 1",
                "ftm.export.nameLanguage org-pdl /names/2/language 1", "ftm.export.nameKind org-pdl /names/2/kind 1",
                "ftm.export.nameLanguage org-pdl /names/3/language 1", "ftm.export.nameKind org-pdl /names/3/kind 1",
                "ftm.export.sourceDetail org-pdl /sources/0/publisher 1", "ftm.export.sourceDetail org-pdl /sources/0/language 1",
                "ftm.export.sourceDetail org-pdl /sources/1/title 1", "ftm.export.sourceDetail org-pdl /sources/1/publisher 1",
                "ftm.export.sourceDetail org-pdl /sources/1/language 1",
                "ftm.export.nameLanguage org-tunisia /names/0/language 1", "ftm.export.nameKind org-tunisia /names/0/kind 1",
                "ftm.export.sourceDetail org-tunisia /sources/0/publisher 1", "ftm.export.sourceDetail org-tunisia /sources/0/language 1",
                "ftm.export.nameLanguage person-abir-moussi /names/0/language 1", "ftm.export.nameKind person-abir-moussi /names/0/kind 1",
                "ftm.export.roleNotCarried person-abir-moussi /roles/0 1",
                "ftm.export.sourceDetail person-abir-moussi /sources/0/publisher 1", "ftm.export.sourceDetail person-abir-moussi /sources/0/language 1",
                "ftm.export.sourceDetail person-abir-moussi /sources/1/title 1", "ftm.export.sourceDetail person-abir-moussi /sources/1/publisher 1",
                "ftm.export.sourceDetail person-abir-moussi /sources/1/language 1",
                "ftm.export.recordNotMapped det-moussi-2023 1",
            ],
            FtmTestData.Lines(report));
    }

    [Theory]
    [InlineData(PolevSandbox.Belarus)]
    [InlineData(PolevSandbox.Tunisia)]
    public async Task Examples_StreamingWritesTheSameLinesAsInMemory(string example)
    {
        Dataset dataset = await FtmTestData.LoadExampleAsync(example);
        using var output = new MemoryStream();

        await FtmExporter.ExportAsync(dataset, output, new FtmReport());

        string expected = string.Concat(FtmExporter.Export(dataset, new FtmReport()).Select(e => FtmJson.ToJson(e) + "\n"));
        Assert.Equal(expected, Encoding.UTF8.GetString(output.ToArray()));
    }

    // ----- Confidentiality -----

    [Fact]
    public void ConfidentialRecords_AreLeftOut_UnlessIncluded()
    {
        Record[] records = [Org("org-a"), Named("p-1") with { Confidentiality = Confidentiality.Confidential }, Measure("m-1", "org-a", "p-1")];

        var report = new FtmReport();
        Assert.Equal(["PublicBody org-a"], FtmExporter.Export(records, report).Select(e => e.ToString()));
        Assert.Equal(["ftm.export.recordConfidential p-1 1", "ftm.export.sanctionNoActorTarget m-1 1"], FtmTestData.Lines(report));

        var included = new FtmReport();
        Assert.Equal(["PublicBody org-a", "Person p-1", "Sanction m-1"], FtmExporter.Export(records, included, new FtmExportOptions { IncludeConfidential = true }).Select(e => e.ToString()));
        Assert.Equal(["ftm.export.confidentialityNotCarried p-1 /confidentiality 1"], FtmTestData.Lines(included));
    }

    [Fact]
    public void RestrictedRecords_AreLeftOut_Reduced_OrExportedInFull()
    {
        Person restricted = Named("p-1") with
        {
            Confidentiality = Confidentiality.Restricted,
            BirthDate = PartialDate.Parse("1980-04"),
            Notes = "Held in solitary confinement.",
        };

        var skipped = new FtmReport();
        Assert.Empty(FtmExporter.Export([restricted], skipped));
        Assert.Equal(["ftm.export.recordRestricted p-1 1"], FtmTestData.Lines(skipped));

        var reduced = new FtmReport();
        FtmEntity person = Assert.Single(FtmExporter.Export([restricted], reduced, new FtmExportOptions { Restricted = RestrictedExport.Reduced }));
        Assert.Equal(["name"], person.Properties.Keys);
        Assert.Equal(
            ["ftm.export.restrictedReduced p-1 /birthDate 1", "ftm.export.restrictedReduced p-1 /notes 1", "ftm.export.confidentialityNotCarried p-1 /confidentiality 1"],
            FtmTestData.Lines(reduced));

        var full = new FtmReport();
        person = Assert.Single(FtmExporter.Export([restricted], full, new FtmExportOptions { Restricted = RestrictedExport.Full }));
        Assert.Equal(["name", "birthDate", "notes"], person.Properties.Keys);
        Assert.Equal(["ftm.export.confidentialityNotCarried p-1 /confidentiality 1"], FtmTestData.Lines(full));
    }

    [Fact]
    public void AnonymousPersons_AreNeverExported_NorAnythingPointingAtThem()
    {
        var anonymous = new Person
        {
            Id = new RecordId("p-anon"),
            Anonymous = true,
            Gender = Gender.Female,
            Nationalities = [CountryCode.Parse("BY")],
            Affiliations = [new Affiliation { OrganizationId = new OrganizationId("org-a"), Role = "member" }],
        };
        Record[] records = [Org("org-a"), anonymous, Measure("m-1", "org-a", "p-anon", "org-a")];
        var report = new FtmReport();

        IReadOnlyList<FtmEntity> entities = FtmExporter.Export(records, report, new FtmExportOptions { IncludeConfidential = true, Restricted = RestrictedExport.Full });

        Assert.Equal(["PublicBody org-a", "Sanction m-1"], entities.Select(e => e.ToString()));
        Assert.DoesNotContain(entities, e => e.Properties.Values.Any(v => v.Contains("p-anon")));
        Assert.Equal(["ftm.export.personAnonymous p-anon 1", "ftm.export.sanctionTargetNotExported m-1 /targets/0 1"], FtmTestData.Lines(report));
    }

    [Fact]
    public void ImposerNotExported_SanctionWithoutAuthority_Reported()
    {
        Record[] records = [Org("org-a") with { Confidentiality = Confidentiality.Confidential }, Named("p-1"), Measure("m-1", "org-a", "p-1")];
        var report = new FtmReport();

        FtmEntity sanction = FtmExporter.Export(records, report).Single(e => e.Schema == "Sanction");

        Assert.False(sanction.Properties.ContainsKey("authority"));
        Assert.False(sanction.Properties.ContainsKey("country"));
        Assert.Equal(["ftm.export.recordConfidential org-a 1", "ftm.export.sanctionImposerNotCarried m-1 /imposedById 1"], FtmTestData.Lines(report));
    }

    [Fact]
    public void ImposerNameShared_AuthorityWritten_ButTheLinkIsReported()
    {
        Record[] records = [Org("org-a", "Ministry of Finance"), Org("org-b", "Ministry of Finance"), Named("p-1"), Measure("m-1", "org-b", "p-1")];
        var report = new FtmReport();

        FtmEntity sanction = FtmExporter.Export(records, report).Single(e => e.Schema == "Sanction");

        Assert.Equal(["Ministry of Finance"], sanction.Values("authority"));
        Assert.Equal(["ftm.export.sanctionImposerNotCarried m-1 /imposedById 1"], FtmTestData.Lines(report));
    }

    // ----- Sanctions -----

    [Fact]
    public void Measure_OneSanctionPerActorTarget_SectorAndCountryReported()
    {
        SanctionMeasure measure = Measure("m-1", "org-a", "p-1", "org-b") with
        {
            Targets =
            [
                SanctionTarget.ForActor(new ActorId("p-1")), SanctionTarget.ForSector("potash"),
                SanctionTarget.ForActor(new ActorId("org-b")), SanctionTarget.ForCountry(CountryCode.Parse("BY")),
            ],
        };
        var report = new FtmReport();

        IReadOnlyList<FtmEntity> entities = FtmExporter.Export([Org("org-a"), Org("org-b"), Named("p-1"), measure], report);

        FtmEntity[] sanctions = [.. entities.Where(e => e.Schema == "Sanction")];
        Assert.Equal(["m-1-p-1", "m-1-org-b"], sanctions.Select(s => s.Id));
        Assert.Equal(["p-1", "org-b"], sanctions.Select(s => s.Values("entity").Single()));
        Assert.All(sanctions, s => Assert.Equal(["Org org-a"], s.Values("authority")));
        Assert.Equal(
            ["ftm.export.sanctionTargetNotActor m-1 /targets/1 1", "ftm.export.sanctionTargetNotActor m-1 /targets/3 1", "ftm.export.sanctionSplit m-1 /targets 2"],
            FtmTestData.Lines(report));
    }

    [Theory]
    [InlineData(SanctionAction.Lifted, "Lifted")]
    [InlineData(SanctionAction.Expired, "Expired")]
    [InlineData(SanctionAction.Annulled, "Annulled")]
    public void History_FirstImpositionAndFinalEnd_WithItsStatus(SanctionAction end, string status)
    {
        SanctionMeasure measure = Measure("m-1", "org-a", "p-1") with
        {
            History =
            [
                Step(SanctionAction.Imposed, "2021-08-09~"),
                Step(SanctionAction.Eased, "2023"),
                Step(end, "2025-11"),
            ],
        };
        var report = new FtmReport();

        FtmEntity sanction = FtmExporter.Export([Org("org-a"), Named("p-1"), measure], report).Single(e => e.Schema == "Sanction");

        Assert.Equal(["2021-08-09"], sanction.Values("startDate"));
        Assert.Equal(["2021-08-09"], sanction.Values("listingDate"));
        Assert.Equal(["2025-11"], sanction.Values("endDate"));
        Assert.Equal([status], sanction.Values("status"));
        Assert.Equal(["ftm.export.dateQualifier m-1 /history/0/on 1", "ftm.export.sanctionHistoryStep m-1 /history/1 1"], FtmTestData.Lines(report));
    }

    [Fact]
    public void History_ReimposedAfterLifting_HasNoEnd()
    {
        SanctionMeasure measure = Measure("m-1", "org-a", "p-1") with
        {
            History = [Step(SanctionAction.Imposed, "2020"), Step(SanctionAction.Lifted, "2021"), Step(SanctionAction.Reimposed, "2022")],
        };
        var report = new FtmReport();

        FtmEntity sanction = FtmExporter.Export([Org("org-a"), Named("p-1"), measure], report).Single(e => e.Schema == "Sanction");

        Assert.Equal(["2020"], sanction.Values("startDate"));
        Assert.False(sanction.Properties.ContainsKey("endDate"));
        Assert.False(sanction.Properties.ContainsKey("status"));
        Assert.Equal(["ftm.export.sanctionHistoryStep m-1 /history/1 1", "ftm.export.sanctionHistoryStep m-1 /history/2 1"], FtmTestData.Lines(report));
    }

    [Theory]
    [InlineData(SanctionKind.AssetFreeze, "Asset freeze")]
    [InlineData(SanctionKind.TravelBan, "Travel ban")]
    [InlineData(SanctionKind.Sectoral, "Sectoral sanctions")]
    [InlineData(SanctionKind.Other, null)]
    public void Kind_GoesToProvisions(SanctionKind kind, string? provision)
    {
        FtmEntity sanction = FtmExporter.Export([Org("org-a"), Named("p-1"), Measure("m-1", "org-a", "p-1") with { Kind = kind }], new FtmReport()).Single(e => e.Schema == "Sanction");

        Assert.Equal(provision is null ? [] : [provision], sanction.Values("provisions"));
    }

    [Fact]
    public void Program_CodeToProgramId_NameToProgram_EmptyAndTooLongReported()
    {
        Record[] records =
        [
            Org("org-a"), Named("p-1"),
            Measure("m-1", "org-a", "p-1") with { Program = new SanctionProgram { Code = "EU-BLR", Name = "Belarus" } },
            Measure("m-2", "org-a", "p-1") with { Program = new SanctionProgram() },
            Measure("m-3", "org-a", "p-1") with { Program = new SanctionProgram { Code = new string('X', 65) } },
        ];
        var report = new FtmReport();

        FtmEntity[] sanctions = [.. FtmExporter.Export(records, report).Where(e => e.Schema == "Sanction")];

        Assert.Equal(["Belarus"], sanctions[0].Values("program"));
        Assert.Equal(["EU-BLR"], sanctions[0].Values("programId"));
        Assert.False(sanctions[1].Properties.ContainsKey("programId"));
        Assert.False(sanctions[2].Properties.ContainsKey("programId"));
        Assert.Equal(["ftm.export.sanctionProgramEmpty m-2 /program 1", "ftm.export.valueTooLong m-3 /program/code 1"], FtmTestData.Lines(report));
    }

    // ----- Actors -----

    [Fact]
    public void Dates_AsPrefixes_QualifiersReportedWhereTheyWere()
    {
        Person person = Named("p-1") with
        {
            BirthDate = PartialDate.Parse("1971%"),
            DeathDate = PartialDate.Parse("2020-09-07?"),
            Affiliations = [new Affiliation { OrganizationId = new OrganizationId("org-a"), From = PartialDate.Parse("2001-05~"), Until = PartialDate.Parse("2004-05") }],
        };
        var report = new FtmReport();

        IReadOnlyList<FtmEntity> entities = FtmExporter.Export([Org("org-a"), person], report);

        Assert.Equal(["1971"], entities[1].Values("birthDate"));
        Assert.Equal(["2020-09-07"], entities[1].Values("deathDate"));
        Assert.Equal(["2001-05"], entities[2].Values("startDate"));
        Assert.Equal(["2004-05"], entities[2].Values("endDate"));
        Assert.Equal(
            ["ftm.export.dateQualifier p-1 /birthDate 1", "ftm.export.dateQualifier p-1 /deathDate 1", "ftm.export.dateQualifier p-1 /affiliations/0/from 1"],
            FtmTestData.Lines(report));
    }

    [Fact]
    public void Dates_Intervals_AsTheYearOrMonthThatHoldsThem_OrNotWritten_Reported()
    {
        Person person = Named("p-1") with
        {
            BirthDate = PartialDate.Parse("1979/1981"),
            DeathDate = PartialDate.Parse("2020-09-01/2020-09-07~"),
            Affiliations = [new Affiliation { OrganizationId = new OrganizationId("org-a"), From = PartialDate.Parse("2001-03/2001-05"), Until = PartialDate.Parse("2004/..") }],
        };
        SanctionMeasure measure = Measure("m-1", "org-a", "p-1") with
        {
            History = [Step(SanctionAction.Imposed, "../2021-08-09"), Step(SanctionAction.Lifted, "2025-11/2025-12")],
        };
        var report = new FtmReport();

        IReadOnlyList<FtmEntity> entities = FtmExporter.Export([Org("org-a"), person, measure], report);

        Assert.False(entities[1].Properties.ContainsKey("birthDate"));
        Assert.Equal(["2020-09"], entities[1].Values("deathDate"));
        Assert.Equal(["2001"], entities[2].Values("startDate"));
        Assert.False(entities[2].Properties.ContainsKey("endDate"));
        FtmEntity sanction = entities.Single(e => e.Schema == "Sanction");
        Assert.False(sanction.Properties.ContainsKey("startDate"));
        Assert.False(sanction.Properties.ContainsKey("listingDate"));
        Assert.Equal(["2025"], sanction.Values("endDate"));
        Assert.Equal(["Lifted"], sanction.Values("status"));
        Assert.Equal(
            [
                "ftm.export.dateInterval p-1 /birthDate 1", "ftm.export.dateInterval p-1 /deathDate 1", "ftm.export.dateQualifier p-1 /deathDate 1",
                "ftm.export.dateInterval p-1 /affiliations/0/from 1", "ftm.export.dateInterval p-1 /affiliations/0/until 1",
                "ftm.export.dateInterval m-1 /history/0/on 1", "ftm.export.dateInterval m-1 /history/1/on 1",
            ],
            FtmTestData.Lines(report));
    }

    [Fact]
    public void Identifiers_ByScheme_ToTheSchemasProperties()
    {
        ExternalIdentifier[] identifiers =
        [
            new() { Scheme = "wikidata", Value = "Q42" }, new() { Scheme = "inn-code", Value = "7700000000" },
            new() { Scheme = "kpp-code", Value = "770001001" }, new() { Scheme = "ofac", Value = "12345" },
            new() { Scheme = "tax-number", Value = new string('9', 65) },
        ];
        Record[] records =
        [
            Org("org-a") with { Kind = OrganizationKind.Company, Identifiers = identifiers },
            Org("org-b") with { Kind = OrganizationKind.Ngo, Identifiers = identifiers },
            Named("p-1") with { Identifiers = [.. identifiers, new() { Scheme = "passport-number", Value = "MP1234567" }] },
        ];
        var report = new FtmReport();

        IReadOnlyList<FtmEntity> entities = FtmExporter.Export(records, report);

        Assert.Equal(["Q42"], entities[0].Values("wikidataId"));
        Assert.Equal(["7700000000"], entities[0].Values("innCode"));
        Assert.Equal(["770001001"], entities[0].Values("kppCode")); // a Company property
        Assert.False(entities[1].Properties.ContainsKey("kppCode")); // not an Organization one
        Assert.Equal(["MP1234567"], entities[2].Values("passportNumber"));
        Assert.Equal(
            [
                "ftm.export.identifierNotCarried org-a /identifiers/3 1", "ftm.export.valueTooLong org-a /identifiers/4 1",
                "ftm.export.organizationKindNotCarried org-b /kind 1",
                "ftm.export.identifierNotCarried org-b /identifiers/2 1", "ftm.export.identifierNotCarried org-b /identifiers/3 1", "ftm.export.valueTooLong org-b /identifiers/4 1",
                "ftm.export.identifierNotCarried p-1 /identifiers/2 1", "ftm.export.identifierNotCarried p-1 /identifiers/3 1", "ftm.export.valueTooLong p-1 /identifiers/4 1",
            ],
            FtmTestData.Lines(report));
    }

    [Fact]
    public void Identifiers_DeprecatedProperty_NotWritten_ButStillImported()
    {
        // Company:ibcRuc is deprecated in the model: OpenSanctions data may still have it, an export must not write it.
        Record[] records = [Org("org-a") with { Kind = OrganizationKind.Company, Identifiers = [new() { Scheme = "ibc-ruc", Value = "123" }] }];
        var report = new FtmReport();

        FtmEntity company = Assert.Single(FtmExporter.Export(records, report));

        Assert.False(company.Properties.ContainsKey("ibcRuc"));
        Assert.Equal(["ftm.export.identifierNotCarried org-a /identifiers/0 1"], FtmTestData.Lines(report));
        var imported = (Organization)Assert.Single(FtmImporter.Import([FtmTestData.Entity("""{"id":"c-1","schema":"Company","properties":{"name":["C"],"ibcRuc":["123"]}}""")], new FtmReport()));
        Assert.Equal("ibc-ruc", Assert.Single(imported.Identifiers).Scheme);
    }

    [Theory]
    [InlineData(OrganizationKind.State, "PublicBody", "gov.national")]
    [InlineData(OrganizationKind.GovernmentBody, "PublicBody", null)]
    [InlineData(OrganizationKind.Court, "PublicBody", "gov.judicial")]
    [InlineData(OrganizationKind.SecurityService, "PublicBody", "gov.security")]
    [InlineData(OrganizationKind.Company, "Company", null)]
    [InlineData(OrganizationKind.PoliticalParty, "Organization", "pol.party")]
    [InlineData(OrganizationKind.Intergovernmental, "Organization", "gov.igo")]
    [InlineData(OrganizationKind.Ngo, "Organization", null)]
    [InlineData(OrganizationKind.Media, "Organization", null)]
    [InlineData(OrganizationKind.Other, "Organization", null)]
    public void OrganizationKinds_ToSchemaAndTopic(OrganizationKind kind, string schema, string? topic)
    {
        FtmEntity entity = Assert.Single(FtmExporter.Export([Org("org-a") with { Kind = kind, Roles = ["journalist"] }], new FtmReport()));

        Assert.Equal(schema, entity.Schema);
        Assert.Equal(topic is null ? ["role.journo"] : [topic, "role.journo"], entity.Values("topics"));
    }

    [Theory]
    [InlineData("director", true, "Directorship", "director")]
    [InlineData("Chairman of the Board", true, "Directorship", "director")]
    [InlineData("CEO", false, "Directorship", "director")]
    [InlineData("editor-in-chief", true, "Employment", "employee")]
    [InlineData("staff lawyer", true, "Employment", "employee")]
    [InlineData("editor", false, "Membership", "member")]
    [InlineData("founder", true, "Membership", "member")]
    [InlineData(null, true, "Membership", "member")]
    public void Affiliations_SchemaByRole(string? role, bool person, string schema, string memberProperty)
    {
        Actor actor = person ? Named("a-1") : Org("a-1");
        actor = actor with { Affiliations = [new Affiliation { OrganizationId = new OrganizationId("org-x"), Role = role }] };

        FtmEntity affiliation = FtmExporter.Export([Org("org-x"), actor], new FtmReport())[^1];

        Assert.Equal(schema, affiliation.Schema);
        Assert.Equal("a-1-affiliation-0", affiliation.Id);
        Assert.Equal(["a-1"], affiliation.Values(memberProperty));
        Assert.Equal(["org-x"], affiliation.Values(schema == "Employment" ? "employer" : "organization"));
        Assert.Equal(role is null ? [] : [role], affiliation.Values("role"));
    }

    [Fact]
    public void Affiliation_WithAnOrganizationNotExported_IsReported()
    {
        Person person = Named("p-1") with
        {
            Affiliations =
            [
                new Affiliation { OrganizationId = new OrganizationId("org-secret"), Role = "member" },
                new Affiliation { OrganizationId = new OrganizationId("org-a"), Role = "member" },
            ],
        };
        var report = new FtmReport();

        IReadOnlyList<FtmEntity> entities = FtmExporter.Export([Org("org-a"), Org("org-secret") with { Confidentiality = Confidentiality.Confidential }, person], report);

        Assert.Equal(["PublicBody org-a", "Person p-1", "Membership p-1-affiliation-1"], entities.Select(e => e.ToString()));
        Assert.Equal(["ftm.export.recordConfidential org-secret 1", "ftm.export.affiliationNotExported p-1 /affiliations/0 1"], FtmTestData.Lines(report));
    }

    [Fact]
    public void Names_KindsLanguagesBlanksAndOrder()
    {
        Person person = Named("p-1") with
        {
            Names =
            [
                new ActorName { Value = "Марыя", Language = LanguageTag.Parse("be"), Kind = NameKind.Native },
                new ActorName { Value = "Maria Old", Kind = NameKind.Former },
                new ActorName { Value = "   " },
                new ActorName { Value = "Masha", Kind = NameKind.Alias },
                new ActorName { Value = new string('N', 385) },
            ],
        };
        var report = new FtmReport();

        FtmEntity entity = Assert.Single(FtmExporter.Export([person], report));

        Assert.Equal(["Марыя", "Masha"], entity.Values("alias"));
        Assert.Equal(["Maria Old"], entity.Values("previousName"));
        Assert.Equal(
            [
                "ftm.export.nameLanguage p-1 /names/0/language 1", "ftm.export.nameKind p-1 /names/0/kind 1",
                "ftm.export.valueBlank p-1 /names/2 1", "ftm.export.nameKind p-1 /names/3/kind 1", "ftm.export.valueTooLong p-1 /names/4 1",
                "ftm.export.orderNotKept p-1 /names 1",
            ],
            FtmTestData.Lines(report));
    }

    [Theory]
    [InlineData(" \t ")]
    [InlineData(null)]
    public void PersonWithoutAUsableName_IsNotExported(string? name)
    {
        var report = new FtmReport();

        Assert.Empty(FtmExporter.Export([Named("p-1") with { Name = name ?? new string('N', 385) }], report));

        Assert.Equal(["ftm.export.nameUnusable p-1 1"], FtmTestData.Lines(report));
    }

    [Fact]
    public void Sources_OnlyUrls_EveryOtherFieldReported()
    {
        Person person = Named("p-1") with
        {
            Sources =
            [
                new Source { Title = "Court list" },
                new Source { Url = WebUrl.Parse("https://example.org/a"), Publisher = "Viasna", PublishedOn = PartialDate.Parse("2021"), AccessedOn = new NodaTime.LocalDate(2024, 1, 2), Quote = "…", Language = LanguageTag.Parse("be") },
            ],
        };
        var report = new FtmReport();

        FtmEntity entity = Assert.Single(FtmExporter.Export([person], report));

        Assert.Equal(["https://example.org/a"], entity.Values("sourceUrl"));
        Assert.Equal(
            [
                "ftm.export.sourceWithoutUrl p-1 /sources/0 1", "ftm.export.sourceDetail p-1 /sources/1/publisher 1",
                "ftm.export.sourceDetail p-1 /sources/1/publishedOn 1", "ftm.export.sourceDetail p-1 /sources/1/accessedOn 1",
                "ftm.export.sourceDetail p-1 /sources/1/quote 1", "ftm.export.sourceDetail p-1 /sources/1/language 1",
            ],
            FtmTestData.Lines(report));
    }

    // ----- Ids -----

    [Fact]
    public void DerivedIds_NeverCollideWithRecordsOrEachOther()
    {
        string longId = new('x', 100);
        Record[] records =
        [
            Org("org-a"), Named("p-1"), Named("p-2"), Named(longId),
            Named("m-1-p-1"), // a record whose id is what the Sanction of m-1 on p-1 would get
            Measure("m-1", "org-a", "p-1", "p-2"),
            Measure("m-2", "org-a", longId, "p-1"), // 104 characters: fits
            Measure(new string('y', 40), "org-a", longId, "p-1"), // 141 characters: too long
            Measure("m-3", "org-a", "p-1", "p-1"),
        ];

        IReadOnlyList<FtmEntity> entities = FtmExporter.Export(records, new FtmReport());

        string[] sanctions = [.. entities.Where(e => e.Schema == "Sanction").Select(e => e.Id)];
        Assert.Equal(8, sanctions.Length);
        Assert.Matches("^ftm-[0-9a-f]{40}$", sanctions[0]);
        Assert.Equal(["m-1-p-2", "m-2-" + longId, "m-2-p-1"], sanctions[1..4]);
        Assert.Matches("^ftm-[0-9a-f]{40}$", sanctions[4]);
        Assert.Equal(new string('y', 40) + "-p-1", sanctions[5]);
        Assert.Equal("m-3-p-1", sanctions[6]);
        Assert.Matches("^ftm-[0-9a-f]{40}(-1)?$", sanctions[7]);
        Assert.Equal(entities.Count, entities.Select(e => e.Id).Distinct().Count());
        Assert.All(entities, e => Assert.True(RecordId.IsValid(e.Id)));
    }

    [Fact]
    public void DuplicateRecordIds_OnlyTheFirstIsExported_NoTwoEntitiesShareAnId()
    {
        // Invalid input (exported with --force): before, both records became entities with the same id.
        Record[] records =
        [
            Org("org-a"),
            Named("p-1") with { Affiliations = [new Affiliation { OrganizationId = new OrganizationId("org-a") }] },
            Named("p-1") with { Affiliations = [new Affiliation { OrganizationId = new OrganizationId("org-a") }] },
            Org("org-a", "Another"),
        ];
        var report = new FtmReport();

        IReadOnlyList<FtmEntity> entities = FtmExporter.Export(records, report);

        Assert.Equal(["PublicBody org-a", "Person p-1", "Membership p-1-affiliation-0"], entities.Select(e => e.ToString()));
        Assert.Equal(["Org org-a"], entities[0].Values("name"));
        Assert.Equal(["ftm.export.idDuplicate p-1 1", "ftm.export.idDuplicate org-a 1"], FtmTestData.Lines(report));
        Assert.Equal(new Dictionary<string, int> { ["organization"] = 2, ["person"] = 2 }, report.Read);
    }

    [Fact]
    public void SanctionIds_OneTarget_TheMeasuresId_SoAnImportExportsBackUnchanged()
    {
        // Before: every export appended the target to the id, so m-1 became m-1-p-1, then m-1-p-1-p-1, …
        Record[] records = [Org("org-a"), Named("p-1"), Named("p-2"), Measure("m-1", "org-a", "p-1"), Measure("m-2", "org-a", "p-1", "p-2")];

        IReadOnlyList<FtmEntity> first = FtmExporter.Export(records, new FtmReport());
        IReadOnlyList<Record> imported = FtmImporter.Import(first, new FtmReport());
        IReadOnlyList<FtmEntity> second = FtmExporter.Export(imported, new FtmReport());

        string[] Sanctions(IEnumerable<FtmEntity> entities) => [.. entities.Where(e => e.Schema == "Sanction").Select(e => e.Id)];
        Assert.Equal(["m-1", "m-2-p-1", "m-2-p-2"], Sanctions(first));
        Assert.Equal(Sanctions(first), Sanctions(second));
    }

    [Fact]
    public async Task Streaming_ReadsTheRecordsTwice_SoForwardReferencesResolve()
    {
        // The Sanction and the affiliation come before the organization and the person they name.
        Record[] records =
        [
            Measure("m-1", "org-a", "p-1"),
            Named("p-1") with { Affiliations = [new Affiliation { OrganizationId = new OrganizationId("org-a") }] },
            Org("org-a"),
        ];
        int opened = 0;
        using var output = new MemoryStream();

        await FtmExporter.ExportAsync(() => { opened++; return Async(records); }, output, new FtmReport());

        Assert.Equal(2, opened);
        string[] lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Contains("\"authority\":[\"Org org-a\"]", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"schema\":\"Membership\"", lines[2], StringComparison.Ordinal);
    }

    // ----- Helpers -----

    internal static FtmEntity Single(IEnumerable<FtmEntity> entities, string id) => entities.Single(e => e.Id == id);

    internal static Organization Org(string id, string? name = null) => new()
    {
        Id = new RecordId(id),
        Kind = OrganizationKind.GovernmentBody,
        Name = name ?? "Org " + id,
        Country = CountryCode.Parse("BY"),
    };

    internal static Person Named(string id) => new() { Id = new RecordId(id), Name = "Person " + id };

    internal static SanctionMeasure Measure(string id, string imposer, params string[] targets) => new()
    {
        Id = new RecordId(id),
        ImposedById = new OrganizationId(imposer),
        Kind = SanctionKind.AssetFreeze,
        Targets = [.. targets.Select(t => SanctionTarget.ForActor(new ActorId(t)))],
        History = [Step(SanctionAction.Imposed, "2021-08-09")],
    };

    internal static SanctionEvent Step(SanctionAction action, string on) => new() { Action = action, On = PartialDate.Parse(on) };

    private static async IAsyncEnumerable<Record> Async(IEnumerable<Record> records)
    {
        foreach (Record record in records)
        {
            yield return record;
        }

        await Task.CompletedTask;
    }
}
