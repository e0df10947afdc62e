using System.Text;
using CsCheck;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Csv;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Validation;

/// <summary>
/// A dataset that declares format 1.0 may not use what 1.1 added (<c>formatVersion.tooLow</c>, at each use); one that
/// declares 1.1, or declares nothing, may. The CSV tables of 1.0 data may lack the columns 1.1 added.
/// </summary>
public sealed class FormatVersionGateTests
{
    private static readonly ValidationOptions Options = new() { Today = new NodaTime.LocalDate(2026, 1, 1) };

    // The findings of the gate: formatVersion.tooLow, and term.outOfRange for terms over 1.0's 100 years.
    private static string[] TooLow(ValidationResult result)
        => [.. result.Findings.Where(f => f.Code is ValidationCodes.FormatVersionTooLow or ValidationCodes.TermOutOfRange or ValidationCodes.OneOf).Select(f => $"{f.Code} {f.Path}").Order(StringComparer.Ordinal)];

    private static string[] Uses(Dataset dataset)
        => [.. dataset.Records.SelectMany((r, i) => FormatFeatures.Of(r).Select(f => $"{f.Code} /records/{i}{f.Pointer}")).Order(StringComparer.Ordinal)];

    [Fact]
    public void AnyDataset_DeclaredAs10_ErrsExactlyWhereItUses11_DeclaredAs11_NotAtAll()
    {
        int using11 = 0;
        RecordGenerators.Dataset.Sample(
            dataset =>
            {
                string[] uses = Uses(dataset);
                using11 += uses.Length > 0 ? 1 : 0;
                Assert.Equal(uses, TooLow(DatasetValidator.Validate(dataset with { FormatVersion = "1.0" }, Options)));
                Assert.Empty(TooLow(DatasetValidator.Validate(dataset with { FormatVersion = "1.1" }, Options)));
            },
            iter: 300,
            print: d => PoliticalEventsJson.ToJson(d));
        Assert.True(using11 > 10, $"Only {using11} of 300 generated datasets used format 1.1.");
    }

    // FormatFeatures.Of runs for every record validated: for a record that uses nothing of 1.1 it allocates nothing
    // (no pointer is built for a field that is not there). Allocations on this thread are counted exactly.
    [Fact]
    public void A10Record_IsWalkedWithoutAllocating()
    {
        Record[] records10 = [.. RecordGenerators.Dataset.Array[100].Generate(new PCG(1, 1), null, out _).SelectMany(d => d.Records).Where(r => FormatFeatures.Of(r).Count == 0)];
        Assert.True(records10.Length > 100, $"Only {records10.Length} generated records use nothing of 1.1.");
        Assert.Contains(records10, r => r is SanctionMeasure { Targets.Count: > 0 } m && m.History.Any(s => s.Sources.Count > 0));
        Assert.Contains(records10, r => r is Actor { Names.Count: > 0 });
        Assert.Contains(records10, r => r is Detention { Placements.Count: > 0 } && r.Sources.Count > 0);

        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (Record record in records10)
        {
            _ = FormatFeatures.Of(record);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void EveryIntervalDate_InAnyGeneratedDataset_IsFoundWhereTheWrittenJsonHasIt()
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        RecordGenerators.Dataset.Sample(
            dataset =>
            {
                // Independently of FormatFeatures: every string of the written JSON that reads as an interval date.
                using var json = System.Text.Json.JsonDocument.Parse(PoliticalEventsJson.ToJson(dataset));
                var intervals = new List<string>();
                Walk(json.RootElement.GetProperty("records"), "/records", intervals);
                string[] found = [.. Uses(dataset).Where(u => u.StartsWith(ValidationCodes.FormatVersionTooLow, StringComparison.Ordinal))
                    .Select(u => u[(ValidationCodes.FormatVersionTooLow.Length + 1)..])];
                // A record of a type 1.1 added is found once, at its type: what it holds is 1.1 already.
                string[] inRecordsOf10Types = [.. intervals.Where(p => !found.Contains(string.Join('/', p.Split('/')[..3]) + "/type"))];
                Assert.Subset(found.ToHashSet(StringComparer.Ordinal), inRecordsOf10Types.ToHashSet(StringComparer.Ordinal));
                places.UnionWith(intervals.Select(p => System.Text.RegularExpressions.Regex.Replace(p, "/[0-9]+", "/n")));
            },
            iter: 1_000,
            print: d => PoliticalEventsJson.ToJson(d));
        Assert.True(places.Count >= 8, $"Intervals were generated in only {places.Count} places: {string.Join(", ", places)}.");

        static void Walk(System.Text.Json.JsonElement element, string pointer, List<string> intervals)
        {
            switch (element.ValueKind)
            {
                case System.Text.Json.JsonValueKind.Object:
                    foreach (System.Text.Json.JsonProperty property in element.EnumerateObject())
                    {
                        Walk(property.Value, $"{pointer}/{property.Name}", intervals);
                    }

                    break;
                case System.Text.Json.JsonValueKind.Array:
                    int i = 0;
                    foreach (System.Text.Json.JsonElement item in element.EnumerateArray())
                    {
                        Walk(item, $"{pointer}/{i++}", intervals);
                    }

                    break;
                case System.Text.Json.JsonValueKind.String when PartialDate.TryParse(element.GetString(), out PartialDate date) && date.IsInterval:
                    intervals.Add(pointer);
                    break;
            }
        }
    }

    [Theory]
    [InlineData("""{"type":"person","id":"p1","name":"A","birthDate":"1979/1981"}""", "/birthDate")]
    [InlineData("""{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"../2025-11-30","status":"ongoing"}""", "/startedOn")]
    [InlineData("""{"type":"release","id":"r1","releasedOn":"2020-09/..","kind":"pardon","detainees":[{"subjectId":"p1"}]}""", "/releasedOn")]
    [InlineData("""{"type":"link","id":"l1","kind":"exchange","fromId":"r1","toId":"s1","on":"2025/2026","sources":[{"title":"S","publishedOn":"2025-09/.."}]}""", "/on,/sources/0/publishedOn")]
    public void IntervalDates_AreFound(string json, string pointers)
        => Assert.Equal(pointers.Split(','), FormatFeatures.Of(DatasetReader.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow()).Select(f => f.Pointer));

    private static Record Detention(string designation)
        => DatasetReader.ReadRecord(Encoding.UTF8.GetBytes($$"""{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","designations":[{{designation}}]}""")).GetValueOrThrow();

    private static Record Charged(string charge)
        => DatasetReader.ReadRecord(Encoding.UTF8.GetBytes($$"""{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","charges":[{{charge}}]}""")).GetValueOrThrow();

    [Theory]
    [InlineData("""{"law":"Criminal Code","description":"mass riots"}""", "/charges/0")]
    [InlineData("""{"law":"Criminal Code","article":"293","on":"2020-08"}""", "/charges/0/on")]
    [InlineData("""{"law":"Criminal Code","article":"293","status":"requalified"}""", "/charges/0/status")]
    public void Each11AdditionToCharges_IsFound(string charge, string pointer)
        => Assert.Equal([pointer], FormatFeatures.Of(Charged(charge)).Select(f => f.Pointer));

    [Fact]
    public void Charge10Style_UsesNothingOf11()
        => Assert.Empty(FormatFeatures.Of(Charged("""{"law":"Criminal Code","article":"293","part":"1","description":"mass riots"}""")));

    [Theory]
    [InlineData("""{"law":"Criminal Code"}""", ValidationCodes.AnyOf, "/charges/0")]
    [InlineData("""{"law":"Criminal Code","article":""}""", ValidationCodes.MinLength, "/charges/0/article")]
    public void ChargeWithoutArticleOrDescription_IsAnError(string charge, string code, string pointer)
    {
        Finding finding = Assert.Single(DatasetValidator.Validate(Charged(charge), Options).Findings, f => f.Severity == Severity.Error);
        Assert.Equal((code, pointer), (finding.Code, finding.Path));
    }

    [Theory]
    [InlineData("""{"by":"US Department of State","status":"wrongfullyDetained"}""", "/designations/0/status")]
    [InlineData("""{"by":"UN WGAD","status":"hostage"}""", "/designations/0/status")]
    [InlineData("""{"by":"Amnesty International","status":"prisonerOfConscience","on":"2021","withdrawnOn":"2022"}""", "/designations/0/withdrawnOn")]
    public void Each11Addition_IsFound(string designation, string pointer)
        => Assert.Equal([pointer], FormatFeatures.Of(Detention(designation)).Select(f => f.Pointer));

    [Fact]
    public void DocumentMetadataAfterItsRecords_StillGated()
    {
        Record record = Detention("""{"by":"US Department of State","status":"wrongfullyDetained"}""");
        foreach ((string version, int expected) in new[] { ("1.0", 1), ("1.1", 0) })
        {
            using var validator = new StreamingValidator(Options);
            validator.AddRecord(record, "/records/0");
            validator.AddHeader(new Dataset { FormatVersion = version, Title = "T", Records = [] });
            Assert.Equal(expected, TooLow(validator.Complete()).Length);
        }
    }

    [Fact]
    public async Task JsonLinesWithoutHeader_DeclaresNothing_NotGated()
    {
        byte[] lines = Encoding.UTF8.GetBytes("""{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","designations":[{"by":"X","status":"hostage"}]}""" + "\n");

        ValidationResult result = await DatasetValidator.ValidateAsync(new MemoryStream(lines), DatasetFormat.JsonLines, Options);

        Assert.Empty(TooLow(result));
    }

    [Fact]
    public void DocumentDeclaring10_ReportedAtTheValue_WithItsLine()
    {
        byte[] document = Encoding.UTF8.GetBytes("""
            {"formatVersion":"1.0","title":"T","records":[
              {"type":"person","id":"p1","name":"A"},
              {"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing",
               "designations":[{"by":"X","status":"prisonerOfConscience","on":"2021",
                 "withdrawnOn":"2022"}]}]}
            """);

        Finding finding = Assert.Single(DatasetValidator.Validate(document, DatasetFormat.Document, Options).Findings, f => f.Code == ValidationCodes.FormatVersionTooLow);

        Assert.Equal(("/records/1/designations/0/withdrawnOn", 5, "d1"), (finding.Path, finding.Line, finding.RecordId));
        Assert.Contains("withdrawnOn", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0", "P100Y", null)]
    [InlineData("1.0", "P150Y", ValidationCodes.TermOutOfRange)]
    [InlineData("1.1", "P150Y", null)]
    [InlineData("1.1", "P1000Y", null)]
    public void LongTerm_OutOfRangeOnlyInA10Dataset(string version, string term, string? code)
    {
        byte[] document = Encoding.UTF8.GetBytes($$"""
            {"formatVersion":"{{version}}","title":"T","records":[
              {"type":"person","id":"p1","name":"A"},
              {"type":"detention","id":"d1","subjectId":"p1","country":"TN","startedOn":"2023-04-17","status":"ongoing",
               "sentences":[{"imposedOn":"2025-07","kind":"imprisonment","term":"{{term}}"}]}]}
            """);

        ValidationResult result = DatasetValidator.Validate(document, DatasetFormat.Document, Options);

        Assert.Equal(code, result.Findings.SingleOrDefault(f => f.Severity == Severity.Error)?.Code);
        if (code is not null)
        {
            Assert.Equal("/records/1/sentences/0/term", result.Findings.Single(f => f.Severity == Severity.Error).Path);
        }
    }

    private static Dataset WithDesignation(string version, PartialDate? withdrawnOn) => new()
    {
        FormatVersion = version,
        Title = "T",
        Records =
        [
            new Person { Id = (RecordId)"p1", Name = "A" },
            new Detention
            {
                Id = (RecordId)"d1",
                SubjectId = (PersonId)"p1",
                Country = CountryCode.Parse("BY"),
                StartedOn = PartialDate.Parse("2020"),
                Status = DetentionStatus.Ongoing,
                Designations = [new Designation { By = "Amnesty International", Status = DesignationStatus.PrisonerOfConscience, On = PartialDate.Parse("2021"), WithdrawnOn = withdrawnOn }],
            },
        ],
    };

    [Fact]
    public void CsvTablesOf10Data_WithoutThe11Column_Import()
    {
        Dataset dataset = WithDesignation("1.0", withdrawnOn: null);
        (CsvTablesInMemory tables, _) = CsvTablesInMemory.Export(dataset);
        tables.DeleteColumn(PoliticalEvents.Csv.CsvTables.DetentionDesignations, "withdrawnOn");

        PoliticalEvents.Csv.CsvImportResult result = tables.Import();

        Assert.True(result.Succeeded, string.Join("; ", result.Findings));
        Assert.Equal(dataset, result.Dataset);
    }

    [Fact]
    public void CsvTablesOf11Data_WithoutThe11Column_AreAnError_NotASilentLoss()
    {
        (CsvTablesInMemory tables, _) = CsvTablesInMemory.Export(WithDesignation("1.1", PartialDate.Parse("2022")));
        tables.DeleteColumn(PoliticalEvents.Csv.CsvTables.DetentionDesignations, "withdrawnOn");

        PoliticalEvents.Csv.CsvImportResult result = tables.Import();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Findings, f => f.Table == PoliticalEvents.Csv.CsvTables.DetentionDesignations && f.ColumnName == "withdrawnOn");
    }
}
