using PoliticalEvents.Tests.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Links;

public sealed class LinkWireTests
{
    internal static Link Full() => new()
    {
        Id = new RecordId("link-release-potash"),
        Kind = LinkKind.InResponseTo,
        FromId = new RecordId("release-2025-12-13"),
        ToId = new RecordId("sanction-us-belaruskali"),
        On = PartialDate.Parse("2025-12-13"),
        AssertedBy = "US officials",
        AssertedById = new ActorId("org-united-states"),
        Disputed = true,
        Confidence = Confidence.Medium,
        Sources = [new PoliticalEvents.Source { Title = "Envoy statement" }],
        Notes = "Denied by Minsk.",
        Confidentiality = Confidentiality.Restricted,
    };

    [Fact]
    public void Link_FullyPopulated_WritesEveryFieldAndReadsBackEqual()
    {
        RecordWire.WritesAndReadsBack(Full(), "{"
            + "\"type\":\"link\",\"id\":\"link-release-potash\",\"kind\":\"inResponseTo\",\"fromId\":\"release-2025-12-13\",\"toId\":\"sanction-us-belaruskali\","
            + "\"on\":\"2025-12-13\",\"assertedBy\":\"US officials\",\"assertedById\":\"org-united-states\",\"disputed\":true,\"confidence\":\"medium\","
            + "\"sources\":[{\"title\":\"Envoy statement\"}],\"notes\":\"Denied by Minsk.\",\"confidentiality\":\"restricted\"}");
    }

    [Fact]
    public void Link_BuiltTwice_EqualWithEqualHashCodes()
        => RecordWire.EqualByValue(Full(), Full());

    [Fact]
    public void Link_OneFieldOrSourceDiffers_NotEqual()
    {
        Link full = Full();
        RecordWire.EachDiffers(
            full,
            full with { Sources = [new PoliticalEvents.Source { Title = "Envoy statement", Publisher = "AP" }] },
            full with { Disputed = false },
            full with { Confidence = Confidence.High });
    }

    [Fact]
    public void LinkKind_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(["exchange", "conditionalOn", "inResponseTo", "partOf", "relatedTo"], Enum.GetValues<LinkKind>().Select(RecordWire.Text));

    [Fact]
    public void Confidence_AllValues_CamelCaseOnTheWire()
        => Assert.Equal(["high", "medium", "low"], Enum.GetValues<Confidence>().Select(RecordWire.Text));
}
