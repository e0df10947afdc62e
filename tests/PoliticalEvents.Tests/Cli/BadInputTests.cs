using System.Text;
using PoliticalEvents.Cli;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary>Bad input never crashes polev: each kind gives findings and exit 1 (never an exception, never exit 0).</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    public static TheoryData<string, string> Cases() => new()
    {
        { "truncated.json", "json.syntax" },
        { "invalid-utf8.jsonl", "json.encoding" },
        { "deep.json", "json.tooDeep" },
        { "deep.jsonl", "json.tooDeep" },
        { "huge-string.jsonl", "maxLength" },
        { "huge-string.json", "maxLength" },
        { "unknown-type.jsonl", "enum" },
        { "empty.json", "json.syntax" },
        { "empty.jsonl", "jsonLines.empty" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Validate_BadInput_ExitsInvalid_WithAFinding(string file, string code)
    {
        _sandbox.Write(file, Make(file));

        PolevResult result = await _sandbox.RunAsync("validate", file);

        Assert.True(result.ExitCode == ExitCodes.InvalidData, result.ToString()[..Math.Min(2000, result.ToString().Length)]);
        Assert.Contains($" error {code} ", result.Out, StringComparison.Ordinal);
        Assert.True(result.Out.Length < 10_000, "the report repeats the input");
    }

    private static byte[] Make(string file)
    {
        const string Person = "{\"type\":\"person\",\"id\":\"p1\",\"name\":\"A\",\"sources\":[{\"title\":\"T\"}]";
        string Document(string record) => "{\"formatVersion\":\"1.0\",\"title\":\"T\",\"records\":[" + record + "]}";
        string deep = new string('[', 5000) + new string(']', 5000);
        string huge = new('x', 100 * 1024 * 1024);
        return file switch
        {
            "truncated.json" => Encoding.UTF8.GetBytes(Document(Person + "}")[..40]),
            "invalid-utf8.jsonl" => [.. Encoding.UTF8.GetBytes(Person + ",\"notes\":\""), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\"}\n")],
            "deep.json" => Encoding.UTF8.GetBytes(Document(Person + ",\"notes\":" + deep + "}")),
            "deep.jsonl" => Encoding.UTF8.GetBytes(Person + ",\"notes\":" + deep + "}\n"),
            "huge-string.jsonl" => Encoding.UTF8.GetBytes(Person + ",\"notes\":\"" + huge + "\"}\n"),
            "huge-string.json" => Encoding.UTF8.GetBytes(Document(Person + ",\"notes\":\"" + huge + "\"}")),
            "unknown-type.jsonl" => Encoding.UTF8.GetBytes("{\"type\":\"prisoner\",\"id\":\"p1\"}\n"),
            _ => [],
        };
    }
}
