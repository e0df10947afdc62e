using PoliticalEvents.Tests.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Sanctions;

public sealed class SanctionMeasureWireTests
{
    internal static SanctionMeasure Full() => new()
    {
        Id = new RecordId("sanction-us-belaruskali"),
        ImposedById = new OrganizationId("org-us-ofac"),
        Kind = SanctionKind.AssetFreeze,
        Program = new SanctionProgram { Code = "BELARUS-EO14038", Name = "Belarus sanctions" },
        LegalBasis = new LegalBasis { Citation = "Executive Order 14038", Url = WebUrl.Parse("https://www.federalregister.gov/d/2021-17086") },
        Reason = "Revenue for the regime.",
        Targets =
        [
            SanctionTarget.ForActor(new ActorId("org-belaruskali")),
            SanctionTarget.ForSector("potash"),
            SanctionTarget.ForCountry(CountryCode.Parse("BY")),
        ],
        History =
        [
            new SanctionEvent { Action = SanctionAction.Imposed, On = PartialDate.Parse("2021-08-09") },
            new SanctionEvent
            {
                Action = SanctionAction.Eased,
                On = PartialDate.Parse("2025-12"),
                Description = "General License 13 authorises dealings.",
                LegalBasis = new LegalBasis { Citation = "General License 13" },
                Sources = [new PoliticalEvents.Source { Url = WebUrl.Parse("https://ofac.treasury.gov/") }],
            },
        ],
        Sources = [new PoliticalEvents.Source { Title = "OFAC notice", Publisher = "US Treasury" }],
        Notes = "Potash is Belarus's largest export.",
        Confidentiality = Confidentiality.Restricted,
    };

    [Fact]
    public void SanctionMeasure_FullyPopulated_WritesEveryFieldAndReadsBackEqual()
    {
        RecordWire.WritesAndReadsBack(Full(), "{"
            + "\"type\":\"sanctionMeasure\",\"id\":\"sanction-us-belaruskali\",\"imposedById\":\"org-us-ofac\",\"kind\":\"assetFreeze\","
            + "\"program\":{\"code\":\"BELARUS-EO14038\",\"name\":\"Belarus sanctions\"},"
            + "\"legalBasis\":{\"citation\":\"Executive Order 14038\",\"url\":\"https://www.federalregister.gov/d/2021-17086\"},"
            + "\"reason\":\"Revenue for the regime.\","
            + "\"targets\":[{\"actorId\":\"org-belaruskali\"},{\"sector\":\"potash\"},{\"country\":\"BY\"}],"
            + "\"history\":[{\"action\":\"imposed\",\"on\":\"2021-08-09\"},"
            + "{\"action\":\"eased\",\"on\":\"2025-12\",\"description\":\"General License 13 authorises dealings.\","
            + "\"legalBasis\":{\"citation\":\"General License 13\"},\"sources\":[{\"url\":\"https://ofac.treasury.gov/\"}]}],"
            + "\"sources\":[{\"title\":\"OFAC notice\",\"publisher\":\"US Treasury\"}],\"notes\":\"Potash is Belarus's largest export.\",\"confidentiality\":\"restricted\"}");
    }

    [Fact]
    public void SanctionMeasure_BuiltTwice_EqualWithEqualHashCodes()
        => RecordWire.EqualByValue(Full(), Full());

    [Fact]
    public void SanctionMeasure_OneListElementDiffers_NotEqual()
    {
        SanctionMeasure full = Full();
        RecordWire.EachDiffers(
            full,
            full with { Targets = [full.Targets[0], SanctionTarget.ForSector("aviation"), full.Targets[2]] },
            full with { History = [full.History[0], full.History[1] with { Action = SanctionAction.Lifted }] },
            full with { History = [full.History[0], full.History[1] with { Sources = [] }] },
            full with { History = [full.History[0]] },
            full with { Program = new SanctionProgram { Code = "BELARUS-EO14038" } },
            full with { Sources = [new PoliticalEvents.Source { Title = "OFAC notice" }] });
    }

    [Fact]
    public void SanctionEvent_SourcesByContent_EqualWithEqualHashCodes()
    {
        SanctionEvent Build() => new()
        {
            Action = SanctionAction.Extended,
            On = PartialDate.Parse("2024"),
            Sources = [new PoliticalEvents.Source { Title = "a" }, new PoliticalEvents.Source { Title = "b" }],
        };

        RecordWire.EqualByValue(Build(), Build());
        RecordWire.EachDiffers(Build(), Build() with { Sources = [new PoliticalEvents.Source { Title = "a" }] });
    }

    [Fact]
    public void SanctionKind_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(
            ["assetFreeze", "travelBan", "armsEmbargo", "exportRestriction", "importRestriction", "financialRestriction", "investmentBan", "servicesBan", "transportRestriction", "sectoral", "other"],
            Enum.GetValues<SanctionKind>().Select(RecordWire.Text));

    [Fact]
    public void SanctionAction_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(
            ["imposed", "amended", "extended", "eased", "suspended", "lifted", "reimposed", "expired", "annulled"],
            Enum.GetValues<SanctionAction>().Select(RecordWire.Text));
}
