using PoliticalEvents.SanctionsLists;
using Xunit;
using static PoliticalEvents.Tests.SanctionsLists.ListFixtures;
using Codes = PoliticalEvents.SanctionsLists.SanctionsListReportCodes;

namespace PoliticalEvents.Tests.SanctionsLists;

public class OfacListImportTests
{
    private static readonly SanctionsListImport Imported = ImportFixture(Ofac);

    [Fact]
    public void Fixture_ImportsToAValidDataset_DatedByThePublishDate()
    {
        Dataset dataset = Valid(Imported);

        Assert.Equal(new NodaTime.LocalDate(2026, 8, 7), Imported.ListDate);
        Assert.Equal(["ofac-list-2026-08-07", "us-ofac", "ofac-90001", "ofac-90002", "ofac-90004", "ofac-sdgt-asset-freeze", "ofac-iran-eo13902-asset-freeze", "ofac-cuba-asset-freeze"], dataset.Records.Select(r => r.Id.Value));
        Assert.Equal(new Dictionary<string, int> { ["individual"] = 3, ["entity"] = 1, ["vessel"] = 1 }, Imported.Report.Read);
    }

    [Fact]
    public void Individual_NamePartsAliasesFormerNames()
    {
        Person person = Record<Person>(Valid(Imported), "ofac-90001");

        Assert.Equal("Corwin MAPLETHORPE", person.Name);
        Assert.Equal(
            [
                new ActorName { Value = "Corwin MAPLETHORPE", Given = "Corwin", Family = "MAPLETHORPE" },
                new ActorName { Value = "Corwin MAPLE", Kind = NameKind.Alias, Given = "Corwin", Family = "MAPLE" },
                new ActorName { Value = "THE MAPLE", Kind = NameKind.Alias },
                new ActorName { Value = "Corwin OAKTHORPE", Kind = NameKind.Former, Given = "Corwin", Family = "OAKTHORPE" },
            ],
            person.Names);
        Assert.Equal(Gender.Male, person.Gender);
        Assert.Equal("An invented remark.", person.Notes);
    }

    [Fact]
    public void Individual_BirthDatesSpanned_PlacesSplitAtTheCountry_DocumentsWithDates()
    {
        Person person = Record<Person>(Valid(Imported), "ofac-90001");

        // The main entry 10 Dec 1958 and circa 1960: the span that holds both.
        Assert.Equal(PartialDate.Parse("1958-12-10/1960~"), person.BirthDate);
        Assert.Equal([CountryCode.Parse("IR")], person.Nationalities);
        Assert.Equal([new BirthPlace { Locality = "Springfield, Upper Province", Country = CountryCode.Parse("IR") }, new BirthPlace { Locality = "Shelbyville" }], person.BirthPlaces);
        Assert.Equal(
            [new IdentityDocument { Kind = IdentityDocumentKind.Passport, Number = "P00090001", Country = CountryCode.Parse("IR"), IssuedOn = PartialDate.Parse("1998-11-13"), ExpiresOn = PartialDate.Parse("2008-11-12") }],
            person.IdentityDocuments);
        Assert.Equal([new Address { Street = "7 Fictional Lane", Locality = "Pyongyang", Country = CountryCode.Parse("KP") }], person.Addresses);
    }

    [Fact]
    public void OneTargetPerProgramme_UndatedListingsOnOrBeforeThePublishDay()
    {
        Dataset dataset = Valid(Imported);
        foreach (string id in new[] { "ofac-sdgt-asset-freeze", "ofac-iran-eo13902-asset-freeze" })
        {
            SanctionMeasure measure = Record<SanctionMeasure>(dataset, id);
            Assert.Equal(new SanctionTarget { ActorId = new ActorId("ofac-90001"), ListingId = "90001", ListedOn = PartialDate.Parse("../2026-08-07") }, Assert.Single(measure.Targets));
            Assert.Equal(PartialDate.Parse("../2026-08-07"), Assert.Single(measure.History).On);
            Assert.Equal("us-ofac", measure.ImposedById.Value);
        }
    }

    [Theory]
    [InlineData("circa 1960", "1960~")]
    [InlineData("Dec 1948", "1948-12")]
    [InlineData("1960 to 1962", "1960/1962")]
    [InlineData("circa 1960 to 1962", "1960~/1962~")]
    [InlineData("5 May 1955", "1955-05-05")]
    [InlineData("31 Feb 1955", null)]
    [InlineData("1962 to 1960", null)]
    [InlineData("sometime", null)]
    public void OfacDates(string text, string? expected)
        => Assert.Equal(expected is null ? null : PartialDate.Parse(expected), ListDates.Text(text));

    [Theory]
    [InlineData(Codes.EntryKindNotCarried, 1)]
    [InlineData(Codes.EntryIdUnusable, 1)]
    [InlineData(Codes.EntryNoProgramme, 1)]
    [InlineData(Codes.IdentifierNotCarried, 2)]
    [InlineData(Codes.CountryUnmapped, 1)]
    [InlineData(Codes.DateUnreadable, 1)]
    [InlineData(Codes.BirthDateAlternative, 1)]
    [InlineData(Codes.NameWeak, 1)]
    public void Report_CountsEachCode(string code, int count) => Assert.Equal(count, Count(Imported, code));

    // An individual's title is a position (format 1.1: an affiliation without an organization record).
    [Fact]
    public void IndividualsTitle_IsAPosition()
        => Assert.Equal([new Affiliation { Role = "Minister of Imaginary Affairs" }], Record<Person>(Valid(Imported), "ofac-90001").Affiliations);

    // An id entry of type Website is a contact (format 1.1), not an identifier left out.
    [Fact]
    public void WebsiteId_IsAContact()
        => Assert.Equal([new Contact { Kind = ContactKind.Website, Value = "www.invented-shipping.example" }], Record<Organization>(Valid(Imported), "ofac-90002").Contacts);
}
