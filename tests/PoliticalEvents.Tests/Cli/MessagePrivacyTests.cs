using System.Text;
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

/// <summary>
/// Issue 11, item 7 at the command line: a CSV of prisoners saved as <c>people.json</c>, given to every command that
/// reads a dataset; System.Text.Json's message quoted it whole. Item 9 and 14: <c>convert --preserve-unknown</c> on
/// input it used to crash on or alter.
/// </summary>
public sealed class CommandInputPrivacyTests : IDisposable
{
    private const string Csv = "name,birth,prison\r\nZygmunt Kowalczyk,1980,Colony 15\r\nAnna Kowalczyk,1975,Colony 4\r\n";

    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("validate", "people.json")]
    [InlineData("validate", "people.json", "--format", "json")]
    [InlineData("stats", "people.json")]
    [InlineData("convert", "people.json", "out.jsonl")]
    [InlineData("redact", "people.json", "out.json", "--profile", "public")]
    [InlineData("export", "--to", "ftm", "people.json", "out.ftm.json")]
    [InlineData("export", "--to", "csv", "people.json", "--out", "tables")]
    [InlineData("convert", "people.json", "out.jsonl", "--preserve-unknown")]
    public async Task CsvSavedAsJson_IsOneSyntaxFinding_ThatQuotesNothing(params string[] args)
    {
        _sandbox.Write("people.json", Csv);

        PolevResult result = await _sandbox.RunAsync(args);

        Assert.True(result.ExitCode == ExitCodes.InvalidData, result.ToString());
        Assert.Contains("people.json:1: error json.syntax / Not well-formed JSON: a word that is not true, false or null", Line(result));
        foreach (string part in new[] { "Zygm", "Kowal", "Colony", "birth" })
        {
            Assert.DoesNotContain(part, result.Out, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(part, result.Error, StringComparison.OrdinalIgnoreCase);
        }
    }

    // The finding as the text format prints it (the JSON format's message is checked to be the same words).
    private static string Line(PolevResult result)
    {
        if (result.Out.TrimStart().StartsWith('{'))
        {
            ErrorReport error = Assert.Single(Assert.Single(ValidateJson.Parse(result.Out)).Errors);
            return $"people.json:{error.Line}: error {error.Code} {(error.Path.Length == 0 ? "/" : error.Path)} {error.Message}";
        }

        return result.Out + result.Error;
    }

    public static TheoryData<string, byte[]> PreserveUnknownFaults => new()
    {
        { "json.encoding", Encoding.UTF8.GetBytes(PolevSandbox.Lines("{\"type\":\"person\",\"id\":\"person-2\",\"name\":\"B\",\"future\":\"A\\ud800\"}")) },
        { "json.duplicateProperty", Encoding.UTF8.GetBytes(PolevSandbox.Lines("{\"type\":\"person\",\"id\":\"person-2\",\"name\":\"B\",\"future\":1,\"future\":2}")) },
        { "json.encoding", WithByte(PolevSandbox.Lines("{\"type\":\"person\",\"id\":\"person-2\",\"name\":\"B\",\"fut§ure\":1}"), 0xFF) },
        { "json.encoding", WithByte(PolevSandbox.Lines("{\"type\":\"person\",\"id\":\"person-2\",\"name\":\"B\",\"future\":\"A§\"}"), 0xC3) },
    };

    // The text as UTF-8, with the one byte given (not valid UTF-8 on its own) where § stands.
    private static byte[] WithByte(string text, byte raw)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        int at = bytes.AsSpan().IndexOf("§"u8);
        return [.. bytes[..at], raw, .. bytes[(at + 2)..]];
    }

    [Theory]
    [MemberData(nameof(PreserveUnknownFaults))]
    public async Task ConvertPreserveUnknown_BadLine_IsAFinding_NotACrash_AndNotWritten(string code, byte[] input)
    {
        _sandbox.Write("in.jsonl", input);

        PolevResult refused = await _sandbox.RunAsync("convert", "in.jsonl", "out.jsonl", "--preserve-unknown");
        PolevResult forced = await _sandbox.RunAsync("convert", "in.jsonl", "forced.jsonl", "--preserve-unknown", "--force");

        Assert.True(refused.ExitCode == ExitCodes.InvalidData, refused.ToString());
        Assert.Contains($"in.jsonl:3: error {code} ", refused.Error);
        Assert.False(File.Exists(_sandbox.PathOf("out.jsonl")));
        Assert.Equal(ExitCodes.InvalidData, forced.ExitCode);
        string written = Encoding.UTF8.GetString(_sandbox.Read("forced.jsonl"));
        Assert.Equal(3, written.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // the header and two good people
        Assert.DoesNotContain('\uFFFD', written);
    }

    // A header cell that holds data (a row pasted above the header, a cell merged in) is not shown: long or odd headers
    // are named by their column number only.
    [Theory]
    [InlineData("Name,Date of detention,Zygmunt Kowalczyk was detained at the station on 5 May\r\nA,2020-01-01,x\r\n")]
    [InlineData("Name,Date of detention,Kowalczyk\u200B\r\nA,2020-01-01,x\r\n")]
    public async Task SheetImport_UnknownHeaderThatMayBeData_IsNamedByItsNumberOnly(string sheet)
    {
        _sandbox.Write("sheet.csv", System.Text.RegularExpressions.Regex.Unescape(sheet));

        PolevResult result = await _sandbox.RunAsync("import", "--from", "csv", "sheet.csv", "out.json", "--country", "BY");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Contains("polev: sheet.csv: row 1: column 3 is not a known column", result.Error);
        Assert.DoesNotContain("Kowal", result.Error, StringComparison.Ordinal);
    }

    // FtM lines whose names or ids hold data: the report and the summary show a name or an id from the input only when
    // it is short and printable.
    [Fact]
    public async Task FtmImport_NamesAndIdsThatMayBeData_AreNotShown_InTheSummaryOrTheReport()
    {
        string longName = string.Concat(Enumerable.Repeat("Zygmunt Kowalczyk ", 5));
        _sandbox.Write("in.ftm.json", string.Join('\n',
            "{\"id\":\"p-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]},\"" + longName + "\":1}",
            "{\"id\":\"" + longName + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"B\"]}",
            "{\"id\":\"p-3\",\"schema\":\"" + longName + "\",\"properties\":{\"" + longName + "\":[\"C\"]}}") + "\n");

        PolevResult result = await _sandbox.RunAsync("import", "--from", "ftm", "in.ftm.json", "out.json", "--report", "report.json", "--force");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        string report = Encoding.UTF8.GetString(_sandbox.Read("report.json"));
        foreach (string text in new[] { result.Error, result.Out, report })
        {
            Assert.DoesNotContain("Kowal", text, StringComparison.Ordinal);
        }

        Assert.Contains("(a name not shown: too long or not printable)", report);
    }

    [Theory]
    [InlineData("validate", "-", "--from", "json")]
    [InlineData("stats", "-", "--from", "json")]
    public async Task EmptyStandardInput_AsADocument_SaysItIsEmpty(params string[] args)
    {
        PolevResult result = await _sandbox.RunWithInputAsync(string.Empty, args);

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Contains("-:1: error json.syntax / The input is empty: expected a JSON object.", result.Out + result.Error);
    }
}
