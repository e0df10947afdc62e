using System.Text;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Links;

/// <summary>
/// Format 1.1: a sanction history step's <c>stepId</c>, a link that names one step of the measure at an end
/// (<c>fromStepId</c>, <c>toStepId</c>), and a link's <c>deniedBy</c>. The wire form, the rules — found whatever the
/// order of the records and whether the validator's index stays in memory or spills —, the 1.0 gate and redaction.
/// </summary>
public sealed class StepLinkTests
{
    private static readonly ValidationOptions Options = new() { Today = new NodaTime.LocalDate(2026, 1, 1) };

    private const string Us = """{"type":"organization","id":"o1","kind":"state","name":"United States","country":"US","sources":[{"title":"S"}]}""";

    private const string Lithuania = """{"type":"person","id":"p2","name":"President of Lithuania","sources":[{"title":"S"}]}""";

    private const string Measure = """{"type":"sanctionMeasure","id":"s1","imposedById":"o1","kind":"assetFreeze","targets":[{"sector":"aviation","country":"BY"}],"history":[{"action":"imposed","on":"2021-08-09","stepId":"imposed-2021"},{"action":"eased","on":"2025-09-11","stepId":"eased-2025-09"}],"sources":[{"title":"S"}]}""";

    private const string Release = """{"type":"release","id":"r1","releasedOn":"2025-09-11","kind":"pardon","detainees":[{"subjectId":"p1"}],"sources":[{"title":"S"}]}""";

    private const string Person = """{"type":"person","id":"p1","name":"A","sources":[{"title":"S"}]}""";

    private const string LinkJson = """{"type":"link","id":"l1","kind":"inResponseTo","fromId":"r1","toId":"s1","on":"2025-09-11","assertedBy":"US officials","toStepId":"eased-2025-09","deniedBy":[{"by":"President of Lithuania","byId":"p2","on":"2025-09-11"}],"sources":[{"title":"S"}]}""";

    private static Record Read(string json) => DatasetReader.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow();

    private static ValidationResult Run(string version, IEnumerable<string> records, ValidationOptions options)
    {
        using var validator = new StreamingValidator(options);
        validator.AddHeader(new Dataset { FormatVersion = version, Title = "T", Records = [] });
        int index = 0;
        foreach (string record in records)
        {
            validator.AddRecord(Read(record), $"/records/{index++}");
        }

        return validator.Complete();
    }

    [Fact]
    public void StepsAndDenials_ReadIntoTheModel_AndWriteBackTheSameBytes()
    {
        var link = Assert.IsType<Link>(Read(LinkJson));
        var measure = Assert.IsType<SanctionMeasure>(Read(Measure));

        Assert.Equal(("eased-2025-09", null), (link.ToStepId, link.FromStepId));
        Assert.Equal(new LinkDenial { By = "President of Lithuania", ById = new ActorId("p2"), On = PartialDate.Parse("2025-09-11") }, Assert.Single(link.DeniedBy));
        Assert.Equal(["imposed-2021", "eased-2025-09"], measure.History.Select(s => s.StepId));
        Assert.Equal(LinkJson, PoliticalEventsJson.ToJson(link));
        Assert.Equal(Measure, PoliticalEventsJson.ToJson(measure));
        Assert.NotEqual(link, link with { DeniedBy = [] });
        Assert.Equal(link, Read(LinkJson));
    }

    public static TheoryData<string, string, string[]> Cases => new()
    {
        // name, the link (after Us, Lithuania, Person, Release and Measure, or before them), expected (code pointer-in-link)
        { "as written", LinkJson, [] },
        { "a step the measure does not have", LinkJson.Replace("\"toStepId\":\"eased-2025-09\"", "\"toStepId\":\"lifted-2026\"", StringComparison.Ordinal), ["link.stepUnresolved /toStepId"] },
        { "a step at the end that is a release", LinkJson.Replace("\"toStepId\":\"eased-2025-09\"", "\"fromStepId\":\"eased-2025-09\"", StringComparison.Ordinal), ["link.stepNotSanction /fromStepId"] },
        { "a step id that is no id", LinkJson.Replace("\"toStepId\":\"eased-2025-09\"", "\"toStepId\":\"eased 2025\"", StringComparison.Ordinal), ["pattern /toStepId", "link.stepUnresolved /toStepId"] },
        { "a denier who is not there", LinkJson.Replace("\"byId\":\"p2\"", "\"byId\":\"p9\"", StringComparison.Ordinal), ["reference.unresolved /deniedBy/0/byId"] },
        { "a blank denier", LinkJson.Replace("\"by\":\"President of Lithuania\"", "\"by\":\" \"", StringComparison.Ordinal), ["text.blank /deniedBy/0/by"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rules_InEitherOrder_InMemoryOrSpilled(string name, string link, string[] expected)
    {
        string[] context = [Us, Lithuania, Person, Release, Measure];
        foreach ((string order, string[] records, int at) in new[] { ("link last", (string[])[.. context, link], 5), ("link first", [link, .. context], 0) })
        {
            foreach (ValidationOptions options in new[] { Options, new ValidationOptions { Today = Options.Today, IndexMemoryLimit = 1 } })
            {
                string[] found = [.. Run("1.1", records, options).Findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.Code} {f.Path}")];
                string[] wanted = [.. expected.Select(e => e.Replace(" /", $" /records/{at}/", StringComparison.Ordinal))];
                Assert.True(wanted.Order(StringComparer.Ordinal).SequenceEqual(found.Order(StringComparer.Ordinal)), $"{name}, {order}, limit {options.IndexMemoryLimit}: {string.Join(", ", found)}");
            }
        }
    }

    [Fact]
    public void ARepeatedStepId_IsAnError_AtTheLaterStep()
    {
        string measure = Measure.Replace("\"stepId\":\"eased-2025-09\"", "\"stepId\":\"imposed-2021\"", StringComparison.Ordinal);

        Finding finding = Assert.Single(Run("1.1", [Us, measure], Options).Findings, f => f.Severity == Severity.Error);

        Assert.Equal((ValidationCodes.SanctionDuplicateStepId, "/records/1/history/1/stepId"), (finding.Code, finding.Path));
    }

    [Theory]
    [InlineData("/history/0/stepId")]
    [InlineData("/history/1/stepId")]
    public void In10_AStepIdIsRefused(string pointer)
        => Assert.Contains(Run("1.0", [Us, Measure], Options).Findings, f => f.Code == ValidationCodes.FormatVersionTooLow && f.Path == "/records/1" + pointer);

    [Fact]
    public void In10_ALinksStepEndAndDenials_AreRefused()
        => Assert.Equal(
            ["/records/5/deniedBy", "/records/5/toStepId"],
            Run("1.0", [Us, Lithuania, Person, Release, Measure.Replace(",\"stepId\":\"imposed-2021\"", string.Empty, StringComparison.Ordinal).Replace(",\"stepId\":\"eased-2025-09\"", string.Empty, StringComparison.Ordinal), LinkJson], Options)
                .Findings.Where(f => f.Code == ValidationCodes.FormatVersionTooLow).Select(f => f.Path).Order(StringComparer.Ordinal));

    [Fact]
    public void PublicRedaction_RemovesADroppedDeniersReference_AndKeepsTheDenial()
    {
        string confidential = Lithuania.Replace("\"sources\"", "\"confidentiality\":\"confidential\",\"sources\"", StringComparison.Ordinal);
        Dataset dataset = new() { FormatVersion = "1.1", Title = "T", Records = [.. new[] { Us, confidential, Person, Release, Measure, LinkJson }.Select(Read)] };

        RedactionResult result = Redactor.Redact(dataset, RedactionProfile.Public);

        Link link = Assert.Single(result.Dataset!.Records.OfType<Link>());
        Assert.Equal(new LinkDenial { By = "President of Lithuania", On = PartialDate.Parse("2025-09-11") }, Assert.Single(link.DeniedBy));
        Assert.Equal("eased-2025-09", link.ToStepId);
        Assert.Contains(result.Report!.Findings, e => e.Code == RedactionCodes.ReferenceRemovedDangling && e.Path.EndsWith("/deniedBy/0/byId", StringComparison.Ordinal));
    }
}
