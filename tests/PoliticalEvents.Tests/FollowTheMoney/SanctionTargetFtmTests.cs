using PoliticalEvents.FollowTheMoney;
using Xunit;
using static PoliticalEvents.Tests.FollowTheMoney.FtmExporterTests;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.FollowTheMoney;

/// <summary>A target's own listing (format 1.1) on its FtM Sanction, and read back by the import.</summary>
public sealed class SanctionTargetFtmTests
{
    private static SanctionTarget Target(string actor, string? listed = null, string? delisted = null, string? listingId = null, string? reason = null, string? delistingReason = null)
        => SanctionTarget.ForActor(new ActorId(actor)) with
        {
            ListedOn = listed is null ? null : PartialDate.Parse(listed),
            DelistedOn = delisted is null ? null : PartialDate.Parse(delisted),
            ListingId = listingId,
            Reason = reason,
            DelistingReason = delistingReason,
        };

    // Imposed 2021-08-09 with a reason; p-1 listed later under a UN reference, delisted, with reasons of its own; org-b
    // listed with the measure.
    private static Record[] Listed() =>
    [
        Org("org-a"), Org("org-b"), Named("p-1"),
        Measure("m-1", "org-a") with
        {
            Reason = "The measure's reason.",
            Targets =
            [
                Target("p-1", listed: "2022-03-02", delisted: "2024-05", listingId: "KPi.033", reason: "The target's reason.", delistingReason: "Died."),
                Target("org-b"),
            ],
        },
    ];

    [Fact]
    public void Export_TargetsOwnListing_OnItsSanction_InPlaceOfTheMeasures()
    {
        var report = new FtmReport();

        FtmEntity[] sanctions = [.. FtmExporter.Export(Listed(), report).Where(e => e.Schema == "Sanction")];

        FtmEntity p1 = sanctions.Single(s => s.Values("entity").Single() == "p-1");
        Assert.Equal(["2021-08-09"], p1.Values("startDate"));
        Assert.Equal(["2022-03-02"], p1.Values("listingDate"));
        Assert.Equal(["2024-05"], p1.Values("endDate"));
        Assert.Equal(["Delisted"], p1.Values("status"));
        Assert.Equal(["KPi.033"], p1.Values("authorityId"));
        Assert.Equal(["KPi.033"], p1.Values("unscId"));
        Assert.Equal(["The target's reason."], p1.Values("reason"));

        FtmEntity orgB = sanctions.Single(s => s.Values("entity").Single() == "org-b");
        Assert.Equal(["2021-08-09"], orgB.Values("listingDate"));
        Assert.Equal(["The measure's reason."], orgB.Values("reason"));
        Assert.Empty(orgB.Values("endDate"));
        Assert.Empty(orgB.Values("status"));
        Assert.Empty(orgB.Values("authorityId"));

        Assert.Equal(
            [
                "ftm.export.sanctionSplit m-1 /targets 2",
                "ftm.export.sanctionTargetListing m-1 /targets/0/reason 1",
                "ftm.export.sanctionTargetListing m-1 /targets/0/delistingReason 1",
            ],
            FtmTestData.Lines(report));
    }

    [Theory]
    [InlineData("36", false)] // an OFAC UID
    [InlineData("EU.27.28", false)] // an EU reference
    [InlineData("CDe.001", true)] // a UN reference of an entity
    [InlineData("kpi.033", false)] // not the UN's capitals
    [InlineData("KPi.0331", false)]
    public void Export_ListingId_AuthorityId_AndUnscIdOnlyForAUnReference(string listingId, bool un)
    {
        Record[] records = [Org("org-a"), Named("p-1"), Measure("m-1", "org-a") with { Targets = [Target("p-1", listingId: listingId)] }];

        FtmEntity sanction = FtmExporter.Export(records, new FtmReport()).Single(e => e.Schema == "Sanction");

        Assert.Equal([listingId], sanction.Values("authorityId"));
        Assert.Equal(un ? [listingId] : [], sanction.Values("unscId"));
    }

    [Fact]
    public void Export_WhatWouldReadAsTheMeasures_IsReported()
    {
        // Listed on the start day (as FtM writes it), and delisted from a measure that has its own end.
        SanctionMeasure measure = Measure("m-1", "org-a") with
        {
            Targets = [Target("p-1", listed: "2021-08-09~", delisted: "2024-05")],
            History = [Step(SanctionAction.Imposed, "2021-08-09"), Step(SanctionAction.Lifted, "2025-11-04")],
        };
        var report = new FtmReport();

        FtmEntity sanction = FtmExporter.Export([Org("org-a"), Named("p-1"), measure], report).Single(e => e.Schema == "Sanction");

        Assert.Equal(["2021-08-09"], sanction.Values("listingDate"));
        Assert.Equal(["2025-11-04"], sanction.Values("endDate"));
        Assert.Equal(["Lifted"], sanction.Values("status"));
        Assert.Equal(
            ["ftm.export.sanctionTargetListing m-1 /targets/0/listedOn 1", "ftm.export.sanctionTargetListing m-1 /targets/0/delistedOn 1"],
            FtmTestData.Lines(report));
    }

    [Fact]
    public void Export_UndatedListingInForceOnAListsDay_NotWritten_Reported()
    {
        SanctionMeasure measure = Measure("m-1", "org-a") with { Targets = [Target("p-1", listed: "../2025-11-30")] };
        var report = new FtmReport();

        FtmEntity sanction = FtmExporter.Export([Org("org-a"), Named("p-1"), measure], report).Single(e => e.Schema == "Sanction");

        Assert.Equal(["2021-08-09"], sanction.Values("listingDate")); // the measure's, as for a target without a date
        Assert.Equal(["ftm.export.dateInterval m-1 /targets/0/listedOn 1"], FtmTestData.Lines(report));
    }

    [Fact]
    public void Import_OfTheExport_ReadsTheTargetsListingBack()
    {
        IReadOnlyList<FtmEntity> entities = FtmExporter.Export(Listed(), new FtmReport());
        var report = new FtmReport();

        SanctionMeasure[] measures = [.. FtmImporter.Import(entities, report).OfType<SanctionMeasure>()];

        SanctionMeasure p1 = measures.Single(m => m.Targets.Single().ActorId == new ActorId("p-1"));
        Assert.Equal(Target("p-1", listed: "2022-03-02", delisted: "2024-05", listingId: "KPi.033"), p1.Targets.Single());
        Assert.Equal("The target's reason.", p1.Reason);
        Assert.Equal([SanctionAction.Imposed], p1.History.Select(s => s.Action));

        SanctionMeasure orgB = measures.Single(m => m.Targets.Single().ActorId == new ActorId("org-b"));
        Assert.Equal(Target("org-b"), orgB.Targets.Single());
        Assert.Equal("The measure's reason.", orgB.Reason);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void RoundTrip_DiffersExactlyAsTheReportsSay()
    {
        RoundTrip.Check(new Dataset { Title = "Listings", Records = [.. Listed()] });
        RoundTrip.Check(new Dataset
        {
            Title = "Listings",
            Records =
            [
                Org("org-a"), Named("p-1"),
                Measure("m-1", "org-a") with
                {
                    Targets = [Target("p-1", listed: "2021-08-09", delisted: "2024-05~", listingId: "36")],
                    History = [Step(SanctionAction.Imposed, "2021-08-09"), Step(SanctionAction.Eased, "2023")],
                },
            ],
        });
    }

    [Fact]
    public void Import_ForeignSanction_OneEntity_AuthorityIdAndDelisting_AreTheTargets()
    {
        FtmEntity person = FtmTestData.Entity("""{"id":"p-1","schema":"Person","properties":{"name":["A"]}}""");
        FtmEntity sanction = FtmTestData.Entity("""{"id":"s-1","schema":"Sanction","properties":{"entity":["p-1"],"authority":["Council"],"startDate":["2020-02-27"],"listingDate":["2021-06-21"],"authorityId":["EU.123.45"],"unscId":["KPi.001"],"endDate":["2024-03-01"],"status":["delisted"]}}""");
        var report = new FtmReport();

        var measure = FtmImporter.Import([person, sanction], report).OfType<SanctionMeasure>().Single();

        Assert.Equal(Target("p-1", listed: "2021-06-21", delisted: "2024-03-01", listingId: "EU.123.45"), measure.Targets.Single());
        Assert.Equal([(SanctionAction.Imposed, "2020-02-27")], measure.History.Select(s => (s.Action, s.On.ToString())));
        Assert.Equal("UN Security Council identifier: KPi.001", measure.Notes);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Import_ForeignSanction_ListedWithTheMeasure_OrSeveralEntities_NoTargetListing()
    {
        FtmEntity[] people = [FtmTestData.Entity("""{"id":"p-1","schema":"Person","properties":{"name":["A"]}}"""), FtmTestData.Entity("""{"id":"p-2","schema":"Person","properties":{"name":["B"]}}""")];
        FtmEntity withStart = FtmTestData.Entity("""{"id":"s-1","schema":"Sanction","properties":{"entity":["p-1"],"authority":["Council"],"startDate":["2020-02-27"],"listingDate":["2020-02-27","2021-06-21"]}}""");
        FtmEntity two = FtmTestData.Entity("""{"id":"s-2","schema":"Sanction","properties":{"entity":["p-1","p-2"],"authority":["Council"],"startDate":["2020-02-27"],"authorityId":["EU.123.45"],"endDate":["2024-03-01"],"status":["delisted"]}}""");
        var report = new FtmReport();

        SanctionMeasure[] measures = [.. FtmImporter.Import([.. people, withStart, two], report).OfType<SanctionMeasure>()];

        Assert.Equal(Target("p-1"), measures[0].Targets.Single());
        Assert.Equal([Target("p-1"), Target("p-2")], measures[1].Targets);
        Assert.Equal([SanctionAction.Imposed, SanctionAction.Lifted], measures[1].History.Select(s => s.Action));
        Assert.Equal("Status: delisted\n\nAuthority-issued identifier: EU.123.45", measures[1].Notes);
        Assert.Equal(["ftm.import.valueDropped s-1 listingDate 1"], FtmTestData.Lines(report));
    }
}
