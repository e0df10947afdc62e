using System.Text;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.FollowTheMoney;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Actors;

/// <summary>
/// Format 1.1 contacts (phone, e-mail, website) of persons and organizations and an organization's founding date and
/// legal form, as sanctions lists give them for screening: wire form, rules, the 1.0 gate, redaction and FtM. The
/// people, bodies and numbers are invented.
/// </summary>
public sealed class ContactAndRegistryTests
{
    private static readonly ValidationOptions Options = new() { Today = new NodaTime.LocalDate(2026, 1, 1) };

    private const string OrganizationJson = """{"type":"organization","id":"o1","kind":"company","name":"Example Plant","contacts":[{"kind":"phone","value":"+375 17 000-00-00"},{"kind":"email","value":"office@plant.example"},{"kind":"website","value":"https://plant.example/"}],"country":"BY","foundedOn":"1944-07-16","legalForm":"Open joint-stock company","sources":[{"title":"S"}]}""";

    private const string PersonJson = """{"type":"person","id":"p1","name":"Ivan Prykladau","contacts":[{"kind":"email","value":"ivan@mail.example"}],"sources":[{"title":"S"}]}""";

    private static Record Read(string json) => DatasetReader.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow();

    private static string[] Found(string version, params string[] json)
        => [.. DatasetValidator.Validate(new Dataset { FormatVersion = version, Title = "T", Records = [.. json.Select(Read)] }, Options).Findings.Select(f => $"{f.Severity} {f.Code} {f.Path}")];

    [Fact]
    public void Organization_ReadsIntoTheModel_AndWritesBackTheSameBytes()
    {
        var organization = Assert.IsType<Organization>(Read(OrganizationJson));

        Assert.Equal(
            [
                new Contact { Kind = ContactKind.Phone, Value = "+375 17 000-00-00" },
                new Contact { Kind = ContactKind.Email, Value = "office@plant.example" },
                new Contact { Kind = ContactKind.Website, Value = "https://plant.example/" },
            ],
            organization.Contacts);
        Assert.Equal((PartialDate.Parse("1944-07-16"), "Open joint-stock company"), (organization.FoundedOn!.Value, organization.LegalForm));
        Assert.Equal(OrganizationJson, PoliticalEventsJson.ToJson(organization));
        Assert.NotEqual(organization, organization with { LegalForm = null });
        Assert.Empty(Found("1.1", OrganizationJson, PersonJson));
    }

    [Theory]
    [InlineData("""{"type":"person","id":"p1","anonymous":true,"contacts":[{"kind":"phone","value":"1"}],"sources":[{"title":"S"}]}""", "Error not /records/0/contacts")]
    [InlineData("""{"type":"person","id":"p1","name":"A","contacts":[{"kind":"phone","value":" "}],"sources":[{"title":"S"}]}""", "Error text.blank /records/0/contacts/0/value")]
    [InlineData("""{"type":"organization","id":"o1","kind":"ngo","name":"B","foundedOn":"2031","sources":[{"title":"S"}]}""", "Warning date.future /records/0/foundedOn")]
    [InlineData("""{"type":"organization","id":"o1","kind":"ngo","name":"B","legalForm":"","sources":[{"title":"S"}]}""", "Error minLength /records/0/legalForm")]
    public void Rules_In11(string json, string expected) => Assert.Equal([expected], Found("1.1", json));

    [Fact]
    public void UnknownKind_IsRefusedByTheReader()
        => Assert.Equal(
            "error enum /contacts/0/kind",
            Assert.Single(DatasetReader.ReadRecord(Encoding.UTF8.GetBytes("""{"type":"person","id":"p1","name":"A","contacts":[{"kind":"fax","value":"1"}]}""")).Findings) is var f ? $"{f.Severity.ToString().ToLowerInvariant()} {f.Code} {f.Path}" : null);

    [Fact]
    public void In10_EachIsRefused_WhereItIs()
        => Assert.Equal(
            ["Error formatVersion.tooLow /records/0/contacts", "Error formatVersion.tooLow /records/0/foundedOn", "Error formatVersion.tooLow /records/0/legalForm", "Error formatVersion.tooLow /records/1/contacts"],
            Found("1.0", OrganizationJson, PersonJson).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("restricted", true)]
    [InlineData("public", false)]
    public void PublicRedaction_RemovesARestrictedPersonsContacts_KeepsAnOrganizations(string confidentiality, bool removed)
    {
        Record person = Read(PersonJson.Replace("\"sources\"", $"\"confidentiality\":\"{confidentiality}\",\"sources\"", StringComparison.Ordinal));
        Dataset dataset = new() { FormatVersion = "1.1", Title = "T", Records = [Read(OrganizationJson), person] };

        RedactionResult result = Redactor.Redact(dataset, RedactionProfile.Public);

        Assert.Equal(3, result.Dataset!.Records.OfType<Organization>().Single().Contacts.Count);
        Assert.Equal(removed, result.Dataset.Records.OfType<Person>().Single().Contacts.Count == 0);
        Assert.Equal(removed, result.Report!.Findings.Any(f => f.Code == RedactionCodes.FieldRemovedContacts && f.Path.EndsWith("/contacts", StringComparison.Ordinal)));
    }

    [Fact]
    public void Ftm_ContactsFoundingAndLegalForm_GoToTheirProperties_AndComeBack()
    {
        var report = new FtmReport();
        FtmEntity company = FtmExporter.Export([Read(OrganizationJson)], report).Single();

        Assert.Equal(["+375 17 000-00-00"], company.Values("phone"));
        Assert.Equal(["office@plant.example"], company.Values("email"));
        Assert.Equal(["https://plant.example/"], company.Values("website"));
        Assert.Equal(["1944-07-16"], company.Values("incorporationDate"));
        Assert.Equal(["Open joint-stock company"], company.Values("legalForm"));
        RoundTrip.Check(new Dataset { Title = "T", Records = [Read(OrganizationJson), Read(PersonJson)] });
    }

    [Fact]
    public void Ftm_WebsiteWithoutScheme_OtherKind_NotWrittenAndReported()
    {
        var person = (Person)Read(PersonJson) with
        {
            Contacts = [new Contact { Kind = ContactKind.Website, Value = "www.plant.example" }, new Contact { Kind = ContactKind.Other, Value = "PO Box 1" }, new Contact { Kind = ContactKind.Email, Value = "no-at-sign" }],
        };
        var report = new FtmReport();

        FtmEntity entity = FtmExporter.Export([person], report).Single();

        Assert.Empty(entity.Values("website").Concat(entity.Values("email")));
        Assert.Equal(
            ["ftm.export.contactNotCarried p1 /contacts/0 1", "ftm.export.contactNotCarried p1 /contacts/1 1", "ftm.export.contactNotCarried p1 /contacts/2 1"],
            FtmTestData.Lines(report).Where(l => l.Contains("/contacts", StringComparison.Ordinal)));
    }
}
