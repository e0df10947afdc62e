using System.Text;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Actors;

/// <summary>
/// Format 1.1's identity details of a person, as sanctions lists give them: name parts, birth places, identity
/// documents. The wire form, the rules, the 1.0 gate, and redaction (documents are sensitive). The people and numbers
/// are invented.
/// </summary>
public sealed class IdentityDetailsTests
{
    private static readonly ValidationOptions Options = new() { Today = new NodaTime.LocalDate(2026, 1, 1) };

    private const string PersonJson = """{"type":"person","id":"p1","name":"Ivan Testavich Prykladau","names":[{"value":"Иван Тестович Примеров","language":"ru","kind":"native","given":"Иван","family":"Примеров","patronymic":"Тестович"}],"addresses":[{"street":"vul. Prykladnaya 1","locality":"Minsk","postalCode":"220000","country":"BY"}],"birthDate":"1979/1981","birthPlaces":[{"locality":"Minsk","country":"BY"},{"country":"RU"}],"identityDocuments":[{"kind":"passport","number":"MP0000001","country":"BY","issuedOn":"2015-03-02","expiresOn":"2025-03-02"}],"sources":[{"title":"S"}]}""";

    private static Record Read(string json) => DatasetReader.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow();

    private static string[] Found(string version, string json)
        => [.. DatasetValidator.Validate(new Dataset { FormatVersion = version, Title = "T", Records = [Read(json)] }, Options).Findings.Select(f => $"{f.Severity} {f.Code} {f.Path}")];

    [Fact]
    public void Details_ReadIntoTheModel_AndWriteBackTheSameBytes()
    {
        var person = Assert.IsType<Person>(Read(PersonJson));

        Assert.Equal(("Иван", "Примеров", "Тестович"), (person.Names[0].Given, person.Names[0].Family, person.Names[0].Patronymic));
        Assert.Equal([new BirthPlace { Locality = "Minsk", Country = CountryCode.Parse("BY") }, new BirthPlace { Country = CountryCode.Parse("RU") }], person.BirthPlaces);
        Assert.Equal(
            new IdentityDocument { Kind = IdentityDocumentKind.Passport, Number = "MP0000001", Country = CountryCode.Parse("BY"), IssuedOn = PartialDate.Parse("2015-03-02"), ExpiresOn = PartialDate.Parse("2025-03-02") },
            Assert.Single(person.IdentityDocuments));
        Assert.Equal(new Address { Street = "vul. Prykladnaya 1", Locality = "Minsk", PostalCode = "220000", Country = CountryCode.Parse("BY") }, Assert.Single(person.Addresses));
        Assert.Equal(PersonJson, PoliticalEventsJson.ToJson(person));
        Assert.NotEqual(person, person with { IdentityDocuments = [] });
        Assert.Empty(Found("1.1", PersonJson));
    }

    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "expires before issued", PersonJson.Replace("\"expiresOn\":\"2025-03-02\"", "\"expiresOn\":\"2014\"", StringComparison.Ordinal), ["Error identityDocument.expiresBeforeIssued /records/0/identityDocuments/0/expiresOn"] },
        { "expires possibly before issued", PersonJson.Replace("\"expiresOn\":\"2025-03-02\"", "\"expiresOn\":\"2015\"", StringComparison.Ordinal), ["Warning identityDocument.expiresBeforeIssued /records/0/identityDocuments/0/expiresOn"] },
        { "an empty number", PersonJson.Replace("\"number\":\"MP0000001\"", "\"number\":\"\"", StringComparison.Ordinal), ["Error minLength /records/0/identityDocuments/0/number"] },
        { "a birth place with neither part", PersonJson.Replace("{\"country\":\"RU\"}", "{}", StringComparison.Ordinal), ["Error anyOf /records/0/birthPlaces/1"] },
        { "an address without a part", PersonJson.Replace("{\"street\":\"vul. Prykladnaya 1\",\"locality\":\"Minsk\",\"postalCode\":\"220000\",\"country\":\"BY\"}", "{}", StringComparison.Ordinal), ["Error anyOf /records/0/addresses/0"] },
        {
            "an anonymous person with an address",
            """{"type":"person","id":"p1","anonymous":true,"addresses":[{"country":"BY"}],"sources":[{"title":"S"}]}""",
            ["Error not /records/0/addresses"]
        },
        { "a blank family name", PersonJson.Replace("\"family\":\"Примеров\"", "\"family\":\" \"", StringComparison.Ordinal), ["Error text.blank /records/0/names/0/family"] },
        {
            "an anonymous person with a document",
            """{"type":"person","id":"p1","anonymous":true,"identityDocuments":[{"number":"MP0000001"}],"sources":[{"title":"S"}]}""",
            ["Error not /records/0/identityDocuments"]
        },
        {
            "an organization's name in parts",
            """{"type":"organization","id":"o1","kind":"ngo","name":"Viasna","names":[{"value":"Viasna","family":"Viasna"}],"sources":[{"title":"S"}]}""",
            ["Warning name.partsOfOrganization /records/0/names/0"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rules_In11(string name, string json, string[] expected)
    {
        string[] found = Found("1.1", json);
        Assert.True(expected.SequenceEqual(found), $"{name}: {string.Join(", ", found)}");
        Assert.DoesNotContain(DatasetValidator.Validate(new Dataset { FormatVersion = "1.1", Title = "T", Records = [Read(json)] }, Options).Findings, f => f.Message.Contains("MP0000001", StringComparison.Ordinal));
    }

    [Fact]
    public void In10_EachDetailIsRefused_WhereItIs()
        => Assert.Equal(
            [
                "/records/0/addresses", "/records/0/birthDate", "/records/0/birthPlaces", "/records/0/identityDocuments",
                "/records/0/names/0/family", "/records/0/names/0/given", "/records/0/names/0/patronymic",
            ],
            DatasetValidator.Validate(new Dataset { FormatVersion = "1.0", Title = "T", Records = [Read(PersonJson)] }, Options)
                .Findings.Where(f => f.Code == ValidationCodes.FormatVersionTooLow).Select(f => f.Path).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("restricted", true)]
    [InlineData("public", false)]
    public void PublicRedaction_RemovesDocumentsAndBirthPlaces_OfARestrictedPerson(string confidentiality, bool removed)
    {
        string json = PersonJson.Replace("\"sources\"", $"\"confidentiality\":\"{confidentiality}\",\"sources\"", StringComparison.Ordinal).Replace(",\"confidentiality\":\"public\"", string.Empty, StringComparison.Ordinal);
        Dataset dataset = new() { FormatVersion = "1.1", Title = "T", Records = [Read(json)] };

        RedactionResult result = Redactor.Redact(dataset, RedactionProfile.Public);

        Person person = Assert.IsType<Person>(Assert.Single(result.Dataset!.Records));
        Assert.Equal(removed, person.IdentityDocuments.Count == 0);
        Assert.Equal(removed, person.BirthPlaces.Count == 0);
        Assert.Equal(removed, person.Addresses.Count == 0);
        Assert.Equal(removed, result.Report!.Findings.Any(f => f.Code == RedactionCodes.FieldRemovedAddresses));
        Assert.Equal(removed, result.Report!.Findings.Any(f => f.Code == RedactionCodes.FieldRemovedIdentityDocuments));
        Assert.Equal(removed, result.Report!.Findings.Any(f => f.Code == RedactionCodes.FieldRemovedBirthPlaces));
    }
}
