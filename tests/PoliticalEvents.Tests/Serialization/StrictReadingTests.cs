using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>
/// Malformed documents (fixtures/malformed) become one <see cref="Finding"/> with code, JSON Pointer, line and
/// column: never an exception, never a partial value.
/// </summary>
public sealed partial class StrictReadingTests
{
    public static TheoryData<string, string, string, string, string?> MalformedFiles => new()
    {
        // file, code, pointer, marker the line and column must fall on, text the marker comes after
        { "unknown-property.json", "additionalProperties", "/records/1/sentences/0/judge", "\"judge\": \"Secret Judge\"", null },
        { "duplicate-property.json", "json.duplicateProperty", "/records/0/name", "\"name\": \"Secret Other\"", null },
        { "missing-required.json", "required", "/records/1", "{", "\"Aliaksandra Secret-Name\"" },
        { "null-required.json", "type", "/records/1/status", "null", "\"status\"" },
        { "string-for-number.json", "type", "/records/1/reportedCount/value", "\"value\": \"123 Secret\"", null },
        { "number-for-enum.json", "type", "/records/1/status", "\"status\": 1", null },
        { "object-for-string.json", "type", "/records/0/name", "\"name\": {", null },
        { "unknown-record-type.json", "enum", "/records/1/type", "\"secretAgent\"", null },
        { "missing-record-type.json", "required", "/records/1", "{", "Secret-Name" },
        { "null-source.json", "type", "/records/0/sources/1", "null", null },
        { "null-role.json", "type", "/records/0/roles/0", "null", null },
        { "null-record.json", "type", "/records/1", "null", null },
        { "truncated.json", "json.syntax", "/records/1", "\"startedOn\": \"2020\"", null },
        { "trailing-data.json", "json.syntax", string.Empty, "{\"formatVersion\": \"1.0\"}", null },
        { "invalid-utf8-value.json", "json.encoding", "/records/0/name", "\"Aliaksandra ", null },
        { "invalid-utf8-property-name.json", "json.encoding", "/records/0", "\"na", "\"id\"" },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public void ReadDataset_MalformedFile_OneErrorWithCodePointerAndPosition(string file, string code, string path, string marker, string? after)
    {
        byte[] input = TestFiles.Malformed(file);

        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadDataset(input));

        ErrorAssert.Is(error, code, path, input, marker, after);
    }

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task ReadDatasetAsync_MalformedFile_SameErrorAsReadDataset(string file, string code, string path, string marker, string? after)
    {
        _ = (code, path, marker, after);
        byte[] input = TestFiles.Malformed(file);

        ReadResult<Dataset> fromStream = await PoliticalEventsJson.ReadDatasetAsync(new OneByteAtATimeStream(input));

        Assert.Equal(ErrorAssert.Single(PoliticalEventsJson.ReadDataset(input)), ErrorAssert.Single(fromStream));
    }

    [Fact]
    public void ReadDataset_EmptyFile_SyntaxErrorAtLineOneColumnOne()
    {
        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadDataset(TestFiles.Malformed("empty.json")));

        Assert.Equal(("json.syntax", string.Empty, 1, 1), (error.Code, error.Path, error.Line, error.Column));
    }

    [Fact]
    public void ReadDataset_WhitespaceOnly_SyntaxErrorAtTheEnd()
    {
        byte[] input = TestFiles.Malformed("whitespace.json");

        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadDataset(input));

        Assert.Equal(("json.syntax", string.Empty), (error.Code, error.Path));
        Assert.Equal(input.Count((byte)'\n') + 1, error.Line);
        Assert.InRange(error.Column!.Value, 1, input.Length + 1);
    }

    [Fact]
    public void ReadDataset_ByteOrderMark_ReadsLikeWithout()
    {
        byte[] input = TestFiles.Malformed("bom.json");
        Assert.Equal([0xEF, 0xBB, 0xBF], input[..3]);

        Dataset withBom = PoliticalEventsJson.ReadDataset(input).GetValueOrThrow();

        Assert.Equal(PoliticalEventsJson.ReadDataset(input.AsSpan(3)).GetValueOrThrow(), withBom);
        Assert.Equal("Aliaksandra Secret-Name", Assert.IsType<Person>(Assert.Single(withBom.Records)).Name);
    }

    [Fact]
    public async Task ReadDatasetAsync_ByteOrderMark_ReadsLikeWithout()
    {
        byte[] input = TestFiles.Malformed("bom.json");

        ReadResult<Dataset> result = await PoliticalEventsJson.ReadDatasetAsync(new MemoryStream(input));

        Assert.Equal(PoliticalEventsJson.ReadDataset(input.AsSpan(3)).GetValueOrThrow(), result.GetValueOrThrow());
    }

    [Fact]
    public void ReadDataset_TypeNotFirst_ReadsTheRecord()
    {
        Dataset dataset = PoliticalEventsJson.ReadDataset(TestFiles.Malformed("type-not-first.json")).GetValueOrThrow();

        Person person = Assert.IsType<Person>(Assert.Single(dataset.Records));
        Assert.Equal(("person-1", "Aliaksandra"), (person.Id.Value, person.Name));
        Assert.StartsWith("{\"type\":\"person\",\"id\":\"person-1\",", PoliticalEventsJson.ToJson(person));
    }
}
