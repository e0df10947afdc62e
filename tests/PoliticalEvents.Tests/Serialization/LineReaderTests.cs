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
    public async Task FollowTheMoneyCopy_LineLongerThanTheLimit_IsAnIOExceptionNamingTheLine()
    {
        byte[] input = Encoding.UTF8.GetBytes(new string('b', 300_000) + "\n");
        using var reader = new PoliticalEvents.FollowTheMoney.LineReader(new MemoryStream(input), maxLineBytes: 128 * 1024);

        IOException error = await Assert.ThrowsAsync<IOException>(() => reader.MoveNextAsync(CancellationToken.None).AsTask());
        Assert.StartsWith("Line 1 is longer than 131,072 bytes", error.Message);
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
