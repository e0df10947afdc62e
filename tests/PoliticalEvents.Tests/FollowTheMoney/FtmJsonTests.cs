using System.Text;
using PoliticalEvents.FollowTheMoney;
using Xunit;

namespace PoliticalEvents.Tests.FollowTheMoney;

public class FtmJsonTests
{
    [Fact]
    public void Write_IdSchemaPropertiesInOrder_UnicodeUnescaped()
    {
        var entity = new FtmEntity("NK-1", "Person",
        [
            new("name", ["Марыя \"Maria\" Калеснікава"]),
            new("alias", ["A", "B"]),
            new("birthDate", []),
            new("alias", ["C"]),
        ]);

        Assert.Equal(
            """{"id":"NK-1","schema":"Person","properties":{"name":["Марыя \"Maria\" Калеснікава"],"alias":["A","B","C"]}}""",
            FtmJson.ToJson(entity));
        Assert.Equal(["name", "alias"], entity.Properties.Keys);
        Assert.Empty(entity.Values("birthDate"));
        Assert.Equal("Person NK-1", entity.ToString());
    }

    [Fact]
    public void Read_KeepsDatasets_SkipsAndNamesOtherMembers()
    {
        FtmLine line = FtmJson.ReadLine("""
            {"id": "NK-1", "caption": "X", "schema": "Company", "properties": {"name": ["X"], "innCode": ["1", "2"]}, "datasets": ["a", "b"], "referents": ["r"], "target": true, "first_seen": "2023-01-01T00:00:00"}
            """u8);

        FtmEntity entity = Assert.IsType<FtmEntity>(line.Entity);
        Assert.Null(line.Error);
        Assert.Equal("NK-1", entity.Id);
        Assert.Equal("Company", entity.Schema);
        Assert.Equal(["1", "2"], entity.Values("innCode"));
        Assert.Equal(["a", "b"], entity.Datasets);
        Assert.Equal(["caption", "referents", "target", "first_seen"], line.IgnoredMembers);
        Assert.Equal(
            """{"id":"NK-1","schema":"Company","properties":{"name":["X"],"innCode":["1","2"]},"datasets":["a","b"]}""",
            FtmJson.ToJson(entity));
    }

    [Fact]
    public void Read_WithoutProperties_IsAnEntityWithNone()
    {
        FtmEntity entity = FtmJson.ReadLine("""{"schema":"Address","id":"a-1"}"""u8).Entity!;

        Assert.Empty(entity.Properties);
        Assert.Empty(entity.Datasets);
    }

    [Theory]
    [InlineData("not json", null, "The line is not well-formed JSON.")]
    [InlineData("""{"id": "x", "schema": "Person", "properties": {"name": ["A"]}""", "x", "The line is not well-formed JSON.")]
    [InlineData("""["id"]""", null, "The line is not a JSON object.")]
    [InlineData("""{"id": "x"}""", "x", "The object has no \"schema\".")]
    [InlineData("""{"schema": "Person"}""", null, "The object has no \"id\".")]
    [InlineData("""{"id": 1, "schema": "Person"}""", null, "\"id\" is not a string.")]
    [InlineData("""{"id": "x", "schema": ["Person"]}""", "x", "\"schema\" is not a string.")]
    [InlineData("""{"id": "x", "schema": "Person", "properties": []}""", "x", "\"properties\" is not an object.")]
    [InlineData("""{"id": "x", "schema": "Person", "properties": {"name": "A"}}""", "x", "A property value is not an array of strings.")]
    [InlineData("""{"id": "x", "schema": "Person", "properties": {"name": [null]}}""", "x", "A property value is not an array of strings.")]
    [InlineData("""{"id": "x", "schema": "Person", "datasets": "a"}""", "x", "\"datasets\" is not an array of strings.")]
    [InlineData("""{"id": "x", "schema": "Person", "id": "y"}""", "x", "\"id\" appears twice.")]
    [InlineData("""{"id": "x", "schema": "Person", "schema": "Company"}""", "x", "\"schema\" appears twice.")]
    [InlineData("""{"id": "x", "schema": "Person", "properties": {}, "properties": {"name": ["A"]}}""", "x", "\"properties\" appears twice.")]
    [InlineData("""{"id": "x", "schema": "Person", "datasets": [], "datasets": ["a"]}""", "x", "\"datasets\" appears twice.")]
    [InlineData("""{"op": "DEL", "entity": {"id": "x"}}""", null, "This is a delta line ({\"op\": …, \"entity\": …}), not an entity: import a full entities file instead.")]
    public void Read_NotAnEntity_SaysWhyWithoutTheData(string json, string? id, string message)
    {
        FtmLine line = FtmJson.ReadLine(Encoding.UTF8.GetBytes(json));

        Assert.Null(line.Entity);
        Assert.Equal(message, line.Error);
        Assert.Equal(id, line.Id);
    }

    [Fact]
    public void Read_DeltaLine_IsMarkedAsOne_OtherErrorsAreNot()
    {
        Assert.True(FtmJson.ReadLine("""{"op": "ADD", "entity": {"id": "x", "schema": "Person"}}"""u8).IsDelta);
        Assert.False(FtmJson.ReadLine("""{"op": "ADD", "id": "x"}"""u8).IsDelta);
        Assert.False(FtmJson.ReadLine("""{"schema": "Person"}"""u8).IsDelta);
        Assert.False(FtmJson.ReadLine("""{"id": "x", "schema": "Person"}"""u8).IsDelta);
    }

    [Fact]
    public void Read_InvalidUtf8_IsAnError()
    {
        byte[] line = [.. "{\"id\":\"x\",\"schema\":\"Person\",\"properties\":{\"name\":[\""u8.ToArray(), 0xC3, 0x28, .. "\"]}}"u8.ToArray()];

        Assert.NotNull(FtmJson.ReadLine(line).Error);
    }

    [Fact]
    public async Task ReadLines_SkipsBlankLines_NumbersTheRest_AcceptsBomAndCrlf()
    {
        byte[] input = Encoding.UTF8.GetBytes("\uFEFF{\"id\":\"a\",\"schema\":\"Person\"}\r\n\r\n   \n{\"id\":\"b\",\"schema\":\"Person\"}\nnope");
        using var stream = new MemoryStream(input);

        var lines = new List<FtmLine>();
        await foreach (FtmLine line in FtmJson.ReadLinesAsync(stream))
        {
            lines.Add(line);
        }

        Assert.Equal([1, 4, 5], lines.Select(l => l.LineNumber));
        Assert.Equal(["a", "b"], lines.Where(l => l.Entity is not null).Select(l => l.Entity!.Id));
        Assert.NotNull(lines[2].Error);
    }

    [Fact]
    public async Task WriteLines_OnePerLine_ReadsBack()
    {
        FtmEntity[] entities = [.. Enumerable.Range(0, 3000).Select(i => new FtmEntity($"e-{i}", "Person", [new("name", [new string('n', i % 50 + 1)])]))];
        using var stream = new MemoryStream();

        await FtmJson.WriteLinesAsync(stream, Async(entities));

        stream.Position = 0;
        var back = new List<string>();
        await foreach (FtmLine line in FtmJson.ReadLinesAsync(stream))
        {
            back.Add(FtmJson.ToJson(line.Entity!));
        }

        Assert.Equal(entities.Select(FtmJson.ToJson), back);
        Assert.EndsWith("\n", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    private static async IAsyncEnumerable<FtmEntity> Async(IEnumerable<FtmEntity> entities)
    {
        foreach (FtmEntity entity in entities)
        {
            yield return entity;
        }

        await Task.CompletedTask;
    }
}
