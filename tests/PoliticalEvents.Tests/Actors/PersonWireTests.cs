using NodaTime;
using PoliticalEvents.Tests.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Actors;

public sealed class PersonWireTests
{
    /// <summary>A person with every field set, built afresh on each call (new lists every time).</summary>
    internal static Person Full() => new()
    {
        Id = new RecordId("person-kalesnikava"),
        Name = "Maryia Kalesnikava",
        Names =
        [
            new ActorName { Value = "Марыя Калеснікава", Language = LanguageTag.Parse("be"), Kind = NameKind.Native },
            new ActorName { Value = "Maria Kolesnikova", Language = LanguageTag.Parse("en"), Kind = NameKind.Transliteration },
            new ActorName { Value = "Masha", Kind = NameKind.Alias },
            new ActorName { Value = "M. K.", Kind = NameKind.Former },
        ],
        Identifiers = [new ExternalIdentifier { Scheme = "wikidata", Value = "Q55228395" }],
        Affiliations = [new Affiliation { OrganizationId = new OrganizationId("org-babaryka-hq"), Role = "campaign coordinator", From = PartialDate.Parse("2020-05"), Until = PartialDate.Parse("2020-09-07") }],
        Roles = ["opposition", "politician", "humanRightsDefender"],
        Gender = Gender.Female,
        BirthDate = PartialDate.Parse("1982-04-24"),
        DeathDate = PartialDate.Parse("2090?"),
        Nationalities = [CountryCode.Parse("BY"), CountryCode.Parse("DE")],
        Sources = [FullSource()],
        Notes = "Detained in Minsk.",
        Confidentiality = Confidentiality.Restricted,
    };

    internal static Source FullSource() => new()
    {
        Url = WebUrl.Parse("https://example.org/news/1?lang=be#top"),
        Title = "Калеснікава затрымана",
        Publisher = "Example News",
        PublishedOn = PartialDate.Parse("2020-09-07~"),
        AccessedOn = new LocalDate(2025, 12, 14),
        Quote = "She tore up her passport at the border.",
        Language = LanguageTag.Parse("be-Latn"),
    };

    internal const string FullSourceJson =
        """{"url":"https://example.org/news/1?lang=be#top","title":"Калеснікава затрымана","publisher":"Example News","publishedOn":"2020-09-07~","accessedOn":"2025-12-14","quote":"She tore up her passport at the border.","language":"be-Latn"}""";

    [Fact]
    public void Person_FullyPopulated_WritesEveryFieldAndReadsBackEqual()
    {
        RecordWire.WritesAndReadsBack(Full(), "{"
            + "\"type\":\"person\",\"id\":\"person-kalesnikava\",\"name\":\"Maryia Kalesnikava\","
            + "\"names\":[{\"value\":\"Марыя Калеснікава\",\"language\":\"be\",\"kind\":\"native\"},"
            + "{\"value\":\"Maria Kolesnikova\",\"language\":\"en\",\"kind\":\"transliteration\"},"
            + "{\"value\":\"Masha\",\"kind\":\"alias\"},{\"value\":\"M. K.\",\"kind\":\"former\"}],"
            + "\"identifiers\":[{\"scheme\":\"wikidata\",\"value\":\"Q55228395\"}],"
            + "\"affiliations\":[{\"organizationId\":\"org-babaryka-hq\",\"role\":\"campaign coordinator\",\"from\":\"2020-05\",\"until\":\"2020-09-07\"}],"
            + "\"roles\":[\"opposition\",\"politician\",\"humanRightsDefender\"],"
            + "\"gender\":\"female\",\"birthDate\":\"1982-04-24\",\"deathDate\":\"2090?\",\"nationalities\":[\"BY\",\"DE\"],"
            + "\"sources\":[" + FullSourceJson + "],\"notes\":\"Detained in Minsk.\",\"confidentiality\":\"restricted\"}");
    }

    [Fact]
    public void Person_Anonymous_WritesAnonymousTrueAndNoName()
    {
        var person = new Person { Id = new RecordId("person-anon-1"), Anonymous = true, Gender = Gender.Other };

        RecordWire.WritesAndReadsBack(person, """{"type":"person","id":"person-anon-1","anonymous":true,"gender":"other"}""");
    }

    [Fact]
    public void Person_BuiltTwice_EqualWithEqualHashCodes()
        => RecordWire.EqualByValue(Full(), Full());

    [Fact]
    public void Person_OneListElementDiffers_NotEqual()
    {
        Person full = Full();
        RecordWire.EachDiffers(
            full,
            full with { Names = [.. full.Names.Take(3), new ActorName { Value = "M. K.", Kind = NameKind.Alias }] },
            full with { Identifiers = [new ExternalIdentifier { Scheme = "wikidata", Value = "Q1" }] },
            full with { Affiliations = [full.Affiliations[0] with { Until = null }] },
            full with { Roles = ["opposition", "politician", "journalist"] },
            full with { Nationalities = [CountryCode.Parse("BY")] },
            full with { Sources = [FullSource() with { Quote = "Another quote." }] },
            full with { Sources = [] },
            full with { Anonymous = true },
            full with { Confidentiality = Confidentiality.Public });
    }

    [Fact]
    public void Person_EmptyListsAndDefaultLists_Equal()
    {
        var left = new Person { Id = new RecordId("p1"), Name = "A", Roles = [] };
        var right = new Person { Id = new RecordId("p1"), Name = "A", Roles = new List<string>() };

        RecordWire.EqualByValue(left, right);
    }

    [Fact]
    public void Source_BuiltTwice_EqualWithEqualHashCodes()
        => RecordWire.EqualByValue(FullSource(), FullSource());

    [Fact]
    public void Gender_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(["female", "male", "other"], Enum.GetValues<Gender>().Select(RecordWire.Text));

    [Fact]
    public void NameKind_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(["alias", "former", "native", "transliteration"], Enum.GetValues<NameKind>().Select(RecordWire.Text));

    [Fact]
    public void Confidentiality_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(["public", "restricted", "confidential"], Enum.GetValues<Confidentiality>().Select(RecordWire.Text));
}
