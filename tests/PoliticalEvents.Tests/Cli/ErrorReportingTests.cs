using System.Diagnostics;
using System.Text.Json;
using PoliticalEvents.Cli;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary>
/// How polev reports what went wrong (issue 11, "poor messages" and item 15's <c>--as-of</c>): the place a failure
/// belongs to, one line per finding whatever the file is called, every location the library knows.
/// </summary>
public sealed class ErrorReportingTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("-0001-01-01")]
    [InlineData("10000-01-01")]
    public async Task Stats_AsOfOutsideTheYearsOfTheFormat_IsAUsageError(string day)
    {
        PolevResult result = await _sandbox.RunAsync("stats", PolevSandbox.Belarus, "--as-of", day);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("--as-of must be a calendar date YYYY-MM-DD between 0001-01-01 and 9999-12-31", result.Error);
        Assert.Empty(result.OutBytes);
    }

    [Fact]
    public async Task Stats_AsOfTheFirstAndLastDay_AreAccepted()
    {
        Assert.Equal(ExitCodes.Ok, (await _sandbox.RunAsync("stats", PolevSandbox.Belarus, "--as-of", "0001-01-01")).ExitCode);
        Assert.Equal(ExitCodes.Ok, (await _sandbox.RunAsync("stats", PolevSandbox.Belarus, "--as-of", "9999-12-31")).ExitCode);
    }

    // Options that become names in the records written: a value the records' own validation would refuse is a usage
    // error, not invalid output blamed on a bug.
    [Theory]
    [InlineData("--publisher", "\u200B")]
    [InlineData("--publisher", " ")]
    [InlineData("--publisher", "Open\nSanctions")]
    public async Task FtmImport_PublisherThatIsNoName_IsAUsageError(string option, string value)
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "fixtures", "ftm", "sanctions.ftm.json"), _sandbox.PathOf("sanctions.ftm.json"));

        PolevResult result = await _sandbox.RunAsync("import", "--from", "ftm", "sanctions.ftm.json", "out.json", option, System.Text.RegularExpressions.Regex.Unescape(value));

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains($"{option} needs a name of visible characters", result.Error);
        Assert.False(File.Exists(_sandbox.PathOf("out.json")));
    }

    [Fact]
    public async Task SheetImport_DesignatedByThatIsNoName_IsAUsageError()
    {
        _sandbox.Write("sheet.csv", "Name,Date of detention\r\nA,2020-01-01\r\n");

        PolevResult result = await _sandbox.RunAsync("import", "--from", "csv", "sheet.csv", "out.json", "--country", "BY", "--designated-by", "\t");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("--designated-by needs a name of visible characters", result.Error);
    }

    [Fact]
    public async Task ValidateJson_CarriesTheColumn_WhenTheLibraryKnowsIt()
    {
        _sandbox.Write("bad.json", PolevSandbox.Document(",\n      \"gender\": 7"));

        PolevResult result = await _sandbox.RunAsync("validate", "bad.json", "--format", "json");

        ErrorReport error = Assert.Single(Assert.Single(ValidateJson.Parse(result.Out)).Errors);
        Assert.Equal("/records/0/gender", error.Path);
        Assert.Equal(10, error.Line);
        Assert.InRange(error.Column ?? 0, 17, 18); // at or just after the value 7, which begins in column 17
    }

    [Fact]
    public async Task ValidateJson_DocumentBreakingOnlyDatasetRules_CountsItsRecords_AsTheHelpSays()
    {
        string document = PolevSandbox.Document(",\n      \"affiliations\": [{ \"organizationId\": \"nowhere\" }]");
        _sandbox.Write("dangling.json", document);

        PolevResult result = await _sandbox.RunAsync("validate", "dangling.json", "--format", "json");

        FileReport file = Assert.Single(ValidateJson.Parse(result.Out));
        Assert.False(file.Valid);
        Assert.Equal(1, file.Records);
        Assert.Equal("reference.unresolved", Assert.Single(file.Errors).Code);
        Assert.DoesNotContain("none for a document with errors", ValidateCommand.Details);
        Assert.Contains("all of them for one that reads but breaks rules", ValidateCommand.Details.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bad\nname.jsonl")]
    [InlineData("bad\rname.jsonl")]
    [InlineData("bad\u2028name.jsonl")]
    public async Task FileNameWithALineBreak_StillGivesOneLinePerFinding(string name)
    {
        _sandbox.Write(name, PolevSandbox.Lines(PolevSandbox.BadDateLine));

        PolevResult validate = await _sandbox.RunAsync("validate", name);
        PolevResult convert = await _sandbox.RunAsync("convert", name, "out.json");

        string[] findings = validate.OutLines;
        Assert.Equal(2, findings.Length); // the finding and the summary
        Assert.StartsWith("bad\\", findings[0]);
        Assert.Contains(":3: error date.notReal /birthDate ", findings[0]);
        Assert.Equal(2, convert.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain('\r', convert.Error);
        Assert.DoesNotContain('\u2028', convert.Error);
    }

    [Fact]
    public async Task UsageErrorNamingAFileWithALineBreak_IsOneLine()
    {
        PolevResult result = await _sandbox.RunAsync("validate", "no\nsuch.json");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Equal("polev: no\\nsuch.json: no such file.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Reasons_AreSaidInPolevsOwnWords()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        Assert.Equal("no space left on the device", FileErrors.Reason(new IOException("No space left on device : '/tmp/x'", 28)));
        Assert.Equal("the disk quota is exceeded", FileErrors.Reason(new IOException("quota", 122)));
        Assert.Equal("permission denied", FileErrors.Reason(new UnauthorizedAccessException("Access to the path '/secret/Zygmunt Kowalczyk.json' is denied.")));
        Assert.True(FileErrors.IsFull(new IOException("x", 28)));
        Assert.False(FileErrors.IsFull(new IOException("x", 5)));
    }

    // A temporary directory that cannot be written is the temporary directory's fault, not the input's.
    [Fact]
    public async Task UnusableTemporaryDirectory_IsBlamedOnTheTemporaryDirectory_NotTheInput()
    {
        string notADirectory = _sandbox.Write("tmp-is-a-file", "x");

        (int exitCode, string error) = await RunPolevProcessAsync(
            new Dictionary<string, string> { ["TMPDIR"] = _sandbox.PathOf(notADirectory) },
            "redact", PolevSandbox.Belarus, "public.json", "--profile", "public");

        Assert.Equal(ExitCodes.UsageOrIo, exitCode);
        Assert.StartsWith("polev: a temporary file cannot be written or read: ", error);
        Assert.Contains("(temporary files go to ", error);
        Assert.DoesNotContain(PolevSandbox.Belarus, error);
        Assert.DoesNotContain("public.json", error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private async Task<(int ExitCode, string Error)> RunPolevProcessAsync(Dictionary<string, string> environment, params string[] args)
    {
        using Process process = Process.Start(_sandbox.ProcessStart(environment, args))!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await output;
        return (process.ExitCode, (await error).ReplaceLineEndings("\n"));
    }
}
