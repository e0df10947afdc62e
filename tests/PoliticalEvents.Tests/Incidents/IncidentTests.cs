using System.Text;
using System.Text.Json;
using NodaTime;
using PoliticalEvents.Cli;
using PoliticalEvents.Csv;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Statistics;
using PoliticalEvents.Tests.Cli;
using PoliticalEvents.Tests.Csv;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Incidents;

/// <summary>
/// Format 1.1's <c>incident</c> record: the wire form, the rules (references typed, the detention one of a subject's,
/// a death in custody against the subject's death, accounts not before the incident, subjects once, the 1.0 gate),
/// redaction (an incident goes with any dropped subject), statistics (deaths in custody once per person) and the CSV
/// tables.
/// </summary>
public sealed class IncidentTests : IDisposable
{
    private static readonly ValidationOptions Options = new() { Today = new LocalDate(2026, 1, 1) };

    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private const string Guard = """{"type":"organization","id":"o1","kind":"securityService","name":"Security Service","country":"RU","sources":[{"title":"S"}]}""";

    private const string Person1 = """{"type":"person","id":"p1","name":"A","deathDate":"2024-02-16","sources":[{"title":"S"}]}""";

    private const string Person2 = """{"type":"person","id":"p2","name":"B","sources":[{"title":"S"}]}""";

    private const string Detention1 = """{"type":"detention","id":"d1","subjectId":"p1","country":"RU","startedOn":"2021-01-17","endedOn":"2024-02-16","status":"ended","endReason":"death","sources":[{"title":"S"}]}""";

    private const string Detention2 = """{"type":"detention","id":"d2","subjectId":"p2","country":"BY","startedOn":"2022-03","status":"ongoing","sources":[{"title":"S"}]}""";

    private const string IncidentJson = """{"type":"incident","id":"i1","kind":"deathInCustody","subjectIds":["p1"],"detentionId":"d1","occurredOn":"2024-02-16","perpetratorIds":["o1"],"accounts":[{"by":"Penitentiary Service","byId":"o1","on":"2024-02-16","summary":"Lost consciousness after a walk."},{"by":"the family's lawyer","on":"2024-02-20","summary":"Bruises on the body."}],"sources":[{"title":"S"}]}""";

    // rest: further properties, with ' for " ("," then 'occurredOn':'2022').
    private static string Incident(string kind, string subjects, string rest = "")
        => $$"""{"type":"incident","id":"i9","kind":"{{kind}}","subjectIds":{{subjects}}{{rest.Replace('\'', '"')}},"sources":[{"title":"S"}]}""";

    private static Record Read(string json) => DatasetReader.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow();

    private static ValidationResult Validate(string version, params string[] records)
        => DatasetValidator.Validate(new Dataset { FormatVersion = version, Title = "T", Records = [.. records.Select(Read)] }, Options);

    private static string[] Findings(ValidationResult result)
        => [.. result.Findings.Select(f => $"{f.Severity} {f.Code} {f.Path}".ToLowerInvariant())];

    [Fact]
    public void Incident_ReadsIntoTheModel_AndWritesBackTheSameBytes()
    {
        var incident = Assert.IsType<Incident>(Read(IncidentJson));

        Assert.Equal(
            (IncidentKind.DeathInCustody, "p1", "d1", "2024-02-16", "o1", 2, "o1", "2024-02-20"),
            (incident.Kind, incident.SubjectIds[0].Value, incident.DetentionId?.Value, incident.OccurredOn.ToString(), incident.PerpetratorIds[0].Value,
                incident.Accounts.Count, incident.Accounts[0].ById?.Value, incident.Accounts[1].On?.ToString()));
        Assert.Equal(IncidentJson, PoliticalEventsJson.ToJson(incident));
        Assert.Equal(incident, Read(PoliticalEventsJson.ToJson(incident)));
    }

    [Theory]
    [InlineData("""{"type":"incident","id":"i1","subjectIds":["p1"],"occurredOn":"2024"}""", "required", "")]
    [InlineData("""{"type":"incident","id":"i1","kind":"beating","subjectIds":["p1"],"occurredOn":"2024"}""", "enum", "/kind")]
    [InlineData("""{"type":"incident","id":"i1","kind":"torture","subjectIds":["p1"],"occurredOn":"2024","accounts":[{"by":"X"}]}""", "required", "/accounts/0")]
    [InlineData("""{"type":"incident","id":"i1","kind":"torture","subjectIds":"p1","occurredOn":"2024"}""", "type", "/subjectIds")]
    [InlineData("""{"type":"incident","id":"i1","kind":"torture","subjectIds":["p1"],"occurredOn":"2024","victims":3}""", "additionalProperties", "/victims")]
    public void MalformedIncident_IsARefusalOfTheReader(string json, string code, string pointer)
    {
        ReadResult<Record> result = DatasetReader.ReadRecord(Encoding.UTF8.GetBytes(json));

        Finding error = Assert.Single(result.Findings);
        Assert.Equal((code, pointer), (error.Code, error.Path));
    }

    [Fact]
    public void Incident_WithNullSubjects_IsRefusedByTheWriters()
    {
        var incident = new Incident { Id = new("i1"), Kind = IncidentKind.Torture, SubjectIds = null!, OccurredOn = PartialDate.Parse("2024") };

        DatasetWriteException refused = Assert.Throws<DatasetWriteException>(() => PoliticalEventsJson.ToJson(incident));
        Assert.Equal(("required", "/subjectIds"), (refused.Code, refused.Path));
    }

    public static TheoryData<string, string[], string[]> RuleCases => new()
    {
        // name, records after the organization, the two persons and their detentions; expected findings (severity code pointer)
        { "a death in custody that agrees", [IncidentJson], [] },
        { "death known to the month", [IncidentJson.Replace("\"occurredOn\":\"2024-02-16\"", "\"occurredOn\":\"2024-02\"", StringComparison.Ordinal)], [] },
        { "detention of another person", [Incident("torture", """["p2"]""", ",'detentionId':'d1','occurredOn':'2022'")], ["error incident.detentionofotherperson /records/5/detentionid"] },
        { "detention of one of several subjects", [Incident("hungerStrike", """["p2","p1"]""", ",'detentionId':'d1','occurredOn':'2022'")], [] },
        { "before the detention began", [Incident("enforcedDisappearance", """["p2"]""", ",'detentionId':'d2','occurredOn':'2022-02'")], ["warning incident.beforedetention /records/5/occurredon"] },
        { "possibly before the detention", [Incident("enforcedDisappearance", """["p2"]""", ",'detentionId':'d2','occurredOn':'2022'")], [] },
        { "subject twice", [Incident("torture", """["p1","p2","p1"]""", ",'occurredOn':'2022'")], ["error uniqueitems /records/5/subjectids"] },
        { "no subject", [Incident("torture", "[]", ",'occurredOn':'2022'")], ["error minitems /records/5/subjectids"] },
        { "subject an organization", [Incident("torture", """["o1"]""", ",'occurredOn':'2022'")], ["error reference.wrongtype /records/5/subjectids/0"] },
        { "perpetrator unresolved", [Incident("torture", """["p2"]""", ",'occurredOn':'2022','perpetratorIds':['o9']")], ["error reference.unresolved /records/5/perpetratorids/0"] },
        { "facility a detention", [Incident("torture", """["p2"]""", ",'occurredOn':'2022','facilityId':'d2'")], ["error reference.wrongtype /records/5/facilityid"] },
        { "detentionId a person", [Incident("torture", """["p2"]""", ",'occurredOn':'2022','detentionId':'p2'")], ["error reference.wrongtype /records/5/detentionid"] },
        { "account before the incident", [Incident("torture", """["p2"]""", ",'occurredOn':'2022-05-10','accounts':[{'by':'Viasna','on':'2022-04','summary':'S'}]")], ["error incident.accountbeforeincident /records/5/accounts/0/on"] },
        { "account possibly before", [Incident("torture", """["p2"]""", ",'occurredOn':'2022-05-10','accounts':[{'by':'Viasna','on':'2022-05','summary':'S'}]")], [] },
        { "account by blank, summary empty", [Incident("torture", """["p2"]""", ",'occurredOn':'2022','accounts':[{'by':' ','byId':'d2','summary':''}]")], ["error text.blank /records/5/accounts/0/by", "error minlength /records/5/accounts/0/summary", "error reference.wrongtype /records/5/accounts/0/byid"] },
        { "death in custody, no death date", [Incident("deathInCustody", """["p2"]""", ",'occurredOn':'2023'")], ["warning incident.deathdatemismatch /records/5/subjectids/0"] },
        { "death in custody, another date", [Incident("deathInCustody", """["p1"]""", ",'occurredOn':'2023'")], ["warning incident.deathdatemismatch /records/5/subjectids/0"] },
        { "death in custody of two, one without date", [Incident("deathInCustody", """["p1","p2"]""", ",'occurredOn':'2024'")], ["warning incident.deathdatemismatch /records/5/subjectids/1"] },
        { "torture, no death rule", [Incident("torture", """["p2"]""", ",'occurredOn':'2023'")], [] },
    };

    [Theory]
    [MemberData(nameof(RuleCases))]
    public void Rules_In11(string name, string[] records, string[] expected)
    {
        string[] found = Findings(Validate("1.1", [Guard, Person1, Person2, Detention1, Detention2, .. records]));
        Assert.True(expected.SequenceEqual(found), $"{name}: {string.Join(", ", found)}");
    }

    [Fact]
    public void Rules_AreTheSame_WhenTheFactsSpillToDisk()
    {
        // A tiny memory limit writes the facts to temporary files, whose format must carry the incident's facts.
        string[] records = [Incident("deathInCustody", """["p2","p1"]""", ",'detentionId':'d2','occurredOn':'2022-02'"), Guard, Person1, Person2, Detention1, Detention2];
        var spilling = new ValidationOptions { Today = Options.Today, IndexMemoryLimit = 1 };
        Dataset dataset = new() { FormatVersion = "1.1", Title = "T", Records = [.. records.Select(Read)] };

        string[] inMemory = [.. DatasetValidator.Validate(dataset, Options).Findings.Select(f => $"{f.Code} {f.Path}")];
        string[] spilled = [.. DatasetValidator.Validate(dataset, spilling).Findings.Select(f => $"{f.Code} {f.Path}")];

        Assert.Equal(["incident.beforeDetention /records/0/occurredOn", "incident.deathDateMismatch /records/0/subjectIds/0", "incident.deathDateMismatch /records/0/subjectIds/1"], inMemory.Order(StringComparer.Ordinal));
        Assert.Equal(inMemory, spilled);
    }

    [Fact]
    public void In10_TheRecordType_IsTooLow_AndTheDeathRuleDoesNotApply()
    {
        string incident = Incident("deathInCustody", """["p2"]""", ",'occurredOn':'2023'");

        Assert.Equal(["error formatversion.toolow /records/2/type"], Findings(Validate("1.0", Guard, Person2, incident)));
        Assert.Equal(["warning incident.deathdatemismatch /records/2/subjectids/0"], Findings(Validate("1.1", Guard, Person2, incident)));
    }

    // ----- Redaction -----

    private static Dataset Sample(Confidentiality second, bool anonymous = false, Confidentiality incident = Confidentiality.Public)
    {
        Person person2 = (Person)Read(Person2);
        person2 = anonymous ? person2 with { Name = null, Anonymous = true } : person2;
        return new Dataset
        {
            FormatVersion = "1.1",
            Title = "T",
            Records =
            [
                Read(Guard),
                Read(Person1),
                person2 with { Confidentiality = second },
                Read(Detention1),
                Read("""{"type":"facility","id":"f1","name":"Penal colony No. 6","country":"RU","sources":[{"title":"S"}]}"""),
                Read(Incident("illTreatment", """["p1","p2"]""", ",'detentionId':'d1','occurredOn':'2022','facilityId':'f1','perpetratorIds':['o1'],'accounts':[{'by':'a cellmate','on':'2023','summary':'Beaten in the yard.'}]")) with
                {
                    Notes = "Cellmate's name is known.",
                    Sources = [new Source { Title = "Report", Quote = "He was beaten." }],
                    Confidentiality = incident,
                },
            ],
        };
    }

    private static (Dataset Output, string[] Lines) Redact(Dataset input)
    {
        RedactionResult result = Redactor.Redact(input, RedactionProfile.Public, Options);
        Assert.True(result.Succeeded, string.Join("\n", result.Validation.Findings));
        Assert.DoesNotContain(DatasetValidator.Validate(result.Dataset!, Options).Findings, f => f.Severity == Severity.Error);
        return (result.Dataset!, [.. result.Report!.Findings.Select(f => $"{f.Code} {f.Path}")]);
    }

    [Fact]
    public void Redaction_KeepsAPublicIncident_AsItIs()
    {
        Dataset input = Sample(Confidentiality.Public);

        (Dataset output, string[] lines) = Redact(input);

        Assert.Empty(lines);
        Assert.Equal(input.Records, output.Records);
    }

    [Fact]
    public void Redaction_AnIncidentGoesWithAnyConfidentialSubject()
    {
        (Dataset output, string[] lines) = Redact(Sample(Confidentiality.Confidential));

        Assert.Equal(["record.dropped.confidential /records/2", "record.dropped.subject /records/5/subjectIds/1"], lines);
        Assert.Empty(output.Records.OfType<Incident>());
    }

    [Fact]
    public void Redaction_ARestrictedIncident_KeepsWhatCountsIt_NotTheAccountsOrThePlace()
    {
        (Dataset output, string[] lines) = Redact(Sample(Confidentiality.Public, incident: Confidentiality.Restricted));

        Assert.Equal(["field.removed.facilityId /records/5/facilityId", "field.removed.accounts /records/5/accounts", "field.removed.notes /records/5/notes", "field.removed.quote /records/5/sources/0/quote"], lines);
        Incident incident = Assert.Single(output.Records.OfType<Incident>());
        Assert.Equal((IncidentKind.IllTreatment, 2, "d1", "2022", "o1", null, 0, null, 1), (incident.Kind, incident.SubjectIds.Count, incident.DetentionId?.Value, incident.OccurredOn.ToString(),
            incident.PerpetratorIds[0].Value, incident.FacilityId, incident.Accounts.Count, incident.Notes, incident.Sources.Count));
    }

    [Fact]
    public void Redaction_AnIncidentAboutAnAnonymousPerson_IsReducedAndLosesItsSources()
    {
        (Dataset output, string[] lines) = Redact(Sample(Confidentiality.Public, anonymous: true));

        Assert.Equal(["field.removed.sources /records/2/sources", "field.removed.facilityId /records/5/facilityId", "field.removed.accounts /records/5/accounts", "field.removed.notes /records/5/notes", "field.removed.sources /records/5/sources"], lines);
        Incident incident = Assert.Single(output.Records.OfType<Incident>());
        Assert.Equal((2, 0, 0), (incident.SubjectIds.Count, incident.Accounts.Count, incident.Sources.Count));
    }

    [Fact]
    public void Redaction_ConfidentialPerpetratorAndFacility_LeaveTheIncidentWithoutThem()
    {
        Dataset input = Sample(Confidentiality.Public);
        input = input with { Records = [input.Records[0] with { Confidentiality = Confidentiality.Confidential }, .. input.Records.Skip(1).SkipLast(2), input.Records[^2] with { Confidentiality = Confidentiality.Confidential }, input.Records[^1]] };

        (Dataset output, string[] lines) = Redact(input);

        Assert.Equal(["record.dropped.confidential /records/0", "record.dropped.confidential /records/4", "reference.removed.dangling /records/5/facilityId", "entry.removed.dangling /records/5/perpetratorIds/0"], lines);
        Incident incident = Assert.Single(output.Records.OfType<Incident>());
        Assert.Equal((null, 0, 1), (incident.FacilityId, incident.PerpetratorIds.Count, incident.Accounts.Count));
    }

    [Fact]
    public async Task Cli_RedactPublic_DropsTheIncidentOfAConfidentialPerson()
    {
        _sandbox.Write("in.json", PoliticalEventsJson.ToJson(Sample(Confidentiality.Confidential)));

        PolevResult result = await _sandbox.RunAsync("redact", "in.json", "out.json", "--profile", "public");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Dataset output = PoliticalEventsJson.ReadDataset(_sandbox.Read("out.json")).GetValueOrThrow();
        Assert.Equal(["o1", "p1", "d1", "f1"], output.Records.Select(r => r.Id.Value));
        Assert.DoesNotContain("Beaten in the yard", Encoding.UTF8.GetString(_sandbox.Read("out.json")), StringComparison.Ordinal);
    }

    // ----- Statistics -----

    private static DatasetSummary Summarize(params string[] records)
    {
        var statistics = new DatasetStatistics(new LocalDate(2026, 1, 1));
        foreach (string record in records)
        {
            statistics.Add(Read(record));
        }

        return statistics.Summarize();
    }

    [Fact]
    public void Statistics_CountIncidentsByKind_AndEachDeathInCustodyOnce()
    {
        // p1 dies in d1 (RU): told by the detention's endReason and by the incident, counted once. p2's death in custody
        // names no detention: country unknown. p3's incident names d2 (BY), which comes after it.
        string p3Death = """{"type":"incident","id":"i3","kind":"deathInCustody","subjectIds":["p3"],"detentionId":"d3","occurredOn":"2023"}""";
        string d3 = """{"type":"detention","id":"d3","subjectId":"p3","country":"BY","startedOn":"2022","endedOn":"2023","status":"ended"}""";
        DatasetSummary summary = Summarize(
            p3Death,
            IncidentJson,
            Detention1,
            Incident("deathInCustody", """["p2"]""", ",'occurredOn':'2023'"),
            Incident("torture", """["p2"]""", ",'occurredOn':'2022'"),
            d3);

        Assert.Equal(4, summary.Records.Incidents);
        Assert.Equal(4, summary.Incidents.Total);
        Assert.Equal([(IncidentKind.DeathInCustody, 3), (IncidentKind.Torture, 1)], summary.Incidents.ByKind.Select(p => (p.Key, p.Value)));
        Assert.Equal(3, summary.DeathsInCustody.Persons);
        Assert.Equal([("BY", 1), ("RU", 1)], summary.DeathsInCustody.ByCountry.Select(p => (p.Key.Value, p.Value)));
        Assert.Equal(1, summary.DeathsInCustody.CountryUnknown);
    }

    [Fact]
    public void Statistics_ADetentionEndedByDeath_CountsWithoutAnIncident_AndRecordOrderDoesNotMatter()
    {
        string[] records = [Detention1, Detention2, IncidentJson.Replace("\"d1\"", "\"d2\"", StringComparison.Ordinal)];

        DatasetSummary forward = Summarize(records);
        DatasetSummary backward = Summarize([.. records.Reverse()]);

        Assert.Equal(forward, backward);
        Assert.Equal((1, 1), (Summarize(Detention1).DeathsInCustody.Persons, Summarize(Detention1).DeathsInCustody.ByCountry[CountryCode.Parse("RU")]));

        // p1 died in d1 (RU) by the detention, and the incident names d2 (BY): one person, in the first country by code.
        Assert.Equal((1, "BY"), (forward.DeathsInCustody.Persons, Assert.Single(forward.DeathsInCustody.ByCountry).Key.Value));
    }

    [Fact]
    public async Task Cli_Stats_ShowsIncidentsAndDeathsInCustody_InTextAndJson()
    {
        _sandbox.Write("in.jsonl", string.Join('\n', """{"type":"dataset","formatVersion":"1.1","title":"T"}""", Guard, Person1, Detention1, IncidentJson, Incident("hungerStrike", """["p1"]""", ",'occurredOn':'2023'")) + "\n");

        PolevResult text = await _sandbox.RunAsync("stats", "in.jsonl", "--as-of", "2025-01-01");
        PolevResult json = await _sandbox.RunAsync("stats", "in.jsonl", "--as-of", "2025-01-01", "--format", "json");

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (text.ExitCode, json.ExitCode));
        Assert.Contains("\n  link                 0\n  incident             2\n  total                5\n", text.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.EndsWith(
            "\n\nIncidents by kind  incidents\n  deathInCustody           1\n  hungerStrike             1\n  total                    2\n"
            + "\nDeaths in custody by country  persons\n  RU                                1\n  total                             1\n",
            text.Out.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(json.Out);
        JsonElement root = document.RootElement;
        Assert.Equal(2, root.GetProperty("records").GetProperty("incident").GetInt32());
        Assert.Equal(1, root.GetProperty("incidents").GetProperty("byKind").GetProperty("hungerStrike").GetInt32());
        Assert.Equal(
            """{"persons":1,"byCountry":{"RU":1},"countryUnknown":0}""",
            JsonSerializer.Serialize(root.GetProperty("deathsInCustody")).Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    // ----- CSV -----

    [Fact]
    public void CsvTables_CarryTheIncident_AndItsLists()
    {
        Dataset dataset = Sample(Confidentiality.Public, incident: Confidentiality.Restricted);
        (CsvTablesInMemory tables, CsvExportReport report) = CsvTablesInMemory.Export(dataset);

        Assert.Empty(report.Findings);
        Assert.Equal(["5", "i9", "illTreatment", "d1", "2022", "f1", null, "Cellmate's name is known.", "restricted"], (IEnumerable<string?>)tables.Rows(CsvTables.Incidents)[1]);
        Assert.Equal(["i9", "1", "p2"], (IEnumerable<string?>)tables.Rows(CsvTables.IncidentSubjects)[2]);
        Assert.Equal(["i9", "0", "o1"], (IEnumerable<string?>)tables.Rows(CsvTables.IncidentPerpetrators)[1]);
        Assert.Equal(["i9", "0", "a cellmate", null, "2023", "Beaten in the yard."], (IEnumerable<string?>)tables.Rows(CsvTables.IncidentAccounts)[1]);
        Assert.Equal(dataset, tables.Import().Dataset);
    }

    [Fact]
    public void CsvTables_ASubjectRowOfNoIncident_IsAnOrphan()
    {
        (CsvTablesInMemory tables, _) = CsvTablesInMemory.Export(Sample(Confidentiality.Public));
        List<string?[]> rows = tables.Rows(CsvTables.IncidentSubjects);
        rows[1][0] = "i404";
        tables.Write(CsvTables.IncidentSubjects, rows);

        CsvImportResult result = tables.Import();

        Assert.Contains(result.Findings, f => (f.Table, f.Code, f.ColumnName) == (CsvTables.IncidentSubjects, CsvCodes.Orphan, "incidentId"));
    }
}
