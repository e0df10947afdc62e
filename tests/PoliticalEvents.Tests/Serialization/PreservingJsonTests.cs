using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Serialization;

public class PreservingJsonTests
{
    private const string NewerRecord = """
        {"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020-09-07","status":"ongoing",
         "caseNumber":"12-345","sentences":[{"imposedOn":"2021-09","kind":"imprisonment","term":"P11Y","judgeIds":["j1","j2"]}],
         "sources":[{"title":"Case page","archive":{"url":"https://example.org/a","capturedOn":"2024-01-01"}}]}
        """;

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void ReadRecord_NewerProperties_AreSetAsideByObject()
    {
        (ReadResult<Record> result, UnknownProperties unknown) = PreservingJson.ReadRecord(Utf8(NewerRecord));

        Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        Assert.Equal(["", "/sentences/0", "/sources/0"], unknown.ByObject.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("12-345", unknown.ByObject[""]["caseNumber"].GetString());
        Assert.Equal(2, unknown.ByObject["/sentences/0"]["judgeIds"].GetArrayLength());
        Assert.Equal(JsonValueKind.Object, unknown.ByObject["/sources/0"]["archive"].ValueKind);
    }

    [Fact]
    public void StrictReading_SameInput_RejectsTheUnknownProperty()
    {
        ReadResult<Record> strict = PoliticalEventsJson.ReadRecord(Utf8(NewerRecord));

        Assert.Contains(strict.Findings, e => e.Code == "additionalProperties");
    }

    [Fact]
    public void ToJson_PutsEveryUnknownPropertyBackUnchanged()
    {
        (ReadResult<Record> result, UnknownProperties unknown) = PreservingJson.ReadRecord(Utf8(NewerRecord));

        string written = PreservingJson.ToJson(result.Value!, unknown);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(NewerRecord), JsonNode.Parse(written)), written);
        (ReadResult<Record> again, UnknownProperties unknownAgain) = PreservingJson.ReadRecord(Utf8(written));
        Assert.Equal(result.Value, again.Value);
        Assert.Equal(written, PreservingJson.ToJson(again.Value!, unknownAgain));
    }

    [Fact]
    public void ReadRecord_KnownPropertyWithBadValue_IsStillAnErrorAtItsPointer()
    {
        (ReadResult<Record> result, UnknownProperties unknown) = PreservingJson.ReadRecord(Utf8(NewerRecord.Replace("\"2020-09-07\"", "\"2021-02-30\"", StringComparison.Ordinal)));

        Assert.False(result.Succeeded);
        Assert.Equal(("date.notReal", "/startedOn"), (result.Findings[0].Code, result.Findings[0].Path));
        Assert.True(unknown.IsEmpty);
    }

    [Fact]
    public void ReadRecord_NoUnknownProperties_WritesTheCanonicalForm()
    {
        const string Known = """{"type":"person","id":"p1","name":"A","sources":[{"title":"T"}]}""";

        (ReadResult<Record> result, UnknownProperties unknown) = PreservingJson.ReadRecord(Utf8(Known));

        Assert.Same(UnknownProperties.None, unknown);
        Assert.Equal(PoliticalEventsJson.ToJson(result.Value!), PreservingJson.ToJson(result.Value!, unknown));
    }

    [Fact]
    public void RoundTrip_AnyRecordWithAddedProperties_KeepsThem()
        => Gen.Select(RecordGenerators.Record, Gen.Int[0, 1_000_000], Gen.Bool).Sample(
            (record, number, nested) =>
            {
                JsonObject node = JsonNode.Parse(PoliticalEventsJson.ToJson(record))!.AsObject();
                node["zzFuture"] = new JsonObject { ["n"] = number, ["text"] = "Марыя \"x\"" };
                if (nested && node["sources"] is JsonArray { Count: > 0 } sources)
                {
                    sources[0]!.AsObject()["zzArchived"] = true;
                }

                string input = node.ToJsonString();
                (ReadResult<Record> read, UnknownProperties unknown) = PreservingJson.ReadRecord(Utf8(input));
                Assert.True(read.Succeeded, string.Join("\n", read.Findings));
                Assert.Equal(record, read.Value);
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(input), JsonNode.Parse(PreservingJson.ToJson(read.Value!, unknown))));
            },
            iter: 200);
}

public class PreservingJsonDatasetTests
{
    [Fact]
    public void ReadDataset_HeaderAfterBlankLines_IsTheHeader()
    {
        byte[] input = System.Text.Encoding.UTF8.GetBytes("\n\n{\"type\":\"dataset\",\"formatVersion\":\"1.0\",\"title\":\"T\",\"zNew\":1}\n{\"type\":\"person\",\"id\":\"p1\",\"name\":\"A\"}\n");

        (PreservedDataset? dataset, IReadOnlyList<Finding> errors) = PreservingJson.ReadDataset(input, jsonLines: true);

        Assert.Empty(errors);
        Assert.Equal("T", dataset!.Metadata!.Title);
        Assert.Equal(1, dataset.MetadataUnknown.ByObject[""]["zNew"].GetInt32());
        Assert.Single(dataset.Records);
    }

    [Fact]
    public void ReadDataset_BadLine_IsReportedWithItsLine_AndTheRestIsRead()
    {
        byte[] input = System.Text.Encoding.UTF8.GetBytes("{\"type\":\"person\",\"id\":\"p1\",\"name\":\"A\"}\n{\"type\":\"person\",\"id\":\"p2\",\"birthDate\":\"2021-02-30\",\"name\":\"B\"}\n{\"type\":\"person\",\"id\":\"p3\",\"name\":\"C\",\"zNew\":true}\n");

        (PreservedDataset? dataset, IReadOnlyList<Finding> errors) = PreservingJson.ReadDataset(input, jsonLines: true);

        Finding error = Assert.Single(errors);
        Assert.Equal(("date.notReal", "/birthDate", 2), (error.Code, error.Path, error.Line));
        Assert.Equal(["p1", "p3"], dataset!.Records.Select(r => r.Record.Id.Value));
        Assert.Null(dataset.Metadata);
    }
}
