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

namespace PoliticalEvents.Tests.Facilities;

/// <summary>
/// Format 1.1's <c>facility</c> record and a placement's <c>facilityId</c>: the wire form, the rules (references typed,
/// coordinates in range, a placement names its place one way or the other, the 1.0 gate), redaction and statistics.
/// </summary>
public sealed class FacilityTests
{
    private static readonly ValidationOptions Options = new() { Today = new LocalDate(2026, 1, 1) };

    private const string Operator = """{"type":"organization","id":"o1","kind":"governmentBody","name":"Penitentiary Department","country":"BY","sources":[{"title":"S"}]}""";

    private const string Person = """{"type":"person","id":"p1","name":"A","sources":[{"title":"S"}]}""";

    private const string FacilityJson = """{"type":"facility","id":"f1","name":"Penal colony No. 3","kind":"penalColony","country":"BY","locality":"Viciebsk","operatorId":"o1","location":{"latitude":55.2262,"longitude":30.1245},"identifiers":[{"scheme":"wikidata","value":"Q4352"}],"sources":[{"title":"S"}]}""";

    private static string Detention(string placement)
        => $$"""{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","placements":[{{placement}}],"sources":[{"title":"S"}]}""";

    private static Record Read(string json) => DatasetReader.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow();

    private static ValidationResult Validate(string version, params string[] records)
        => DatasetValidator.Validate(new Dataset { FormatVersion = version, Title = "T", Records = [.. records.Select(Read)] }, Options);

    private static string[] Errors(ValidationResult result)
        => [.. result.Findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.Code} {f.Path}")];

    [Fact]
    public void Facility_ReadsIntoTheModel_AndWritesBackTheSameBytes()
    {
        var facility = Assert.IsType<Facility>(Read(FacilityJson));

        Assert.Equal(
            (FacilityKind.PenalColony, "BY", "Viciebsk", "o1", 55.2262, 30.1245, "Q4352"),
            (facility.Kind, facility.Country.Value, facility.Locality, facility.OperatorId?.Value, facility.Location!.Latitude, facility.Location.Longitude, facility.Identifiers[0].Value));
        Assert.Equal(FacilityJson, PoliticalEventsJson.ToJson(facility));
    }

    [Theory]
    [InlineData("""{"latitude":-90,"longitude":180}""", """{"latitude":-90,"longitude":180}""")]
    [InlineData("""{"latitude":5.39e1,"longitude":-0.5}""", """{"latitude":53.9,"longitude":-0.5}""")]
    [InlineData("""{"longitude":1,"latitude":2}""", """{"latitude":2,"longitude":1}""")]
    public void Location_ReadsAnyJsonNumber_AndIsWrittenInCanonicalForm(string location, string canonical)
    {
        Record facility = Read($$"""{"type":"facility","id":"f1","name":"N","country":"BY","location":{{location}}}""");

        Assert.Equal($$"""{"type":"facility","id":"f1","name":"N","country":"BY","location":{{canonical}}}""", PoliticalEventsJson.ToJson(facility));
    }

    [Theory]
    [InlineData("""{"latitude":"53.9","longitude":27}""", "type", "/location/latitude")]
    [InlineData("""{"latitude":53.9}""", "required", "/location")]
    [InlineData("""{"latitude":1e400,"longitude":27}""", "json.invalid", "/location/latitude")]
    [InlineData("""{"latitude":53.9,"longitude":27,"altitude":200}""", "additionalProperties", "/location/altitude")]
    public void Location_NotTwoNumbers_IsARefusalOfTheReader(string location, string code, string pointer)
    {
        ReadResult<Record> result = DatasetReader.ReadRecord(Encoding.UTF8.GetBytes($$"""{"type":"facility","id":"f1","name":"N","country":"BY","location":{{location}}}"""));

        Finding error = Assert.Single(result.Findings);
        Assert.Equal((code, pointer), (error.Code, error.Path));
    }

    [Fact]
    public void GeoLocation_NotFinite_IsRefusedByTheWriters()
    {
        var facility = new Facility { Id = new("f1"), Name = "N", Country = CountryCode.Parse("BY"), Location = new GeoLocation { Latitude = double.NaN, Longitude = 0 } };

        DatasetWriteException refused = Assert.Throws<DatasetWriteException>(() => PoliticalEventsJson.ToJson(facility));
        Assert.Equal(("number.notFinite", "/location/latitude"), (refused.Code, refused.Path));
    }

    public static TheoryData<string, string[], string[]> RuleCases => new()
    {
        // name, records after the operator and the person, expected errors (code pointer)
        { "a facility and a placement naming it", [FacilityJson, Detention("""{"facilityId":"f1","from":"2021"}""")], [] },
        { "text and facility record together", [FacilityJson, Detention("""{"facility":"IK-3","facilityId":"f1","facilityKind":"prison","locality":"Vitsba"}""")], [] },
        { "placement without either", [Detention("""{"facilityKind":"prison"}""")], ["anyOf /records/2/placements/0"] },
        { "facilityId unresolved", [Detention("""{"facilityId":"f404"}""")], ["reference.unresolved /records/2/placements/0/facilityId"] },
        { "facilityId of a person", [Detention("""{"facilityId":"p1"}""")], ["reference.wrongType /records/2/placements/0/facilityId"] },
        { "operator a person", [FacilityJson.Replace("\"operatorId\":\"o1\"", "\"operatorId\":\"p1\"", StringComparison.Ordinal)], ["reference.wrongType /records/2/operatorId"] },
        { "latitude over 90", [FacilityJson.Replace("55.2262", "90.5", StringComparison.Ordinal)], ["maximum /records/2/location/latitude"] },
        { "longitude below -180", [FacilityJson.Replace("30.1245", "-180.01", StringComparison.Ordinal)], ["minimum /records/2/location/longitude"] },
        { "blank name", [FacilityJson.Replace("Penal colony No. 3", " ", StringComparison.Ordinal)], ["text.blank /records/2/name"] },
        { "bad wikidata id", [FacilityJson.Replace("Q4352", "4352", StringComparison.Ordinal)], ["pattern /records/2/identifiers/0/value"] },
    };

    [Theory]
    [MemberData(nameof(RuleCases))]
    public void Rules_In11(string name, string[] records, string[] expected)
        => Assert.True(expected.SequenceEqual(Errors(Validate("1.1", [Operator, Person, .. records]))), $"{name}: {string.Join(", ", Errors(Validate("1.1", [Operator, Person, .. records])))}");

    [Theory]
    [InlineData(FacilityJson, "formatVersion.tooLow /records/2/type")]
    [InlineData("""{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","placements":[{"facility":"IK-3","facilityId":"f1"}]}""", "formatVersion.tooLow /records/2/placements/0/facilityId")]
    public void In10_TheRecordTypeAndFacilityId_AreTooLow(string record, string expected)
    {
        Assert.Contains(expected, Errors(Validate("1.0", Operator, Person, record)));
        Assert.DoesNotContain(Errors(Validate("1.1", Operator, Person, record)), e => e.StartsWith("formatVersion.", StringComparison.Ordinal));
    }

    [Fact]
    public void In10_APlacementWithoutFacilityText_IsTooLow()
    {
        Record detention = Read(Detention("""{"facilityId":"f1"}"""));

        Assert.Equal(["/placements/0", "/placements/0/facilityId"], FormatFeatures.Of(detention).Select(u => u.Pointer));
        Assert.Empty(FormatFeatures.Of(Read(Detention("""{"facility":"IK-3","facilityKind":"penalColony","locality":"Vitsba","from":"2021"}"""))));
    }

    private static Dataset Sample(Confidentiality facility, Confidentiality operatorRecord, string placements)
        => new()
        {
            FormatVersion = "1.1",
            Title = "T",
            Records =
            [
                Read(Operator) with { Confidentiality = operatorRecord },
                Read(Person),
                Read(FacilityJson) with { Confidentiality = facility, Notes = "The governor's name is known." },
                Read($$"""{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","placements":{{placements}},"sources":[{"title":"S"}]}"""),
            ],
        };

    private static (Dataset Output, string[] Lines) Redact(Dataset input)
    {
        RedactionResult result = Redactor.Redact(input, RedactionProfile.Public, Options);
        Assert.True(result.Succeeded, string.Join("\n", result.Validation.Findings));
        Assert.True(DatasetValidator.Validate(result.Dataset!, Options).Succeeded);
        return (result.Dataset!, [.. result.Report!.Findings.Select(f => $"{f.Code} {f.Path}")]);
    }

    [Fact]
    public void Redaction_KeepsAPublicFacility_AsItIs()
    {
        Dataset input = Sample(Confidentiality.Public, Confidentiality.Public, """[{"facilityId":"f1"}]""");

        (Dataset output, string[] lines) = Redact(input);

        Assert.Empty(lines);
        Assert.Equal(input.Records, output.Records);
    }

    [Fact]
    public void Redaction_ConfidentialOperator_LeavesTheFacilityWithoutTheReference()
    {
        (Dataset output, string[] lines) = Redact(Sample(Confidentiality.Public, Confidentiality.Confidential, """[{"facilityId":"f1"}]"""));

        Assert.Equal(["record.dropped.confidential /records/0", "reference.removed.dangling /records/2/operatorId"], lines);
        Facility facility = Assert.Single(output.Records.OfType<Facility>());
        Assert.Equal((null, "Penal colony No. 3", 55.2262), (facility.OperatorId, facility.Name, facility.Location!.Latitude));
    }

    [Fact]
    public void Redaction_RestrictedFacility_LosesItsNotesOnly()
    {
        (Dataset output, string[] lines) = Redact(Sample(Confidentiality.Restricted, Confidentiality.Public, """[{"facilityId":"f1"}]"""));

        Assert.Equal(["field.removed.notes /records/2/notes"], lines);
        Assert.Equal(Read(FacilityJson) with { Confidentiality = Confidentiality.Restricted }, Assert.Single(output.Records.OfType<Facility>()));
    }

    [Fact]
    public void Redaction_ConfidentialFacility_PlacementsKeepTheirTextOrGo()
    {
        (Dataset output, string[] lines) = Redact(Sample(Confidentiality.Confidential, Confidentiality.Public, """[{"facilityId":"f1","from":"2020"},{"facility":"IK-3","facilityId":"f1","from":"2021"}]"""));

        Assert.Equal(["record.dropped.confidential /records/2", "entry.removed.dangling /records/3/placements/0", "reference.removed.dangling /records/3/placements/1/facilityId"], lines);
        Placement placement = Assert.Single(Assert.Single(output.Records.OfType<Detention>()).Placements);
        Assert.Equal(("IK-3", null, "2021"), (placement.Facility, placement.FacilityId, placement.From?.ToString()));
    }

    [Fact]
    public void Statistics_CountFacilities()
    {
        var statistics = new DatasetStatistics(new LocalDate(2026, 1, 1));
        foreach (Record record in Sample(Confidentiality.Public, Confidentiality.Public, "[]").Records)
        {
            statistics.Add(record);
        }

        RecordCounts counts = statistics.Summarize().Records;
        Assert.Equal((1, 4), (counts.Facilities, counts.Total));
    }

    [Fact]
    public void CsvTables_CarryTheFacility_AndThePlacementsReference()
    {
        Dataset dataset = Sample(Confidentiality.Restricted, Confidentiality.Public, """[{"facilityId":"f1","from":"2020"},{"facility":"IK-3","facilityId":"f1"}]""");
        (CsvTablesInMemory tables, CsvExportReport report) = CsvTablesInMemory.Export(dataset);

        Assert.Empty(report.Findings);
        Assert.Equal(
            ["index", "id", "name", "kind", "country", "locality", "operatorId", "location.latitude", "location.longitude", "modifiedAt", "notes", "confidentiality"],
            (IEnumerable<string?>)tables.Rows(CsvTables.Facilities)[0]);
        Assert.Equal(["2", "f1", "Penal colony No. 3", "penalColony", "BY", "Viciebsk", "o1", "55.2262", "30.1245", null, "The governor's name is known.", "restricted"], (IEnumerable<string?>)tables.Rows(CsvTables.Facilities)[1]);
        Assert.Equal(["f1", "0", "wikidata", "Q4352"], (IEnumerable<string?>)tables.Rows(CsvTables.FacilityIdentifiers)[1]);
        Assert.Equal(dataset, tables.Import().Dataset);
    }

    [Theory]
    [InlineData("53.9", "", CsvCodes.Missing, "location.longitude")]
    [InlineData("NaN", "1", CsvCodes.Value, "location.latitude")]
    [InlineData("53,9", "1", CsvCodes.Value, "location.latitude")]
    public void CsvTables_ACoordinateAloneOrNotANumber_IsAnError(string latitude, string longitude, string code, string column)
    {
        (CsvTablesInMemory tables, _) = CsvTablesInMemory.Export(Sample(Confidentiality.Public, Confidentiality.Public, "[]"));
        List<string?[]> rows = tables.Rows(CsvTables.Facilities);
        rows[1][Array.IndexOf(rows[0], "location.latitude")] = latitude;
        rows[1][Array.IndexOf(rows[0], "location.longitude")] = longitude.Length == 0 ? null : longitude;
        tables.Write(CsvTables.Facilities, rows);

        Finding error = Assert.Single(tables.Import().Findings);
        Assert.Equal((CsvTables.Facilities, code, column), (error.Table, error.Code, error.ColumnName));
    }

    // Tables written before format 1.1 have no facilities.csv nor facility_identifiers.csv, nor rows for them in the manifest.
    private static CsvTablesInMemory WithoutFacilityTables(Dataset dataset)
    {
        (CsvTablesInMemory tables, _) = CsvTablesInMemory.Export(dataset);
        tables.Files.Remove(CsvTables.Facilities);
        tables.Files.Remove(CsvTables.FacilityIdentifiers);
        tables.Write(CsvTables.Manifest, tables.Rows(CsvTables.Manifest).Where(r => r[0] is not (CsvTables.Facilities or CsvTables.FacilityIdentifiers)));
        return tables;
    }

    [Fact]
    public void CsvTablesOf10Data_WithoutTheFacilityTables_Import()
    {
        var dataset = new Dataset { FormatVersion = "1.0", Title = "T", Records = [Read(Person), Read(Detention("""{"facility":"IK-3"}"""))] };

        CsvImportResult result = WithoutFacilityTables(dataset).Import();

        Assert.True(result.Succeeded, string.Join("; ", result.Findings));
        Assert.Equal(dataset, result.Dataset);
    }

    [Fact]
    public void CsvTablesOf11Data_WithoutTheFacilityTables_AreAnError_NotASilentLoss()
    {
        CsvImportResult result = WithoutFacilityTables(Sample(Confidentiality.Public, Confidentiality.Public, "[]")).Import();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Findings, f => (f.Table, f.Code) == (CsvTables.Facilities, CsvCodes.TableMissing));
        Assert.Contains(result.Findings, f => (f.Table, f.Code) == (CsvTables.FacilityIdentifiers, CsvCodes.TableMissing));
    }
}
