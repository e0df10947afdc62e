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
/// The hand-written reader (<see cref="FastReader"/>) against the System.Text.Json path it stands in front of
/// (<see cref="PoliticalEventsJson.ReadWithSerializer{T}"/>): it reads canonical input to an equal value, and on any
/// other input it either agrees or declines, so that reading through <see cref="PoliticalEventsJson"/> gives exactly
/// what the serializer alone gives.
/// </summary>
public sealed class FastReaderTests(ITestOutputHelper output)
{
    private delegate bool FastRead<T>(ReadOnlySpan<byte> utf8, out T? value) where T : class;

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private static byte[] HeaderJson(Dataset dataset)
        => JsonSerializer.SerializeToUtf8Bytes(DatasetHeaderLine.From(dataset), PoliticalEventsJson.HeaderTypeInfo);

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
                    Assert.True(FastReader.TryReadDataset(json, out Dataset? fast), "The fast reader declined a canonical document.");
                    Dataset slow = PoliticalEventsJson.ReadWithSerializer(json, PoliticalEventsJson.DatasetTypeInfo).GetValueOrThrow();
                    Assert.Equal(slow, fast);
                    Assert.Equal(dataset, fast);
                    Assert.Equal(slow.GetHashCode(), fast.GetHashCode());
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
                    Assert.True(FastReader.TryReadRecord(json, out Record? fast), $"The fast reader declined a canonical {record.TypeName}.");
                    Record slow = PoliticalEventsJson.ReadWithSerializer(json, PoliticalEventsJson.RecordTypeInfo).GetValueOrThrow();
                    Assert.Equal(slow.GetType(), fast.GetType());
                    Assert.Equal(slow, fast);
                    Assert.Equal(record, fast);
                    Assert.Equal(slow.GetHashCode(), fast.GetHashCode());
                }

                byte[] header = HeaderJson(dataset);
                Assert.True(FastReader.TryReadHeader(header, out DatasetHeaderLine? fastHeader), "The fast reader declined a canonical header line.");
                Assert.Equal(PoliticalEventsJson.ReadWithSerializer(header, PoliticalEventsJson.HeaderTypeInfo).GetValueOrThrow(), fastHeader);
            },
            iter: 200,
            print: d => PoliticalEventsJson.ToJson(d));
    }

    // ----- Any input: agree or decline -----

    private sealed class Tally
    {
        private int _fastRead;
        private int _serializerRead;
        private int _serializerFailed;

        public int FastRead => _fastRead;

        public int SerializerRead => _serializerRead;

        public int SerializerFailed => _serializerFailed;

        public void Count(bool fast, bool serializer)
        {
            Interlocked.Add(ref _fastRead, fast ? 1 : 0);
            Interlocked.Add(ref _serializerRead, serializer ? 1 : 0);
            Interlocked.Add(ref _serializerFailed, serializer ? 0 : 1);
        }

        public void AssertBothOutcomesSeen(int runs)
        {
            // Not vacuous: edits that keep the input valid (whitespace, escaped values) and edits that break it both occurred.
            Assert.True(FastRead > runs / 50, $"The fast reader read only {FastRead} of {runs} edited inputs.");
            Assert.True(SerializerFailed > runs / 5, $"Only {SerializerFailed} of {runs} edited inputs were invalid.");
        }

        public override string ToString()
            => $"{FastRead} read by both, {SerializerRead - FastRead} declined by the fast reader and read by the serializer, {SerializerFailed} rejected by the serializer";
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

    // The contract: the fast reader reads only what the serializer reads, to an equal value; and the hooked reader
    // (fast reader first) returns exactly what the serializer returns, value or errors.
    private static void Agrees<T>(byte[] json, FastRead<T> fast, JsonTypeInfo<T> typeInfo, Tally tally) where T : class
    {
        ReadResult<T> serializer = PoliticalEventsJson.ReadWithSerializer(json, typeInfo);

        // The fast reader is only ever given valid UTF-8 (Read checks first).
        if (System.Text.Unicode.Utf8.IsValid(json))
        {
            bool read = fast(json, out T? value);
            if (read)
            {
                Assert.True(serializer.Succeeded, $"The fast reader read input the serializer rejects: {(serializer.Succeeded ? "" : serializer.Findings[0].ToString())}");
                Assert.Equal(serializer.Value, value);
            }
            else
            {
                Assert.Null(value);
            }

            tally.Count(read, serializer.Succeeded);
        }

        ReadResult<T> hooked = PoliticalEventsJson.Read(json, typeInfo);
        Assert.Equal(serializer.Value, hooked.Value);
        Assert.Equal(serializer.Findings, hooked.Findings);
    }

    private static string Show(byte[] json) => json.Length > 2000 ? Encoding.UTF8.GetString(json[..2000]) + "…" : Encoding.UTF8.GetString(json);

    [Fact]
    public void EditedDocument_FastReaderAgreesWithSerializerOrDeclines()
    {
        const int runs = 1500;
        var tally = new Tally();
        Gen.Select(RecordGenerators.Dataset, Gen.Bool, Gen.Int, Gen.Int[1, 3])
            .Select(t => Mutate(Utf8(PoliticalEventsJson.ToJson(t.Item1, indented: t.Item2)), t.Item3, t.Item4))
            .Sample(json => Agrees<Dataset>(json, TryReadDatasetWithOffsets, PoliticalEventsJson.DatasetTypeInfo, tally), iter: runs, print: Show);
        output.WriteLine(tally.ToString());
        tally.AssertBothOutcomesSeen(runs);
    }

    // The fast reader, also checking the offsets it gives: one per record, each at a '{', when it reads; none when it declines.
    private static bool TryReadDatasetWithOffsets(ReadOnlySpan<byte> utf8, out Dataset? dataset)
    {
        var offsets = new List<int> { -1 };
        bool read = FastReader.TryReadDataset(utf8, out dataset, offsets);
        Assert.Equal(read ? dataset!.Records.Count : 0, offsets.Count);
        foreach (int offset in offsets)
        {
            Assert.Equal((byte)'{', utf8[offset]);
        }

        return read;
    }

    [Fact]
    public void EditedRecord_FastReaderAgreesWithSerializerOrDeclines()
    {
        const int runs = 4000;
        var tally = new Tally();
        Gen.Select(RecordGenerators.Record, Gen.Int, Gen.Int[1, 3])
            .Select(t => Mutate(Utf8(PoliticalEventsJson.ToJson(t.Item1)), t.Item2, t.Item3))
            .Sample(json => Agrees<Record>(json, FastReader.TryReadRecord, PoliticalEventsJson.RecordTypeInfo, tally), iter: runs, print: Show);
        output.WriteLine(tally.ToString());
        tally.AssertBothOutcomesSeen(runs);
    }

    [Fact]
    public void EditedHeaderLine_FastReaderAgreesWithSerializerOrDeclines()
    {
        const int runs = 1000;
        var tally = new Tally();
        Gen.Select(RecordGenerators.Dataset, Gen.Int, Gen.Int[1, 2])
            .Select(t => Mutate(HeaderJson(t.Item1), t.Item2, t.Item3))
            .Sample(json => Agrees<DatasetHeaderLine>(json, FastReader.TryReadHeader, PoliticalEventsJson.HeaderTypeInfo, tally), iter: runs, print: Show);
        output.WriteLine(tally.ToString());
        tally.AssertBothOutcomesSeen(runs);
    }

    // ----- One case per strictness rule: the fast reader declines, the public reader reports what the serializer does -----

    private const string Person = """{"type":"person","id":"p1","name":"A","gender":"female","nationalities":["BY"],"sources":[{"title":"T","accessedOn":"2020-01-02","language":"be"}]}""";

    public static TheoryData<string, string, string> InvalidRecords => new()
    {
        // rule, JSON, error code
        { "unknown property", """{"type":"person","id":"p1","name":"A","nickname":"B"}""", "additionalProperties" },
        { "unknown nested property", """{"type":"person","id":"p1","sources":[{"title":"T","pages":3}]}""", "additionalProperties" },
        { "duplicate property", """{"type":"person","id":"p1","name":"A","name":"B"}""", "json.duplicateProperty" },
        { "duplicate type", """{"type":"person","type":"person","id":"p1"}""", "json.duplicateProperty" },
        { "duplicate type, not first", """{"id":"p1","type":"person","name":"A","type":"person"}""", "json.duplicateProperty" },
        { "type not first, unknown", """{"id":"p1","type":"secretAgent"}""", "enum" },
        { "type not first, not a string", """{"id":"p1","type":1}""", "type" },
        { "missing required property", """{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020"}""", "required" },
        { "missing required nested property", """{"type":"person","id":"p1","names":[{"kind":"alias"}]}""", "required" },
        { "missing id", """{"type":"person","name":"A"}""", "required" },
        { "missing type", """{"id":"p1","name":"A"}""", "required" },
        { "null value", """{"type":"person","id":"p1","name":null}""", "type" },
        { "null optional object", """{"type":"sanctionMeasure","id":"s1","imposedById":"o1","kind":"other","program":null,"targets":[],"history":[]}""", "type" },
        { "null array element", """{"type":"person","id":"p1","roles":[null]}""", "type" },
        { "null value-type element", """{"type":"person","id":"p1","nationalities":[null]}""", "type" },
        { "null object element", """{"type":"person","id":"p1","sources":[null]}""", "type" },
        { "number for string", """{"type":"person","id":"p1","name":1}""", "type" },
        { "object for string", """{"type":"person","id":"p1","name":{}}""", "type" },
        { "string for array", """{"type":"person","id":"p1","roles":"x"}""", "type" },
        { "string for boolean", """{"type":"person","id":"p1","anonymous":"true"}""", "type" },
        { "string for number", """{"type":"release","id":"r1","releasedOn":"2025","kind":"pardon","detainees":[],"reportedCount":{"value":"3","qualifier":"exact"}}""", "type" },
        { "fraction for integer", """{"type":"release","id":"r1","releasedOn":"2025","kind":"pardon","detainees":[],"reportedCount":{"value":1.5,"qualifier":"exact"}}""", "type" },
        { "number for enum", """{"type":"person","id":"p1","gender":1}""", "type" },
        { "enum in another case", """{"type":"person","id":"p1","gender":"Female"}""", "enum" },
        { "number for id", """{"type":"person","id":1}""", "type" },
        { "malformed id", """{"type":"person","id":"-p1"}""", "pattern" },
        { "date that does not exist", """{"type":"person","id":"p1","birthDate":"2021-02-30"}""", "date.notReal" },
        { "reserved country code", """{"type":"person","id":"p1","nationalities":["EU"]}""", "enum" },
        { "malformed language tag", """{"type":"person","id":"p1","sources":[{"title":"T","language":"b"}]}""", "pattern" },
        { "malformed URL", """{"type":"person","id":"p1","sources":[{"url":"ftp://example.org/"}]}""", "pattern" },
        { "term out of range", """{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","sentences":[{"imposedOn":"2021","kind":"imprisonment","term":"P101Y"}]}""", "term.outOfRange" },
        { "day that does not exist", """{"type":"person","id":"p1","sources":[{"title":"T","accessedOn":"2020-02-30"}]}""", "date.notReal" },
        { "unknown record type", """{"type":"secretAgent","id":"p1"}""", "enum" },
        { "type not a string", """{"type":1,"id":"p1"}""", "type" },
        { "trailing content", """{"type":"person","id":"p1"} x""", "json.syntax" },
        { "second value", """{"type":"person","id":"p1"}{}""", "json.syntax" },
        { "truncated", """{"type":"person","id":"p1",""", "json.syntax" },
        { "trailing comma", """{"type":"person","id":"p1",}""", "json.syntax" },
        { "comment", """{"type":"person","id":"p1"/* c */}""", "json.syntax" },
        { "null document", "null", "type" },
        { "array document", "[]", "type" },
        { "escape that is not UTF-16", """{"type":"person","id":"p1","name":"\uD800"}""", "json.encoding" },
        { "type escape that is not UTF-16", """{"type":"\uD800","id":"p1"}""", "json.encoding" },
    };

    [Theory]
    [MemberData(nameof(InvalidRecords))]
    public void InvalidRecord_FastReaderDeclines_PublicReaderReportsTheSerializersError(string rule, string json, string code)
    {
        byte[] input = Utf8(json);

        Assert.False(FastReader.TryReadRecord(input, out Record? fast), rule);
        Assert.Null(fast);
        ReadResult<Record> serializer = PoliticalEventsJson.ReadWithSerializer(input, PoliticalEventsJson.RecordTypeInfo);
        ReadResult<Record> result = PoliticalEventsJson.ReadRecord(input);
        Finding error = ErrorAssert.Single(result);
        Assert.Equal(serializer.Findings, result.Findings);
        Assert.Equal(code, error.Code);
    }

    [Theory]
    [InlineData(100_001, 'a')]
    [InlineData(100_001, 'é')]
    [InlineData(600_006, 'a')]
    public void OverlongString_FastReaderDeclines_PublicReaderReportsMaxLength(int length, char c)
    {
        byte[] input = Utf8($$"""{"type":"person","id":"p1","name":"{{new string(c, length)}}"}""");

        Assert.False(FastReader.TryReadRecord(input, out _));
        Assert.Equal("maxLength", ErrorAssert.Single(PoliticalEventsJson.ReadRecord(input)).Code);
    }

    [Fact]
    public void TooDeep_FastReaderDeclines_PublicReaderReportsTheSerializersError()
    {
        string deep = new string('[', 70) + new string(']', 70);
        byte[] input = Utf8($$"""{"formatVersion":"1.0","title":"t","records":{{deep}}}""");

        Assert.False(FastReader.TryReadDataset(input, out _));
        Assert.Equal(PoliticalEventsJson.ReadWithSerializer(input, PoliticalEventsJson.DatasetTypeInfo).Findings, PoliticalEventsJson.Read(input, PoliticalEventsJson.DatasetTypeInfo).Findings);
        Assert.Equal("json.tooDeep", PoliticalEventsJson.ReadDataset(input).Findings[0].Code);
    }

    public static TheoryData<string, string, string> InvalidDocuments => new()
    {
        { "missing records", """{"formatVersion":"1.0","title":"t"}""", "required" },
        { "null records", """{"formatVersion":"1.0","title":"t","records":null}""", "type" },
        { "null record", """{"formatVersion":"1.0","title":"t","records":[null]}""", "type" },
        { "type in a document", """{"type":"dataset","formatVersion":"1.0","title":"t","records":[]}""", "additionalProperties" },
        { "records in a header", """{"type":"dataset","formatVersion":"1.0","title":"t","records":[]}""", "additionalProperties" },
        { "bad createdAt", """{"formatVersion":"1.0","title":"t","createdAt":"2026-11-27","records":[]}""", "pattern" },
        { "publisher without name", """{"formatVersion":"1.0","title":"t","publisher":{},"records":[]}""", "required" },
    };

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void InvalidDocumentOrHeader_FastReaderDeclines_PublicReaderReportsTheSerializersError(string rule, string json, string code)
    {
        byte[] input = Utf8(json);
        bool header = rule.Contains("header", StringComparison.Ordinal);

        if (header)
        {
            Assert.False(FastReader.TryReadHeader(input, out _), rule);
            ReadResult<DatasetHeaderLine> result = PoliticalEventsJson.Read(input, PoliticalEventsJson.HeaderTypeInfo);
            Assert.Equal(PoliticalEventsJson.ReadWithSerializer(input, PoliticalEventsJson.HeaderTypeInfo).Findings, result.Findings);
            Assert.Equal(code, ErrorAssert.Single(result).Code);
        }
        else
        {
            Assert.False(FastReader.TryReadDataset(input, out _), rule);
            Assert.Equal(PoliticalEventsJson.ReadWithSerializer(input, PoliticalEventsJson.DatasetTypeInfo).Findings, PoliticalEventsJson.Read(input, PoliticalEventsJson.DatasetTypeInfo).Findings);
            Assert.Equal(code, PoliticalEventsJson.ReadDataset(input).Findings[0].Code);
        }
    }

    // ----- Valid but unusual input: declined, then read by the serializer -----

    public static TheoryData<string, string> UnusualValidRecords => new()
    {
        { "escaped type", """{"type":"pers\u006fn","id":"p1","name":"A","gender":"female","nationalities":["BY"],"sources":[{"title":"T","accessedOn":"2020-01-02","language":"be"}]}""" },
        { "escaped property name", """{"type":"person","\u0069d":"p1","name":"A","gender":"female","nationalities":["BY"],"sources":[{"title":"T","accessedOn":"2020-01-02","language":"be"}]}""" },
        { "escaped nested property name", """{"type":"person","id":"p1","name":"A","gender":"female","nationalities":["BY"],"sources":[{"t\u0069tle":"T","accessedOn":"2020-01-02","language":"be"}]}""" },
        { "escaped day", """{"type":"person","id":"p1","name":"A","gender":"female","nationalities":["BY"],"sources":[{"title":"T","accessedOn":"2020-01-0\u0032","language":"be"}]}""" },
    };

    [Theory]
    [MemberData(nameof(UnusualValidRecords))]
    public void UnusualValidRecord_FastReaderDeclines_PublicReaderReadsTheSameValue(string rule, string json)
    {
        byte[] input = Utf8(json);

        Assert.False(FastReader.TryReadRecord(input, out _), rule);
        Record read = PoliticalEventsJson.ReadRecord(input).GetValueOrThrow();
        Assert.Equal(PoliticalEventsJson.ReadWithSerializer(input, PoliticalEventsJson.RecordTypeInfo).Value, read);
        Assert.Equal(PoliticalEventsJson.ReadRecord(Utf8(Person)).GetValueOrThrow(), read);
    }

    [Fact]
    public void EscapedRecordsName_FastReaderDeclines_PublicReaderReadsTheDocument()
    {
        byte[] input = Utf8("""{"formatVersion":"1.0","title":"t","rec\u006frds":[]}""");

        Assert.False(FastReader.TryReadDataset(input, out _));
        Assert.Equal(new Dataset { FormatVersion = "1.0", Title = "t", Records = [] }, PoliticalEventsJson.ReadDataset(input).GetValueOrThrow());
    }

    // ----- Valid input off the canonical form that the fast reader does take -----

    public static TheoryData<string, string> FastValidRecords => new()
    {
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
    [MemberData(nameof(FastValidRecords))]
    public void ValidRecordOffCanonicalForm_FastReaderReadsTheSerializersValue(string rule, string json)
    {
        byte[] input = Utf8(json);

        Assert.True(FastReader.TryReadRecord(input, out Record? fast), rule);
        Assert.Equal(PoliticalEventsJson.ReadWithSerializer(input, PoliticalEventsJson.RecordTypeInfo).GetValueOrThrow(), fast);
        Assert.Equal(PoliticalEventsJson.ReadRecord(Utf8(Person)).GetValueOrThrow(), fast);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("é")]
    [InlineData("𝔄")]
    public void StringAtTheBound_FastReaderReadsIt(string piece)
    {
        string name = string.Concat(Enumerable.Repeat(piece, 100_000 / piece.Length));
        byte[] input = Utf8($$"""{"type":"person","id":"p1","name":"{{name}}"}""");

        Assert.True(FastReader.TryReadRecord(input, out Record? fast));
        Assert.Equal(name, ((Person)fast).Name);
        Assert.Equal(PoliticalEventsJson.ReadWithSerializer(input, PoliticalEventsJson.RecordTypeInfo).GetValueOrThrow(), fast);
    }

    [Fact]
    public void ByteOrderMark_PublicReaderSkipsIt_FastPathReadsTheRest()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. Utf8(Person)];

        Assert.Equal(PoliticalEventsJson.ReadRecord(Utf8(Person)).GetValueOrThrow(), PoliticalEventsJson.ReadRecord(input).GetValueOrThrow());
        Assert.True(FastReader.TryReadRecord(input.AsSpan(3), out _));
    }

    [Fact]
    public void OptionalListsAbsent_EmptyAsWithTheSerializer()
    {
        byte[] input = Utf8("""{"type":"person","id":"p1"}""");

        Assert.True(FastReader.TryReadRecord(input, out Record? fast));
        var person = (Person)fast;
        Assert.Empty(person.Names);
        Assert.Empty(person.Roles);
        Assert.Empty(person.Nationalities);
        Assert.Empty(person.Sources);
        Assert.Equal(PoliticalEventsJson.ReadWithSerializer(input, PoliticalEventsJson.RecordTypeInfo).Value, fast);
    }

    [Fact]
    public void RecurringText_InOneDocument_OneStringPerValue()
    {
        byte[] input = Utf8("""
            {"formatVersion":"1.0","title":"t","records":[
              {"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","charges":[{"law":"Criminal Code","article":"342"}]},
              {"type":"detention","id":"d2","subjectId":"p2","country":"BY","startedOn":"2021","status":"ongoing","charges":[{"law":"Criminal Code","article":"342"}]}]}
            """);

        Assert.True(FastReader.TryReadDataset(input, out Dataset? fast));
        Assert.Equal(PoliticalEventsJson.ReadWithSerializer(input, PoliticalEventsJson.DatasetTypeInfo).Value, fast);
        var first = (PoliticalEvents.Detention)fast.Records[0];
        var second = (PoliticalEvents.Detention)fast.Records[1];
        Assert.Same(first.Charges[0].Law, second.Charges[0].Law);
        Assert.Same(first.Charges[0].Article, second.Charges[0].Article);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("-0")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1e2")]
    [InlineData("1E0")]
    [InlineData("3.0")]
    [InlineData("2147483647")]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("\"3\"")]
    public void ReportedCountNumberForms_FastReaderAgreesWithSerializer(string number)
    {
        byte[] input = Utf8($$$"""{"type":"release","id":"r1","releasedOn":"2025","kind":"pardon","detainees":[{"subjectId":"p1"}],"reportedCount":{"value":{{{number}}},"qualifier":"atLeast"}}""");

        ReadResult<Record> serializer = PoliticalEventsJson.ReadWithSerializer(input, PoliticalEventsJson.RecordTypeInfo);
        if (FastReader.TryReadRecord(input, out Record? fast))
        {
            Assert.Equal(serializer.GetValueOrThrow(), fast);
        }

        ReadResult<Record> result = PoliticalEventsJson.ReadRecord(input);
        Assert.Equal(serializer.Value, result.Value);
        Assert.Equal(serializer.Findings, result.Findings);
    }
}
