using DuckDB.NET.Data;
using PoliticalEvents.Cli;
using PoliticalEvents.Parquet;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary><c>polev export --to parquet</c>: the CSV export's rules, Parquet's files.</summary>
public sealed class ParquetCommandTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Export_WritesEveryTable_ThatDuckDbReads()
    {
        PolevResult result = await _sandbox.RunAsync("export", "--to", "parquet", PolevSandbox.Belarus, "--out", "tables");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("record(s) written to 39 table(s)", result.Error, StringComparison.Ordinal);
        Assert.Equal(ParquetExporter.Files.Order(StringComparer.Ordinal), Directory.GetFiles(_sandbox.PathOf("tables")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM '{Path.Combine(_sandbox.PathOf("tables"), "persons.parquet")}'";
        long persons = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((await PoliticalEvents.Serialization.PoliticalEventsJson.ReadDatasetAsync(File.OpenRead(_sandbox.PathOf(PolevSandbox.Belarus)))).GetValueOrThrow().Records.OfType<Person>().Count(), persons);
    }

    [Fact]
    public async Task Export_OfConfidentialRecords_IsRefused_AndReplaceKeepsOtherFiles()
    {
        _sandbox.Write("secret.jsonl", PolevSandbox.Lines("""{"type":"person","id":"person-2","name":"Zygmunt Kowalczyk","sources":[{"title":"List"}],"confidentiality":"confidential"}"""));
        string[] before = _sandbox.Files();

        PolevResult refused = await _sandbox.RunAsync("export", "--to", "parquet", "secret.jsonl", "--out", "tables");

        Assert.Equal(ExitCodes.InvalidData, refused.ExitCode);
        Assert.Equal(before, _sandbox.Files());
        Assert.DoesNotContain(PolevSandbox.SecretName, refused.Error, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Ok, (await _sandbox.RunAsync("export", "--to", "parquet", PolevSandbox.Belarus, "--out", "tables")).ExitCode);
        Assert.Equal(ExitCodes.Ok, (await _sandbox.RunAsync("export", "--to", "parquet", PolevSandbox.Tunisia, "--out", "tables", "--replace")).ExitCode);
        _sandbox.Write("tables/mine.txt", "not an export's");
        PolevResult kept = await _sandbox.RunAsync("export", "--to", "parquet", PolevSandbox.Belarus, "--out", "tables", "--replace");
        Assert.Equal(ExitCodes.UsageOrIo, kept.ExitCode);
        Assert.Contains("mine.txt, which an export does not write", kept.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_IsTheParquetExports()
    {
        PolevResult help = await _sandbox.RunAsync("export", "--to", "parquet", "--help");

        Assert.Equal(ExitCodes.Ok, help.ExitCode);
        Assert.Contains("Export a dataset as Parquet files", help.Out, StringComparison.Ordinal);
        Assert.Contains(CsvCommands.ParquetExportDetails.TrimEnd('\n'), help.Out, StringComparison.Ordinal);
        Assert.Contains("\n  --replace", help.Out, StringComparison.Ordinal);
    }
}
