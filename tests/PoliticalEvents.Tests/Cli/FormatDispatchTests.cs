using PoliticalEvents.Cli;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary>
/// <c>polev export --to</c> and <c>polev import --from</c> choose a format by the option's value, in both spellings the
/// command line accepts (<c>--to csv</c> and <c>--to=csv</c>).
/// </summary>
public sealed class FormatDispatchTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("--to", "csv")]
    [InlineData("--to=csv")]
    public async Task ExportToCsv_WritesTheTables_InEitherSpelling(params string[] format)
    {
        PolevResult result = await _sandbox.RunAsync(["export", .. format, PolevSandbox.Belarus, "--out", "tables"]);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_sandbox.PathOf("tables"), "persons.csv")), result.Error);
    }

    [Theory]
    [InlineData("--to", "ftm")]
    [InlineData("--to=ftm")]
    public async Task ExportToFtm_WritesEntities_InEitherSpelling(params string[] format)
    {
        PolevResult result = await _sandbox.RunAsync(["export", .. format, PolevSandbox.Belarus, "out.ftm.json"]);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.NotEmpty(File.ReadAllLines(_sandbox.PathOf("out.ftm.json")));
    }

    [Fact]
    public async Task ImportFromCsv_WithTheInlineSpelling_ReadsTheTablesBack()
    {
        Assert.Equal(ExitCodes.Ok, (await _sandbox.RunAsync("export", "--to", "csv", PolevSandbox.Belarus, "--out", "tables")).ExitCode);

        PolevResult result = await _sandbox.RunAsync("import", "--from=csv", "tables", "back.json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(File.ReadAllText(_sandbox.PathOf(PolevSandbox.Belarus)).ReplaceLineEndings("\n"), File.ReadAllText(_sandbox.PathOf("back.json")).ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("export", "--to", "xml", "Unknown export format 'xml': use --to ftm, --to csv or --to parquet.")]
    [InlineData("import", "--from", "xml", "Unknown import format 'xml': use --from ftm, csv, un, eu or ofac.")]
    public async Task UnknownFormat_IsAUsageErrorNamingBothFormats(string command, string option, string format, string message)
    {
        PolevResult result = await _sandbox.RunAsync(command, option, format, "in.json", "out.json");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains(message, result.Error);
    }
}
