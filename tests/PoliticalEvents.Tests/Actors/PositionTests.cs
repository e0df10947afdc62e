using System.Text;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using PoliticalEvents.Tests.FollowTheMoney;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Actors;

/// <summary>
/// Format 1.1 positions: an affiliation without an organization record, its role saying what the position is, as
/// sanctions lists give them. The wire form, the rules, the 1.0 gate, and FollowTheMoney (a Person's position). The
/// people are invented.
/// </summary>
public sealed class PositionTests
{
    private static readonly ValidationOptions Options = new() { Today = new NodaTime.LocalDate(2026, 1, 1) };

    private const string PersonJson = """{"type":"person","id":"p1","name":"Ivan Prykladau","affiliations":[{"role":"former Head of a Penal Colony","until":"../2024-12-10"},{"organizationId":"o1","role":"member"}],"sources":[{"title":"S"}]}""";

    private const string OrganizationJson = """{"type":"organization","id":"o1","kind":"ngo","name":"Example NGO","sources":[{"title":"S"}]}""";

    private static Record Read(string json) => DatasetReader.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow();

    private static string[] Found(string version, params string[] json)
        => [.. DatasetValidator.Validate(new Dataset { FormatVersion = version, Title = "T", Records = [.. json.Select(Read)] }, Options).Findings.Select(f => $"{f.Severity} {f.Code} {f.Path}")];

    [Fact]
    public void Position_ReadsWithoutOrganization_AndWritesBackTheSameBytes()
    {
        var person = Assert.IsType<Person>(Read(PersonJson));

        Assert.Equal(new Affiliation { Role = "former Head of a Penal Colony", Until = PartialDate.Parse("../2024-12-10") }, person.Affiliations[0]);
        Assert.Equal(new OrganizationId("o1"), person.Affiliations[1].OrganizationId);
        Assert.Equal(PersonJson, PoliticalEventsJson.ToJson(person));
        Assert.Empty(Found("1.1", PersonJson, OrganizationJson));
    }

    [Theory]
    [InlineData("""{"type":"person","id":"p1","name":"A","affiliations":[{"from":"2020"}],"sources":[{"title":"S"}]}""", "Error anyOf /records/0/affiliations/0")]
    [InlineData("""{"type":"person","id":"p1","name":"A","affiliations":[{"role":"deputy","organizationId":"p1"}],"sources":[{"title":"S"}]}""", "Error reference.wrongType /records/0/affiliations/0/organizationId")]
    [InlineData("""{"type":"organization","id":"o2","kind":"ngo","name":"B","affiliations":[{"role":"member of a coalition","from":"2021","until":"2020"}],"sources":[{"title":"S"}]}""", "Error affiliation.endBeforeStart /records/0/affiliations/0/until")]
    public void Rules_In11(string json, string expected) => Assert.Equal([expected], Found("1.1", json));

    [Fact]
    public void In10_APositionIsRefusedAtTheAffiliation_AnAffiliationWithItsOrganizationIsNot()
        => Assert.Equal(
            ["Error formatVersion.tooLow /records/0/affiliations/0", "Error formatVersion.tooLow /records/0/affiliations/0/until"],
            Found("1.0", PersonJson, OrganizationJson));

    [Fact]
    public void FtmExport_PersonsPositionIsItsPosition_DatesAndOrderReported()
    {
        Record[] records = [Read(OrganizationJson), Read(PersonJson.Replace("\"until\":\"../2024-12-10\"", "\"until\":\"2024\"", StringComparison.Ordinal))];
        var report = new FtmReport();

        IReadOnlyList<FtmEntity> entities = FtmExporter.Export(records, report);

        Assert.Equal(["former Head of a Penal Colony"], entities.Single(e => e.Id == "p1").Values("position"));
        Assert.Single(entities, e => e.Schema == "Membership");
        Assert.Equal(["ftm.export.positionDetail p1 /affiliations/0/until 1"], FtmTestData.Lines(report).Where(l => l.Contains("/affiliations", StringComparison.Ordinal)));
    }

    [Fact]
    public void FtmExport_PositionAfterAMembership_OrderReported_OrganizationsPositionNotWritten()
    {
        var person = new Person
        {
            Id = new RecordId("p1"),
            Name = "A",
            Affiliations = [new Affiliation { OrganizationId = new OrganizationId("o1") }, new Affiliation { Role = "deputy minister" }],
        };
        var organization = (Organization)Read(OrganizationJson) with { Affiliations = [new Affiliation { Role = "founder of a network" }] };
        var report = new FtmReport();

        FtmExporter.Export([organization, person], report);

        Assert.Equal(["ftm.export.positionDetail o1 /affiliations/0 1", "ftm.export.orderNotKept p1 /affiliations 1"], FtmTestData.Lines(report).Where(l => l.Contains("/affiliations", StringComparison.Ordinal)));
    }

    [Fact]
    public void FtmImport_PositionsComeBackAsPositions_BeforeMemberships()
    {
        FtmEntity person = FtmTestData.Entity("""{"id":"p1","schema":"Person","properties":{"name":["A"],"position":["Minister of Testing"," "]}}""");
        FtmEntity org = FtmTestData.Entity("""{"id":"o1","schema":"Organization","properties":{"name":["O"]}}""");
        FtmEntity membership = FtmTestData.Entity("""{"id":"m1","schema":"Membership","properties":{"member":["p1"],"organization":["o1"]}}""");
        var report = new FtmReport();

        Person back = FtmImporter.Import([membership, person, org], report).OfType<Person>().Single();

        Assert.Equal([new Affiliation { Role = "Minister of Testing" }, new Affiliation { OrganizationId = new OrganizationId("o1") }], back.Affiliations);
        Assert.Equal(["ftm.import.valueInvalid p1 position 1"], FtmTestData.Lines(report));
    }

    [Fact]
    public void RoundTrip_DiffersExactlyAsTheReportsSay()
        => RoundTrip.Check(new Dataset { Title = "Positions", Records = [Read(OrganizationJson), Read(PersonJson)] });
}
