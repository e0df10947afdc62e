using PoliticalEvents.Cli;
using PoliticalEvents.Schemas;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

public sealed class SchemaCommandTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Out_WritesSchemasIdenticalToTheCommittedOnes()
    {
        PolevResult result = await _sandbox.RunAsync("schema", "--out", "out/schemas");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        string[] written = Directory.GetFiles(_sandbox.PathOf("out/schemas")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
        string[] committed = Directory.GetFiles(RepoPaths.File("schemas/v1")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
        Assert.Equal(committed, written);
        foreach (string file in committed)
        {
            Assert.Equal(File.ReadAllBytes(RepoPaths.File("schemas/v1/" + file)), File.ReadAllBytes(_sandbox.PathOf("out/schemas/" + file)));
        }
    }

    [Fact]
    public async Task Name_PrintsThatSchema()
    {
        PolevResult result = await _sandbox.RunAsync("schema", "detention");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(PoliticalEventsSchemas.GetSchemaText("detention"), result.Out);
    }

    [Theory]
    [InlineData("prisoner")]
    [InlineData("")]
    public async Task UnknownName_ExitsWithUsageError(string name)
    {
        PolevResult result = await _sandbox.RunAsync("schema", name);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("dataset, record, person", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeitherNameNorOut_ExitsWithUsageError()
    {
        PolevResult result = await _sandbox.RunAsync("schema");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Help_HasAnExample()
    {
        PolevResult result = await _sandbox.RunAsync("schema", "--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("polev schema --out schemas", result.Out, StringComparison.Ordinal);
    }
}
