using System.Text;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.FollowTheMoney;

/// <summary>
/// The importer on hand-written fixtures in OpenSanctions' shapes (fixtures/ftm): every record that comes out, and
/// every report entry, exactly.
/// </summary>
public class FtmImporterTests
{
    private static readonly FtmImportOptions OpenSanctions = new() { Publisher = "OpenSanctions" };

    [Fact]
    public async Task Actors_EverySchemaAndProperty()
    {
        (List<Record> records, FtmReport report) = await FtmTestData.ImportFixtureAsync("actors.ftm.json", OpenSanctions);

        Assert.Equal(
            [
                """{"type":"person","id":"NK-test-person-1","name":"Anna Testova","names":[{"value":"TESTOVA, Anna"},{"value":"Hanna Testava"},{"value":"Annushka","kind":"alias"},{"value":"Anna Probnaya","kind":"former"}],"identifiers":[{"scheme":"wikidata","value":"Q1000001"},{"scheme":"inn-code","value":"123456789012"},{"scheme":"passport-number","value":"MP0000001"}],"roles":["politician","activist"],"gender":"female","birthDate":"1970-03-14","nationalities":["BY","LT"],"sources":[{"url":"https://example.org/people/anna"},{"title":"FollowTheMoney Person NK-test-person-1 (datasets: test_list, other_list)","publisher":"OpenSanctions"}],"notes":"First note.\n\nA summary."}""",
                """{"type":"organization","id":"NK-test-party","kind":"politicalParty","name":"Test Party","names":[{"value":"TP"}],"country":"BY","sources":[{"title":"FollowTheMoney Organization NK-test-party (datasets: test_list)","publisher":"OpenSanctions"}]}""",
                """{"type":"organization","id":"NK-test-company","kind":"company","name":"Test Company LLC","identifiers":[{"scheme":"ogrn-code","value":"1000000000001"},{"scheme":"kpp-code","value":"770001001"},{"scheme":"inn-code","value":"7700000001"}],"contacts":[{"kind":"email","value":"office@example.org"}],"country":"RU","foundedOn":"2001-02-03","sources":[{"title":"FollowTheMoney Company NK-test-company (datasets: test_list)","publisher":"OpenSanctions"}]}""",
                """{"type":"organization","id":"NK-test-court","kind":"court","name":"Test District Court","country":"UA","sources":[{"title":"FollowTheMoney PublicBody NK-test-court (datasets: test_list)","publisher":"OpenSanctions"}]}""",
                """{"type":"organization","id":"NK-test-agency","kind":"other","name":"Test Agency","sources":[{"title":"FollowTheMoney PublicBody NK-test-agency (datasets: test_list)","publisher":"OpenSanctions"}]}""",
                """{"type":"organization","id":"NK-test-legal","kind":"other","name":"Test Holder","identifiers":[{"scheme":"registration-number","value":"REG-0001"}],"country":"KZ","sources":[{"title":"FollowTheMoney LegalEntity NK-test-legal (datasets: test_list)","publisher":"OpenSanctions"}]}""",
                """{"type":"person","id":"NK-test-person-2","name":"Boris Probov","affiliations":[{"role":"Deputy Minister of Tests"}],"birthDate":"1960","nationalities":["GE"],"sources":[{"title":"FollowTheMoney Person NK-test-person-2 (datasets: test_list)","publisher":"OpenSanctions"}]}""",
                """{"type":"organization","id":"NK-test-sub","kind":"company","name":"Test Subsidiary","parentId":"NK-test-company","sources":[{"title":"FollowTheMoney Company NK-test-sub (datasets: test_list)","publisher":"OpenSanctions"}]}""",
            ],
            records.Select(PoliticalEventsJson.ToJson));
        Assert.Equal(
            [
                "ftm.import.valueInvalid NK-test-person-1 sourceUrl 1",
                "ftm.import.propertyNotMapped NK-test-person-1 firstName 1",
                "ftm.import.propertyNotMapped NK-test-person-1 lastName 1",
                "ftm.import.propertyNotMapped NK-test-person-1 birthPlace 1",
                "ftm.import.propertyNotMapped NK-test-person-1 country 1",
                "ftm.import.valueDropped NK-test-person-1 topics 1",
                "ftm.import.valueInvalid NK-test-company wikidataId 1",
                "ftm.import.valueDropped NK-test-company country 1",
                "ftm.import.valueDropped NK-test-company topics 2",
                "ftm.import.valueInvalid NK-test-agency country 1",
                "ftm.import.kindNeedsCountry NK-test-agency 1",
                "ftm.import.legalEntityAsOrganization NK-test-legal 1",
                "ftm.import.nameMissing NK-test-noname name 1",
                "ftm.import.idInvalid bad_id_1 1",
                "ftm.import.idDuplicate NK-test-party 1",
                "ftm.import.valueInvalid NK-test-person-2 deathDate 1",
                "ftm.import.valueInvalid NK-test-person-2 gender 1",
                "ftm.import.valueInvalid NK-test-person-2 nationality 1",
                "ftm.import.valueDropped NK-test-person-2 birthDate 1",
                "ftm.import.referenceMissing NK-test-sub parent 1",
                "ftm.import.valueDropped NK-test-sub parent 1",
                "ftm.import.metadataIgnored caption 11",
                "ftm.import.metadataIgnored first_seen 1",
                "ftm.import.metadataIgnored last_change 1",
                "ftm.import.metadataIgnored last_seen 1",
                "ftm.import.metadataIgnored referents 1",
                "ftm.import.metadataIgnored target 1",
            ],
            FtmTestData.Lines(report));
        Assert.Equal(new Dictionary<string, int> { ["Company"] = 2, ["LegalEntity"] = 1, ["Organization"] = 2, ["Person"] = 4, ["PublicBody"] = 2 }, report.Read);
        Assert.Equal(new Dictionary<string, int> { ["organization"] = 6, ["person"] = 2 }, report.Written);
        Assert.All(report.Findings.Where(e => e.RecordId is not null), e => Assert.NotNull(e.Line));
        AssertValid(records);
    }

    [Fact]
    public async Task Sanctions_TargetsBeforeOrAfter_MissingOrNotActors_AuthoritiesMatchedOrMade()
    {
        (List<Record> records, FtmReport report) = await FtmTestData.ImportFixtureAsync("sanctions.ftm.json", OpenSanctions);

        Assert.Equal(
            [
                """{"type":"organization","id":"authority-nz-fa16f85bef5b4b1e","kind":"governmentBody","name":"Ministry of Foreign Affairs of Testland","country":"NZ","sources":[{"title":"FollowTheMoney Sanction test-san-1 (authority)","publisher":"OpenSanctions"}]}""",
                """{"type":"sanctionMeasure","id":"test-san-1","imposedById":"authority-nz-fa16f85bef5b4b1e","kind":"assetFreeze","program":{"code":"NZ-TEST","name":"Test Regime"},"reason":"First reason.\n\nSecond reason.","targets":[{"actorId":"NK-test-target-1","listingId":"NZ-0001"}],"history":[{"action":"imposed","on":"2022-03-01"}],"sources":[{"url":"https://example.org/nz/list"},{"title":"FollowTheMoney Sanction test-san-1 (datasets: nz_test)","publisher":"OpenSanctions"}],"notes":"Provisions: Asset Freeze"}""",
                """{"type":"sanctionMeasure","id":"test-san-6","imposedById":"NK-test-mof","kind":"travelBan","targets":[{"actorId":"NK-test-target-2"}],"history":[{"action":"imposed","on":"2020-06"},{"action":"expired","on":"2024-06-30"}],"sources":[{"title":"FollowTheMoney Sanction test-san-6","publisher":"OpenSanctions"}]}""",
                """{"type":"organization","id":"authority-eu-e2885fae0d7a3765","kind":"intergovernmental","name":"Council of the Test Union","sources":[{"title":"FollowTheMoney Sanction test-san-7 (authority)","publisher":"OpenSanctions"}]}""",
                """{"type":"sanctionMeasure","id":"test-san-7","imposedById":"authority-eu-e2885fae0d7a3765","kind":"other","targets":[{"actorId":"NK-test-target-1"},{"actorId":"NK-test-target-2"}],"history":[{"action":"imposed","on":"2019"}],"sources":[{"title":"FollowTheMoney Sanction test-san-7","publisher":"OpenSanctions"}],"notes":"Provisions: Asset freeze; Travel ban\n\nStatus: Active"}""",
                """{"type":"sanctionMeasure","id":"test-san-8","imposedById":"authority-eu-e2885fae0d7a3765","kind":"other","targets":[{"actorId":"NK-test-target-2","listingId":"KPi.001"}],"history":[{"action":"imposed","on":"2021-01-10"}],"sources":[{"title":"FollowTheMoney Sanction test-san-8","publisher":"OpenSanctions"}],"notes":"Programme URL: https://example.org/programmes/test\n\nDuration: Ten years"}""",
                """{"type":"organization","id":"authority-by-aa19313c0c8bc622","kind":"governmentBody","name":"Ambiguous Authority","country":"BY","sources":[{"title":"FollowTheMoney Sanction test-san-9 (authority)","publisher":"OpenSanctions"}]}""",
                """{"type":"sanctionMeasure","id":"test-san-9","imposedById":"authority-by-aa19313c0c8bc622","kind":"assetFreeze","targets":[{"actorId":"NK-test-target-1"}],"history":[{"action":"imposed","on":"2021-02-03"}],"sources":[{"url":"https://example.org/a"},{"url":"https://example.org/b"},{"title":"FollowTheMoney Sanction test-san-9","publisher":"OpenSanctions"}],"notes":"Secondary sanctions risk.\n\nProvisions: Block"}""",
                """{"type":"person","id":"NK-test-target-1","name":"Target One","sources":[{"title":"FollowTheMoney Person NK-test-target-1","publisher":"OpenSanctions"}]}""",
                """{"type":"organization","id":"NK-test-target-2","kind":"company","name":"Target Two","country":"BY","sources":[{"title":"FollowTheMoney Company NK-test-target-2","publisher":"OpenSanctions"}]}""",
                """{"type":"organization","id":"NK-test-mof","kind":"governmentBody","name":"Test Ministry of Finance","country":"BY","sources":[{"title":"FollowTheMoney PublicBody NK-test-mof","publisher":"OpenSanctions"}]}""",
                """{"type":"organization","id":"NK-test-amb-1","kind":"governmentBody","name":"Ambiguous Authority","country":"BY","sources":[{"title":"FollowTheMoney PublicBody NK-test-amb-1","publisher":"OpenSanctions"}]}""",
                """{"type":"organization","id":"NK-test-amb-2","kind":"other","name":"Ambiguous Authority","country":"BY","sources":[{"title":"FollowTheMoney Organization NK-test-amb-2","publisher":"OpenSanctions"}]}""",
            ],
            records.Select(PoliticalEventsJson.ToJson));
        Assert.Equal(
            [
                "ftm.import.valueDropped test-san-1 modifiedAt 1",
                "ftm.import.valueDropped test-san-1 listingDate 1",
                "ftm.import.propertyNotMapped test-san-1 recordId 1",
                "ftm.import.referenceMissing test-san-2 entity 1",
                "ftm.import.referenceNotImported test-san-3 entity 1",
                "ftm.import.sanctionWithoutDate test-san-4 startDate 1",
                "ftm.import.sanctionWithoutAuthority test-san-5 authority 1",
                "ftm.import.dateTimeDropped test-san-6 endDate 1",
                "ftm.import.referenceMissing test-san-8 entity 1",
                "ftm.import.valueInvalid test-san-8 endDate 1",
                "ftm.import.valueDropped test-san-8 authority 1",
                "ftm.import.valueInvalid test-san-9 startDate 1",
                "ftm.import.valueDropped NK-test-target-1 topics 1",
                "ftm.import.schemaNotImported addr-test-1 1",
                "ftm.import.metadataIgnored caption 15",
                "ftm.import.metadataIgnored caption2 1",
            ],
            FtmTestData.Lines(report));
        Assert.Equal(new Dictionary<string, int> { ["organization"] = 7, ["person"] = 1, ["sanctionMeasure"] = 5 }, report.Written);
        AssertValid(records);
    }

    [Fact]
    public async Task Relations_BecomeAffiliationsOfTheirMember_BeforeOrAfterIt()
    {
        (List<Record> records, FtmReport report) = await FtmTestData.ImportFixtureAsync("relations.ftm.json", OpenSanctions);

        Assert.Equal(
            [
                """{"type":"person","id":"NK-rel-person","name":"Vera Relova","affiliations":[{"organizationId":"NK-rel-company","role":"Director","from":"2017-10-23"},{"organizationId":"NK-rel-org","role":"member","from":"2015","until":"2018-12"},{"organizationId":"NK-rel-company","role":"editor","from":"2019-02-01"}],"sources":[{"title":"FollowTheMoney Person NK-rel-person","publisher":"OpenSanctions"}]}""",
                """{"type":"organization","id":"NK-rel-org","kind":"other","name":"Relation Society","affiliations":[{"organizationId":"NK-rel-company"}],"sources":[{"title":"FollowTheMoney Organization NK-rel-org","publisher":"OpenSanctions"}]}""",
                """{"type":"organization","id":"NK-rel-company","kind":"company","name":"Relation Works","sources":[{"title":"FollowTheMoney Company NK-rel-company","publisher":"OpenSanctions"}]}""",
            ],
            records.Select(PoliticalEventsJson.ToJson));
        Assert.Equal(
            [
                "ftm.import.propertyNotMapped rel-dir-1 secretary 1",
                "ftm.import.valueDropped rel-mem-1 role 1",
                "ftm.import.propertyNotMapped rel-mem-1 summary 1",
                "ftm.import.referenceNotImported rel-emp-1 employee 1",
                "ftm.import.valueInvalid rel-emp-2 endDate 1",
                "ftm.import.referenceMissing rel-mem-2 organization 1",
                "ftm.import.propertyNotMapped rel-mem-3 status 1",
                "ftm.import.schemaNotImported rel-own-1 1",
                "ftm.import.schemaNotImported rel-fam-1 1",
                "ftm.import.schemaNotImported rel-ship-1 1",
            ],
            FtmTestData.Lines(report));
        AssertValid(records);
    }

    [Fact]
    public async Task BadLines_AreReportedWithTheirLine_AndTheOthersImported()
    {
        (List<Record> records, FtmReport report) = await FtmTestData.ImportFixtureAsync("bad-lines.ftm.json");

        Assert.Equal(["ok-1", "ok-2"], records.Select(r => r.Id.Value));
        Assert.Equal(
            [
                (2, "", "The line is not well-formed JSON."),
                (3, "", "The line is not a JSON object."),
                (4, "x-1", "The object has no \"schema\"."),
                (5, "", "This is a delta line ({\"op\": …, \"entity\": …}), not an entity: import a full entities file instead."),
                (6, "x-2", "A property value is not an array of strings."),
                (7, "x-3", "A property value is not an array of strings."),
                (9, "", "\"id\" is not a string."),
                (10, "x-4", "The line is not well-formed JSON."),
            ],
            report.Findings.Where(e => e.Code == FtmReportCodes.ImportLineInvalid).Select(e => (e.Line!.Value, e.RecordId ?? string.Empty, e.Message)));
        Assert.Equal(8, report.CountsByCode[FtmReportCodes.ImportLineInvalid]);
    }

    [Fact]
    public async Task Streaming_GivesWhatTheInMemoryImportGives()
    {
        foreach (string fixture in new[] { "actors.ftm.json", "sanctions.ftm.json", "relations.ftm.json" })
        {
            (List<Record> streamed, FtmReport streamedReport) = await FtmTestData.ImportFixtureAsync(fixture);
            var report = new FtmReport();
            IReadOnlyList<Record> inMemory = FtmImporter.Import(await FtmTestData.ReadFixtureAsync(fixture), report);

            // Entities held in memory have no top-level metadata to skip: everything else is the same.
            Assert.Equal(streamed, inMemory);
            Assert.Equal(FtmTestData.Lines(streamedReport).Where(l => !l.StartsWith(FtmReportCodes.ImportMetadataIgnored, StringComparison.Ordinal)), FtmTestData.Lines(report));
        }
    }

    [Fact]
    public async Task Stream_IsReadTwiceFromWhereItStands()
    {
        byte[] body = File.ReadAllBytes(FtmTestData.FixturePath("sanctions.ftm.json"));
        using var stream = new MemoryStream([.. "ignored prefix\n"u8.ToArray(), .. body]);
        stream.Position = "ignored prefix\n".Length;
        var report = new FtmReport();

        List<Record> records = [];
        await foreach (Record record in FtmImporter.ImportAsync(stream, report))
        {
            records.Add(record);
        }

        Assert.Equal(13, records.Count);
        Assert.DoesNotContain(report.Findings, e => e.Code == FtmReportCodes.ImportLineInvalid);
    }

    [Fact]
    public void NonSeekableStream_IsRefused()
    {
        using var stream = new NonSeekable();

        ArgumentException error = Assert.Throws<ArgumentException>(() => FtmImporter.ImportAsync(stream, new FtmReport()));

        Assert.Contains("seekable", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021", "2021")]
    [InlineData("2021-08", "2021-08")]
    [InlineData("2021-08-09", "2021-08-09")]
    [InlineData("2021-08-09T21", "2021-08-09")]
    [InlineData("2021-08-09T21:48:52", "2021-08-09")]
    [InlineData("2021-08-09T21:48:52Z", "2021-08-09")]
    [InlineData("2021-08-09T21:48:52.123+02:00", "2021-08-09")]
    public void Dates_OfEveryPrecision_TheTimeLeftOutAndReported(string value, string expected)
    {
        FtmEntity person = FtmTestData.Entity($$$"""{"id":"p-1","schema":"Person","properties":{"name":["A"],"birthDate":["{{{value}}}"]}}""");
        var report = new FtmReport();

        var imported = (Person)Assert.Single(FtmImporter.Import([person], report));

        Assert.Equal(expected, imported.BirthDate.ToString());
        Assert.Equal(value.Length > 10 ? ["ftm.import.dateTimeDropped p-1 birthDate 1"] : [], FtmTestData.Lines(report));
    }

    [Theory]
    [InlineData("21")]
    [InlineData("2021-02-30")]
    [InlineData("2021-1")]
    [InlineData("2021~")]
    [InlineData("2021-08-09 21:00")]
    [InlineData("0000")]
    [InlineData("")]
    public void Dates_ThatAreNotFtmDates_AreReported(string value)
    {
        FtmEntity person = FtmTestData.Entity($$$"""{"id":"p-1","schema":"Person","properties":{"name":["A"],"birthDate":["{{{value}}}"]}}""");
        var report = new FtmReport();

        var imported = (Person)Assert.Single(FtmImporter.Import([person], report));

        Assert.Null(imported.BirthDate);
        Assert.Equal(["ftm.import.valueInvalid p-1 birthDate 1"], FtmTestData.Lines(report));
    }

    [Theory]
    [InlineData("""["Active"]""", null, "imposed")]
    [InlineData("""["expired"]""", "2030-01-01", "imposed expired")]
    [InlineData("""["Active"]""", "2030-01-01", "imposed expired")]
    [InlineData("""["Annulled"]""", "2024", "imposed annulled")]
    [InlineData("""["Lifted"]""", "2024", "imposed lifted")]
    [InlineData("""["inactive"]""", "2024", "imposed lifted")]
    [InlineData("[]", "2024", "imposed lifted")]
    public void SanctionEnd_ActionFromTheStatus(string status, string? end, string actions)
    {
        string endDate = end is null ? string.Empty : $$$""","endDate":["{{{end}}}"]""";
        FtmEntity[] entities =
        [
            FtmTestData.Entity("""{"id":"p-1","schema":"Person","properties":{"name":["A"]}}"""),
            FtmTestData.Entity("""{"id":"s-1","schema":"Sanction","properties":{"entity":["p-1"],"authority":["Authority"],"startDate":["2020"],"status":""" + status + endDate + "}}"),
        ];

        var measure = FtmImporter.Import(entities, new FtmReport()).OfType<SanctionMeasure>().Single();

        Assert.Equal(actions, string.Join(' ', measure.History.Select(h => Action(h.Action))));
        Assert.Equal(status == """["Active"]""" && end is null, measure.Notes?.Contains("Status: Active", StringComparison.Ordinal) ?? false);
    }

    [Fact]
    public void AnEntityThatIsNotAnActor_CannotBeTargeted_NorBeAMember()
    {
        FtmEntity[] entities =
        [
            FtmTestData.Entity("""{"id":"v-1","schema":"Vessel","properties":{"name":["Test Vessel"]}}"""),
            FtmTestData.Entity("""{"id":"o-1","schema":"Organization","properties":{"name":["Test Org"]}}"""),
            FtmTestData.Entity("""{"id":"s-1","schema":"Sanction","properties":{"entity":["v-1"],"authority":["A"],"startDate":["2020"]}}"""),
            FtmTestData.Entity("""{"id":"m-1","schema":"Membership","properties":{"member":["v-1"],"organization":["o-1"]}}"""),
            FtmTestData.Entity("""{"id":"m-2","schema":"Membership","properties":{"organization":["o-1"]}}"""),
            FtmTestData.Entity("""{"id":"bad_id","schema":"Person","properties":{"name":["Underscore"]}}"""),
            FtmTestData.Entity("""{"id":"s-2","schema":"Sanction","properties":{"entity":["bad_id"],"authority":["A"],"startDate":["2020"]}}"""),
        ];
        var report = new FtmReport();

        Assert.Equal(["o-1"], FtmImporter.Import(entities, report).Select(r => r.Id.Value));

        Assert.Equal(
            [
                "ftm.import.schemaNotImported v-1 1", "ftm.import.referenceNotImported s-1 entity 1",
                "ftm.import.referenceNotImported m-1 member 1", "ftm.import.referenceMissing m-2 member 1",
                "ftm.import.idInvalid bad_id 1", "ftm.import.referenceNotImported s-2 entity 1",
            ],
            FtmTestData.Lines(report));
    }

    [Theory]
    [InlineData("Directorship", "director", "Leader or official of", "Membership")]
    [InlineData("Directorship", "director", "ГЕНЕРАЛЬНЫЙ ДИРЕКТОР", null)]
    [InlineData("Employment", "employee", "contractor", "Membership")]
    [InlineData("Employment", "employee", "staff writer", null)]
    [InlineData("Membership", "member", "Chair of the board", "Directorship")]
    [InlineData("Membership", "member", "founder", null)]
    public void AffiliationSchema_ThatTheRoleDoesNotSay_IsReported(string schema, string memberProperty, string role, string? exportedAs)
    {
        FtmEntity[] entities =
        [
            FtmTestData.Entity("""{"id":"p-1","schema":"Person","properties":{"name":["A"]}}"""),
            FtmTestData.Entity("""{"id":"o-1","schema":"Company","properties":{"name":["B"]}}"""),
            new FtmEntity("r-1", schema, [new(memberProperty, ["p-1"]), new(schema == "Employment" ? "employer" : "organization", ["o-1"]), new("role", [role])]),
        ];
        var report = new FtmReport();

        IReadOnlyList<Record> records = FtmImporter.Import(entities, report);

        Assert.Equal(role, Assert.Single(((Person)records[0]).Affiliations).Role);
        Assert.Equal(exportedAs is null ? [] : ["ftm.import.affiliationSchemaNotKept r-1 1"], FtmTestData.Lines(report));
        Assert.Equal(exportedAs ?? schema, FtmExporter.Export(records, new FtmReport())[1].Schema);
    }

    [Fact]
    public void AuthorityId_DoesNotCollideWithAnEntity()
    {
        // The authority of s-1 would get authority-xx-<hash of "A">: an entity already has that id.
        string taken = "authority-xx-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("A\n")))[..16];
        FtmEntity[] entities =
        [
            FtmTestData.Entity($$$"""{"id":"{{{taken}}}","schema":"Person","properties":{"name":["Someone"]}}"""),
            FtmTestData.Entity("""{"id":"s-1","schema":"Sanction","properties":{"entity":["p-1"],"authority":["A"],"startDate":["2020"]}}"""),
            FtmTestData.Entity("""{"id":"p-1","schema":"Person","properties":{"name":["B"]}}"""),
        ];

        IReadOnlyList<Record> records = FtmImporter.Import(entities, new FtmReport());

        Assert.Equal([taken, taken + "-1", "s-1", "p-1"], records.Select(r => r.Id.Value));
        AssertValid(records);
    }

    [Fact]
    public async Task ParentCycles_AreBrokenAtTheSmallestId_AndReported()
    {
        // o-b → o-c → o-a → o-b is a cycle of three (o-d leads into it); o-e's first parent is itself (left out), its
        // second, o-f, whose parent is o-e: a cycle of two. Each is broken at its smallest id, whose parent is left out
        // with no other parent taken in its place; o-g → o-h is no cycle.
        string[] lines =
        [
            """{"id":"o-b","schema":"Organization","properties":{"name":["B"],"parent":["o-c"]}}""",
            """{"id":"o-c","schema":"Company","properties":{"name":["C"],"parent":["o-a"]}}""",
            """{"id":"o-d","schema":"Organization","properties":{"name":["D"],"parent":["o-b"]}}""",
            """{"id":"o-a","schema":"Organization","properties":{"name":["A"],"parent":["o-b","o-d"]}}""",
            """{"id":"o-e","schema":"Organization","properties":{"name":["E"],"parent":["o-e","o-f"]}}""",
            """{"id":"o-f","schema":"Organization","properties":{"name":["F"],"parent":["o-e"]}}""",
            """{"id":"o-g","schema":"Organization","properties":{"name":["G"],"parent":["o-h"]}}""",
            """{"id":"o-h","schema":"Organization","properties":{"name":["H"]}}""",
        ];
        var report = new FtmReport();
        var streamedReport = new FtmReport();

        IReadOnlyList<Record> records = FtmImporter.Import(lines.Select(FtmTestData.Entity), report);
        List<Record> streamed = [];
        await foreach (Record record in FtmImporter.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines))), streamedReport))
        {
            streamed.Add(record);
        }

        Assert.Equal(
            ["o-b o-c", "o-c o-a", "o-d o-b", "o-a -", "o-e -", "o-f o-e", "o-g o-h", "o-h -"],
            records.Cast<Organization>().Select(o => $"{o.Id.Value} {o.ParentId?.Value ?? "-"}"));
        Assert.Equal(
            [
                "ftm.import.parentCycle o-a parent 1",
                "ftm.import.valueDropped o-a parent 1",
                "ftm.import.valueInvalid o-e parent 1",
                "ftm.import.parentCycle o-e parent 1",
            ],
            FtmTestData.Lines(report));
        Assert.Equal(
            [
                "The chain of parents leads back to this organization (a cycle of 3 organizations): this parent is left out to break the cycle.",
                "The chain of parents leads back to this organization (a cycle of 2 organizations): this parent is left out to break the cycle.",
            ],
            report.Findings.Where(e => e.Code == FtmReportCodes.ImportParentCycle).Select(e => e.Message));
        Assert.Equal(records, streamed);
        Assert.Equal(FtmTestData.Lines(report), FtmTestData.Lines(streamedReport));
        AssertValid(records);
    }

    [Fact]
    public void NamesAndIdentifiers_BlankOrWithInvisibleCharacters_AreLeftOut()
    {
        // Validation refuses them in names and identifier values (text.blank, text.invisibleCharacter): the import leaves
        // them out, so that what it writes validates.
        FtmEntity[] entities =
        [
            FtmTestData.Entity("""{"id":"p-1","schema":"Person","properties":{"name":["Anna\u200bKarenina","Anna Karenina"],"alias":["\u00ad","A\u0000K","\u200c","\u0646\u0631\u06AF\u0633 \u0645\u06CC\u200c\u062E\u0648\u0627\u0647"],"innCode":["12\u202e34","1234"]}}"""),
            FtmTestData.Entity("""{"id":"o-1","schema":"Organization","properties":{"name":["\u200b","\u3000"]}}"""),
            FtmTestData.Entity("""{"id":"s-1","schema":"Sanction","properties":{"entity":["p-1"],"authority":["Ministry\ufeff","Ministry"],"startDate":["2020-01-01"]}}"""),
        ];
        var report = new FtmReport();

        IReadOnlyList<Record> records = FtmImporter.Import(entities, report);

        var person = (Person)records.Single(r => r.Id.Value == "p-1");
        Assert.Equal("Anna Karenina", person.Name);
        Assert.Equal(["\u0646\u0631\u06AF\u0633 \u0645\u06CC\u200C\u062E\u0648\u0627\u0647"], person.Names.Select(n => n.Value));
        Assert.Equal(["1234"], person.Identifiers.Select(i => i.Value));
        Assert.Equal("Ministry", records.OfType<Organization>().Single().Name);
        Assert.Equal(
            [
                "ftm.import.valueInvalid p-1 name 1",
                "ftm.import.valueInvalid p-1 alias 1",
                "ftm.import.valueInvalid p-1 alias 1",
                "ftm.import.valueInvalid p-1 alias 1",
                "ftm.import.valueInvalid p-1 innCode 1",
                "ftm.import.nameMissing o-1 name 1",
                "ftm.import.valueDropped s-1 authority 1",
            ],
            FtmTestData.Lines(report));
        AssertValid(records);
    }

    [Fact]
    public void TextThatDoesNotFit_IsReported()
    {
        string big = new('x', 60_000);
        FtmEntity person = FtmTestData.Entity($$$"""{"id":"p-1","schema":"Person","properties":{"name":["A"],"notes":["{{{big}}}","{{{big}}}"],"summary":["short"]}}""");
        var report = new FtmReport();

        var imported = (Person)Assert.Single(FtmImporter.Import([person], report));

        Assert.Equal(big + "\n\nshort", imported.Notes);
        Assert.Equal(["ftm.import.valueDropped p-1 notes 1"], FtmTestData.Lines(report));
    }

    private static string Action(SanctionAction action) => action.ToString().ToLowerInvariant();

    private static void AssertValid(IEnumerable<Record> records)
    {
        // As polev import --from ftm writes it: declaring the current format (1.1 reads a Sanction's authority id as its
        // target's listing id).
        ValidationResult result = DatasetValidator.Validate(new Dataset { FormatVersion = Dataset.CurrentFormatVersion, Title = "Imported", Records = [.. records] });
        Assert.Empty(result.Findings);
    }

    private sealed class NonSeekable : MemoryStream
    {
        public override bool CanSeek => false;
    }
}
