using PoliticalEvents.Cli;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary>
/// Records describe people in danger, and tool output ends up in issues, chats and CI logs: what polev prints about a
/// bad record names the rule and the place, never the data.
/// </summary>
public sealed class MessagePrivacyTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    public static TheoryData<string, string> BadRecords => new()
    {
        { "unknown property holding the name", PolevSandbox.Document(",\n      \"alias\": \"Zygmunt Kowalczyk\"") },
        { "impossible date", PolevSandbox.Document(",\n      \"birthDate\": \"2021-02-30\"") },
        { "name in a date", PolevSandbox.Document(",\n      \"deathDate\": \"Zygmunt Kowalczyk\"") },
        { "name in an enum", PolevSandbox.Document(",\n      \"gender\": \"Zygmunt Kowalczyk\"") },
        { "name in a country code", PolevSandbox.Document(",\n      \"nationalities\": [\"Zygmunt Kowalczyk\"]") },
        { "name of the wrong type", PolevSandbox.Document().Replace("\"Zygmunt Kowalczyk\"", "[\"Zygmunt Kowalczyk\"]", StringComparison.Ordinal) },
        { "duplicate name", PolevSandbox.Document(",\n      \"name\": \"Zygmunt Kowalczyk\"") },
        { "name not quoted", PolevSandbox.Document().Replace("\"Zygmunt Kowalczyk\"", "Zygmunt Kowalczyk", StringComparison.Ordinal) },
        { "name as id", PolevSandbox.Document().Replace("person-1", "Zygmunt Kowalczyk", StringComparison.Ordinal) },
        { "cut inside the name", PolevSandbox.Document()[..(PolevSandbox.Document().IndexOf("Kowalczyk", StringComparison.Ordinal) + 5)] },
    };

    [Theory]
    [MemberData(nameof(BadRecords))]
    public async Task Validate_BadDocument_PrintsNoDataValue(string why, string document)
    {
        _sandbox.Write("bad.json", document);

        PolevResult text = await _sandbox.RunAsync("validate", "bad.json");
        PolevResult json = await _sandbox.RunAsync("validate", "bad.json", "--format", "json");

        Assert.True(text.ExitCode == ExitCodes.InvalidData, $"{why}: {text}");
        Assert.Equal(ExitCodes.InvalidData, json.ExitCode);
        AssertNoName(text);
        AssertNoName(json);
    }

    [Theory]
    [MemberData(nameof(BadRecords))]
    public async Task Convert_BadJsonLine_PrintsNoDataValue(string why, string document)
    {
        // The person record of the document, on one line (as far as it goes, when the document is cut short).
        string[] lines = document.Split('\n');
        int end = Array.IndexOf(lines, "    }", 4);
        string record = string.Join(' ', lines[4..(end < 0 ? lines.Length : end + 1)].Select(l => l.Trim()));
        _sandbox.Write("bad.jsonl", PolevSandbox.Lines(record));

        PolevResult result = await _sandbox.RunAsync("convert", "bad.jsonl", "out.json", "--force");

        Assert.True(result.ExitCode == ExitCodes.InvalidData, $"{why}: {result}");
        Assert.Contains("bad.jsonl:3: error ", result.Error);
        AssertNoName(result);
    }

    private static void AssertNoName(PolevResult result)
    {
        foreach (string part in new[] { "Zygm", "Kowal" })
        {
            Assert.DoesNotContain(part, result.Out, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(part, result.Error, StringComparison.OrdinalIgnoreCase);
        }
    }
}
