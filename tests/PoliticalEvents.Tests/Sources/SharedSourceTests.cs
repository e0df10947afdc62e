using System.Text;
using PoliticalEvents.Csv;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Statistics;
using PoliticalEvents.Tests.Csv;
using PoliticalEvents.Tests.FollowTheMoney;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Sources;

/// <summary>
/// Format 1.1: a <c>source</c> record given once and cited by id (<c>{"sourceId", "quote", "page"}</c>), and every
/// record's <c>modifiedAt</c>. The wire form, the rules (found whatever the order of the records and whether the
/// validator's index stays in memory or spills), the 1.0 gate, redaction, statistics, CSV and FtM.
/// </summary>
public sealed class SharedSourceTests
{
    private static readonly ValidationOptions Options = new() { Today = new NodaTime.LocalDate(2026, 1, 1) };

    private const string SourceJson = """{"type":"source","id":"src-list","url":"https://example.org/list","title":"Consolidated list","publisher":"Example Council","publishedOn":"2025-11-30","kind":"officialDocument","modifiedAt":"2025-12-01T08:00:00Z"}""";

    private const string PersonJson = """{"type":"person","id":"p1","name":"A","modifiedAt":"2025-12-14T09:30:00Z","sources":[{"sourceId":"src-list","quote":"listed","page":"annex I, 12"},{"title":"Inline report"}]}""";

    private const string MeasureJson = """{"type":"sanctionMeasure","id":"m1","imposedById":"o1","kind":"assetFreeze","targets":[{"actorId":"p1"}],"history":[{"action":"imposed","on":"2025-11-30","sources":[{"sourceId":"src-list"}]}],"sources":[{"sourceId":"src-list"}]}""";

    private const string OrganizationJson = """{"type":"organization","id":"o1","kind":"intergovernmental","name":"Example Council","sources":[{"sourceId":"src-list"}]}""";

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

    private static Dataset Dataset(params string[] records) => new() { FormatVersion = "1.1", Title = "T", Records = [.. records.Select(Read)] };

    [Fact]
    public void SourceAndCitations_ReadIntoTheModel_AndWriteBackTheSameBytes()
    {
        var source = Assert.IsType<SourceRecord>(Read(SourceJson));
        var person = Assert.IsType<Person>(Read(PersonJson));

        Assert.Equal(("https://example.org/list", "Consolidated list", SourceKind.OfficialDocument), (source.Url!.Value.Value, source.Title, source.Kind!.Value));
        Assert.Equal(source.Cite("listed", "annex I, 12"), person.Sources[0]);
        Assert.True(person.Sources[0].IsCitationById);
        Assert.False(person.Sources[1].IsCitationById);
        Assert.Equal(NodaTime.Instant.FromUtc(2025, 12, 14, 9, 30), person.ModifiedAt);
        Assert.Equal(
            new Source { Url = source.Url, Title = source.Title, Publisher = source.Publisher, PublishedOn = source.PublishedOn, Kind = source.Kind, Quote = "listed", Page = "annex I, 12" },
            person.Sources[0].ResolvedWith(source));
        Assert.Equal(SourceJson, PoliticalEventsJson.ToJson(source));
        Assert.Equal(PersonJson, PoliticalEventsJson.ToJson(person));
        Assert.Empty(DatasetValidator.Validate(Dataset(SourceJson, OrganizationJson, PersonJson, MeasureJson), Options).Findings);
    }

    public static TheoryData<string, string, string[]> Cases => new()
    {
        // name, the citing person (with the source record, before or after it), expected (code pointer-in-person)
        { "as written", PersonJson, [] },
        { "a source record that is not there", PersonJson.Replace("\"sourceId\":\"src-list\"", "\"sourceId\":\"src-gone\"", StringComparison.Ordinal), ["reference.unresolved /sources/0/sourceId"] },
        { "a record that is no source record", PersonJson.Replace("\"sourceId\":\"src-list\"", "\"sourceId\":\"o1\"", StringComparison.Ordinal), ["reference.wrongType /sources/0/sourceId"] },
        { "a citation with a title of its own", PersonJson.Replace("\"quote\":\"listed\"", "\"title\":\"Consolidated list\",\"quote\":\"listed\"", StringComparison.Ordinal), ["not /sources/0/title"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rules_InEitherOrder_InMemoryOrSpilled(string name, string person, string[] expected)
    {
        foreach ((string order, string[] records, int at) in new[] { ("citation last", (string[])[SourceJson, OrganizationJson, person], 2), ("citation first", [person, OrganizationJson, SourceJson], 0) })
        {
            foreach (ValidationOptions options in new[] { Options, new ValidationOptions { Today = Options.Today, IndexMemoryLimit = 1 } })
            {
                string[] found = [.. Run("1.1", records, options).Findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.Code} {f.Path}")];
                string[] wanted = [.. expected.Select(e => e.Replace(" /", $" /records/{at}/", StringComparison.Ordinal))];
                Assert.True(wanted.Order(StringComparer.Ordinal).SequenceEqual(found.Order(StringComparer.Ordinal)), $"{name}, {order}, limit {options.IndexMemoryLimit}: {string.Join(", ", found)}");
            }
        }
    }

    public static TheoryData<string, string, string[]> HistoryCases => new()
    {
        // name, the citing measure (its history step cites by id), expected (code pointer-in-measure)
        { "as written", MeasureJson, [] },
        { "a source record that is not there", MeasureJson.Replace("\"sources\":[{\"sourceId\":\"src-list\"}]}]", "\"sources\":[{\"sourceId\":\"src-gone\"}]}]", StringComparison.Ordinal), ["reference.unresolved /history/0/sources/0/sourceId"] },
        { "a record that is no source record", MeasureJson.Replace("\"sources\":[{\"sourceId\":\"src-list\"}]}]", "\"sources\":[{\"sourceId\":\"p1\"}]}]", StringComparison.Ordinal), ["reference.wrongType /history/0/sources/0/sourceId"] },
        { "a citation with a URL of its own", MeasureJson.Replace("\"sources\":[{\"sourceId\":\"src-list\"}]}]", "\"sources\":[{\"sourceId\":\"src-list\",\"url\":\"https://example.org/list\"}]}]", StringComparison.Ordinal), ["not /history/0/sources/0/url"] },
    };

    [Theory]
    [MemberData(nameof(HistoryCases))]
    public void HistoryStepCitations_InEitherOrder_InMemoryOrSpilled(string name, string measure, string[] expected)
    {
        foreach ((string order, string[] records, int at) in new[] { ("citation last", (string[])[SourceJson, OrganizationJson, PersonJson, measure], 3), ("citation first", [measure, PersonJson, OrganizationJson, SourceJson], 0) })
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
    public void ACitationIsASource_ASourceRecordNeedsNone_ButNeedsAUrlOrATitle()
    {
        string[] found = [.. DatasetValidator.Validate(Dataset(SourceJson, """{"type":"source","id":"src-2","publisher":"P"}""", """{"type":"person","id":"p1","name":"A","sources":[{"sourceId":"src-list"}]}"""), Options)
            .Findings.Select(f => $"{f.Severity} {f.Code} {f.Path}")];

        Assert.Equal(["Error anyOf /records/1"], found);
    }

    [Fact]
    public void ASourceRecordWithSources_IsRefusedByTheReader_AndByTheWriter()
    {
        Finding refused = Assert.Single(DatasetReader.ReadRecord(Encoding.UTF8.GetBytes("""{"type":"source","id":"s1","title":"T","sources":[{"title":"U"}]}""")).Findings);
        Assert.Equal("/sources", refused.Path);

        var source = (SourceRecord)Read(SourceJson) with { Sources = [new Source { Title = "U" }] };
        Assert.Throws<DatasetWriteException>(() => PoliticalEventsJson.ToJson(source));
        Assert.Contains(DatasetValidator.Validate(new Dataset { Title = "T", Records = [source] }, Options).Findings, f => f.Code == ValidationCodes.AdditionalProperties && f.Path == "/records/0/sources");
    }

    [Theory]
    [InlineData("2026-01-02T23:59:59Z", false)]
    [InlineData("2026-01-03T00:00:00Z", true)]
    public void ModifiedAt_AfterTomorrow_IsAWarning(string instant, bool warned)
        => Assert.Equal(
            warned,
            DatasetValidator.Validate(Dataset(PersonJson.Replace("2025-12-14T09:30:00Z", instant, StringComparison.Ordinal), SourceJson), Options)
                .Findings.Any(f => f is { Code: ValidationCodes.RecordModifiedInFuture, Severity: Severity.Warning, Path: "/records/0/modifiedAt" }));

    [Fact]
    public void In10_EachUseIsRefused_WhereItIs()
        => Assert.Equal(
            [
                "/records/0/modifiedAt", "/records/0/type", "/records/1/modifiedAt", "/records/1/sources/0/page", "/records/1/sources/0/sourceId",
                "/records/2/history/0/sources/0/sourceId", "/records/2/sources/0/sourceId", "/records/3/sources/0/sourceId",
            ],
            DatasetValidator.Validate(Dataset(SourceJson, PersonJson, MeasureJson, OrganizationJson) with { FormatVersion = "1.0" }, Options)
                .Findings.Where(f => f.Code == ValidationCodes.FormatVersionTooLow).Select(f => f.Path).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("confidential", true)]
    [InlineData("public", false)]
    public void PublicRedaction_DropsAConfidentialSourceRecord_AndTheCitationsOfIt_InEitherOrder(string confidentiality, bool dropped)
    {
        string source = SourceJson.Replace("}", $",\"confidentiality\":\"{confidentiality}\"}}", StringComparison.Ordinal);
        foreach (Dataset dataset in new[] { Dataset(source, OrganizationJson, PersonJson), Dataset(PersonJson, OrganizationJson, source) })
        {
            RedactionResult result = Redactor.Redact(dataset, RedactionProfile.Public);

            Assert.Equal(!dropped, result.Dataset!.Records.OfType<SourceRecord>().Any());
            Person person = result.Dataset.Records.OfType<Person>().Single();
            Assert.Equal(dropped ? 1 : 2, person.Sources.Count);
            Assert.Equal(dropped, result.Report!.Findings.Any(f => f.Code == RedactionCodes.EntryRemovedDangling && f.RecordId == "p1" && f.Path.EndsWith("/sources/0", StringComparison.Ordinal)));
            Assert.DoesNotContain(DatasetValidator.Validate(result.Dataset, Options).Findings, f => f.Severity == Severity.Error);
        }
    }

    private const string CaseSourceJson = """{"type":"source","id":"src-case","url":"https://example.org/case","title":"Court jails a named man"}""";

    private const string UncitedSourceJson = """{"type":"source","id":"src-unused","title":"Kept for later"}""";

    public static TheoryData<string, string[], string[]> UncitedCases => new()
    {
        // name, the records besides the source records (src-list, src-case, src-unused), the source records kept (a link
        // naming a dropped source record goes with it, and the source records only it cites then go too)
        { "every citer kept", [OrganizationJson, """{"type":"person","id":"p2","name":"B","sources":[{"sourceId":"src-case"}]}"""], ["src-list", "src-case", "src-unused"] },
        { "its only citer confidential", [OrganizationJson, """{"type":"person","id":"p2","name":"B","confidentiality":"confidential","sources":[{"sourceId":"src-case"}]}"""], ["src-list", "src-unused"] },
        { "its only citer confidential, a link names it", [OrganizationJson, """{"type":"person","id":"p2","name":"B","confidentiality":"confidential","sources":[{"sourceId":"src-case"}]}""", """{"type":"link","id":"l1","kind":"relatedTo","fromId":"src-case","toId":"o1","sources":[{"sourceId":"src-unused"}]}"""], ["src-list"] },
        { "its citers confidential, one restricted", [OrganizationJson, """{"type":"person","id":"p2","name":"B","confidentiality":"confidential","sources":[{"sourceId":"src-case"}]}""", """{"type":"person","id":"p3","name":"C","confidentiality":"restricted","sources":[{"sourceId":"src-case","quote":"q"}]}"""], ["src-list", "src-case", "src-unused"] },
        { "only the detention of an anonymous person cites it", [OrganizationJson, """{"type":"person","id":"pa","anonymous":true}""", """{"type":"detention","id":"d1","subjectId":"pa","country":"BY","startedOn":"2021-01","status":"ongoing","kind":"imprisonment","sources":[{"sourceId":"src-case","page":"3"}]}"""], ["src-list", "src-unused"] },
        { "a history step of a dropped measure", [OrganizationJson, """{"type":"person","id":"p2","name":"B","confidentiality":"confidential","sources":[{"title":"T"}]}""", MeasureJson.Replace("\"actorId\":\"p1\"", "\"actorId\":\"p2\"", StringComparison.Ordinal).Replace("\"history\":[{\"action\":\"imposed\",\"on\":\"2025-11-30\",\"sources\":[{\"sourceId\":\"src-list\"}]}],\"sources\":[{\"sourceId\":\"src-list\"}]", "\"history\":[{\"action\":\"imposed\",\"on\":\"2025-11-30\",\"sources\":[{\"sourceId\":\"src-case\"}]}],\"sources\":[{\"sourceId\":\"src-list\"}]", StringComparison.Ordinal)], ["src-list", "src-unused"] },
    };

    [Theory]
    [MemberData(nameof(UncitedCases))]
    public void PublicRedaction_DropsASourceRecordWhoseEveryCitationWent_InEitherOrder_AndAgainChangesNothing(string name, string[] records, string[] kept)
    {
        string[] sources = [SourceJson, CaseSourceJson, UncitedSourceJson];
        foreach ((string order, Dataset dataset) in new[] { ("sources first", Dataset([.. sources, .. records])), ("sources last", Dataset([.. records, .. sources])) })
        {
            RedactionResult result = Redactor.Redact(dataset, RedactionProfile.Public, Options);

            Assert.True(result.Dataset is not null, $"{name}, {order}: {string.Join("; ", result.Validation.Findings)}");
            Assert.Equal(kept.Order(StringComparer.Ordinal), result.Dataset.Records.OfType<SourceRecord>().Select(r => r.Id.Value).Order(StringComparer.Ordinal));
            Assert.Equal(
                sources.Length - kept.Length,
                result.Report!.Findings.Count(f => f is { Code: RedactionCodes.RecordDroppedUncited, RecordId: "src-list" or "src-case" or "src-unused" }));
            Assert.DoesNotContain(DatasetValidator.Validate(result.Dataset, Options).Findings, f => f.Severity == Severity.Error);
            Assert.Equal(result.Dataset, Redactor.Redact(result.Dataset, RedactionProfile.Public, Options).Dataset);
        }
    }

    [Fact]
    public void ASourceRecordBeforeItsOnlyCitation_OfAConfidentialRecord_TakesOneMorePass()
    {
        Record[] records = [.. Dataset(CaseSourceJson, """{"type":"person","id":"p2","name":"B","confidentiality":"confidential","sources":[{"sourceId":"src-case"}]}""").Records];
        var redactor = new StreamingRedactor(RedactionProfile.Public);
        List<string> passes = [];
        do
        {
            passes.Add(string.Join(",", records.Select(r => redactor.Redact(r)).Where(r => r.Record is not null).Select(r => r.Record!.Id.Value)));
        }
        while (!redactor.EndPass());

        Assert.Equal(["src-case", ""], passes);
    }

    [Fact]
    public void TheSharedSourcesFixture_WithItsCitationsInline_IsValidAndLarger()
    {
        // docs/format.md measures the bytes the fixture saves with jq; this is the same inlining through the model.
        Dataset shared = DatasetReader.ReadDataset(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "valid", "shared-sources.json"))).GetValueOrThrow();
        Dictionary<string, SourceRecord> byId = shared.Records.OfType<SourceRecord>().ToDictionary(r => r.Id.Value, StringComparer.Ordinal);
        Source[] Inline(IReadOnlyList<Source> sources) => [.. sources.Select(s => s.SourceId is { } id ? s.ResolvedWith(byId[id.Value]) : s)];
        Dataset inline = shared with
        {
            Records = [.. shared.Records.Where(r => r is not SourceRecord).Select(r => r is SanctionMeasure m
                ? m with { Sources = Inline(m.Sources), History = [.. m.History.Select(h => h with { Sources = Inline(h.Sources) })] }
                : r with { Sources = Inline(r.Sources) })],
        };

        Assert.True(shared.Records.Sum(r => r.Sources.Count(s => s.IsCitationById)) >= 4, "the fixture cites its source records from several records");
        Assert.Contains(shared.Records, r => r.Sources.Any(s => !s.IsCitationById));
        Assert.Empty(DatasetValidator.Validate(inline, new ValidationOptions { Today = new NodaTime.LocalDate(2026, 3, 1) }).Findings);
        Assert.True(
            Encoding.UTF8.GetByteCount(PoliticalEventsJson.ToJson(shared, indented: false)) < Encoding.UTF8.GetByteCount(PoliticalEventsJson.ToJson(inline, indented: false)),
            "citing by id takes fewer bytes than the same sources inline");
    }

    [Fact]
    public void Statistics_CountSourceRecordsAndCitations()
    {
        var statistics = new DatasetStatistics(new NodaTime.LocalDate(2026, 1, 1));
        foreach (Record record in Dataset(SourceJson, OrganizationJson, PersonJson, MeasureJson).Records)
        {
            statistics.Add(record);
        }

        DatasetSummary summary = statistics.Summarize();
        Assert.Equal((1, 4L), (summary.Records.Sources, summary.CitationsById));
    }

    [Fact]
    public void Csv_CarriesTheSourceRecordAndTheCitations()
    {
        Dataset dataset = Dataset(SourceJson, OrganizationJson, PersonJson, MeasureJson);
        (CsvTablesInMemory tables, _) = CsvTablesInMemory.Export(dataset);

        CsvImportResult result = tables.Import();

        Assert.True(result.Succeeded, string.Join("; ", result.Findings));
        Assert.Equal(dataset, result.Dataset);
    }

    [Fact]
    public void Ftm_ACitationBeforeItsSourceRecord_GivesTheSourceRecordsUrl()
    {
        var report = new FtmReport();

        FtmEntity person = FtmExporter.Export([Read(PersonJson), Read(OrganizationJson), Read(SourceJson)], report).Single(e => e.Id == "p1");

        Assert.Equal(["https://example.org/list"], person.Values("sourceUrl"));
        Assert.Equal(["2025-12-14T09:30:00"], person.Values("modifiedAt"));
        Assert.Contains("ftm.export.recordNotMapped src-list 1", FtmTestData.Lines(report));
        Assert.Contains("ftm.export.sourceDetail p1 /sources/0/sourceId 1", FtmTestData.Lines(report));
    }
}
