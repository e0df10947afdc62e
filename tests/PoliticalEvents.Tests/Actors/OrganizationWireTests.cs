using PoliticalEvents.Tests.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Actors;

public sealed class OrganizationWireTests
{
    internal static Organization Full() => new()
    {
        Id = new RecordId("org-us-ofac"),
        Kind = OrganizationKind.GovernmentBody,
        Name = "Office of Foreign Assets Control",
        Names = [new ActorName { Value = "OFAC", Language = LanguageTag.Parse("en"), Kind = NameKind.Alias }],
        Identifiers = [new ExternalIdentifier { Scheme = "wikidata", Value = "Q1501367" }, new ExternalIdentifier { Scheme = "acme-register", Value = "A/1" }],
        Affiliations = [new Affiliation { OrganizationId = new OrganizationId("org-un"), Role = "observer" }],
        Roles = ["official"],
        Country = CountryCode.Parse("US"),
        ParentId = new OrganizationId("org-us-treasury"),
        Sources = [new PoliticalEvents.Source { Title = "Treasury notice" }],
        Notes = "Part of the Treasury.",
        Confidentiality = Confidentiality.Confidential,
    };

    [Fact]
    public void Organization_FullyPopulated_WritesEveryFieldAndReadsBackEqual()
    {
        RecordWire.WritesAndReadsBack(Full(), "{"
            + "\"type\":\"organization\",\"id\":\"org-us-ofac\",\"kind\":\"governmentBody\",\"name\":\"Office of Foreign Assets Control\","
            + "\"names\":[{\"value\":\"OFAC\",\"language\":\"en\",\"kind\":\"alias\"}],"
            + "\"identifiers\":[{\"scheme\":\"wikidata\",\"value\":\"Q1501367\"},{\"scheme\":\"acme-register\",\"value\":\"A/1\"}],"
            + "\"affiliations\":[{\"organizationId\":\"org-un\",\"role\":\"observer\"}],\"roles\":[\"official\"],"
            + "\"country\":\"US\",\"parentId\":\"org-us-treasury\","
            + "\"sources\":[{\"title\":\"Treasury notice\"}],\"notes\":\"Part of the Treasury.\",\"confidentiality\":\"confidential\"}");
    }

    [Fact]
    public void Organization_BuiltTwice_EqualWithEqualHashCodes()
        => RecordWire.EqualByValue(Full(), Full());

    [Fact]
    public void Organization_OneListElementDiffers_NotEqual()
    {
        Organization full = Full();
        RecordWire.EachDiffers(
            full,
            full with { Names = [full.Names[0] with { Language = LanguageTag.Parse("en-US") }] },
            full with { Identifiers = [full.Identifiers[0], full.Identifiers[1] with { Value = "A/2" }] },
            full with { Affiliations = [full.Affiliations[0] with { Role = "member" }] },
            full with { Roles = ["official", "official"] },
            full with { Sources = [new PoliticalEvents.Source { Title = "Other notice" }] },
            full with { ParentId = null });
    }

    [Fact]
    public void Organization_AndPersonWithSameId_NotEqual()
    {
        var organization = new Organization { Id = new RecordId("x1"), Kind = OrganizationKind.Other, Name = "X" };
        var person = new Person { Id = new RecordId("x1"), Name = "X" };

        Assert.False(organization.Equals(person));
        Assert.False(person.Equals(organization));
    }

    [Fact]
    public void OrganizationKind_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(
            ["state", "governmentBody", "court", "securityService", "politicalParty", "ngo", "media", "company", "intergovernmental", "other"],
            Enum.GetValues<OrganizationKind>().Select(RecordWire.Text));
}
