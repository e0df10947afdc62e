using System.Text;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

public sealed class JsonLinesTests
{
    private const string Header = """{"type":"dataset","formatVersion":"1.0","title":"Lines"}""";

    private static string Person(string id, string name = "A") => $$"""{"type":"person","id":"{{id}}","name":"{{name}}"}""";

    private static async Task<List<JsonLinesEntry>> ReadAll(Stream stream)
    {
        var entries = new List<JsonLinesEntry>();
        await foreach (JsonLinesEntry entry in JsonLines.ReadAsync(stream))
        {
            entries.Add(entry);
        }

        return entries;
    }

    private static Task<List<JsonLinesEntry>> ReadAll(string text) => ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task ReadAsync_BadLinesInTheMiddle_ErrorPerLineWithLineNumberAndReadingContinues()
    {
        string text = string.Join('\n', Header, Person("p1"), """{"type":"person","id":"p2","nmae":"B"}""", "{oops", Person("p4"), """{"type":"person","id":"p5","anonymous":null}""", Person("p6")) + "\n";

        List<JsonLinesEntry> entries = await ReadAll(text);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7], entries.Select(e => e.LineNumber));
        Assert.NotNull(entries[0].Header);
        Assert.Equal(["p1", "p4", "p6"], entries.Where(e => e.Record is not null).Select(e => e.Record!.Id.Value));
        Finding unknown = entries[2].Error!;
        Assert.Equal(("additionalProperties", "/nmae", 3), (unknown.Code, unknown.Path, unknown.Line));
        ErrorAssert.ColumnAtMarker(unknown, text.Split('\n')[2], "\"nmae\":\"B\"");
        Assert.Equal(("json.syntax", 4), (entries[3].Error!.Code, entries[3].Error!.Line));
        Assert.NotNull(entries[3].Error!.Column);
        Finding nullName = entries[5].Error!;
        Assert.Equal(("type", "/anonymous", 6), (nullName.Code, nullName.Path, nullName.Line));
        Assert.All(entries, e => Assert.Equal(1, new object?[] { e.Header, e.Record, e.Error }.Count(x => x is not null)));
    }

    [Fact]
    public async Task ReadDatasetAsync_BadLines_ReportsEveryBadLineAndNoDataset()
    {
        string text = string.Join('\n', Header, """{"type":"person","name":"A"}""", Person("p2"), """{"type":"nobody","id":"p3"}""");

        (Dataset? dataset, IReadOnlyList<Finding> errors) = await JsonLines.ReadDatasetAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        Assert.Null(dataset);
        Assert.Equal([("required", 2, ""), ("enum", 4, "/type")], errors.Select(e => (e.Code, e.Line!.Value, e.Path)));
    }

    [Fact]
    public async Task ReadAsync_BlankLinesCrlfAndNoFinalNewline_ReadFine()
    {
        string text = Header + "\r\n\r\n   \r\n\t\n" + Person("p1") + "\r\n\n" + Person("p2");

        List<JsonLinesEntry> entries = await ReadAll(text);

        Assert.Equal([1, 5, 7], entries.Select(e => e.LineNumber));
        Assert.DoesNotContain(entries, e => e.Error is not null);
        Assert.Equal(["p1", "p2"], entries.Skip(1).Select(e => e.Record!.Id.Value));
    }

    [Fact]
    public async Task ReadAsync_ByteOrderMark_ReadsTheHeader()
    {
        List<JsonLinesEntry> entries = await ReadAll("\uFEFF" + Header + "\n" + Person("p1") + "\n");

        Assert.Equal("Lines", entries[0].Header!.Title);
        Assert.Equal("p1", entries[1].Record!.Id.Value);
    }

    [Fact]
    public async Task ReadAsync_HeaderNotOnTheFirstLine_HeaderNotFirstWithLineAndColumn()
    {
        string header = """{"title":"Late","type":"dataset","formatVersion":"1.0"}""";

        List<JsonLinesEntry> entries = await ReadAll("\n" + Person("p1") + "\n" + header + "\n");

        Finding error = entries[1].Error!;
        Assert.Equal(("jsonLines.headerNotFirst", "/type", 3), (error.Code, error.Path, error.Line));
        ErrorAssert.ColumnAtMarker(error, header, "\"dataset\"");
    }

    [Fact]
    public async Task ReadAsync_SecondHeader_HeaderNotFirst()
    {
        List<JsonLinesEntry> entries = await ReadAll(Header + "\n" + Header + "\n");

        Assert.NotNull(entries[0].Header);
        Assert.Equal("jsonLines.headerNotFirst", entries[1].Error!.Code);
    }

    [Fact]
    public async Task ReadDatasetAsync_NoHeader_HeaderMissing()
    {
        (Dataset? dataset, IReadOnlyList<Finding> errors) = await JsonLines.ReadDatasetAsync(new MemoryStream(Encoding.UTF8.GetBytes(Person("p1") + "\n")));

        Assert.Null(dataset);
        Finding error = Assert.Single(errors);
        Assert.Equal(("jsonLines.headerMissing", string.Empty, 1, Severity.Error), (error.Code, error.Path, error.Line, error.Severity));
    }

    [Fact]
    public async Task ReadDatasetAsync_EmptyInput_HeaderMissing()
    {
        (Dataset? dataset, IReadOnlyList<Finding> errors) = await JsonLines.ReadDatasetAsync(new MemoryStream());

        Assert.Null(dataset);
        Assert.Equal("jsonLines.headerMissing", Assert.Single(errors).Code);
    }

    [Fact]
    public async Task ReadDatasetAsync_NoHeaderAndABadLine_ReportsBoth()
    {
        string text = Person("p1") + "\n" + """{"type":"person","id":"p2","x":1}""" + "\n";

        (_, IReadOnlyList<Finding> errors) = await JsonLines.ReadDatasetAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        Assert.Equal([("jsonLines.headerMissing", 1), ("additionalProperties", 2)], errors.Select(e => (e.Code, e.Line!.Value)));
    }

    [Fact]
    public async Task ReadDatasetAsync_BrokenHeader_OnlyTheHeaderError()
    {
        string text = """{"type":"dataset","formatVersion":"1.0"}""" + "\n" + Person("p1") + "\n";

        (_, IReadOnlyList<Finding> errors) = await JsonLines.ReadDatasetAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        Finding error = Assert.Single(errors);
        Assert.Equal(("required", 1), (error.Code, error.Line));
        Assert.Contains("'title'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LineOfOneMegabyte_ReadsFine()
    {
        // Each text value stays under the 100,000-character bound; together they make a line of over 1 MB.
        string notes = string.Concat(Enumerable.Repeat("Калеснікава 0123456789 ", 90_000 / 23));
        string sources = string.Join(",", Enumerable.Repeat($$"""{"title":"{{notes}}"}""", 8));
        string line = $$"""{"type":"person","id":"p1","name":"A","sources":[{{sources}}],"notes":"{{notes}}"}""";
        Assert.True(Encoding.UTF8.GetByteCount(line) > 1_000_000);

        List<JsonLinesEntry> entries = await ReadAll(Header + "\n" + Person("p0") + "\n" + line + "\n" + Person("p2"));

        Assert.Equal(notes, entries[2].Record!.Notes);
        Assert.Equal(8, entries[2].Record!.Sources.Count);
        Assert.Equal(["p0", "p1", "p2"], entries.Skip(1).Select(e => e.Record!.Id.Value));
    }

    [Fact]
    public async Task ReadAsync_StreamReturningOneByteAtATime_SameEntries()
    {
        byte[] input = Encoding.UTF8.GetBytes("\uFEFF" + Header + "\r\n" + Person("p1", "Марыя") + "\n\n" + """{"type":"person","id":"p2","x":1}""" + "\n" + Person("p3", "عبير"));
        var stream = new OneByteAtATimeStream(input);

        List<JsonLinesEntry> slow = await ReadAll(stream);

        List<JsonLinesEntry> fast = await ReadAll(new MemoryStream(input));
        Assert.Equal(fast, slow);
        Assert.Equal(4, slow.Count);
        Assert.True(stream.Reads > input.Length);
        Assert.Equal("عبير", Assert.IsType<Person>(slow[3].Record).Name);
    }

    [Fact]
    public async Task ReadAsync_InvalidUtf8OnOneLine_EncodingErrorOnThatLineAndReadingContinues()
    {
        byte[] bad = [.. Encoding.UTF8.GetBytes("""{"type":"person","id":"p1","name":"A"""), 0xFF, .. Encoding.UTF8.GetBytes("\"}")];
        byte[] input = [.. Encoding.UTF8.GetBytes(Header + "\n"), .. bad, (byte)'\n', .. Encoding.UTF8.GetBytes(Person("p2"))];

        List<JsonLinesEntry> entries = await ReadAll(new MemoryStream(input));

        Finding error = entries[1].Error!;
        Assert.Equal(("json.encoding", "/name", 2, bad.Length - 2), (error.Code, error.Path, error.Line, error.Column));
        Assert.Equal("p2", entries[2].Record!.Id.Value);
    }

    [Fact]
    public async Task WriteAsync_Dataset_HeaderThenOneCompactLinePerRecord()
    {
        Dataset dataset = new() { FormatVersion = "1.0", Title = "Lines", Records = [new Person { Id = new RecordId("p1"), Name = "Марыя <&>" }] };
        using var output = new MemoryStream();

        await JsonLines.WriteAsync(output, dataset);

        Assert.Equal(Header + "\n" + """{"type":"person","id":"p1","name":"Марыя <&>"}""" + "\n", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task WriteAsync_MoreThanTheWriteBuffer_ReadsBackEqual()
    {
        Dataset dataset = new()
        {
            FormatVersion = "1.0",
            Title = "Many",
            Records = [.. Enumerable.Range(0, 3000).Select(i => new Person { Id = new RecordId($"p{i}"), Name = $"Person {i}", Notes = new string('x', i % 100) })],
        };
        using var output = new MemoryStream();

        await JsonLines.WriteAsync(output, dataset);
        output.Position = 0;
        (Dataset? read, IReadOnlyList<Finding> errors) = await JsonLines.ReadDatasetAsync(output);

        Assert.Empty(errors);
        Assert.Equal(dataset, read);
    }
}
