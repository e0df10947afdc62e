using PoliticalEvents.SanctionsLists;
using Xunit;
using static PoliticalEvents.Tests.SanctionsLists.ListFixtures;
using Codes = PoliticalEvents.SanctionsLists.SanctionsListReportCodes;

namespace PoliticalEvents.Tests.SanctionsLists;

public class EuListImportTests
{
    private static readonly SanctionsListImport Imported = ImportFixture(Eu);

    [Fact]
    public void Fixture_ImportsToAValidDataset()
    {
        Dataset dataset = Valid(Imported);

        Assert.Equal(new NodaTime.LocalDate(2026, 8, 5), Imported.ListDate);
        Assert.Equal(["eu-list-2026-08-05", "eu-council", "eu-101", "eu-102", "eu-103", "eu-blr-asset-freeze", "eu-terr-asset-freeze"], dataset.Records.Select(r => r.Id.Value));
        Assert.Equal(new Dictionary<string, int> { ["person"] = 3, ["enterprise"] = 1 }, Imported.Report.Read);
    }

    [Fact]
    public void Person_FirstNameAliasIsTheName_WithParts_OthersAreAliases()
    {
        Person person = Record<Person>(Valid(Imported), "eu-101");

        Assert.Equal("Clementine Ada EXAMPLEVA", person.Name);
        Assert.Equal(
            [
                new ActorName { Value = "Clementine Ada EXAMPLEVA", Given = "Clementine Ada", Family = "EXAMPLEVA" },
                new ActorName { Value = "Клементина ЭКЗАМПЛЕВА", Kind = NameKind.Alias, Language = LanguageTag.Parse("ru") },
                new ActorName { Value = "Clem", Kind = NameKind.Alias },
            ],
            person.Names);
        Assert.Equal(Gender.Female, person.Gender);
        Assert.Equal(
            [new ExternalIdentifier { Scheme = "un-sc", Value = "QDi.902" }, new ExternalIdentifier { Scheme = "eu-fsf", Value = "EU.901.1" }],
            person.Identifiers);
    }

    [Fact]
    public void Person_CircaYear_Citizenship_Passport_Address()
    {
        Person person = Record<Person>(Valid(Imported), "eu-101");

        // Two birth dates in the list (circa 1975, 3 February 1976): the span that holds both.
        Assert.Equal(PartialDate.Parse("1975~/1976-02-03"), person.BirthDate);
        Assert.Equal([CountryCode.Parse("BY")], person.Nationalities);
        Assert.Equal([new BirthPlace { Locality = "Minsk", Country = CountryCode.Parse("BY") }], person.BirthPlaces);
        Assert.Equal([new IdentityDocument { Kind = IdentityDocumentKind.Passport, Number = "MP0000101", Country = CountryCode.Parse("BY") }], person.IdentityDocuments);
        Assert.Equal([new Address { Street = "5 Invented Street", Locality = "Minsk", PostalCode = "220001", Country = CountryCode.Parse("BY") }], person.Addresses);
    }

    [Fact]
    public void YearRange_IsAnInterval()
        => Assert.Equal(PartialDate.Parse("1980/1985"), Record<Person>(Valid(Imported), "eu-103").BirthDate);

    [Fact]
    public void Listing_DesignationDateAndDetails_OrOnOrBeforeTheFirstActInForce()
    {
        SanctionMeasure measure = Record<SanctionMeasure>(Valid(Imported), "eu-blr-asset-freeze");

        Assert.Equal("BLR", measure.Program!.Code);
        Assert.Equal(
            [
                new SanctionTarget { ActorId = new ActorId("eu-101"), ListingId = "EU.901.1", ListedOn = PartialDate.Parse("2021-06-21"), Reason = "Invented: responsible for invented acts." },
                // No designation date: the earliest act citing it was published on 2021-06-21 and in force on 2021-06-22.
                new SanctionTarget { ActorId = new ActorId("eu-102"), ListingId = "EU.902.7", ListedOn = PartialDate.Parse("../2021-06-22") },
            ],
            measure.Targets);
        Assert.Equal(PartialDate.Parse("2021-06-21"), Assert.Single(measure.History).On);
    }

    [Fact]
    public void Enterprise_IsAnOrganization_ItsRegistrationNumberReported()
    {
        Organization organization = Record<Organization>(Valid(Imported), "eu-102");

        Assert.Equal([new ActorName { Value = "Open Joint-Stock Company Invented Potash", Language = LanguageTag.Parse("en") }, new ActorName { Value = "ОАО Выдуманный Калий", Kind = NameKind.Alias, Language = LanguageTag.Parse("ru") }], organization.Names);
        Assert.Contains(Imported.Report.Findings, f => f.Code == Codes.DocumentNotCarried && f.RecordId == "eu-102" && f.ColumnName == "identification");
    }

    [Theory]
    [InlineData(Codes.EntryNoName, 1)]
    [InlineData(Codes.NameWeak, 1)]
    [InlineData(Codes.NameMiddle, 1)]
    [InlineData(Codes.GenderNotCarried, 1)]
    [InlineData(Codes.TitleNotCarried, 1)]
    [InlineData(Codes.BirthDateAlternative, 1)]
    [InlineData(Codes.BirthNote, 1)]
    [InlineData(Codes.DocumentNotCarried, 2)]
    [InlineData(Codes.DocumentDetailNotCarried, 1)]
    [InlineData(Codes.AddressDetailNotCarried, 1)]
    [InlineData(Codes.LegalActNotCarried, 6)]
    [InlineData(Codes.ElementUnknown, 1)]
    public void Report_CountsEachCode(string code, int count) => Assert.Equal(count, Count(Imported, code));

    [Fact]
    public void Report_NamesAttributesAsElementSlashAt()
    {
        Assert.Contains(Imported.Report.Findings, f => f.Code == Codes.DocumentDetailNotCarried && f.ColumnName == "identification/@knownFalse");
    }

    // An unknown attribute's own name comes from the input, not from the list's format: only where it is is shown.
    [Fact]
    public void Report_UnknownAttribute_NamedByItsElementOnly()
    {
        Finding unknown = Assert.Single(Imported.Report.Findings, f => f.Code == Codes.ElementUnknown);
        Assert.Equal(("sanctionEntity/@*", "eu-103"), (unknown.ColumnName, unknown.RecordId));
        Assert.NotNull(unknown.Line);
        Assert.DoesNotContain(Imported.Report.Findings, f => (f.ColumnName ?? string.Empty).Contains("futureAttribute", StringComparison.Ordinal));
    }

    // A name's function is a position (format 1.1: an affiliation without an organization record).
    [Fact]
    public void Function_IsAPosition()
        => Assert.Equal([new Affiliation { Role = "Deputy head of the Invented Penal Colony" }], Record<Person>(Valid(Imported), "eu-101").Affiliations);

    // An address's contactInfo is the entry's contacts (format 1.1), one per ";"-separated value.
    [Fact]
    public void ContactInfo_IsContacts()
        => Assert.Equal(
            [
                new Contact { Kind = ContactKind.Phone, Value = "+375 00 000 00 00" },
                new Contact { Kind = ContactKind.Phone, Value = "+375 00 000 00 01" },
                new Contact { Kind = ContactKind.Email, Value = "office@invented.example" },
            ],
            Record<Person>(Valid(Imported), "eu-101").Contacts);
}
