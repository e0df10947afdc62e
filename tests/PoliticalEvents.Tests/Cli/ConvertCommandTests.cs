using System.Text;
using PoliticalEvents.Cli;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

public sealed partial class ConvertCommandTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task DocumentToJsonLinesAndBack_GivesTheCanonicalExampleByteForByte()
    {
        PolevResult there = await _sandbox.RunAsync("convert", PolevSandbox.Belarus, "belarus.jsonl");
        PolevResult back = await _sandbox.RunAsync("convert", "belarus.jsonl", "belarus.json");

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (there.ExitCode, back.ExitCode));
        Assert.Equal(PolevSandbox.ExampleBytes(PolevSandbox.Belarus), _sandbox.Read("belarus.json"));
        Assert.Equal(File.ReadAllLines(_sandbox.PathOf("belarus.jsonl")).Length - 1, await RecordsInDocumentAsync("belarus.json"));
        Assert.Empty(there.OutBytes);
        Assert.Matches(@"^polev: belarus\.jsonl: \d+ record\(s\) written\.\n$", there.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task JsonLinesToDocumentAndBack_GivesTheCanonicalExampleByteForByte()
    {
        PolevResult there = await _sandbox.RunAsync("convert", PolevSandbox.Tunisia, "tunisia.json");
        PolevResult check = await _sandbox.RunAsync("validate", "tunisia.json");
        PolevResult back = await _sandbox.RunAsync("convert", "tunisia.json", "tunisia.ndjson");

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok, ExitCodes.Ok), (there.ExitCode, check.ExitCode, back.ExitCode));
        Assert.StartsWith("1 file(s), 4 record(s)", check.Out);
        Assert.StartsWith("{\n  \"formatVersion\": \"1.0\",\n", Encoding.UTF8.GetString(_sandbox.Read("tunisia.json")));
        Assert.Equal(PolevSandbox.ExampleBytes(PolevSandbox.Tunisia), _sandbox.Read("tunisia.ndjson"));
    }

    [Fact]
    public async Task Compact_WritesTheDocumentOnOneLine_ThatReadsBackTheSame()
    {
        PolevResult compact = await _sandbox.RunAsync("convert", PolevSandbox.Belarus, "compact.json", "--compact");
        PolevResult indented = await _sandbox.RunAsync("convert", "compact.json", "indented.json");

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (compact.ExitCode, indented.ExitCode));
        string text = Encoding.UTF8.GetString(_sandbox.Read("compact.json"));
        Assert.Equal(text.Length - 1, text.IndexOf('\n', StringComparison.Ordinal));
        Assert.True(text.Length < PolevSandbox.ExampleBytes(PolevSandbox.Belarus).Length);
        Assert.Equal(PolevSandbox.ExampleBytes(PolevSandbox.Belarus), _sandbox.Read("indented.json"));
    }

    [Fact]
    public async Task StandardOutputWithoutTo_ExitsWithUsageError()
    {
        PolevResult result = await _sandbox.RunAsync("convert", PolevSandbox.Belarus, "-");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Empty(result.OutBytes);
        Assert.Contains("needs --to json|jsonl", result.Error);
    }

    [Theory]
    [InlineData(PolevSandbox.Tunisia, "json", "tunisia.json")]
    [InlineData(PolevSandbox.Belarus, "jsonl", "belarus.jsonl")]
    public async Task StandardInputToStandardOutput_WritesWhatAFileConversionWrites(string example, string to, string file)
    {
        await _sandbox.RunAsync("convert", example, file);

        PolevResult result = await _sandbox.RunWithInputAsync(PolevSandbox.ExampleBytes(example), "convert", "-", "-", "--to", to);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(_sandbox.Read(file), result.OutBytes);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task InvalidInput_IsRefused_AndNoOutputIsCreated()
    {
        _sandbox.Write("bad.json", PolevSandbox.Document(",\n      \"birthDate\": \"2021-02-30\""));
        string[] before = _sandbox.Files();

        PolevResult result = await _sandbox.RunAsync("convert", "bad.json", "out.jsonl");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(before, _sandbox.Files());
        string[] errors = result.Error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("bad.json:10: error date.notReal /records/0/birthDate ", errors[0]);
        Assert.Equal("polev: bad.json: not converted: the input has 1 error(s); use --force to write the records that could be read.", errors[1]);
    }

    [Fact]
    public async Task InvalidInput_LeavesAnExistingOutputUntouched()
    {
        _sandbox.Write("people.jsonl", PolevSandbox.Lines(PolevSandbox.BadDateLine));
        _sandbox.Write("people.json", "previous content\n");

        PolevResult result = await _sandbox.RunAsync("convert", "people.jsonl", "people.json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal("previous content\n", Encoding.UTF8.GetString(_sandbox.Read("people.json")));
    }

    [Fact]
    public async Task InvalidInputToStandardOutput_WritesNothing()
    {
        PolevResult result = await _sandbox.RunWithInputAsync(PolevSandbox.Lines(PolevSandbox.BadDateLine), "convert", "-", "-", "--to", "json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Empty(result.OutBytes);
        Assert.Contains("-:3: error date.notReal /birthDate ", result.Error);
    }

    [Theory]
    [InlineData("people.json")]
    [InlineData("people.jsonl")]
    public async Task Force_WithOneBadLine_WritesTheGoodRecords_AndStillExitsInvalid(string output)
    {
        _sandbox.Write("input.jsonl", PolevSandbox.Lines(PolevSandbox.BadDateLine));

        PolevResult result = await _sandbox.RunAsync("convert", "input.jsonl", output, "--force");
        PolevResult check = await _sandbox.RunAsync("validate", output, "--format", "json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Contains("input.jsonl:3: error date.notReal /birthDate ", result.Error);
        Assert.Contains($"polev: {output}: 2 record(s) written; 1 bad line(s) left out (--force).", result.Error);
        Assert.Equal(ExitCodes.Ok, check.ExitCode);
        Assert.Equal(2, Assert.Single(ValidateJson.Parse(check.Out)).Records);
        string written = Encoding.UTF8.GetString(_sandbox.Read(output));
        Assert.Contains("person-1", written);
        Assert.DoesNotContain("person-2", written);
        Assert.Contains("person-3", written);
    }

    [Fact]
    public async Task Force_WithAnInvalidDocument_IsRefused_BecauseNothingCanBeRead()
    {
        _sandbox.Write("bad.json", PolevSandbox.Document(",\n      \"birthDate\": \"2021-02-30\""));
        string[] before = _sandbox.Files();

        PolevResult result = await _sandbox.RunAsync("convert", "bad.json", "out.jsonl", "--force");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(before, _sandbox.Files());
        Assert.Contains("nothing could be read", result.Error);
    }

    [Fact]
    public async Task JsonLinesWithoutHeaderToDocument_IsRefused_SayingWhy()
    {
        _sandbox.Write("people.jsonl", string.Join('\n', PolevSandbox.Lines().Split('\n')[1..]));
        string[] before = _sandbox.Files();

        PolevResult result = await _sandbox.RunAsync("convert", "people.jsonl", "people.json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(before, _sandbox.Files());
        Assert.Contains("people.jsonl: not converted: a dataset document needs a title and format version", result.Error);
        Assert.Contains("{\"type\":\"dataset\"", result.Error);
    }

    [Fact]
    public async Task JsonLinesWithoutHeaderToJsonLines_IsWrittenWithoutHeader()
    {
        string lines = string.Join('\n', PolevSandbox.Lines().Split('\n')[1..]);
        _sandbox.Write("people.jsonl", lines);

        PolevResult result = await _sandbox.RunAsync("convert", "people.jsonl", "copy.ndjson");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(lines, Encoding.UTF8.GetString(_sandbox.Read("copy.ndjson")));
    }

    [Fact]
    public async Task OutputInMissingDirectory_ExitsWithIoError()
    {
        PolevResult result = await _sandbox.RunAsync("convert", PolevSandbox.Belarus, "nowhere/belarus.jsonl");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Equal("polev: nowhere/belarus.jsonl: no such directory.\n", result.Error.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(_sandbox.PathOf("nowhere")));
    }

    [Fact]
    public async Task OutputThatIsADirectory_ExitsWithIoError()
    {
        Directory.CreateDirectory(_sandbox.PathOf("out.jsonl"));

        PolevResult result = await _sandbox.RunAsync("convert", PolevSandbox.Belarus, "out.jsonl");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("out.jsonl: is a directory", result.Error);
    }

    [Fact]
    public async Task OutputWithUnknownExtension_ExitsWithUsageError_UnlessToSaysTheFormat()
    {
        PolevResult refused = await _sandbox.RunAsync("convert", PolevSandbox.Belarus, "belarus.txt");
        PolevResult written = await _sandbox.RunAsync("convert", PolevSandbox.Belarus, "belarus.txt", "--to", "jsonl");

        Assert.Equal(ExitCodes.UsageOrIo, refused.ExitCode);
        Assert.Contains("belarus.txt: cannot tell the format from the extension", refused.Error);
        Assert.Equal(ExitCodes.Ok, written.ExitCode);
        Assert.StartsWith("{\"type\":\"dataset\"", Encoding.UTF8.GetString(_sandbox.Read("belarus.txt")));
    }

    [NotAsRootFact]
    public async Task OutputInReadOnlyDirectory_ExitsWithIoError_LeavingNothingBehind()
    {
        string locked = _sandbox.PathOf("locked");
        Directory.CreateDirectory(locked);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        PolevResult result = await _sandbox.RunAsync("convert", PolevSandbox.Belarus, "locked/belarus.jsonl");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("locked/belarus.jsonl: permission denied", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(locked));
    }

    [Fact]
    public async Task MissingInput_ExitsWithIoError()
    {
        PolevResult result = await _sandbox.RunAsync("convert", "nowhere.json", "out.jsonl");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("nowhere.json: no such file", result.Error);
        Assert.DoesNotContain("out.jsonl", _sandbox.Files());
    }

    [Theory]
    [InlineData()]
    [InlineData("only.json")]
    [InlineData("a.json", "b.json", "c.json")]
    public async Task WrongNumberOfPaths_ExitsWithUsageError(params string[] paths)
    {
        PolevResult result = await _sandbox.RunAsync(["convert", .. paths]);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("convert needs an input and an output", result.Error);
    }

    [Fact]
    public async Task Success_LeavesNoTemporaryFiles_AndReplacesAnExistingOutput()
    {
        _sandbox.Write("belarus.jsonl", "old\n");

        PolevResult result = await _sandbox.RunAsync("convert", PolevSandbox.Belarus, "belarus.jsonl");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal([PolevSandbox.Belarus, "belarus.jsonl", PolevSandbox.Tunisia], _sandbox.Files());
        Assert.StartsWith("{\"type\":\"dataset\"", Encoding.UTF8.GetString(_sandbox.Read("belarus.jsonl")));
    }

    [Fact]
    public async Task FailedWrite_LeavesNoTemporaryFile_AndTheOldOutputUntouched()
    {
        _sandbox.Write("out.jsonl", "old\n");
        string[] before = _sandbox.Files();
        var console = new CliConsole(() => Stream.Null, Stream.Null, TextWriter.Null, _sandbox.Directory);

        // A failure of the work that writes (here an I/O error of something else) passes through; the output is untouched.
        await Assert.ThrowsAsync<IOException>(() => DataFiles.WriteAtomicallyAsync(console, OutputTarget.Plan(console, "out.jsonl"), async stream =>
        {
            await stream.WriteAsync("half a record"u8.ToArray());
            throw new IOException("disk full");
        }));

        Assert.Equal(before, _sandbox.Files());
        Assert.Equal("old\n", Encoding.UTF8.GetString(_sandbox.Read("out.jsonl")));
    }

    private async Task<int> RecordsInDocumentAsync(string name)
    {
        using var stream = File.OpenRead(_sandbox.PathOf(name));
        return (await PoliticalEvents.Serialization.PoliticalEventsJson.ReadDatasetAsync(stream)).GetValueOrThrow().Records.Count;
    }
}
