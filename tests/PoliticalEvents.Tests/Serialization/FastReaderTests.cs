using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CsCheck;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Validation;
using Xunit;
using Xunit.Abstractions;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>
/// The strict reader (<see cref="FastReader"/>) against System.Text.Json with the library's own source-generated
/// metadata (<see cref="PoliticalEventsJson.Options"/>), used here as an independent reading of the same model: on any
/// input both read it to equal values or both refuse it; and every refusal is described by the reader itself, with a
/// code, a pointer and a message of this project.
/// </summary>
public sealed class FastReaderTests(ITestOutputHelper output)
{
    private delegate ReadResult<T> Reader<T>(ReadOnlySpan<byte> utf8) where T : class;

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private static byte[] HeaderJson(Dataset dataset)
        => JsonSerializer.SerializeToUtf8Bytes(DatasetHeaderLine.From(dataset), PoliticalEventsJson.HeaderTypeInfo);

    /// <summary>What System.Text.Json reads from the input with the library's metadata, or null when it refuses it (for whatever reason).</summary>
    private static T? Serializer<T>(byte[] json, JsonTypeInfo<T> typeInfo) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or DecoderFallbackException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The text of the fallback finding, which would mean a refusal that recorded no problem (a bug).</summary>
    private const string Unexplained = "The value could not be read.";

    private static void Explained<T>(ReadResult<T> result, byte[] json) where T : class
    {
        Assert.NotEmpty(result.Findings);
        foreach (Finding finding in result.Findings)
        {
            Assert.NotEqual(Unexplained, finding.Message);
            Assert.Equal(Severity.Error, finding.Severity);
            Assert.True(finding.Line is >= 1 && finding.Column is >= 1, $"Not located: {finding}");
            Assert.True(finding.Path.Length == 0 || finding.Path[0] == '/', finding.Path);
        }
    }

    // ----- Canonical input: always read, always equal -----

    [Fact]
    public void CanonicalDocument_IndentedAndCompact_ReadEqualToSerializer()
    {
        RecordGenerators.Dataset.Sample(
            dataset =>
            {
                foreach (bool indented in (bool[])[true, false])
                {
                    byte[] json = Utf8(PoliticalEventsJson.ToJson(dataset, indented));
                    Dataset fast = FastReader.ReadDataset(json).GetValueOrThrow();
                    Dataset? slow = Serializer(json, PoliticalEventsJson.DatasetTypeInfo);
                    Assert.Equal(slow, fast);
                    Assert.Equal(dataset, fast);
                    Assert.Equal(slow!.GetHashCode(), fast.GetHashCode());
                }
            },
            iter: 200,
            print: d => PoliticalEventsJson.ToJson(d));
    }

    [Fact]
    public void CanonicalRecordsAndHeader_ReadEqualToSerializer()
    {
        RecordGenerators.Dataset.Sample(
            dataset =>
            {
                foreach (Record record in dataset.Records)
                {
                    byte[] json = Utf8(PoliticalEventsJson.ToJson(record));
                    Record fast = FastReader.ReadRecord(json).GetValueOrThrow();
                    Record? slow = Serializer(json, PoliticalEventsJson.RecordTypeInfo);
                    Assert.Equal(slow!.GetType(), fast.GetType());
                    Assert.Equal(slow, fast);
                    Assert.Equal(record, fast);
                    Assert.Equal(slow.GetHashCode(), fast.GetHashCode());
                }

                byte[] header = HeaderJson(dataset);
                Assert.Equal(Serializer(header, PoliticalEventsJson.HeaderTypeInfo), FastReader.ReadHeader(header).GetValueOrThrow());
            },
            iter: 200,
            print: d => PoliticalEventsJson.ToJson(d));
    }

    // ----- Any input: both read it alike, or both refuse it -----

    private sealed class Tally
    {
        private int _read;
        private int _refused;

        public void Count(bool read) => Interlocked.Increment(ref read ? ref _read : ref _refused);

        public void AssertBothOutcomesSeen(int runs)
        {
            // Not vacuous: edits that keep the input valid (whitespace, escapes, reordering) and edits that break it both occurred.
            Assert.True(_read > runs / 50, $"Only {_read} of {runs} edited inputs were read.");
            Assert.True(_refused > runs / 5, $"Only {_refused} of {runs} edited inputs were refused.");
        }

        public override string ToString() => $"{_read} read by both, {_refused} refused by both";
    }

    private static byte[] Mutate(byte[] json, int seed, int edits)
    {
        var random = new Random(seed);
        for (int i = 0; i < edits; i++)
        {
            json = JsonMutations.Mutate(json, random);
        }

        return json;
    }

    // The contract: the reader reads exactly what the serializer reads, to an equal value, and explains every refusal.
    private static void Agrees<T>(byte[] json, Reader<T> read, JsonTypeInfo<T> typeInfo, Tally tally) where T : class
    {
        T? serializer = Serializer(json, typeInfo);
        ReadResult<T> result = PoliticalEventsJson.Read(json, typeInfo);
        if (System.Text.Unicode.Utf8.IsValid(json))
        {
            ReadResult<T> direct = read(json);
            Assert.Equal(result.Value, direct.Value);
            Assert.Equal(result.Findings, direct.Findings);
        }

        if (serializer is null && result.Succeeded)
        {
            Assert.Fail("The reader read input the serializer refuses.");
        }

        if (serializer is not null && !result.Succeeded)
        {
            Assert.Fail($"The reader refused input the serializer reads: {result.Findings[0]}");
        }

        if (result.Succeeded)
        {
            Assert.Equal(serializer, result.Value);
        }
        else
        {
            Explained(result, json);
        }

        tally.Count(result.Succeeded);
    }

    private static string Show(byte[] json) => json.Length > 2000 ? Encoding.UTF8.GetString(json[..2000]) + "…" : Encoding.UTF8.GetString(json);

    [Fact]
    public void EditedDocument_ReaderAgreesWithSerializer()
    {
        const int runs = 1500;
        var tally = new Tally();
        Gen.Select(RecordGenerators.Dataset, Gen.Bool, Gen.Int, Gen.Int[1, 3])
            .Select(t => Mutate(Utf8(PoliticalEventsJson.ToJson(t.Item1, indented: t.Item2)), t.Item3, t.Item4))
            .Sample(json => Agrees<Dataset>(json, ReadDatasetWithOffsets, PoliticalEventsJson.DatasetTypeInfo, tally), iter: runs, print: Show);
        output.WriteLine(tally.ToString());
        tally.AssertBothOutcomesSeen(runs);
    }

    // The reader, also checking the offsets it gives: one per record, each at a '{', when it reads; none when it refuses.
    private static ReadResult<Dataset> ReadDatasetWithOffsets(ReadOnlySpan<byte> utf8)
    {
        var offsets = new List<int> { -1 };
        ReadResult<Dataset> read = FastReader.ReadDataset(utf8, offsets);
        Assert.Equal(read.Value?.Records.Count ?? 0, offsets.Count);
        foreach (int offset in offsets)
        {
            Assert.Equal((byte)'{', utf8[offset]);
        }

        return read;
    }

    [Fact]
    public void EditedRecord_ReaderAgreesWithSerializer()
    {
        const int runs = 4000;
        var tally = new Tally();
        Gen.Select(RecordGenerators.Record, Gen.Int, Gen.Int[1, 3])
            .Select(t => Mutate(Utf8(PoliticalEventsJson.ToJson(t.Item1)), t.Item2, t.Item3))
            .Sample(json => Agrees<Record>(json, FastReader.ReadRecord, PoliticalEventsJson.RecordTypeInfo, tally), iter: runs, print: Show);
        output.WriteLine(tally.ToString());
        tally.AssertBothOutcomesSeen(runs);
    }

    [Fact]
    public void EditedHeaderLine_ReaderAgreesWithSerializer()
    {
        const int runs = 1000;
        var tally = new Tally();
        Gen.Select(RecordGenerators.Dataset, Gen.Int, Gen.Int[1, 2])
            .Select(t => Mutate(HeaderJson(t.Item1), t.Item2, t.Item3))
            .Sample(json => Agrees<DatasetHeaderLine>(json, FastReader.ReadHeader, PoliticalEventsJson.HeaderTypeInfo, tally), iter: runs, print: Show);
        output.WriteLine(tally.ToString());
        tally.AssertBothOutcomesSeen(runs);
    }

    // ----- One case per strictness rule: refused by both, described by the reader -----

    private const string Person = """{"type":"person","id":"p1","name":"A","gender":"female","nationalities":["BY"],"sources":[{"title":"T","accessedOn":"2020-01-02","language":"be"}]}""";

    public static TheoryData<string, string, string, string?> InvalidRecords => new()
    {
        // rule, JSON, error code, pointer (null: not pinned here; JsonSyntaxTests pins those)
        { "unknown property", """{"type":"person","id":"p1","name":"A","nickname":"B"}""", "additionalProperties", "/nickname" },
        { "unknown nested property", """{"type":"person","id":"p1","sources":[{"title":"T","pages":3}]}""", "additionalProperties", "/sources/0/pages" },
        { "duplicate property", """{"type":"person","id":"p1","name":"A","name":"B"}""", "json.duplicateProperty", null },
        { "duplicate type", """{"type":"person","type":"person","id":"p1"}""", "json.duplicateProperty", null },
        { "duplicate type, not first", """{"id":"p1","type":"person","name":"A","type":"person"}""", "json.duplicateProperty", null },
        { "type not first, unknown", """{"id":"p1","type":"secretAgent"}""", "enum", "/type" },
        { "type not first, not a string", """{"id":"p1","type":1}""", "type", "/type" },
        { "missing required property", """{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020"}""", "required", "" },
        { "missing required nested property", """{"type":"person","id":"p1","names":[{"kind":"alias"}]}""", "required", "/names/0" },
        { "missing id", """{"type":"person","name":"A"}""", "required", "" },
        { "missing type", """{"id":"p1","name":"A"}""", "required", "" },
        { "null value", """{"type":"person","id":"p1","name":null}""", "type", "/name" },
        { "null optional object", """{"type":"sanctionMeasure","id":"s1","imposedById":"o1","kind":"other","program":null,"targets":[],"history":[]}""", "type", "/program" },
        { "null array element", """{"type":"person","id":"p1","roles":[null]}""", "type", "/roles/0" },
        { "null value-type element", """{"type":"person","id":"p1","nationalities":[null]}""", "type", "/nationalities/0" },
        { "null object element", """{"type":"person","id":"p1","sources":[null]}""", "type", "/sources/0" },
        { "number for string", """{"type":"person","id":"p1","name":1}""", "type", "/name" },
        { "object for string", """{"type":"person","id":"p1","name":{}}""", "type", "/name" },
        { "string for array", """{"type":"person","id":"p1","roles":"x"}""", "type", "/roles" },
        { "string for boolean", """{"type":"person","id":"p1","anonymous":"true"}""", "type", "/anonymous" },
        { "string for number", """{"type":"release","id":"r1","releasedOn":"2025","kind":"pardon","detainees":[],"reportedCount":{"value":"3","qualifier":"exact"}}""", "type", "/reportedCount/value" },
        { "fraction for integer", """{"type":"release","id":"r1","releasedOn":"2025","kind":"pardon","detainees":[],"reportedCount":{"value":1.5,"qualifier":"exact"}}""", "type", "/reportedCount/value" },
        { "number for enum", """{"type":"person","id":"p1","gender":1}""", "type", "/gender" },
        { "enum in another case", """{"type":"person","id":"p1","gender":"Female"}""", "enum", "/gender" },
        { "number for id", """{"type":"person","id":1}""", "type", "/id" },
        { "malformed id", """{"type":"person","id":"-p1"}""", "pattern", "/id" },
        { "date that does not exist", """{"type":"person","id":"p1","birthDate":"2021-02-30"}""", "date.notReal", "/birthDate" },
        { "reserved country code", """{"type":"person","id":"p1","nationalities":["EU"]}""", "enum", "/nationalities/0" },
        { "malformed language tag", """{"type":"person","id":"p1","sources":[{"title":"T","language":"b"}]}""", "pattern", "/sources/0/language" },
        { "malformed URL", """{"type":"person","id":"p1","sources":[{"url":"ftp://example.org/"}]}""", "pattern", "/sources/0/url" },
        { "term out of range", """{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","sentences":[{"imposedOn":"2021","kind":"imprisonment","term":"P1001Y"}]}""", "term.outOfRange", "/sentences/0/term" },
        { "day that does not exist", """{"type":"person","id":"p1","sources":[{"title":"T","accessedOn":"2020-02-30"}]}""", "date.notReal", "/sources/0/accessedOn" },
        { "unknown record type", """{"type":"secretAgent","id":"p1"}""", "enum", "/type" },
        { "type not a string", """{"type":1,"id":"p1"}""", "type", "/type" },
        { "trailing content", """{"type":"person","id":"p1"} x""", "json.syntax", null },
        { "second value", """{"type":"person","id":"p1"}{}""", "json.syntax", null },
        { "truncated", """{"type":"person","id":"p1",""", "json.syntax", null },
        { "trailing comma", """{"type":"person","id":"p1",}""", "json.syntax", null },
        { "comment", """{"type":"person","id":"p1"/* c */}""", "json.syntax", null },
        { "null document", "null", "type", "" },
        { "array document", "[]", "type", "" },
        { "escape that is not UTF-16", """{"type":"person","id":"p1","name":"\uD800"}""", "json.encoding", null },
        { "type escape that is not UTF-16", """{"type":"\uD800","id":"p1"}""", "json.encoding", null },
    };

    [Theory]
    [MemberData(nameof(InvalidRecords))]
    public void InvalidRecord_RefusedByBoth_DescribedByTheReader(string rule, string json, string code, string? path)
    {
        byte[] input = Utf8(json);

        Assert.Null(Serializer(input, PoliticalEventsJson.RecordTypeInfo));
        ReadResult<Record> result = PoliticalEventsJson.ReadRecord(input);
        Finding error = ErrorAssert.Single(result);
        Explained(result, input);
        Assert.True(code == error.Code, $"{rule}: {error}");
        if (path is not null)
        {
            Assert.True(path == error.Path, $"{rule}: {error}");
        }
    }

    [Theory]
    [InlineData(100_001, 'a')]
    [InlineData(100_001, 'é')]
    [InlineData(600_006, 'a')]
    public void OverlongString_ReaderReportsMaxLength(int length, char c)
    {
        byte[] input = Utf8($$"""{"type":"person","id":"p1","name":"{{new string(c, length)}}"}""");

        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadRecord(input));
        Assert.Equal(("maxLength", "/name"), (error.Code, error.Path));
        Assert.Null(Serializer(input, PoliticalEventsJson.RecordTypeInfo));
    }

    [Fact]
    public void TooDeep_ReaderReportsTooDeep()
    {
        string deep = new string('[', 70) + new string(']', 70);
        byte[] input = Utf8($$"""{"formatVersion":"1.0","title":"t","records":{{deep}}}""");

        Assert.Equal("json.tooDeep", Assert.Single(PoliticalEventsJson.ReadDataset(input).Findings).Code);
        Assert.Null(Serializer(input, PoliticalEventsJson.DatasetTypeInfo));
    }

    public static TheoryData<string, string, string, string> InvalidDocuments => new()
    {
        { "missing records", """{"formatVersion":"1.0","title":"t"}""", "required", "" },
        { "null records", """{"formatVersion":"1.0","title":"t","records":null}""", "type", "/records" },
        { "records not an array", """{"formatVersion":"1.0","title":"t","records":{}}""", "type", "/records" },
        { "null record", """{"formatVersion":"1.0","title":"t","records":[null]}""", "type", "/records/0" },
        { "number for a record", """{"formatVersion":"1.0","title":"t","records":[1]}""", "type", "/records/0" },
        { "type in a document", """{"type":"dataset","formatVersion":"1.0","title":"t","records":[]}""", "additionalProperties", "/type" },
        { "records in a header", """{"type":"dataset","formatVersion":"1.0","title":"t","records":[]}""", "additionalProperties", "/records" },
        { "bad createdAt", """{"formatVersion":"1.0","title":"t","createdAt":"2026-11-27","records":[]}""", "pattern", "/createdAt" },
        { "createdAt that does not exist", """{"formatVersion":"1.0","title":"t","createdAt":"2026-02-30T00:00:00Z","records":[]}""", "date.notReal", "/createdAt" },
        { "publisher without name", """{"formatVersion":"1.0","title":"t","publisher":{},"records":[]}""", "required", "/publisher" },
        { "null document", "null", "type", "" },
    };

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void InvalidDocumentOrHeader_RefusedByBoth_DescribedByTheReader(string rule, string json, string code, string path)
    {
        byte[] input = Utf8(json);
        Finding error;
        if (rule.Contains("header", StringComparison.Ordinal))
        {
            Assert.Null(Serializer(input, PoliticalEventsJson.HeaderTypeInfo));
            error = ErrorAssert.Single(PoliticalEventsJson.Read(input, PoliticalEventsJson.HeaderTypeInfo));
        }
        else
        {
            Assert.Null(Serializer(input, PoliticalEventsJson.DatasetTypeInfo));
            ReadResult<Dataset> result = PoliticalEventsJson.ReadDataset(input);
            Explained(result, input);
            error = ErrorAssert.Single(result);
        }

        Assert.True((code, path) == (error.Code, error.Path), $"{rule}: {error}");
    }

    [Fact]
    public void DocumentWithSeveralProblems_TheMetadatasAndEachBadRecordsFirst_InInputOrder()
    {
        byte[] input = Utf8("""
            {"formatVersion":"1.0","records":[
              {"type":"person","id":"p1"},
              {"type":"person","id":"p2","name":1,"gender":"x"},
              {"type":"person","id":"p3"},
              {"type":"ghost","id":"g1"}],
             "title":"t","license":2}
            """);

        ReadResult<Dataset> result = PoliticalEventsJson.ReadDataset(input);

        Assert.Equal(
            [("type", "/records/1/name", 3), ("enum", "/records/3/type", 5), ("type", "/license", 6)],
            result.Findings.Select(f => (f.Code, f.Path, f.Line ?? 0)));
    }

    [Fact]
    public void MissingRequiredProperties_AllNamedInOneFinding_AtTheirObject()
    {
        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadDataset(Utf8("""{"records":[]}""")));

        Assert.Equal(("required", "", "Missing required properties 'formatVersion', 'title'."), (error.Code, error.Path, error.Message));
        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    // ----- Valid input off the canonical form: read as the serializer reads it -----

    public static TheoryData<string, string> ValidRecordsOffCanonicalForm => new()
    {
        { "escaped type", """{"type":"pers\u006fn","id":"p1","name":"A","gender":"female","nationalities":["BY"],"sources":[{"title":"T","accessedOn":"2020-01-02","language":"be"}]}""" },
        { "escaped type name, not first", """{"id":"p1","\u0074ype":"person","name":"A","gender":"female","nationalities":["BY"],"sources":[{"title":"T","accessedOn":"2020-01-02","language":"be"}]}""" },
        { "escaped property name", """{"type":"person","\u0069d":"p1","name":"A","gender":"female","nationalities":["BY"],"sources":[{"title":"T","accessedOn":"2020-01-02","language":"be"}]}""" },
        { "escaped nested property name", """{"type":"person","id":"p1","name":"A","gender":"female","nationalities":["BY"],"sources":[{"t\u0069tle":"T","accessedOn":"2020-01-02","language":"be"}]}""" },
        { "escaped day", """{"type":"person","id":"p1","name":"A","gender":"female","nationalities":["BY"],"sources":[{"title":"T","accessedOn":"2020-01-0\u0032","language":"be"}]}""" },
        { "escaped string value", """{"type":"person","id":"p1","name":"\u0041","gender":"female","nationalities":["BY"],"sources":[{"title":"T","accessedOn":"2020-01-02","language":"be"}]}""" },
        { "escaped enum value", """{"type":"person","id":"p1","name":"A","gender":"f\u0065male","nationalities":["BY"],"sources":[{"title":"T","accessedOn":"2020-01-02","language":"be"}]}""" },
        { "escaped code and tag", """{"type":"person","id":"p1","name":"A","gender":"female","nationalities":["\u0042Y"],"sources":[{"title":"T","accessedOn":"2020-01-02","language":"b\u0065"}]}""" },
        { "escaped id", """{"type":"person","id":"p\u0031","name":"A","gender":"female","nationalities":["BY"],"sources":[{"title":"T","accessedOn":"2020-01-02","language":"be"}]}""" },
        { "type not first", """{"id":"p1","type":"person","name":"A","gender":"female","nationalities":["BY"],"sources":[{"title":"T","accessedOn":"2020-01-02","language":"be"}]}""" },
        { "type last", """{"id":"p1","name":"A","gender":"female","nationalities":["BY"],"sources":[{"title":"T","accessedOn":"2020-01-02","language":"be"}],"type":"person"}""" },
        { "properties out of order", """{"type":"person","sources":[{"language":"be","accessedOn":"2020-01-02","title":"T"}],"nationalities":["BY"],"gender":"female","name":"A","id":"p1"}""" },
        { "whitespace", " {\r\n\t\"type\" : \"person\" , \"id\":\"p1\",\"name\":\"A\",\"gender\":\"female\",\"nationalities\":[ \"BY\" ],\"sources\":[{\"title\":\"T\",\"accessedOn\":\"2020-01-02\",\"language\":\"be\"}] } \n" },
        { "defaults written out", """{"type":"person","id":"p1","name":"A","anonymous":false,"gender":"female","nationalities":["BY"],"roles":[],"names":[],"sources":[{"title":"T","accessedOn":"2020-01-02","language":"be"}],"confidentiality":"public"}""" },
    };

    [Theory]
    [MemberData(nameof(ValidRecordsOffCanonicalForm))]
    public void ValidRecordOffCanonicalForm_ReadAsTheSerializerReadsIt(string rule, string json)
    {
        byte[] input = Utf8(json);

        Record read = FastReader.ReadRecord(input).GetValueOrThrow();
        Assert.True(Equals(Serializer(input, PoliticalEventsJson.RecordTypeInfo), read), rule);
        Assert.Equal(FastReader.ReadRecord(Utf8(Person)).GetValueOrThrow(), read);
    }

    [Fact]
    public void EscapedRecordsName_ReadsTheDocument()
    {
        byte[] input = Utf8("""{"formatVersion":"1.0","title":"t","rec\u006frds":[]}""");

        Assert.Equal(new Dataset { FormatVersion = "1.0", Title = "t", Records = [] }, PoliticalEventsJson.ReadDataset(input).GetValueOrThrow());
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("2020-01-0\u0032")]
    public void UnusualDay_ReadAsTheIsoPatternReadsIt(string day)
    {
        byte[] input = Utf8($$"""{"type":"person","id":"p1","sources":[{"title":"T","accessedOn":"{{day}}"}]}""");

        Assert.Equal(Serializer(input, PoliticalEventsJson.RecordTypeInfo), FastReader.ReadRecord(input).GetValueOrThrow());
    }

    [Theory]
    [InlineData("a")]
    [InlineData("é")]
    [InlineData("𝔄")]
    public void StringAtTheBound_ReaderReadsIt(string piece)
    {
        string name = string.Concat(Enumerable.Repeat(piece, 100_000 / piece.Length));
        byte[] input = Utf8($$"""{"type":"person","id":"p1","name":"{{name}}"}""");

        Record read = FastReader.ReadRecord(input).GetValueOrThrow();
        Assert.Equal(name, ((Person)read).Name);
        Assert.Equal(Serializer(input, PoliticalEventsJson.RecordTypeInfo), read);
    }

    [Fact]
    public void ByteOrderMark_PublicReaderSkipsIt()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. Utf8(Person)];

        Assert.Equal(PoliticalEventsJson.ReadRecord(Utf8(Person)).GetValueOrThrow(), PoliticalEventsJson.ReadRecord(input).GetValueOrThrow());
    }

    [Fact]
    public void OptionalListsAbsent_EmptyAsWithTheSerializer()
    {
        byte[] input = Utf8("""{"type":"person","id":"p1"}""");

        var person = (Person)FastReader.ReadRecord(input).GetValueOrThrow();
        Assert.Empty(person.Names);
        Assert.Empty(person.Roles);
        Assert.Empty(person.Nationalities);
        Assert.Empty(person.Sources);
        Assert.Equal(Serializer(input, PoliticalEventsJson.RecordTypeInfo), person);
    }

    [Fact]
    public void RecurringText_InOneDocument_OneStringPerValue()
    {
        byte[] input = Utf8("""
            {"formatVersion":"1.0","title":"t","records":[
              {"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","charges":[{"law":"Criminal Code","article":"342"}]},
              {"type":"detention","id":"d2","subjectId":"p2","country":"BY","startedOn":"2021","status":"ongoing","charges":[{"law":"Criminal Code","article":"342"}]}]}
            """);

        Dataset read = FastReader.ReadDataset(input).GetValueOrThrow();
        Assert.Equal(Serializer(input, PoliticalEventsJson.DatasetTypeInfo), read);
        var first = (PoliticalEvents.Detention)read.Records[0];
        var second = (PoliticalEvents.Detention)read.Records[1];
        Assert.Same(first.Charges[0].Law, second.Charges[0].Law);
        Assert.Same(first.Charges[0].Article, second.Charges[0].Article);
    }

    [Theory]
    [InlineData("3", null)]
    [InlineData("-0", null)]
    [InlineData("0", null)]
    [InlineData("-5", null)]
    [InlineData("1e2", null)]
    [InlineData("1E0", null)]
    [InlineData("3.0", null)]
    [InlineData("2147483647", null)]
    [InlineData("2147483648", "json.invalid")]
    [InlineData("-2147483649", "json.invalid")]
    [InlineData("1.5", "type")]
    [InlineData("\"3\"", "type")]
    public void ReportedCountNumberForms_ReadAsTheSerializerReadsThem(string number, string? code)
    {
        byte[] input = Utf8($$$"""{"type":"release","id":"r1","releasedOn":"2025","kind":"pardon","detainees":[{"subjectId":"p1"}],"reportedCount":{"value":{{{number}}},"qualifier":"atLeast"}}""");

        ReadResult<Record> result = PoliticalEventsJson.ReadRecord(input);
        Assert.Equal(Serializer(input, PoliticalEventsJson.RecordTypeInfo), result.Value);
        Assert.Equal(code, result.Findings.SingleOrDefault()?.Code);
    }
}
