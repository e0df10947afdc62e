using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

public sealed partial class StrictReadingTests
{
    private const string Person = """{"type":"person","id":"p1","name":"A"}""";
    private const string Detention = """{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing" """;
    private const string Release = """{"type":"release","id":"r1","releasedOn":"2025","kind":"pardon","detainees":[{"subjectId":"p1"}] """;

    private static string Document(string record) => """{"formatVersion":"1.0","title":"t","records":[""" + record + "]}";

    public static TheoryData<string, string, string, string> WrongTypes => new()
    {
        // record, code, pointer within the document, marker
        { """{"type":"person","id":"p1","name":12}""", "type", "/records/0/name", "12" },
        { """{"type":"person","id":"p1","name":true}""", "type", "/records/0/name", "true" },
        { """{"type":"person","id":"p1","name":["A"]}""", "type", "/records/0/name", "[\"A\"]" },
        { """{"type":"person","id":"p1","name":"A","anonymous":"yes"}""", "type", "/records/0/anonymous", "\"yes\"" },
        { """{"type":"person","id":"p1","name":"A","roles":{}}""", "type", "/records/0/roles", "{}" },
        { """{"type":"person","id":"p1","name":"A","roles":[1]}""", "type", "/records/0/roles/0", "1]" },
        { """{"type":"person","id":7,"name":"A"}""", "type", "/records/0/id", "7" },
        { """{"type":"person","id":"p1","name":"A","nationalities":[{}]}""", "type", "/records/0/nationalities/0", "{}" },
        { """{"type":"person","id":"p1","name":"A","gender":2}""", "type", "/records/0/gender", "2" },
        { """{"type":"person","id":"p1","name":"A","gender":"SECRET"}""", "enum", "/records/0/gender", "\"SECRET\"" },
        { """{"type":"person","id":"p1","name":"A","sources":{"title":"x"}}""", "type", "/records/0/sources", "{\"title\"" },
        { """{"type":"person","id":"p1","name":"A","sources":["x"]}""", "type", "/records/0/sources/0", "\"x\"" },
        { Release + ""","reportedCount":[]}""", "type", "/records/0/reportedCount", "[]" },
        { Release + ""","reportedCount":{"value":1.5,"qualifier":"exact"}}""", "type", "/records/0/reportedCount/value", "1.5" },
        { Release + ""","reportedCount":{"value":1e400,"qualifier":"exact"}}""", "json.invalid", "/records/0/reportedCount/value", "1e400" },
        { Release + ""","reportedCount":{"value":99999999999,"qualifier":"exact"}}""", "json.invalid", "/records/0/reportedCount/value", "99999999999" },
        { """{"type":"release","id":"r1","releasedOn":"2025","kind":null,"detainees":[{"subjectId":"p1"}]}""", "type", "/records/0/kind", "null" },
        { Detention + ""","sentences":[{"imposedOn":"2021","kind":"fine","inAbsentia":null}]}""", "type", "/records/0/sentences/0/inAbsentia", "null" },
        { Detention + ""","sentences":[{"imposedOn":"2021","kind":"imprisonment","term":11}]}""", "type", "/records/0/sentences/0/term", "11" },
        { Detention + ""","sentences":[{"imposedOn":"2021","kind":"imprisonment","term":"11 years"}]}""", "pattern", "/records/0/sentences/0/term", "\"11 years\"" },
        { Detention + ""","charges":[{"law":"L","article":null}]}""", "type", "/records/0/charges/0/article", "null" },
        { Detention + ""","charges":[{"article":"342"}]}""", "required", "/records/0/charges/0", "{\"article\":\"342\"}" }, // 1.1: "article" may be left out, "law" not
        { Detention + ""","conditions":[null]}""", "type", "/records/0/conditions/0", "null" },
        { Detention + ""","designations":[{"by":"V","status":"politicalPrisoner","criteria":[null]}]}""", "type", "/records/0/designations/0/criteria/0", "null" },
        { Detention + ""","placements":[{"facility":"F"},null]}""", "type", "/records/0/placements/1", "null" },
        { """{"type":"person","id":5}""", "type", "/records/0/id", "5" },
        { """{"type":5,"id":"p1"}""", "type", "/records/0/type", "5" },
        { """{"type":null,"id":"p1"}""", "type", "/records/0/type", "null" },
        { """{"id":"p1","type":{"SECRET":1}}""", "type", "/records/0/type", "{\"SECRET\"" },
        { """{"$type":"person","id":"p1"}""", "required", "/records/0", "{\"$type\"" },
        { """{"type":"person","id":"p1","name":"A","$id":"1"}""", "additionalProperties", "/records/0/$id", "\"$id\":\"1\"" },
        { """{"type":"person","id":"p1","name":"A","$schema":"x"}""", "additionalProperties", "/records/0/$schema", "\"$schema\":\"x\"" },
        { """{"type":"person","id":"p1","name":"A","a/b~c":1}""", "additionalProperties", "/records/0/a~1b~0c", "\"a/b~c\":1" },
        { """{"type":"person","id":"p1","name":"A","x']y":1}""", "additionalProperties", "/records/0/x']y", "\"x']y\":1" },
        // A name that cannot be printed is not shown: the finding points at its object.
        { """{"type":"person","id":"p1","name":"A","a\nb":1}""", "additionalProperties", "/records/0", "\"a\\nb\":1" },
        { """{"type":"person","type":"person","id":"p1"}""", "json.duplicateProperty", "/records/0/type", "\"type\":\"person\",\"id\"" },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void ReadDataset_MalformedRecord_OneErrorWithCodePointerAndPosition(string record, string code, string path, string marker)
    {
        string input = Document(record);

        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadDataset(TestFiles.Utf8(input)));

        ErrorAssert.Is(error, code, path, input, marker, after: "\"records\"");
    }

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void ReadRecord_MalformedRecord_SameErrorWithPointerWithinTheRecord(string record, string code, string path, string marker)
    {
        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadRecord(TestFiles.Utf8(record)));

        ErrorAssert.Is(error, code, path["/records/0".Length..], record, marker);
    }

    [Fact]
    public void ReadDataset_UnknownTopLevelProperty_AdditionalProperties()
    {
        string input = """{"formatVersion":"1.0","title":"t","records":[],"author":"x"}""";

        ErrorAssert.Is(ErrorAssert.Single(PoliticalEventsJson.ReadDataset(TestFiles.Utf8(input))), "additionalProperties", "/author", input, "\"author\":\"x\"");
    }

    [Fact]
    public void ReadDataset_MissingTitle_RequiredAtRoot()
    {
        string input = """{"formatVersion":"1.0","records":[]}""";

        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadDataset(TestFiles.Utf8(input)));

        ErrorAssert.Is(error, "required", string.Empty, input, "{"); // the object that lacks it
        Assert.Contains("'title'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDataset_NullRecords_TypeError()
    {
        string input = """{"formatVersion":"1.0","title":"t","records":null}""";

        ErrorAssert.Is(ErrorAssert.Single(PoliticalEventsJson.ReadDataset(TestFiles.Utf8(input))), "type", "/records", input, "null");
    }

    [Fact]
    public void ReadDataset_NotAnObject_TypeError()
    {
        Assert.Equal("type", ErrorAssert.Single(PoliticalEventsJson.ReadDataset("[]"u8)).Code);
        Assert.Equal("type", ErrorAssert.Single(PoliticalEventsJson.ReadDataset("null"u8)).Code);
        Assert.Equal("type", ErrorAssert.Single(PoliticalEventsJson.ReadDataset("\"dataset\""u8)).Code);
    }

    [Theory]
    [InlineData("2026-11-27T12:00:00+01:00", "pattern")]
    [InlineData("2026-11-27 12:00:00Z", "pattern")]
    [InlineData("2026-11-27", "pattern")]
    [InlineData("2026-02-30T12:00:00Z", "date.notReal")]
    [InlineData("2026-11-27T25:00:00Z", "date.notReal")]
    public void ReadDataset_InvalidCreatedAt_PatternOrNotReal(string createdAt, string code)
    {
        string input = $$"""{"formatVersion":"1.0","title":"t","createdAt":"{{createdAt}}","records":[]}""";

        ErrorAssert.Is(ErrorAssert.Single(PoliticalEventsJson.ReadDataset(TestFiles.Utf8(input))), code, "/createdAt", input, "\"" + createdAt + "\"");
    }

    [Theory]
    [InlineData("2025-02-30", "date.notReal")]
    [InlineData("2025-13-01", "date.notReal")]
    [InlineData("2025-02", "pattern")]
    [InlineData("25-02-01", "pattern")]
    public void ReadDataset_InvalidAccessedOn_PatternOrNotReal(string accessedOn, string code)
    {
        string input = Document($$"""{"type":"person","id":"p1","name":"A","sources":[{"title":"x","accessedOn":"{{accessedOn}}"}]}""");

        ErrorAssert.Is(ErrorAssert.Single(PoliticalEventsJson.ReadDataset(TestFiles.Utf8(input))), code, "/records/0/sources/0/accessedOn", input, "\"" + accessedOn + "\"");
    }

    [Theory]
    [InlineData("notes")]
    [InlineData("unknownProperty")]
    public void ReadDataset_FiveThousandNestedArraysInARecord_TooDeepNotACrash(string property)
    {
        string input = Document("{\"type\":\"person\",\"id\":\"p1\",\"name\":\"A\",\"" + property + "\":" + new string('[', 5000) + new string(']', 5000) + "}");

        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadDataset(TestFiles.Utf8(input)));

        // The pointer of the array that would be the 65th level: 61 levels below the property (3 above it).
        ErrorAssert.Is(error, "json.tooDeep", $"/records/0/{property}" + string.Concat(Enumerable.Repeat("/0", 61)), input, new string('[', 64), after: property);
    }

    [Fact]
    public void ReadRecord_FiveThousandNestedObjects_TooDeepNotACrash()
    {
        string input = string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000);

        Assert.Equal("json.tooDeep", ErrorAssert.Single(PoliticalEventsJson.ReadRecord(TestFiles.Utf8(input))).Code);
    }

    [Fact]
    public void ReadDataset_TwoBadRecords_ReportsEachInOrder()
    {
        string input = """{"formatVersion":"1.0","title":"t","records":[{"type":"person","id":"p1","name":"A","x":1},{"id":"p2"}]}""";

        ReadResult<Dataset> result = PoliticalEventsJson.ReadDataset(TestFiles.Utf8(input));

        Assert.Null(result.Value);
        Assert.Equal([("additionalProperties", "/records/0/x"), ("required", "/records/1")], result.Findings.Select(e => (e.Code, e.Path)));
        ErrorAssert.AtMarker(result.Findings[1], TestFiles.Utf8(input), "{\"id\":\"p2\"}");
    }

    [Fact]
    public void ReadDataset_BadRecordThenBrokenJson_OnlyTheSyntaxError()
    {
        string input = """{"formatVersion":"1.0","title":"t","records":[{"type":"person","id":"p1","name":"A","x":1},{"id":"p2"}] x}""";

        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadDataset(TestFiles.Utf8(input)));

        Assert.Equal("json.syntax", error.Code);
    }

    [Fact]
    public void ReadDataset_ValidRecordsAroundAMissingType_PointsAtTheRecordWithoutType()
    {
        string input = Document(Person + ",\n" + Person.Replace("p1", "p2", StringComparison.Ordinal) + ",\n{\"id\":\"p3\",\"name\":\"C\"}");

        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadDataset(TestFiles.Utf8(input)));

        ErrorAssert.Is(error, "required", "/records/2", input, "{\"id\":\"p3\"");
    }
}
