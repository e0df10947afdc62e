using System.Runtime.InteropServices;
using System.Text;
using PoliticalEvents.Cli;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary>
/// One way every command writes (issue 11, items 1–3, 5, 6, 11, 12): never over an input or another output, however
/// spelled; never replacing a pipe or a device; through a symbolic link to its target; leaving no temporary file; and
/// reading named pipes as well as files.
/// </summary>
public sealed partial class OutputSafetyTests : IDisposable
{
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(60);

    private readonly PolevSandbox _sandbox = new();

    public OutputSafetyTests()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "fixtures", "ftm", "sanctions.ftm.json"), _sandbox.PathOf("sanctions.ftm.json"));
    }

    public void Dispose() => _sandbox.Dispose();

    // Item 1: export and import over their own input; item 2: --report over the input; item 3: convert --force over its
    // input (which would drop the bad lines from the original). Every spelling of the same file is caught.
    public static TheoryData<string[]> OverwritesOfTheInput => new()
    {
        new[] { "export", "--to", "ftm", PolevSandbox.Belarus, PolevSandbox.Belarus },
        new[] { "export", "--to", "ftm", PolevSandbox.Belarus, "./" + PolevSandbox.Belarus },
        new[] { "export", "--to", "ftm", PolevSandbox.Belarus, "o.ftm.json", "--report", PolevSandbox.Belarus },
        new[] { "import", "--from", "ftm", "sanctions.ftm.json", "sanctions.ftm.json", "--to", "jsonl" },
        new[] { "import", "--from", "ftm", "sanctions.ftm.json", "out.json", "--report", "sanctions.ftm.json" },
        new[] { "convert", "lines.jsonl", "lines.jsonl", "--force" },
        new[] { "convert", "lines.jsonl", "sub/../lines.jsonl", "--force" },
        new[] { "redact", PolevSandbox.Belarus, "out.json", "--profile", "public", "--report", PolevSandbox.Belarus },
        new[] { "import", "--from", "csv", "sheet.csv", "sheet.csv", "--to", "json" },
    };

    [Theory]
    [MemberData(nameof(OverwritesOfTheInput))]
    public async Task OutputOrReportNamingTheInput_IsRefused_AndTheInputIsUntouched(string[] args)
    {
        Directory.CreateDirectory(_sandbox.PathOf("sub"));
        _sandbox.Write("lines.jsonl", PolevSandbox.Lines("{\"type\":\"person\",\"id\":\"bad\"}"));
        _sandbox.Write("sheet.csv", "Name,Date of detention\r\nA,2020-01-01\r\n");
        string[] before = _sandbox.Files();
        Dictionary<string, byte[]> contents = before.Where(f => File.Exists(_sandbox.PathOf(f))).ToDictionary(f => f, _sandbox.Read);

        PolevResult result = await _sandbox.RunAsync(args);

        Assert.True(result.ExitCode == ExitCodes.UsageOrIo, result.ToString());
        Assert.Contains("is the input", result.Error);
        Assert.Contains("polev never replaces what it reads", result.Error);
        Assert.Equal(before, _sandbox.Files());
        foreach ((string file, byte[] bytes) in contents)
        {
            Assert.Equal(bytes, _sandbox.Read(file));
        }
    }

    [Fact]
    public async Task OutputThatIsAHardOrSymbolicLinkToTheInput_IsRefused()
    {
        File.CreateSymbolicLink(_sandbox.PathOf("soft.json"), _sandbox.PathOf(PolevSandbox.Belarus));
        Assert.Equal(0, Link(_sandbox.PathOf(PolevSandbox.Belarus), _sandbox.PathOf("hard.json")));
        byte[] before = _sandbox.Read(PolevSandbox.Belarus);

        PolevResult soft = await _sandbox.RunAsync("convert", PolevSandbox.Belarus, "soft.json", "--compact");
        PolevResult hard = await _sandbox.RunAsync("export", "--to", "ftm", "hard.json", PolevSandbox.Belarus);

        Assert.Equal(ExitCodes.UsageOrIo, soft.ExitCode);
        Assert.Equal(ExitCodes.UsageOrIo, hard.ExitCode);
        Assert.Contains("soft.json: is the input (belarus-2025.json)", soft.Error);
        Assert.Contains("belarus-2025.json: is the input (hard.json)", hard.Error);
        Assert.Equal(before, _sandbox.Read(PolevSandbox.Belarus));
    }

    // Item 5: an output that is a symbolic link is written through it (the link stays a link); one that is a named pipe
    // is written into, never replaced by a regular file.
    [Fact]
    public async Task OutputThatIsASymbolicLink_ReplacesItsTarget_AndKeepsTheLink()
    {
        _sandbox.Write("target.jsonl", "old\n");
        File.CreateSymbolicLink(_sandbox.PathOf("link.jsonl"), "target.jsonl");

        PolevResult result = await _sandbox.RunAsync("convert", PolevSandbox.Belarus, "link.jsonl");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("target.jsonl", new FileInfo(_sandbox.PathOf("link.jsonl")).LinkTarget);
        Assert.StartsWith("{\"type\":\"dataset\"", Encoding.UTF8.GetString(_sandbox.Read("target.jsonl")));
        Assert.DoesNotContain(_sandbox.Files(), f => f.Contains("polev-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OutputThatIsANamedPipe_IsWrittenInto_NotReplaced()
    {
        string pipe = MakeFifo("out.jsonl");
        Task<byte[]> reader = Task.Run(() => File.ReadAllBytes(pipe));

        PolevResult result = await WithTimeout(_sandbox.RunAsync("convert", PolevSandbox.Belarus, "out.jsonl"));
        byte[] read = await WithTimeout(reader);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(FileKind.Fifo, FileIdentity.Of(pipe).Kind);
        Assert.StartsWith("{\"type\":\"dataset\"", Encoding.UTF8.GetString(read));
        Assert.Equal(22 + 1, Encoding.UTF8.GetString(read).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("/dev/null", "Direct")]
    [InlineData("/dev/stdout", "Direct")]
    [InlineData("/dev/fd/1", "Direct")]
    [InlineData("-", "StandardOutput")]
    [InlineData("new.json", "Replace")]
    public void DevicesAndDescriptors_AreWrittenInPlace_FilesReplaced(string path, string mode)
    {
        var console = new CliConsole(() => Stream.Null, Stream.Null, TextWriter.Null, _sandbox.Directory);

        Assert.Equal(Enum.Parse<OutputMode>(mode), OutputTarget.Plan(console, path).Mode);
    }

    [Fact]
    public async Task OutputThatIsADirectoryOrInAMissingDirectory_IsRefused()
    {
        Directory.CreateDirectory(_sandbox.PathOf("dir.json"));

        PolevResult directory = await _sandbox.RunAsync("convert", PolevSandbox.Tunisia, "dir.json");
        PolevResult missing = await _sandbox.RunAsync("export", "--to", "ftm", PolevSandbox.Belarus, "nowhere/o.ftm.json");

        Assert.Equal("polev: dir.json: is a directory, not a file.\n", directory.Error.ReplaceLineEndings("\n"));
        Assert.Equal("polev: nowhere/o.ftm.json: no such directory.\n", missing.Error.ReplaceLineEndings("\n"));
    }

    // Item 6: what a killed run left next to an output is cleared by the next run that writes there, unless a live run
    // holds it (its lock); nothing else is touched.
    [Fact]
    public async Task StaleTemporaryFilesOfAKilledRun_AreClearedByTheNextRun_LiveOnesAreNot()
    {
        string stale = _sandbox.Write(".out.jsonl.polev-0123456789abcdef0123456789abcdef.tmp", "half a record");
        string live = _sandbox.Write(".other.json.polev-fedcba9876543210fedcba9876543210.tmp", "being written");
        string lookalike = _sandbox.Write(".out.jsonl.polev-notours.tmp", "someone else's");
        Directory.CreateDirectory(_sandbox.PathOf(".tables.polev-00000000000000000000000000000001.old"));
        using (var held = new FileStream(_sandbox.PathOf(live), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            PolevResult result = await _sandbox.RunAsync("convert", PolevSandbox.Belarus, "out.jsonl");

            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            Assert.False(File.Exists(_sandbox.PathOf(stale)));
            Assert.True(File.Exists(_sandbox.PathOf(live)));
            Assert.True(File.Exists(_sandbox.PathOf(lookalike)));
            Assert.False(Directory.Exists(_sandbox.PathOf(".tables.polev-00000000000000000000000000000001.old")));
        }
    }

    [Fact]
    public void ScratchFiles_AreGoneFromTheDirectory_AsSoonAsCreated_AndPrivate()
    {
        using FileStream scratch = DataFiles.CreateScratch();
        scratch.Write("a record"u8);
        scratch.Position = 0;

        Assert.False(File.Exists(scratch.Name));
        Assert.Equal((byte)'a', scratch.ReadByte());
    }

    // Items 11 and 12: an FtM import and an FtM export read their input more than once; a named pipe (a shell's
    // <(zcat …)) is read once, into a scratch file.
    [Fact]
    public async Task FtmImport_FromANamedPipe_Works()
    {
        string pipe = MakeFifo("entities.pipe");
        Task writer = Task.Run(() => File.WriteAllBytes(pipe, _sandbox.Read("sanctions.ftm.json")));

        PolevResult result = await WithTimeout(_sandbox.RunAsync("import", "--from", "ftm", "entities.pipe", "out.json"));
        await WithTimeout(writer);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(ExitCodes.Ok, (await _sandbox.RunAsync("validate", "out.json")).ExitCode);
    }

    [Fact]
    public async Task FtmExport_FromANamedPipe_ReadsItOnce_AndDoesNotHang()
    {
        string pipe = MakeFifo("dataset.pipe");
        Task writer = Task.Run(() => File.WriteAllBytes(pipe, _sandbox.Read(PolevSandbox.Belarus)));

        PolevResult result = await WithTimeout(_sandbox.RunAsync("export", "--to", "ftm", "dataset.pipe", "o.ftm.json"));
        await WithTimeout(writer);
        PolevResult fromFile = await _sandbox.RunAsync("export", "--to", "ftm", PolevSandbox.Belarus, "f.ftm.json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(_sandbox.Read("f.ftm.json"), _sandbox.Read("o.ftm.json"));
    }

    [Fact]
    public async Task Validate_FromANamedPipeWithoutExtension_TellsTheFormatFromTheContent()
    {
        string pipe = MakeFifo("lines");
        Task writer = Task.Run(() => File.WriteAllBytes(pipe, _sandbox.Read(PolevSandbox.Tunisia)));

        PolevResult result = await WithTimeout(_sandbox.RunAsync("validate", "lines"));
        await WithTimeout(writer);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.StartsWith("1 file(s), 4 record(s)", result.Out);
    }

    private string MakeFifo(string name)
    {
        string path = _sandbox.PathOf(name);
        Assert.Equal(0, Mkfifo(path, Convert.ToUInt32("600", 8)));
        return path;
    }

    private static async Task<T> WithTimeout<T>(Task<T> task)
    {
        await WithTimeout((Task)task);
        return await task;
    }

    private static async Task WithTimeout(Task task)
    {
        if (await Task.WhenAny(task, Task.Delay(NoHang)) != task)
        {
            Assert.Fail($"Did not finish within {NoHang.TotalSeconds} s (a second open of a named pipe blocks for ever).");
        }

        await task;
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Mkfifo(string path, uint mode);

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}
