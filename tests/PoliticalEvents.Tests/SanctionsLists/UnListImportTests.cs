using PoliticalEvents.SanctionsLists;
using Xunit;
using static PoliticalEvents.Tests.SanctionsLists.ListFixtures;
using Codes = PoliticalEvents.SanctionsLists.SanctionsListReportCodes;

namespace PoliticalEvents.Tests.SanctionsLists;

public class UnListImportTests
{
    private static readonly SanctionsListImport Imported = ImportFixture(Un);

    [Fact]
    public void Fixture_ImportsToAValidDataset_DatedByTheList()
    {
        Dataset dataset = Valid(Imported);

        Assert.Equal(new NodaTime.LocalDate(2026, 2, 27), Imported.ListDate);
        Assert.Equal("1.1", dataset.FormatVersion);
        Assert.Equal(["un-list-2026-02-27", "un-security-council", "un-9000001", "un-9000002", "un-9000010", "un-9000011", "un-drc-sanctions", "un-al-qaida-sanctions"], dataset.Records.Select(r => r.Id.Value));
        Assert.Equal(new Dictionary<string, int> { ["individual"] = 5, ["entity"] = 2 }, Imported.Report.Read);
        Assert.Equal(new Dictionary<string, int> { ["organization"] = 3, ["person"] = 2, ["sanctionMeasure"] = 2, ["source"] = 1 }, Imported.Report.Written);
        Assert.All(dataset.Records.Where(r => r is not SourceRecord), r => Assert.Equal([new Source { SourceId = new RecordId("un-list-2026-02-27") }], r.Sources));
        Assert.Equal(3, Imported.Report.Listings);
    }

    [Fact]
    public void Individual_NamesAliasesAndScripts()
    {
        Person person = Record<Person>(Valid(Imported), "un-9000001");

        Assert.Equal("ALDER QUILLFEATHER EXAMPLOV", person.Name);
        Assert.Equal(
            [
                new ActorName { Value = "АЛДЕР КВИЛФЕЗЕР", Kind = NameKind.Native },
                new ActorName { Value = "ALDER QUILL", Kind = NameKind.Alias },
                new ActorName { Value = "Lanternman", Kind = NameKind.Alias },
                new ActorName { Value = "ALDER EXAMPLOV", Kind = NameKind.Former },
                new ActorName { Value = "Quillfeather the Elder", Kind = NameKind.Alias },
            ],
            person.Names);
        Assert.Equal(Gender.Male, person.Gender);
        Assert.Equal([new ExternalIdentifier { Scheme = "un-sc", Value = "CDi.901" }], person.Identifiers);
        Assert.Equal("Invented commander of the fictitious Lantern Brigade.\nWrapped over two lines, as the list does.", person.Notes);
    }

    [Fact]
    public void Individual_BirthNationalityDocumentsAddresses()
    {
        Person person = Record<Person>(Valid(Imported), "un-9000001");

        // EXACT 1971-03-04 and APPROXIMATELY 1970: the span that holds both, not a pick of one.
        Assert.Equal(PartialDate.Parse("1970~/1971-03-04"), person.BirthDate);
        Assert.Equal([CountryCode.Parse("CD")], person.Nationalities);
        Assert.Equal([new BirthPlace { Locality = "Goma, North Kivu", Country = CountryCode.Parse("CD") }], person.BirthPlaces);
        Assert.Equal(
            [
                new IdentityDocument { Kind = IdentityDocumentKind.Passport, Number = "XP0000901", Country = CountryCode.Parse("IR"), IssuedOn = PartialDate.Parse("2010-05-06") },
                new IdentityDocument { Kind = IdentityDocumentKind.NationalId, Number = "NIN-0000-901" },
            ],
            person.IdentityDocuments);
        Assert.Equal([new Address { Street = "1 Imaginary Avenue", Locality = "Kinshasa", Country = CountryCode.Parse("CD") }], person.Addresses);
    }

    [Fact]
    public void Quirks_BetweenYears_OffsetListingDate_SoftHyphen_UnknownGender()
    {
        Person person = Record<Person>(Valid(Imported), "un-9000002");

        Assert.Equal(PartialDate.Parse("1968/1972"), person.BirthDate);
        Assert.Equal("BRYONY TESTCASE", person.Name);
        Assert.Null(person.Gender);
        SanctionMeasure measure = Record<SanctionMeasure>(Imported.Dataset!, "un-al-qaida-sanctions");
        Assert.Equal(PartialDate.Parse("2001-01-25"), Assert.Single(measure.Targets).ListedOn);
    }

    [Fact]
    public void Measure_PerRegime_TargetPerListing_UndatedListingIsOnOrBeforeTheListDay()
    {
        SanctionMeasure measure = Record<SanctionMeasure>(Valid(Imported), "un-drc-sanctions");

        Assert.Equal("un-security-council", measure.ImposedById.Value);
        Assert.Equal(SanctionKind.Other, measure.Kind);
        Assert.Equal("DRC", measure.Program!.Code);
        Assert.Equal(
            [
                new SanctionTarget { ActorId = new ActorId("un-9000001"), ListingId = "CDi.901", ListedOn = PartialDate.Parse("2012-12-31") },
                new SanctionTarget { ActorId = new ActorId("un-9000010"), ListingId = "CDe.901", ListedOn = PartialDate.Parse("../2026-02-27") },
            ],
            measure.Targets);
        SanctionEvent imposed = Assert.Single(measure.History);
        Assert.Equal(SanctionAction.Imposed, imposed.Action);
        Assert.Equal(PartialDate.Parse("2012-12-31"), imposed.On);
        Assert.Equal(SanctionStatus.Active, measure.StatusOn(new DateOnly(2026, 2, 27), measure.Targets[1]));
    }

    [Fact]
    public void Entity_IsAnOrganization_CountryByItsOtherName()
    {
        Organization organization = Record<Organization>(Valid(Imported), "un-9000010");

        Assert.Equal(OrganizationKind.Other, organization.Kind);
        Assert.Equal([new ActorName { Value = "GREYWATER", Kind = NameKind.Alias }], organization.Names);
        Assert.Equal([new Address { Street = "99 Nowhere Quay", Locality = "Istanbul", PostalCode = "00000", Country = CountryCode.Parse("TR") }], organization.Addresses);
    }

    [Theory]
    [InlineData(Codes.EntryIdUnusable, 1)]
    [InlineData(Codes.EntryDuplicate, 1)]
    [InlineData(Codes.EntryNoName, 1)]
    [InlineData(Codes.EntryNoProgramme, 1)]
    [InlineData(Codes.CountryUnmapped, 2)]
    [InlineData(Codes.DateUnreadable, 1)]
    [InlineData(Codes.BirthDateAlternative, 1)]
    [InlineData(Codes.BirthNote, 1)]
    [InlineData(Codes.NameWeak, 1)]
    [InlineData(Codes.NameDetailNotCarried, 1)]
    [InlineData(Codes.TitleNotCarried, 1)]
    [InlineData(Codes.LastUpdatedNotCarried, 1)]
    [InlineData(Codes.DocumentNotCarried, 1)]
    [InlineData(Codes.DocumentDetailNotCarried, 2)]
    [InlineData(Codes.AddressDetailNotCarried, 1)]
    [InlineData(Codes.IdentifierUnexpectedForm, 1)]
    [InlineData(Codes.ElementUnknown, 1)]
    [InlineData(Codes.ValueCleaned, 1)]
    [InlineData(Codes.GenderNotCarried, 0)]
    public void Report_CountsEachCode(string code, int count) => Assert.Equal(count, Count(Imported, code));

    [Fact]
    public void Report_LocatesFindings_ByRecordIdElementAndLine()
    {
        Finding unmapped = Imported.Report.Findings.First(f => f.Code == Codes.CountryUnmapped);
        Assert.Equal("un-9000001", unmapped.RecordId);
        Assert.Equal("NATIONALITY/VALUE", unmapped.ColumnName);
        Assert.Equal(File.ReadLines(PathOf(Un)).ToList().FindIndex(l => l.Contains("Atlantis", StringComparison.Ordinal)) + 1, unmapped.Line);

        Finding duplicate = Assert.Single(Imported.Report.Findings, f => f.Code == Codes.EntryDuplicate);
        Assert.Null(duplicate.RecordId);
        Assert.NotNull(duplicate.Line);
    }

    // DESIGNATION values are positions (format 1.1: affiliations without an organization record), as the list words them.
    [Fact]
    public void Designations_ArePositions()
        => Assert.Equal(
            [new Affiliation { Role = "Commander of the Lantern Brigade" }, new Affiliation { Role = "Member of the Glass Council" }],
            Record<Person>(Valid(Imported), "un-9000001").Affiliations);
}
