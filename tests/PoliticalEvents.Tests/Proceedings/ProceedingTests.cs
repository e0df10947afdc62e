using System.Text;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Statistics;
using PoliticalEvents.Tests.Serialization;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Proceedings;

/// <summary>
/// The proceeding record (format 1.1): on the wire, in the 1.0 gate, in the record and dataset rules (in memory and
/// spilled), in redaction, statistics and the FtM export. The example is Maryia Kalesnikava's trial: convicted on
/// 6 September 2021 by the Minsk Regional Court under three articles, 11 years, appeal rejected on 24 December 2021.
/// </summary>
public sealed class ProceedingTests
{
    private static readonly ValidationOptions Options = new() { Today = new NodaTime.LocalDate(2026, 1, 1) };

    private const string Law = "Criminal Code of the Republic of Belarus";

    private const string Person = """{"type":"person","id":"person-kalesnikava","name":"Maryia Kalesnikava","sources":[{"title":"S"}]}""";

    private const string Court = """{"type":"organization","id":"org-minsk-regional-court","kind":"court","name":"Minsk Regional Court","country":"BY","sources":[{"title":"S"}]}""";

    internal static Proceeding Kalesnikava() => new()
    {
        Id = new RecordId("case-kalesnikava-2021"),
        Country = CountryCode.Parse("BY"),
        CaseNumber = "1-47/2021",
        CourtId = new OrganizationId("org-minsk-regional-court"),
        OpenedOn = PartialDate.Parse("2020-09"),
        Defendants =
        [
            new Defendant
            {
                SubjectId = new ActorId("person-kalesnikava"),
                DetentionId = new DetentionId("det-kalesnikava-2020"),
                Charges =
                [
                    new Charge { Law = Law, Article = "357", Part = "1", Description = "conspiracy to seize power", Status = ChargeStatus.Convicted },
                    new Charge { Law = Law, Article = "361", Part = "3", Description = "calls to harm national security", Status = ChargeStatus.Convicted },
                    new Charge { Law = Law, Article = "361-1", Part = "1", Description = "creating an extremist formation", Status = ChargeStatus.Convicted },
                ],
                Verdict = new Verdict { On = PartialDate.Parse("2021-09-06"), Outcome = VerdictOutcome.Convicted },
            },
        ],
        Hearings =
        [
            new Hearing { On = PartialDate.Parse("2021-08-04"), Kind = HearingKind.Trial, ClosedToPublic = true },
            new Hearing { On = PartialDate.Parse("2021-09-06"), Kind = HearingKind.Verdict, ClosedToPublic = true },
            new Hearing { On = PartialDate.Parse("2021-12-24"), Kind = HearingKind.Appeal, CourtId = new OrganizationId("org-supreme-court"), Notes = "Appeal rejected." },
        ],
        Sources = [new Source { Title = "Viasna" }],
    };

    private const string KalesnikavaJson = """{"type":"proceeding","id":"case-kalesnikava-2021","country":"BY","caseNumber":"1-47/2021","courtId":"org-minsk-regional-court","openedOn":"2020-09","defendants":[{"subjectId":"person-kalesnikava","detentionId":"det-kalesnikava-2020","charges":[{"law":"Criminal Code of the Republic of Belarus","article":"357","part":"1","description":"conspiracy to seize power","status":"convicted"},{"law":"Criminal Code of the Republic of Belarus","article":"361","part":"3","description":"calls to harm national security","status":"convicted"},{"law":"Criminal Code of the Republic of Belarus","article":"361-1","part":"1","description":"creating an extremist formation","status":"convicted"}],"verdict":{"on":"2021-09-06","outcome":"convicted"}}],"hearings":[{"on":"2021-08-04","kind":"trial","closedToPublic":true},{"on":"2021-09-06","kind":"verdict","closedToPublic":true},{"on":"2021-12-24","kind":"appeal","courtId":"org-supreme-court","notes":"Appeal rejected."}],"sources":[{"title":"Viasna"}]}""";

    // The detention holds the sentence (11 years, appeal upheld) and names the proceeding.
    private const string Detention = """{"type":"detention","id":"det-kalesnikava-2020","subjectId":"person-kalesnikava","country":"BY","startedOn":"2020-09-07","status":"ongoing","sentences":[{"imposedOn":"2021-09-06","kind":"imprisonment","term":"P11Y","courtId":"org-minsk-regional-court","appealStatus":"upheld","proceedingId":"case-kalesnikava-2021"}],"sources":[{"title":"S"}]}""";

    private static Record Read(string json) => DatasetReader.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow();

    private static string Proceeding(string rest)
        => $$"""{"type":"proceeding","id":"c1","country":"BY",{{rest}},"sources":[{"title":"S"}]}""";

    private static ValidationResult Run(IEnumerable<Record> records, ValidationOptions options, string version = "1.1")
    {
        using var validator = new StreamingValidator(options);
        validator.AddHeader(new Dataset { FormatVersion = version, Title = "T", Records = [] });
        int index = 0;
        foreach (Record record in records)
        {
            validator.AddRecord(record, $"/records/{index++}");
        }

        return validator.Complete();
    }

    private static string[] Findings(ValidationResult result)
        => [.. result.Findings.Where(f => f.Code != ValidationCodes.RecordNoSources).Select(f => $"{f.Severity} {f.Code} {f.Path}")];

    [Fact]
    public void Kalesnikava_WritesEveryFieldAndReadsBackEqual()
        => RecordWire.WritesAndReadsBack(Kalesnikava(), KalesnikavaJson);

    [Fact]
    public void Kalesnikava_WithHerDetentionAndCourt_IsValid()
    {
        Record[] records = [Read(Person), Read(Court), Read(Court.Replace("org-minsk-regional-court", "org-supreme-court", StringComparison.Ordinal)), Read(Detention), Kalesnikava()];
        Assert.Empty(Findings(Run(records, Options)));
        Assert.Empty(Findings(Run(records, new ValidationOptions { Today = Options.Today, IndexMemoryLimit = 1 })));
    }

    [Fact]
    public void Proceeding_InA10Dataset_IsTooLow()
        => Assert.Contains("Error formatVersion.tooLow /records/0/type", Findings(Run([Kalesnikava()], Options, "1.0")));

    [Theory]
    [InlineData("\"defendants\":[]", "Error minItems /defendants")]
    [InlineData("\"openedOn\":\"2021-05\",\"defendants\":[{\"subjectId\":\"p1\"}],\"hearings\":[{\"on\":\"2021-04-30\"}]", "Error proceeding.beforeOpened /hearings/0/on")]
    [InlineData("\"openedOn\":\"2021-05\",\"defendants\":[{\"subjectId\":\"p1\"}],\"hearings\":[{\"on\":\"2020\"}]", "Error proceeding.beforeOpened /hearings/0/on")]
    [InlineData("\"openedOn\":\"2021-05-10\",\"defendants\":[{\"subjectId\":\"p1\",\"verdict\":{\"on\":\"2021-05-09\",\"outcome\":\"convicted\"}}]", "Error proceeding.beforeOpened /defendants/0/verdict/on")]
    [InlineData("\"openedOn\":\"2021-05-10~\",\"defendants\":[{\"subjectId\":\"p1\",\"verdict\":{\"on\":\"2021-04\",\"outcome\":\"convicted\"}}]", "Warning proceeding.beforeOpened /defendants/0/verdict/on")]
    [InlineData("\"openedOn\":\"2021\",\"defendants\":[{\"subjectId\":\"p1\",\"sentences\":[{\"imposedOn\":\"2020-12\",\"kind\":\"fine\"}]}]", "Error proceeding.beforeOpened /defendants/0/sentences/0/imposedOn")]
    [InlineData("\"defendants\":[{\"subjectId\":\"p1\",\"verdict\":{\"outcome\":\"dismissed\"},\"sentences\":[{\"imposedOn\":\"2021\",\"kind\":\"fine\"}]}]", "Error proceeding.sentenceWithoutConviction /defendants/0/sentences")]
    [InlineData("\"defendants\":[{\"subjectId\":\"p1\",\"sentences\":[{\"imposedOn\":\"2021\",\"kind\":\"fine\",\"proceedingId\":\"c1\"}]}]", "Error proceeding.sentenceNamesProceeding /defendants/0/sentences/0/proceedingId")]
    [InlineData("\"defendants\":[{\"subjectId\":\"p1\",\"sentences\":[{\"imposedOn\":\"2021\",\"kind\":\"imprisonment\"}]}]", "Error required /defendants/0/sentences/0")]
    [InlineData("\"defendants\":[{\"subjectId\":\"p1\",\"sentences\":[{\"imposedOn\":\"2021\",\"kind\":\"fine\",\"replacesIndex\":0}]}]", "Error sentence.indexNotEarlier /defendants/0/sentences/0/replacesIndex")]
    [InlineData("\"defendants\":[{\"subjectId\":\"p1\",\"charges\":[{\"law\":\"L\"}]}]", "Error anyOf /defendants/0/charges/0")]
    [InlineData("\"caseNumber\":\" \",\"defendants\":[{\"subjectId\":\"p1\"}]", "Error text.blank /caseNumber")]
    public void ProceedingRules(string rest, string expected)
    {
        Record[] records = [Read("""{"type":"person","id":"p1","name":"A","sources":[{"title":"S"}]}"""), Read(Proceeding(rest))];
        Assert.Equal([expected.Replace(" /", " /records/1/", StringComparison.Ordinal)], Findings(Run(records, Options)));
    }

    [Theory]
    // A conviction without a sentence (unknown, or in the detention), an acquittal, a defendant tried in absentia
    // with the sentence in the entry, and an organization as a defendant.
    [InlineData("\"openedOn\":\"2021\",\"defendants\":[{\"subjectId\":\"p1\",\"verdict\":{\"on\":\"2021-06\",\"outcome\":\"convicted\"}}],\"hearings\":[{\"on\":\"2021\"}]")]
    [InlineData("\"defendants\":[{\"subjectId\":\"p1\",\"verdict\":{\"outcome\":\"acquitted\"}}]")]
    [InlineData("\"defendants\":[{\"subjectId\":\"p1\",\"verdict\":{\"on\":\"2022-03\",\"outcome\":\"convicted\",\"inAbsentia\":true},\"sentences\":[{\"imposedOn\":\"2022-03\",\"kind\":\"imprisonment\",\"term\":\"P15Y\",\"inAbsentia\":true}]}]")]
    [InlineData("\"defendants\":[{\"subjectId\":\"o1\",\"verdict\":{\"outcome\":\"other\"}}]")]
    public void ProceedingsAsDocumentersKnowThem_AreValid(string rest)
    {
        Record[] records =
        [
            Read("""{"type":"person","id":"p1","name":"A","sources":[{"title":"S"}]}"""),
            Read("""{"type":"organization","id":"o1","kind":"media","name":"N","sources":[{"title":"S"}]}"""),
            Read(Proceeding(rest)),
        ];
        Assert.Empty(Findings(Run(records, Options)));
    }

    public static TheoryData<string, string[], string> DatasetCases => new()
    {
        {
            "detention of someone else",
            [Person, """{"type":"person","id":"p2","name":"B","sources":[{"title":"S"}]}""", """{"type":"detention","id":"d2","subjectId":"p2","country":"BY","startedOn":"2020","status":"ongoing","sources":[{"title":"S"}]}""",
                Proceeding("\"defendants\":[{\"subjectId\":\"person-kalesnikava\",\"detentionId\":\"d2\"}]")],
            "Error proceeding.detentionOfOtherSubject /records/3/defendants/0/detentionId"
        },
        {
            "sentence in both",
            [Person, Detention, Court, Proceeding("\"defendants\":[{\"subjectId\":\"person-kalesnikava\",\"sentences\":[{\"imposedOn\":\"2021-09-06\",\"kind\":\"imprisonment\",\"term\":\"P11Y\"}]}]").Replace("\"c1\"", "\"case-kalesnikava-2021\"", StringComparison.Ordinal)],
            "Warning proceeding.sentenceTwice /records/1/sentences/0/proceedingId"
        },
        {
            "subject not a defendant",
            [Person, """{"type":"person","id":"p2","name":"B","sources":[{"title":"S"}]}""", Detention, Court, Proceeding("\"defendants\":[{\"subjectId\":\"p2\"}]").Replace("\"c1\"", "\"case-kalesnikava-2021\"", StringComparison.Ordinal)],
            "Warning sentence.proceedingWithoutDefendant /records/2/sentences/0/proceedingId"
        },
        {
            "proceedingId of a person",
            [Person, Court, Detention.Replace("\"proceedingId\":\"case-kalesnikava-2021\"", "\"proceedingId\":\"person-kalesnikava\"", StringComparison.Ordinal)],
            "Error reference.wrongType /records/2/sentences/0/proceedingId"
        },
        {
            "judge who is an organization",
            [Person, Court, Proceeding("\"judgeIds\":[\"org-minsk-regional-court\"],\"defendants\":[{\"subjectId\":\"person-kalesnikava\"}]")],
            "Error reference.wrongType /records/2/judgeIds/0"
        },
        {
            "court that is not there",
            [Person, Proceeding("\"defendants\":[{\"subjectId\":\"person-kalesnikava\"}],\"hearings\":[{\"on\":\"2021\",\"courtId\":\"nowhere\"}]")],
            "Error reference.unresolved /records/1/hearings/0/courtId"
        },
    };

    [Theory]
    [MemberData(nameof(DatasetCases))]
    public void DatasetRules_InEitherOrder_InMemoryOrSpilled(string name, string[] lines, string expected)
    {
        Record[] records = [.. lines.Select(Read)];
        Assert.True(Findings(Run(records, Options)).SequenceEqual([expected]), name + ": " + string.Join("; ", Findings(Run(records, Options))));
        Assert.True(Findings(Run(records, new ValidationOptions { Today = Options.Today, IndexMemoryLimit = 1 })).SequenceEqual([expected]), name + ", spilled");

        // In the reverse order (the record referred to first), the same finding, on the same record.
        Record[] reversed = [.. records.Reverse()];
        int at = int.Parse(expected.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
        string moved = expected.Replace($"/records/{at}/", $"/records/{records.Length - 1 - at}/", StringComparison.Ordinal);
        Assert.True(Findings(Run(reversed, Options)).SequenceEqual([moved]), name + ", reversed");
    }

    [Fact]
    public void Redaction_RemovesConfidentialDefendants_AndProceedingsLeftWithoutAny()
    {
        Record confidential = Read("""{"type":"person","id":"p2","name":"B","confidentiality":"confidential","sources":[{"title":"S"}]}""");
        Record anonymous = Read("""{"type":"person","id":"p3","anonymous":true,"sources":[{"title":"S"}]}""");
        Record judge = Read("""{"type":"person","id":"j1","name":"Judge","confidentiality":"confidential","sources":[{"title":"S"}]}""");
        Record both = Read(Proceeding("\"caseNumber\":\"1-1/2021\",\"judgeIds\":[\"j1\"],\"defendants\":[{\"subjectId\":\"p2\"},{\"subjectId\":\"person-kalesnikava\"}],\"hearings\":[{\"on\":\"2021\",\"notes\":\"N\"}]"));
        Record onlyConfidential = Read(Proceeding("\"defendants\":[{\"subjectId\":\"p2\"}]").Replace("\"c1\"", "\"c2\"", StringComparison.Ordinal));
        Record withAnonymous = Read(Proceeding("\"caseNumber\":\"1-3/2021\",\"defendants\":[{\"subjectId\":\"p3\"}],\"hearings\":[{\"on\":\"2021\",\"notes\":\"N\"}]").Replace("\"c1\"", "\"c3\"", StringComparison.Ordinal));
        var dataset = new Dataset { FormatVersion = "1.1", Title = "T", Records = [Read(Person), confidential, anonymous, judge, both, onlyConfidential, withAnonymous] };

        RedactionResult result = Redactor.Redact(dataset, RedactionProfile.Public, Options);

        Assert.True(result.Succeeded, result.ToString());
        Proceeding kept = Assert.Single(result.Dataset!.Records.OfType<Proceeding>(), p => p.Id.Value == "c1");
        Assert.Equal(["person-kalesnikava"], kept.Defendants.Select(d => d.SubjectId.Value));
        Assert.Empty(kept.JudgeIds);
        Assert.Equal("1-1/2021", kept.CaseNumber);
        Assert.Equal("N", kept.Hearings[0].Notes);
        Assert.DoesNotContain(result.Dataset.Records, r => r.Id.Value == "c2");
        Proceeding reduced = Assert.Single(result.Dataset.Records.OfType<Proceeding>(), p => p.Id.Value == "c3");
        Assert.Null(reduced.CaseNumber);
        Assert.Null(reduced.Hearings[0].Notes);
        Assert.Contains(result.Report!.Findings, f => f is { Code: RedactionCodes.RecordDroppedNoDefendants, RecordId: "c2" });
        Assert.Contains(result.Report.Findings, f => f is { Code: RedactionCodes.EntryRemovedDangling, RecordId: "c1", Path: "/records/4/defendants/0" });
        Assert.Contains(result.Report.Findings, f => f is { Code: RedactionCodes.FieldRemovedCaseNumber, RecordId: "c3" });
    }

    [Fact]
    public void Statistics_CountDefendantsByVerdict_ByCountry()
    {
        var statistics = new DatasetStatistics(new NodaTime.LocalDate(2026, 1, 1));
        statistics.Add(Kalesnikava());
        statistics.Add(Read(Proceeding("\"defendants\":[{\"subjectId\":\"a\",\"verdict\":{\"outcome\":\"acquitted\"}},{\"subjectId\":\"b\"},{\"subjectId\":\"c\",\"verdict\":{\"outcome\":\"dismissed\"}}]")));
        statistics.Add(Read(Proceeding("\"defendants\":[{\"subjectId\":\"a\"}]").Replace("\"BY\"", "\"RU\"", StringComparison.Ordinal)));

        DatasetSummary summary = statistics.Summarize();

        Assert.Equal(3, summary.Records.Proceedings);
        Assert.Equal(
            new ProceedingCounts { Proceedings = 2, ProceedingsWithoutVerdict = 0, Defendants = 4, Convicted = 1, Acquitted = 1, Dismissed = 1, Other = 0, WithoutVerdict = 1 },
            summary.Proceedings.ByCountry[CountryCode.Parse("BY")]);
        Assert.Equal(
            new ProceedingCounts { Proceedings = 1, ProceedingsWithoutVerdict = 1, Defendants = 1, Convicted = 0, Acquitted = 0, Dismissed = 0, Other = 0, WithoutVerdict = 1 },
            summary.Proceedings.ByCountry[CountryCode.Parse("RU")]);
        Assert.Equal(3, summary.Proceedings.Total.Proceedings);
        Assert.Equal(5, summary.Proceedings.Total.Defendants);
    }

    [Fact]
    public void FtmExport_IsACourtCaseWithItsParties_AndReportsWhatItCannotHold()
    {
        var report = new FtmReport();
        IReadOnlyList<FtmEntity> entities = FtmExporter.Export(new Dataset { FormatVersion = "1.1", Title = "T", Records = [Read(Person), Read(Court), Read(Detention), Kalesnikava()] }, report);

        FtmEntity courtCase = Assert.Single(entities, e => e.Schema == "CourtCase");
        Assert.Equal("case-kalesnikava-2021", courtCase.Id);
        Assert.Equal(["1-47/2021"], courtCase.Values("name"));
        Assert.Equal(["1-47/2021"], courtCase.Values("caseNumber"));
        Assert.Equal(["Minsk Regional Court"], courtCase.Values("court"));
        Assert.Equal(["by"], courtCase.Values("country"));
        Assert.Equal(["2020-09"], courtCase.Values("fileDate"));
        FtmEntity party = Assert.Single(entities, e => e.Schema == "CourtCaseParty");
        Assert.Equal(["person-kalesnikava"], party.Values("party"));
        Assert.Equal(["case-kalesnikava-2021"], party.Values("case"));
        Assert.Equal(["defendant"], party.Values("role"));
        string[] lost = [.. report.Findings.Where(f => f.RecordId == "case-kalesnikava-2021").Select(f => $"{f.Code} {f.Path}")];
        Assert.Equal(
            [
                "ftm.export.proceedingDetail /hearings", "ftm.export.sourceWithoutUrl /sources/0", "ftm.export.proceedingDetail /defendants/0/detentionId",
                "ftm.export.proceedingDetail /defendants/0/charges", "ftm.export.proceedingDetail /defendants/0/verdict",
            ],
            lost);
    }
}
