using System.Text.RegularExpressions;
using CsCheck;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Tests.Cli;
using PoliticalEvents.Tests.Generators;
using Xunit;

namespace PoliticalEvents.Tests.FollowTheMoney;

/// <summary>
/// Every entity the exporter writes conforms to the FtM model: checked against a hand-written subset of the compiled
/// model (followthemoney v3.8.4, <c>js/src/defaultModel.json</c>), independent of the adapter's own tables. The subset
/// lists, for each schema the exporter writes, the properties it has (inherited ones included; no stubs) that an
/// exporter of this data could plausibly use, with their type and maximum length.
/// </summary>
public partial class FtmModelConformanceTests
{
    private sealed record Property(string Type, int MaxLength, string? Range = null);

    // Thing (and LegalEntity, inherited by every actor schema).
    private static readonly Dictionary<string, Property> ThingProperties = new()
    {
        ["name"] = new("name", 384), ["alias"] = new("name", 384), ["previousName"] = new("name", 384), ["weakAlias"] = new("name", 384),
        ["country"] = new("country", 16), ["notes"] = new("text", 65000), ["summary"] = new("text", 65000), ["description"] = new("text", 65000),
        ["sourceUrl"] = new("url", 4096), ["topics"] = new("topic", 64), ["wikidataId"] = new("identifier", 32), ["program"] = new("string", 1024),
        ["programId"] = new("identifier", 64), ["publisher"] = new("string", 1024), ["keywords"] = new("string", 1024),
        ["email"] = new("email", 250), ["phone"] = new("phone", 64), ["website"] = new("url", 4096), ["jurisdiction"] = new("country", 16),
        ["mainCountry"] = new("country", 16), ["status"] = new("string", 1024), ["sector"] = new("string", 1024),
        ["bvdId"] = new("identifier", 64), ["dunsCode"] = new("identifier", 16), ["idNumber"] = new("identifier", 64), ["innCode"] = new("identifier", 32),
        ["leiCode"] = new("identifier", 32), ["licenseNumber"] = new("identifier", 64), ["npiCode"] = new("identifier", 16), ["ogrnCode"] = new("identifier", 32),
        ["okpoCode"] = new("identifier", 64), ["registrationNumber"] = new("identifier", 64), ["swiftBic"] = new("identifier", 16),
        ["taxNumber"] = new("identifier", 64), ["uniqueEntityId"] = new("identifier", 32), ["vatCode"] = new("identifier", 32),
        ["incorporationDate"] = new("date", 32), ["dissolutionDate"] = new("date", 32), ["legalForm"] = new("string", 1024), ["modifiedAt"] = new("date", 32),
        ["addressEntity"] = new("entity", 200, "Address"),
    };

    private static readonly Dictionary<string, Property> PersonProperties = With(ThingProperties, new()
    {
        ["firstName"] = new("string", 1024), ["lastName"] = new("string", 1024), ["birthDate"] = new("date", 32), ["deathDate"] = new("date", 32),
        ["birthPlace"] = new("string", 1024), ["nationality"] = new("country", 16), ["citizenship"] = new("country", 16), ["gender"] = new("gender", 16),
        ["position"] = new("string", 1024), ["passportNumber"] = new("identifier", 64), ["socialSecurityNumber"] = new("identifier", 64),
        ["political"] = new("string", 1024),
    });

    private static readonly Dictionary<string, Property> OrganizationProperties = With(ThingProperties, new()
    {
        ["cageCode"] = new("identifier", 16), ["permId"] = new("identifier", 16), ["imoNumber"] = new("identifier", 16), ["giiNumber"] = new("identifier", 20),
    });

    private static readonly Dictionary<string, Property> CompanyProperties = With(OrganizationProperties, new()
    {
        ["kppCode"] = new("identifier", 64), ["cikCode"] = new("identifier", 64), ["isinCode"] = new("identifier", 64), ["ticker"] = new("identifier", 64),
        ["ricCode"] = new("identifier", 16), ["voenCode"] = new("identifier", 32), ["capital"] = new("number", 250),
    });

    // Interval, inherited by Sanction and the Interest schemata.
    private static readonly Dictionary<string, Property> IntervalProperties = new()
    {
        ["startDate"] = new("date", 32), ["endDate"] = new("date", 32), ["date"] = new("date", 32), ["summary"] = new("text", 65000),
        ["description"] = new("text", 65000), ["recordId"] = new("string", 1024), ["sourceUrl"] = new("url", 4096), ["publisher"] = new("string", 1024),
        ["publisherUrl"] = new("url", 4096), ["modifiedAt"] = new("date", 32), ["retrievedAt"] = new("date", 32),
    };

    // Identification extends Interval (Passport extends Identification), format 1.1.
    private static readonly Dictionary<string, Property> IdentificationProperties = With(IntervalProperties, new()
    {
        ["holder"] = new("entity", 200, "LegalEntity"), ["type"] = new("string", 1024), ["country"] = new("country", 16),
        ["number"] = new("identifier", 64), ["authority"] = new("string", 1024),
    });

    private static readonly Dictionary<string, Dictionary<string, Property>> Schemata = new()
    {
        ["Person"] = PersonProperties,
        ["Organization"] = OrganizationProperties,
        ["PublicBody"] = OrganizationProperties,
        ["Company"] = CompanyProperties,
        ["Sanction"] = With(IntervalProperties, new()
        {
            ["entity"] = new("entity", 200, "Thing"), ["authority"] = new("string", 1024), ["authorityId"] = new("identifier", 64),
            ["unscId"] = new("identifier", 16), ["program"] = new("string", 1024), ["programId"] = new("identifier", 64),
            ["programUrl"] = new("url", 4096), ["provisions"] = new("string", 1024), ["status"] = new("string", 1024),
            ["duration"] = new("string", 1024), ["reason"] = new("text", 65000), ["country"] = new("country", 16), ["listingDate"] = new("date", 32),
        }),
        ["Membership"] = With(IntervalProperties, new()
        {
            ["member"] = new("entity", 200, "LegalEntity"), ["organization"] = new("entity", 200, "Organization"), ["role"] = new("string", 1024), ["status"] = new("string", 1024),
        }),
        ["Employment"] = With(IntervalProperties, new()
        {
            ["employee"] = new("entity", 200, "Person"), ["employer"] = new("entity", 200, "Organization"), ["role"] = new("string", 1024), ["status"] = new("string", 1024),
        }),
        ["Directorship"] = With(IntervalProperties, new()
        {
            ["director"] = new("entity", 200, "LegalEntity"), ["organization"] = new("entity", 200, "Organization"), ["role"] = new("string", 1024),
            ["status"] = new("string", 1024), ["secretary"] = new("string", 1024),
        }),

        // CourtCase extends Thing; CourtCaseParty extends Interest (Interval, role, status).
        ["CourtCase"] = With(ThingProperties, new()
        {
            ["category"] = new("string", 1024), ["type"] = new("string", 1024), ["caseNumber"] = new("identifier", 64),
            ["court"] = new("string", 1024), ["fileDate"] = new("date", 32), ["closeDate"] = new("date", 32),
        }),
        ["CourtCaseParty"] = With(IntervalProperties, new()
        {
            ["party"] = new("entity", 200, "Thing"), ["case"] = new("entity", 200, "CourtCase"), ["role"] = new("string", 1024), ["status"] = new("string", 1024),
        }),

        // Format 1.1: identity documents and addresses.
        ["Identification"] = IdentificationProperties,
        ["Passport"] = With(IdentificationProperties, new()
        {
            ["passportNumber"] = new("identifier", 64), ["surname"] = new("string", 1024), ["givenName"] = new("string", 1024),
            ["birthDate"] = new("date", 32), ["birthPlace"] = new("string", 1024), ["gender"] = new("gender", 16), ["personalNumber"] = new("identifier", 64),
        }),
        ["Address"] = With(ThingProperties, new()
        {
            ["full"] = new("address", 250), ["remarks"] = new("string", 1024), ["postOfficeBox"] = new("string", 1024), ["street"] = new("string", 1024),
            ["street2"] = new("string", 1024), ["city"] = new("string", 1024), ["postalCode"] = new("string", 1024), ["region"] = new("string", 1024),
            ["state"] = new("string", 1024),
        }),
    };

    private static readonly Dictionary<string, string[]> Required = new()
    {
        ["Person"] = ["name"], ["Organization"] = ["name"], ["PublicBody"] = ["name"], ["Company"] = ["name"],
        ["Sanction"] = ["entity"], ["Membership"] = ["member", "organization"], ["Employment"] = ["employee", "employer"],
        ["Directorship"] = ["director", "organization"], ["CourtCase"] = ["name"], ["CourtCaseParty"] = ["case", "party"],
        ["Identification"] = ["holder", "number"], ["Passport"] = ["holder", "number"], ["Address"] = [],
    };

    // Which schemata are (or extend) the range of an entity property.
    private static readonly Dictionary<string, string[]> Ranges = new()
    {
        ["Thing"] = ["Person", "Organization", "PublicBody", "Company", "CourtCase"],
        ["CourtCase"] = ["CourtCase"],
        ["LegalEntity"] = ["Person", "Organization", "PublicBody", "Company"],
        ["Organization"] = ["Organization", "PublicBody", "Company"],
        ["Person"] = ["Person"],
        ["Address"] = ["Address"],
    };

    private static readonly HashSet<string> Topics =
    [
        "gov.national", "gov.judicial", "gov.security", "gov.igo", "gov.head", "pol.party", "role.act", "role.journo", "role.pep", "role.civil",
        "role.judge", "role.lawyer", "role.diplo", "role.acct", "role.lobby", "role.oligarch", "role.rca", "role.spy", "sanction", "poi",
    ];

    [Theory]
    [InlineData(PolevSandbox.Belarus)]
    [InlineData(PolevSandbox.Tunisia)]
    public async Task Examples_ExportConformingEntities(string example)
    {
        Dataset dataset = await FtmTestData.LoadExampleAsync(example);

        AssertConforms(FtmExporter.Export(dataset, new FtmReport()));
    }

    [Fact]
    public void RandomDatasets_ExportConformingEntities()
        => RecordGenerators.Dataset.Sample(
            dataset => AssertConforms(FtmExporter.Export(dataset, new FtmReport(), new FtmExportOptions { IncludeConfidential = true, Restricted = RestrictedExport.Full })),
            iter: 300);

    private static void AssertConforms(IReadOnlyList<FtmEntity> entities)
    {
        var schemaOf = entities.ToDictionary(e => e.Id, e => e.Schema);
        foreach (FtmEntity entity in entities)
        {
            Assert.True(Schemata.TryGetValue(entity.Schema, out Dictionary<string, Property>? properties), $"{entity}: not a schema the exporter should write");
            Assert.Matches(IdPattern(), entity.Id);
            Assert.All(Required[entity.Schema], required => Assert.True(entity.Properties.ContainsKey(required), $"{entity}: no {required}"));
            foreach ((string name, IReadOnlyList<string> values) in entity.Properties)
            {
                Assert.True(properties!.TryGetValue(name, out Property? property), $"{entity}: FtM {entity.Schema} has no property {name}");
                Assert.NotEmpty(values);
                foreach (string value in values)
                {
                    Assert.False(string.IsNullOrWhiteSpace(value), $"{entity}: blank {name}");
                    Assert.True(value.Length <= property!.MaxLength, $"{entity}: {name} longer than {property.MaxLength}");
                    switch (property.Type)
                    {
                        case "date":
                            Assert.Matches(DatePrefix(), value);
                            break;
                        case "country":
                            Assert.Matches("^[a-z]{2}$", value);
                            break;
                        case "gender":
                            Assert.Contains(value, (string[])["male", "female", "other"]);
                            break;
                        case "topic":
                            Assert.Contains(value, Topics);
                            break;
                        case "url":
                            Assert.Matches("^https?://", value);
                            break;
                        case "entity":
                            Assert.True(schemaOf.TryGetValue(value, out string? target), $"{entity}: {name} refers to an entity that is not there");
                            Assert.Contains(target, Ranges[property.Range!]);
                            break;
                    }
                }
            }
        }
    }

    private static Dictionary<string, Property> With(Dictionary<string, Property> basis, Dictionary<string, Property> more)
        => basis.Concat(more).ToDictionary(p => p.Key, p => p.Value);

    [GeneratedRegex("^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$")]
    private static partial Regex IdPattern();

    // FtM's date type: an ISO 8601 prefix, down to the second (modifiedAt carries a time of day).
    [GeneratedRegex("^[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}(:[0-9]{2}(:[0-9]{2})?)?)?)?)?$")]
    private static partial Regex DatePrefix();
}
