using System.Text;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Serialization;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.FollowTheMoney;

/// <summary>
/// Format 1.1 identity documents and addresses in FollowTheMoney: a Passport or an Identification held by the person,
/// an Address named by the actor's addressEntity; and read back, whichever comes first. People and numbers invented.
/// </summary>
public sealed class IdentityFtmTests
{
    private const string PersonJson = """{"type":"person","id":"p1","name":"Ivan Prykladau","identityDocuments":[{"kind":"passport","number":"MP0000001","country":"BY","issuedOn":"2015-03-02","expiresOn":"2025-03-02"},{"kind":"nationalId","number":"3000000A000PB0"},{"number":"X-1"}],"addresses":[{"street":"vul. Prykladnaya 1","locality":"Minsk","postalCode":"220000","country":"BY"}],"sources":[{"url":"https://example.org/p1"}]}""";

    private static Record Read(string json) => DatasetReader.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow();

    [Fact]
    public void Export_DocumentsAreHeldByThePerson_TheAddressIsNamedByIt()
    {
        var report = new FtmReport();

        IReadOnlyList<FtmEntity> entities = FtmExporter.Export([Read(PersonJson)], report);

        FtmEntity person = entities.Single(e => e.Schema == "Person");
        FtmEntity passport = entities.Single(e => e.Schema == "Passport");
        FtmEntity[] identifications = [.. entities.Where(e => e.Schema == "Identification")];
        FtmEntity address = entities.Single(e => e.Schema == "Address");
        Assert.Equal(["p1", "MP0000001", "by", "2015-03-02", "2025-03-02"], (string[])[.. passport.Values("holder"), .. passport.Values("number"), .. passport.Values("country"), .. passport.Values("startDate"), .. passport.Values("endDate")]);
        Assert.Equal([["nationalId"], []], identifications.Select(i => i.Values("type")));
        Assert.Equal([address.Id], person.Values("addressEntity"));
        Assert.Equal(["vul. Prykladnaya 1", "Minsk", "220000", "by"], (string[])[.. address.Values("street"), .. address.Values("city"), .. address.Values("postalCode"), .. address.Values("country")]);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Export_RestrictedReduced_LeavesDocumentsAndAddressesOut()
    {
        Record restricted = Read(PersonJson.Replace("\"sources\"", "\"confidentiality\":\"restricted\",\"sources\"", StringComparison.Ordinal));
        var report = new FtmReport();

        IReadOnlyList<FtmEntity> entities = FtmExporter.Export([restricted], report, new FtmExportOptions { Restricted = RestrictedExport.Reduced });

        Assert.Equal(["Person"], entities.Select(e => e.Schema));
        Assert.Empty(entities[0].Values("addressEntity"));
        Assert.Contains("ftm.export.restrictedReduced p1 /identityDocuments 1", FtmTestData.Lines(report));
        Assert.Contains("ftm.export.restrictedReduced p1 /addresses 1", FtmTestData.Lines(report));
    }

    [Fact]
    public void Import_DocumentsAndAddressBeforeTheirPerson_ComeBackOnIt()
    {
        IReadOnlyList<FtmEntity> exported = FtmExporter.Export([Read(PersonJson)], new FtmReport());
        FtmEntity[] entities = [.. exported.Where(e => e.Schema != "Person"), .. exported.Where(e => e.Schema == "Person")];
        var report = new FtmReport();

        Person back = FtmImporter.Import(entities, report).OfType<Person>().Single();

        var original = (Person)Read(PersonJson);
        Assert.Equal(original.IdentityDocuments, back.IdentityDocuments);
        Assert.Equal(original.Addresses, back.Addresses);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Import_ForeignDocuments_WhatDoesNotFitIsReported()
    {
        FtmEntity person = FtmTestData.Entity("""{"id":"p1","schema":"Person","properties":{"name":["A"]}}""");
        FtmEntity company = FtmTestData.Entity("""{"id":"c1","schema":"Company","properties":{"name":["C"]}}""");
        FtmEntity[] documents =
        [
            FtmTestData.Entity("""{"id":"d1","schema":"Identification","properties":{"holder":["p1"],"number":["123"],"type":["Driving licence"],"authority":["Traffic police"]}}"""),
            FtmTestData.Entity("""{"id":"d2","schema":"Passport","properties":{"holder":["c1"],"number":["P1"]}}"""),
            FtmTestData.Entity("""{"id":"d3","schema":"Passport","properties":{"holder":["p9"],"number":["P2"]}}"""),
            FtmTestData.Entity("""{"id":"a1","schema":"Address","properties":{"full":["Nowhere 1"]}}"""),
        ];
        var report = new FtmReport();

        Person back = FtmImporter.Import([person, company, .. documents], report).OfType<Person>().Single();

        Assert.Equal([new IdentityDocument { Kind = IdentityDocumentKind.Other, Number = "123" }], back.IdentityDocuments);
        Assert.Equal(
            [
                "ftm.import.valueDropped d1 type 1", "ftm.import.propertyNotMapped d1 authority 1", "ftm.import.referenceNotImported d2 holder 1",
                "ftm.import.referenceMissing d3 holder 1", "ftm.import.schemaNotImported a1 1",
            ],
            FtmTestData.Lines(report));
    }

    [Fact]
    public void RoundTrip_DiffersExactlyAsTheReportsSay()
        => RoundTrip.Check(new Dataset { Title = "T", Records = [Read(PersonJson)] });
}
