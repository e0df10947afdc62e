using System.Text;
using PoliticalEvents.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

public sealed class LineReaderTests
{
    private static async Task<List<(int Number, string Text)>> Lines(Stream stream)
    {
        var lines = new List<(int, string)>();
        using var reader = new LineReader(stream);
        while (await reader.MoveNextAsync(CancellationToken.None))
        {
            lines.Add((reader.LineNumber, Encoding.UTF8.GetString(reader.Current.Span)));
        }

        return lines;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MoveNextAsync_LfCrlfBlankAndUnterminatedLines_SplitsWithoutEndings(bool oneByteAtATime)
    {
        byte[] input = Encoding.UTF8.GetBytes("\uFEFFfirst\r\nsecond\n\n\r\nlast\uFEFF");
        Stream stream = oneByteAtATime ? new OneByteAtATimeStream(input) : new MemoryStream(input);

        List<(int, string)> lines = await Lines(stream);

        Assert.Equal([(1, "first"), (2, "second"), (3, string.Empty), (4, string.Empty), (5, "last\uFEFF")], lines);
    }

    [Fact]
    public async Task MoveNextAsync_LineLongerThanTheLimit_IsAnIOExceptionNamingTheLine()
    {
        byte[] input = Encoding.UTF8.GetBytes("x\n" + new string('a', 64 * 1024) + "\n" + new string('b', 300_000) + "\ny");
        using var reader = new LineReader(new MemoryStream(input), maxLineBytes: 128 * 1024);

        Assert.True(await reader.MoveNextAsync(CancellationToken.None));
        Assert.True(await reader.MoveNextAsync(CancellationToken.None)); // 65,536 bytes: within the limit
        Assert.Equal(64 * 1024, reader.Current.Length);
        IOException error = await Assert.ThrowsAsync<IOException>(() => reader.MoveNextAsync(CancellationToken.None).AsTask());
        Assert.StartsWith("Line 3 is longer than 131,072 bytes", error.Message);
    }

    [Fact]
    public async Task FollowTheMoneyLines_LineLongerThanTheLimit_IsAnIOExceptionNamingTheLine()
    {
        byte[] input = Encoding.UTF8.GetBytes("{}\n" + new string('b', 300_000) + "\n");
        var read = new List<int>();
        IOException error = await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (PoliticalEvents.FollowTheMoney.FtmLine line in PoliticalEvents.FollowTheMoney.FtmJson.ReadLinesAsync(new MemoryStream(input), maxLineBytes: 128 * 1024))
            {
                read.Add(line.LineNumber);
            }
        });
        Assert.StartsWith("Line 2 is longer than 131,072 bytes", error.Message);
        Assert.Equal([1], read);
    }

    [Fact]
    public async Task FollowTheMoneyLines_SplitAsTheCoreReaderSplits_WholeOrByteByByte()
    {
        string longLine = "{\"id\":\"" + new string('a', 200_000) + "\"}";
        byte[] input = Encoding.UTF8.GetBytes("\uFEFF{\"id\":\"x\"}\r\n\n  \n" + longLine + "\n{\"id\":\"y\"}");
        List<(int, string)> core = [.. (await Lines(new MemoryStream(input))).Where(static l => l.Item2.Trim(' ', '\t').Length > 0)];
        foreach (Stream stream in new Stream[] { new MemoryStream(input), new OneByteAtATimeStream(input) })
        {
            var ftm = new List<(int, string)>();
            await foreach (PoliticalEvents.FollowTheMoney.FtmLine line in PoliticalEvents.FollowTheMoney.FtmJson.ReadLinesAsync(stream))
            {
                ftm.Add((line.LineNumber, line.Id ?? "?"));
            }

            Assert.Equal(core.Select(static l => l.Item1), ftm.Select(static l => l.Item1));
            Assert.Equal([(1, "x"), (4, new string('a', 200_000)), (5, "y")], ftm);
        }
    }

    [Fact]
    public async Task MoveNextAsync_LinesLongerThanTheBuffer_KeptWhole()
    {
        string longLine = new('a', 200_000);
        string longer = new('b', 300_001);
        byte[] input = Encoding.UTF8.GetBytes("x\n" + longLine + "\n" + longer + "\ny");

        List<(int, string)> lines = await Lines(new MemoryStream(input));

        Assert.Equal([(1, "x"), (2, longLine), (3, longer), (4, "y")], lines);
    }

    [Fact]
    public async Task MoveNextAsync_EmptyStream_NoLines()
        => Assert.Empty(await Lines(new MemoryStream()));

    [Fact]
    public async Task MoveNextAsync_OnlyANewline_OneEmptyLine()
        => Assert.Equal([(1, string.Empty)], await Lines(new MemoryStream("\n"u8.ToArray())));
}
