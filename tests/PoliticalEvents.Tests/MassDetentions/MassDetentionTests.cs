using System.Text;
using NodaTime;
using PoliticalEvents.Csv;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Statistics;
using PoliticalEvents.Tests.Csv;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.MassDetentions;

/// <summary>
/// Format 1.1's <c>massDetention</c> record: many people detained in one event, counted by attributed counts rather
/// than named. The wire form, the rules (references typed, counts and the listed detentions, the 1.0 gate), redaction
/// (counts and sources kept in public output), statistics and the CSV tables.
/// </summary>
public sealed class MassDetentionTests
{
    private static readonly ValidationOptions Options = new() { Today = new LocalDate(2026, 1, 1) };

    private const string Police = """{"type":"organization","id":"o1","kind":"securityService","name":"Main Directorate for Combating Organised Crime","country":"BY","sources":[{"title":"S"}]}""";

    private const string Viasna = """{"type":"organization","id":"o2","kind":"ngo","name":"Human Rights Centre Viasna","sources":[{"title":"S"}]}""";

    // The placeholder of 1.0 data: an anonymous person whose detention stood for the whole event.
    private const string Anonymous = """{"type":"person","id":"p1","anonymous":true,"sources":[{"title":"S"}]}""";

    private const string Named = """{"type":"person","id":"p2","name":"A","sources":[{"title":"S"}]}""";

    private const string Detention1 = """{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020-08-09","status":"ended","endedOn":"2020-08-12","sources":[{"title":"S"}],"notes":"Counted with the others."}""";

    private const string Detention2 = """{"type":"detention","id":"d2","subjectId":"p2","country":"BY","startedOn":"2020-08","status":"ongoing","sources":[{"title":"S"}]}""";

    private const string MassJson = """{"type":"massDetention","id":"m1","occurredOn":"2020-08-09","country":"BY","locality":"Minsk","location":{"latitude":53.9,"longitude":27.5667},"authorityId":"o1","context":"Dispersal of the protest after the presidential election","counts":[{"value":3000,"qualifier":"approximate","by":"Ministry of Internal Affairs","byId":"o1","asOf":"2020-08-10"},{"value":6700,"qualifier":"atLeast","by":"Human Rights Centre Viasna","byId":"o2","asOf":"2020-08-12"}],"detentionIds":["d1","d2"],"sources":[{"url":"https://spring96.org/en/news/98654","title":"Mass detentions in Minsk","quote":"at least 6,700 people"}],"notes":"Counts grew for days."}""";

    private static string Mass(string replace, string with) => MassJson.Replace(replace, with, StringComparison.Ordinal);

    private static Record Read(string json) => DatasetReader.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow();

    private static Dataset Data(string version, params string[] records)
        => new() { FormatVersion = version, Title = "T", Records = [.. records.Select(Read)] };

    private static ValidationResult Validate(string version, params string[] records) => DatasetValidator.Validate(Data(version, records), Options);

    private static string[] Found(ValidationResult result, Severity severity)
        => [.. result.Findings.Where(f => f.Severity == severity).Select(f => $"{f.Code} {f.Path}")];

    private static readonly string[] Context = [Police, Viasna, Anonymous, Named, Detention1, Detention2];

    [Fact]
    public void MassDetention_ReadsIntoTheModel_AndWritesBackTheSameBytes()
    {
        var mass = Assert.IsType<MassDetention>(Read(MassJson));

        Assert.Equal(("2020-08-09", "BY", "Minsk", 53.9, "o1", 2, "d2"), (mass.OccurredOn.ToString(), mass.Country.Value, mass.Locality, mass.Location!.Latitude, mass.AuthorityId?.Value, mass.Counts.Count, mass.DetentionIds[1].Value));
        Assert.Equal(
            new AttributedCount { Value = 6700, Qualifier = CountQualifier.AtLeast, By = "Human Rights Centre Viasna", ById = new ActorId("o2"), AsOf = PartialDate.Parse("2020-08-12") },
            mass.Counts[1]);
        Assert.Equal(MassJson, PoliticalEventsJson.ToJson(mass));
        Assert.Equal(mass, Read(PoliticalEventsJson.ToJson(mass)));
    }

    [Fact]
    public void MassDetention_WithOnlyWhatIsRequired_RoundTrips()
    {
        const string minimal = """{"type":"massDetention","id":"m1","occurredOn":"2021","country":"BY","counts":[{"value":0,"qualifier":"exact","by":"Police"}]}""";

        Assert.Equal(minimal, PoliticalEventsJson.ToJson(Read(minimal)));
        Assert.Empty(Found(Validate("1.1", minimal), Severity.Error));
    }

    [Theory]
    [InlineData("""{"value":12.5,"qualifier":"exact","by":"P"}""", "type", "/counts/0/value")]
    [InlineData("""{"value":12,"qualifier":"exact"}""", "required", "/counts/0")]
    [InlineData("""{"value":12,"qualifier":"roughly","by":"P"}""", "enum", "/counts/0/qualifier")]
    [InlineData("""{"value":12,"qualifier":"exact","by":"P","source":"x"}""", "additionalProperties", "/counts/0/source")]
    public void Count_NotOfItsShape_IsARefusalOfTheReader(string count, string code, string pointer)
    {
        ReadResult<Record> result = DatasetReader.ReadRecord(Encoding.UTF8.GetBytes($$"""{"type":"massDetention","id":"m1","occurredOn":"2021","country":"BY","counts":[{{count}}]}"""));

        Finding error = Assert.Single(result.Findings);
        Assert.Equal((code, pointer), (error.Code, error.Path));
    }

    [Fact]
    public void MassDetention_WithoutCounts_IsARefusalOfTheReader()
    {
        ReadResult<Record> result = DatasetReader.ReadRecord("""{"type":"massDetention","id":"m1","occurredOn":"2021","country":"BY"}"""u8.ToArray());

        Assert.Equal(("required", string.Empty), (Assert.Single(result.Findings).Code, result.Findings[0].Path));
    }

    public static TheoryData<string, string, string[]> ErrorCases => new()
    {
        // name, the mass detention (record 6 after the context), expected errors (code pointer)
        { "as written", MassJson, [] },
        { "no count", Mass("\"counts\":[{\"value\":3000,\"qualifier\":\"approximate\",\"by\":\"Ministry of Internal Affairs\",\"byId\":\"o1\",\"asOf\":\"2020-08-10\"},{\"value\":6700,\"qualifier\":\"atLeast\",\"by\":\"Human Rights Centre Viasna\",\"byId\":\"o2\",\"asOf\":\"2020-08-12\"}]", "\"counts\":[]"), ["minItems /records/6/counts"] },
        { "a count below 0", Mass("\"value\":3000", "\"value\":-1"), ["minimum /records/6/counts/0/value"] },
        { "a count as of a day before the event", Mass("\"asOf\":\"2020-08-10\"", "\"asOf\":\"2020-08-08\""), ["massDetention.countBeforeEvent /records/6/counts/0/asOf"] },
        { "a count as of the month of the event", Mass("\"asOf\":\"2020-08-10\"", "\"asOf\":\"2020-08\""), [] },
        { "a detention listed twice", Mass("[\"d1\",\"d2\"]", "[\"d1\",\"d2\",\"d1\"]"), ["uniqueItems /records/6/detentionIds"] },
        { "a listed detention that is not there", Mass("[\"d1\",\"d2\"]", "[\"d1\",\"d9\"]"), ["reference.unresolved /records/6/detentionIds/1"] },
        { "a listed detention that is a person", Mass("[\"d1\",\"d2\"]", "[\"d1\",\"p2\"]"), ["reference.wrongType /records/6/detentionIds/1"] },
        { "the authority a person", Mass("\"authorityId\":\"o1\"", "\"authorityId\":\"p2\""), ["reference.wrongType /records/6/authorityId"] },
        { "a counter a detention", Mass("\"byId\":\"o2\"", "\"byId\":\"d1\""), ["reference.wrongType /records/6/counts/1/byId"] },
        { "a counter a person", Mass("\"byId\":\"o2\"", "\"byId\":\"p2\""), [] },
        { "latitude over 90", Mass("53.9", "91"), ["maximum /records/6/location/latitude"] },
        { "a blank counter", Mass("\"by\":\"Ministry of Internal Affairs\"", "\"by\":\" \""), ["text.blank /records/6/counts/0/by"] },
        { "an empty counter", Mass("\"by\":\"Ministry of Internal Affairs\"", "\"by\":\"\""), ["minLength /records/6/counts/0/by"] },
    };

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void Errors_In11(string name, string massDetention, string[] expected)
    {
        string[] errors = Found(Validate("1.1", [.. Context, massDetention]), Severity.Error);
        Assert.True(expected.SequenceEqual(errors), $"{name}: {string.Join(", ", errors)}");
    }

    public static TheoryData<string, string[], string[]> WarningCases => new()
    {
        // name, records after the context, expected warnings (code pointer)
        { "as written", [MassJson], [] },
        {
            "a listed detention that began a year later",
            [Detention2.Replace("\"id\":\"d2\"", "\"id\":\"d3\"", StringComparison.Ordinal).Replace("2020-08", "2021-03-01", StringComparison.Ordinal), Mass("[\"d1\",\"d2\"]", "[\"d1\",\"d3\"]")],
            ["massDetention.detentionOutside /records/7/detentionIds/1"]
        },
        {
            "a listed detention known to the year of the event",
            [Detention2.Replace("\"id\":\"d2\"", "\"id\":\"d3\"", StringComparison.Ordinal).Replace("2020-08", "2020", StringComparison.Ordinal), Mass("[\"d1\",\"d2\"]", "[\"d1\",\"d3\"]")],
            []
        },
        { "an exact count below the two listed", [Mass("\"value\":3000,\"qualifier\":\"approximate\"", "\"value\":1,\"qualifier\":\"exact\"")], ["massDetention.countBelowListed /records/6/counts/0/value"] },
        { "an at-least count below the two listed", [Mass("\"value\":6700", "\"value\":1")], ["massDetention.countBelowListed /records/6/counts/1/value"] },
        { "an approximate count below the two listed", [Mass("\"value\":3000", "\"value\":1")], [] },
        { "an exact count of the two listed", [Mass("\"value\":3000,\"qualifier\":\"approximate\"", "\"value\":2,\"qualifier\":\"exact\"")], [] },
        { "a count as of an approximate day before", [Mass("\"asOf\":\"2020-08-10\"", "\"asOf\":\"2020-08-07~\"")], ["massDetention.countBeforeEvent /records/6/counts/0/asOf"] },
        { "a count as of a day far ahead", [Mass("\"asOf\":\"2020-08-10\"", "\"asOf\":\"2099-01-01\"")], ["date.future /records/6/counts/0/asOf"] },
    };

    [Theory]
    [MemberData(nameof(WarningCases))]
    public void Warnings_In11(string name, string[] records, string[] expected)
    {
        ValidationResult result = Validate("1.1", [.. Context, .. records]);
        string[] warnings = Found(result, Severity.Warning);
        Assert.True(expected.SequenceEqual(warnings), $"{name}: {string.Join(", ", warnings)}");
        Assert.True(result.Succeeded, $"{name}: {string.Join(", ", Found(result, Severity.Error))}");
    }

    [Fact]
    public void DetentionOutside_IsFound_WhenTheIndexSpillsToDisk()
    {
        string late = Detention2.Replace("2020-08", "2022", StringComparison.Ordinal);
        Dataset dataset = Data("1.1", [Police, Viasna, Anonymous, Named, Mass("[\"d1\",\"d2\"]", "[\"d2\",\"d1\"]"), Detention1, late]);

        ValidationResult inMemory = DatasetValidator.Validate(dataset, Options);
        ValidationResult spilled = DatasetValidator.Validate(dataset, new ValidationOptions { Today = Options.Today, IndexMemoryLimit = 1 });

        Assert.Equal(["massDetention.detentionOutside /records/4/detentionIds/0"], Found(inMemory, Severity.Warning));
        Assert.Equal(inMemory.Findings, spilled.Findings);
    }

    [Fact]
    public void In10_TheRecordType_IsTooLow()
    {
        Assert.Contains("formatVersion.tooLow /records/6/type", Found(Validate("1.0", [.. Context, MassJson]), Severity.Error));
        Assert.Equal(["/type"], FormatFeatures.Of(Read(MassJson)).Select(u => u.Pointer));
    }

    // ----- Redaction -----

    private static Dataset Sample(Confidentiality mass = Confidentiality.Public, Confidentiality police = Confidentiality.Public, Confidentiality named = Confidentiality.Public)
    {
        Dataset dataset = Data("1.1", [.. Context, MassJson]);
        return dataset with
        {
            Records =
            [
                .. dataset.Records.Select(r => r.Id.Value switch
                {
                    "o1" => r with { Confidentiality = police },
                    "p2" => r with { Confidentiality = named },
                    "m1" => r with { Confidentiality = mass },
                    _ => r,
                }),
            ],
        };
    }

    private static (Dataset Output, string[] Lines) Redact(Dataset input)
    {
        RedactionResult result = Redactor.Redact(input, RedactionProfile.Public, Options);
        Assert.True(result.Succeeded, string.Join("\n", result.Validation.Findings));
        Assert.True(DatasetValidator.Validate(result.Dataset!, Options).Succeeded);
        return (result.Dataset!, [.. result.Report!.Findings.Select(f => $"{f.Code} {f.Path}")]);
    }

    [Fact]
    public void Redaction_KeepsTheCountsAndSources_WhileTheAnonymousPersonsDetentionLosesItsOwn()
    {
        Dataset input = Sample();

        (Dataset output, string[] lines) = Redact(input);

        // The 1.0 way lost the numbers with the placeholder's sources; the mass detention keeps them, quote included.
        Assert.Equal(["field.removed.sources /records/2/sources", "field.removed.notes /records/4/notes", "field.removed.sources /records/4/sources"], lines);
        Assert.Equal(Read(MassJson), Assert.Single(output.Records.OfType<MassDetention>()));
        Assert.Empty(output.Records.OfType<Detention>().Single(d => d.Id.Value == "d1").Sources);
    }

    [Fact]
    public void Redaction_DroppedDetentionAndActor_LeaveTheListAndTheReferences_TheCountsStay()
    {
        (Dataset output, string[] lines) = Redact(Sample(police: Confidentiality.Confidential, named: Confidentiality.Confidential));

        Assert.Equal(
            [
                "record.dropped.confidential /records/0",
                "field.removed.sources /records/2/sources",
                "record.dropped.confidential /records/3",
                "field.removed.notes /records/4/notes",
                "field.removed.sources /records/4/sources",
                "record.dropped.dangling /records/5/subjectId",
                "reference.removed.dangling /records/6/authorityId",
                "reference.removed.dangling /records/6/counts/0/byId",
                "entry.removed.dangling /records/6/detentionIds/1",
            ],
            lines);
        MassDetention mass = Assert.Single(output.Records.OfType<MassDetention>());
        Assert.Equal((null, null, "o2"), (mass.AuthorityId, mass.Counts[0].ById, mass.Counts[1].ById?.Value));
        Assert.Equal(["d1"], mass.DetentionIds.Select(d => d.Value));
        Assert.Equal([3000, 6700], mass.Counts.Select(c => c.Value));
        Assert.Equal(Read(MassJson).Sources, mass.Sources);
    }

    [Fact]
    public void Redaction_RestrictedMassDetention_LosesItsNotesAndQuotes_NotItsCounts()
    {
        (Dataset output, string[] lines) = Redact(Sample(mass: Confidentiality.Restricted));

        Assert.Equal(["field.removed.sources /records/2/sources", "field.removed.notes /records/4/notes", "field.removed.sources /records/4/sources", "field.removed.notes /records/6/notes", "field.removed.quote /records/6/sources/0/quote"], lines);
        var original = (MassDetention)Read(MassJson);
        MassDetention mass = Assert.Single(output.Records.OfType<MassDetention>());
        Assert.Equal(original with { Confidentiality = Confidentiality.Restricted, Notes = null, Sources = [original.Sources[0] with { Quote = null }] }, mass);
    }

    [Fact]
    public void Redaction_ConfidentialMassDetention_IsDropped()
    {
        (Dataset output, string[] lines) = Redact(Sample(mass: Confidentiality.Confidential));

        Assert.Contains("record.dropped.confidential /records/6", lines);
        Assert.Empty(output.Records.OfType<MassDetention>());
    }

    // ----- Statistics -----

    private static DatasetSummary Summarize(IEnumerable<Record> records)
    {
        var statistics = new DatasetStatistics(new LocalDate(2026, 1, 1));
        foreach (Record record in records)
        {
            statistics.Add(record);
        }

        return statistics.Summarize();
    }

    [Fact]
    public void Statistics_PeopleAsARange_SummedOverTheEventsOfEachCountry()
    {
        Record second = Read("""{"type":"massDetention","id":"m2","occurredOn":"2021-03-25","country":"BY","counts":[{"value":245,"qualifier":"exact","by":"Viasna"}],"detentionIds":["d2","d2"]}""");
        Record elsewhere = Read("""{"type":"massDetention","id":"m3","occurredOn":"2022-02-27","country":"RU","counts":[{"value":900,"qualifier":"atLeast","by":"OVD-Info"},{"value":400,"qualifier":"approximate","by":"Police"}]}""");

        DatasetSummary summary = Summarize([.. Data("1.1", [.. Context, MassJson]).Records, second, elsewhere]);

        // BY: 3000..6700 and 245..245; RU: 400..900. A detention listed twice is one detention.
        Assert.Equal(new MassDetentionCounts { Events = 2, PeopleLow = 3245, PeopleHigh = 6945, DetentionsListed = 3 }, summary.MassDetentions.ByCountry[CountryCode.Parse("BY")]);
        Assert.Equal(new MassDetentionCounts { Events = 1, PeopleLow = 400, PeopleHigh = 900, DetentionsListed = 0 }, summary.MassDetentions.ByCountry[CountryCode.Parse("RU")]);
        Assert.Equal(new MassDetentionCounts { Events = 3, PeopleLow = 3645, PeopleHigh = 7845, DetentionsListed = 3 }, summary.MassDetentions.Total);

        // The listed detentions are records of their own, counted once among the detentions.
        Assert.Equal((3, 2, 9), (summary.Records.MassDetentions, summary.Detentions.Total.Total, summary.Records.Total));
    }

    [Fact]
    public void Statistics_WithoutMassDetentions_AreNone()
    {
        DatasetSummary summary = Summarize(Data("1.1", Context).Records);

        Assert.Equal(MassDetentionStatistics.None, summary.MassDetentions);
        Assert.Equal(0, summary.Records.MassDetentions);
    }

    // ----- CSV tables -----

    [Fact]
    public void CsvTables_CarryTheMassDetention_ItsCountsAndItsDetentions()
    {
        Dataset dataset = Sample(mass: Confidentiality.Restricted);
        (CsvTablesInMemory tables, CsvExportReport report) = CsvTablesInMemory.Export(dataset);

        Assert.Empty(report.Findings);
        Assert.Equal(
            ["index", "id", "occurredOn", "country", "locality", "location.latitude", "location.longitude", "authorityId", "context", "modifiedAt", "notes", "confidentiality"],
            (IEnumerable<string?>)tables.Rows(CsvTables.MassDetentions)[0]);
        Assert.Equal(
            ["6", "m1", "2020-08-09", "BY", "Minsk", "53.9", "27.5667", "o1", "Dispersal of the protest after the presidential election", null, "Counts grew for days.", "restricted"],
            (IEnumerable<string?>)tables.Rows(CsvTables.MassDetentions)[1]);
        Assert.Equal(["massDetentionId", "index", "value", "qualifier", "by", "byId", "asOf"], (IEnumerable<string?>)tables.Rows(CsvTables.MassDetentionCounts)[0]);
        Assert.Equal(["m1", "1", "6700", "atLeast", "Human Rights Centre Viasna", "o2", "2020-08-12"], (IEnumerable<string?>)tables.Rows(CsvTables.MassDetentionCounts)[2]);
        Assert.Equal([["massDetentionId", "index", "detentionId"], ["m1", "0", "d1"], ["m1", "1", "d2"]], tables.Rows(CsvTables.MassDetentionDetentions).Select(r => (IEnumerable<string?>)r));
        Assert.Equal(dataset, tables.Import().Dataset);
    }

    [Theory]
    [InlineData(CsvTables.MassDetentionCounts, "value", "many", CsvCodes.Value)]
    [InlineData(CsvTables.MassDetentionCounts, "by", null, CsvCodes.Missing)]
    [InlineData(CsvTables.MassDetentionDetentions, "detentionId", null, CsvCodes.Missing)]
    [InlineData(CsvTables.MassDetentionDetentions, "massDetentionId", "m9", CsvCodes.Orphan)]
    public void CsvTables_AChildRowWithoutItsValue_OrOfNoMassDetention_IsAnError(string table, string column, string? cell, string code)
    {
        (CsvTablesInMemory tables, _) = CsvTablesInMemory.Export(Sample());
        List<string?[]> rows = tables.Rows(table);
        rows[1][Array.IndexOf(rows[0], column)] = cell;
        tables.Write(table, rows);

        Finding error = Assert.Single(tables.Import().Findings);
        Assert.Equal((table, code, column), (error.Table, error.Code, error.ColumnName));
    }

    private static CsvTablesInMemory WithoutMassDetentionTables(Dataset dataset)
    {
        string[] added = [CsvTables.MassDetentions, CsvTables.MassDetentionCounts, CsvTables.MassDetentionDetentions];
        (CsvTablesInMemory tables, _) = CsvTablesInMemory.Export(dataset);
        foreach (string table in added)
        {
            tables.Files.Remove(table);
        }

        tables.Write(CsvTables.Manifest, tables.Rows(CsvTables.Manifest).Where(r => !added.Contains(r[0])));
        return tables;
    }

    [Fact]
    public void CsvTablesOf10Data_WithoutTheMassDetentionTables_Import()
    {
        Dataset dataset = Data("1.0", Police, Named, Detention2);

        CsvImportResult result = WithoutMassDetentionTables(dataset).Import();

        Assert.True(result.Succeeded, string.Join("; ", result.Findings));
        Assert.Equal(dataset, result.Dataset);
    }

    [Fact]
    public void CsvTablesOf11Data_WithoutTheMassDetentionTables_AreAnError_NotASilentLoss()
    {
        CsvImportResult result = WithoutMassDetentionTables(Sample()).Import();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Findings, f => (f.Table, f.Code) == (CsvTables.MassDetentions, CsvCodes.TableMissing));
        Assert.Contains(result.Findings, f => (f.Table, f.Code) == (CsvTables.MassDetentionCounts, CsvCodes.TableMissing));
        Assert.Contains(result.Findings, f => (f.Table, f.Code) == (CsvTables.MassDetentionDetentions, CsvCodes.TableMissing));
    }
}
