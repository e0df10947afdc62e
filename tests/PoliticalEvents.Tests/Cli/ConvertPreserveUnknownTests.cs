using System.Text;
using System.Text.Json.Nodes;
using PoliticalEvents.Cli;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary><c>polev convert --preserve-unknown</c>: a file from a newer 1.x tool converts both ways without losing a property.</summary>
public sealed class ConvertPreserveUnknownTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    // The Tunisia example with properties this version does not know, on the header, on every record and inside a source.
    private static string NewerLines()
    {
        var lines = new List<string>();
        int i = 0;
        foreach (string line in File.ReadAllLines(PolevSandbox.ExamplePath(PolevSandbox.Tunisia)))
        {
            JsonObject node = JsonNode.Parse(line)!.AsObject();
            node["zFuture"] = new JsonObject { ["n"] = i++, ["text"] = "Марыя" };
            if (node["sources"] is JsonArray { Count: > 0 } sources)
            {
                sources[0]!.AsObject()["zArchiveCopy"] = "https://archive.example/x";
            }

            lines.Add(node.ToJsonString());
        }

        return string.Join('\n', lines) + "\n";
    }

    [Fact]
    public async Task WithoutTheFlag_UnknownPropertiesAreErrors_NothingWritten()
    {
        _sandbox.Write("newer.jsonl", NewerLines());

        PolevResult result = await _sandbox.RunAsync("convert", "newer.jsonl", "out.json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Contains("additionalProperties", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("out.json", _sandbox.Files());
    }

    [Fact]
    public async Task LinesToDocumentAndBack_KeepsEveryProperty()
    {
        string newer = NewerLines();
        _sandbox.Write("newer.jsonl", newer);

        PolevResult toDocument = await _sandbox.RunAsync("convert", "newer.jsonl", "kept.json", "--preserve-unknown");
        PolevResult back = await _sandbox.RunAsync("convert", "kept.json", "back.jsonl", "--preserve-unknown");

        Assert.Equal(ExitCodes.Ok, toDocument.ExitCode);
        Assert.Equal(ExitCodes.Ok, back.ExitCode);
        string[] expected = newer.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] actual = Encoding.UTF8.GetString(_sandbox.Read("back.jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected[i]), JsonNode.Parse(actual[i])), $"line {i + 1}: {actual[i]}");
        }
    }

    [Fact]
    public async Task KnownDataOnly_WritesTheCanonicalBytes()
    {
        PolevResult result = await _sandbox.RunAsync("convert", PolevSandbox.ExamplePath(PolevSandbox.Belarus), "same.json", "--preserve-unknown");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(PolevSandbox.ExampleBytes(PolevSandbox.Belarus), _sandbox.Read("same.json"));
    }

    [Fact]
    public async Task KnownPropertyWithBadValue_IsStillRefused()
    {
        _sandbox.Write("bad.jsonl", NewerLines().Replace("\"2023-10-03\"", "\"2023-02-30\"", StringComparison.Ordinal));

        PolevResult result = await _sandbox.RunAsync("convert", "bad.jsonl", "out.jsonl", "--preserve-unknown");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Contains("date.notReal", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("out.jsonl", _sandbox.Files());
    }
}
