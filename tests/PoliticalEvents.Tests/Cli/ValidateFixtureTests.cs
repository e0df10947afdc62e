using System.Text.Json;
using PoliticalEvents.Cli;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary><c>polev validate</c> exits 0 on every example and valid fixture, and 1 on every invalid fixture with the error at the expected pointer.</summary>
public sealed class ValidateFixtureTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    public static TheoryData<string> ValidFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"))
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures", "valid"))).Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    public static TheoryData<string, string, string> InvalidFiles()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "fixtures", "invalid", "expected.tsv")).Where(l => !l.StartsWith('#')))
        {
            string[] cells = line.Split('\t');
            data.Add(cells[0], cells[1], cells[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public async Task ValidFile_ExitsOk(string file)
    {
        PolevResult result = await _sandbox.RunAsync("validate", file);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public async Task InvalidFixture_ExitsInvalid_WithTheErrorAtItsPointer(string name, string code, string pointer)
    {
        PolevResult result = await _sandbox.RunAsync("validate", "--format", "json", Path.Combine(AppContext.BaseDirectory, "fixtures", "invalid", name + ".json"));

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        using JsonDocument report = JsonDocument.Parse(result.OutBytes);
        JsonElement file = report.RootElement.GetProperty("files")[0];
        Assert.False(file.GetProperty("valid").GetBoolean());
        Assert.Contains(file.GetProperty("errors").EnumerateArray(), e =>
            e.GetProperty("code").GetString() == code && e.GetProperty("path").GetString() == pointer && e.GetProperty("severity").GetString() == "error");
    }
}
