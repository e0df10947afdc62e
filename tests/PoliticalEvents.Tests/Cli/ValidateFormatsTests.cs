using System.Text.Json;
using PoliticalEvents.Cli;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary>
/// <c>polev validate --format text|json|jsonl|sarif</c>: the same findings in each, written as they are found (each
/// record's own in input order, the rules across records' at the end).
/// </summary>
public sealed class ValidateFormatsTests : IDisposable
{
    // A header, a person without sources (a warning), a detention of a person who is not there (a rule across records),
    // a line that is not JSON, and a person whose birth date does not exist (the line does not read as a record).
    private static readonly string Messy = string.Join('\n',
        """{"type":"dataset","formatVersion":"1.0","title":"Test"}""",
        """{"type":"person","id":"person-1","name":"A"}""",
        """{"type":"detention","id":"det-1","subjectId":"person-9","country":"BY","startedOn":"2024","status":"ongoing","sources":[{"title":"List"}]}""",
        """{"type":"person",""",
        PolevSandbox.BadDateLine) + "\n";

    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    public static TheoryData<string> Formats() => ["text", "json", "jsonl", "sarif"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task RecordFindings_ComeInInputOrder_AndTheRulesAcrossRecordsLast(string format)
    {
        _sandbox.Write("messy.jsonl", Messy);

        PolevResult result = await _sandbox.RunAsync("validate", "messy.jsonl", "--format", format);

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(
            [(2, "record.noSources"), (4, "json.syntax"), (5, "date.notReal"), (3, "reference.unresolved")],
            Read(result, format).Select(static f => (f.Line ?? 0, f.Code)));
    }

    [Fact]
    public async Task EveryFormat_CarriesTheSameFindings_OfEveryInvalidFixture()
    {
        string directory = Path.Combine(AppContext.BaseDirectory, "fixtures", "invalid");
        string[] files = [.. Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal)];
        Assert.True(files.Length >= 40, $"{files.Length} invalid fixtures");

        Dictionary<string, List<string>> expected = Keys(Read(await _sandbox.RunAsync(["validate", "--format", "json", .. files]), "json"));
        Assert.Equal(files.Length, expected.Count);
        foreach (string format in (string[])["text", "jsonl", "sarif"])
        {
            Dictionary<string, List<string>> actual = Keys(Read(await _sandbox.RunAsync(["validate", "--format", format, .. files]), format));
            Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
            foreach ((string file, List<string> findings) in expected)
            {
                Assert.Equal(findings, actual[file]);
            }
        }

        static Dictionary<string, List<string>> Keys(List<Shown> findings)
            => findings.GroupBy(static f => f.File).ToDictionary(static g => g.Key, static g => g.Select(static f => $"{f.Line} {f.Severity} {f.Code} {f.Pointer}").ToList());
    }

    [Fact]
    public async Task Sarif_IsOneRunOfPolev_WithAResultPerFinding()
    {
        _sandbox.Write("messy data.jsonl", Messy);

        PolevResult result = await _sandbox.RunAsync("validate", "messy data.jsonl", "--format", "sarif");

        using JsonDocument sarif = JsonDocument.Parse(result.OutBytes);
        JsonElement root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.StartsWith("https://", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        JsonElement run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        JsonElement driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("polev", driver.GetProperty("name").GetString());
        Assert.Equal((await _sandbox.RunAsync("--version")).Out.Trim(), driver.GetProperty("version").GetString());
        Assert.True(Assert.Single(run.GetProperty("invocations").EnumerateArray()).GetProperty("executionSuccessful").GetBoolean());

        JsonElement[] results = [.. run.GetProperty("results").EnumerateArray()];
        Assert.Equal(4, results.Length);
        Assert.All(results, r =>
        {
            Assert.Contains(r.GetProperty("level").GetString(), (string[])["error", "warning", "note"]);
            Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetProperty("text").GetString()));
            JsonElement physical = Assert.Single(r.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            string uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.Equal("messy%20data.jsonl", uri); // a relative URI reference, percent-encoded
            Assert.True(Uri.TryCreate(uri, UriKind.Relative, out _));
            Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        });
        Assert.Equal("warning", results[0].GetProperty("level").GetString());
        Assert.Equal("error", results[1].GetProperty("level").GetString());
    }

    [Fact]
    public async Task Sarif_SaysTheRunFailed_WhenAFileCannotBeRead()
    {
        _sandbox.Write("good.jsonl", PolevSandbox.Lines());

        PolevResult result = await _sandbox.RunAsync("validate", "good.jsonl", "missing.jsonl", "--format", "sarif");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        using JsonDocument sarif = JsonDocument.Parse(result.OutBytes);
        JsonElement run = sarif.RootElement.GetProperty("runs")[0];
        Assert.False(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
        Assert.Empty(run.GetProperty("results").EnumerateArray());
        Assert.Contains("missing.jsonl", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLines_WritesNothingForAValidFile_AndStopsAtTheErrorLimit()
    {
        _sandbox.Write("good.jsonl", PolevSandbox.Lines());
        _sandbox.Write("messy.jsonl", Messy);

        PolevResult valid = await _sandbox.RunAsync("validate", "good.jsonl", "--format", "jsonl");
        PolevResult limited = await _sandbox.RunAsync("validate", "messy.jsonl", "--format", "jsonl", "--max-errors", "1");

        Assert.Equal((ExitCodes.Ok, ""), (valid.ExitCode, valid.Out));
        Assert.Equal(ExitCodes.InvalidData, limited.ExitCode);
        Assert.Equal([(2, "record.noSources"), (4, "json.syntax")], Read(limited, "jsonl").Select(static f => (f.Line ?? 0, f.Code)));
    }

    [Fact]
    public async Task Json_EndsEachFileWithItsVerdict_AfterItsFindings()
    {
        _sandbox.Write("messy.jsonl", Messy);

        PolevResult result = await _sandbox.RunAsync("validate", "messy.jsonl", "--format", "json", "--max-errors", "2");

        using JsonDocument report = JsonDocument.Parse(result.OutBytes);
        JsonElement file = report.RootElement.GetProperty("files")[0];
        Assert.Equal(["path", "errors", "valid", "records", "stopped"], file.EnumerateObject().Select(static p => p.Name));
        Assert.Equal((false, 2, true), (file.GetProperty("valid").GetBoolean(), file.GetProperty("records").GetInt32(), file.GetProperty("stopped").GetBoolean()));
    }

    /// <summary>A finding as any format shows it.</summary>
    private sealed record Shown(string File, int? Line, string Severity, string Code, string Pointer);

    private static List<Shown> Read(PolevResult result, string format)
    {
        switch (format)
        {
            case "text":
                return [.. result.OutLines[..^1].Select(static l =>
                {
                    // file:line: severity code pointer message (a file name may hold a colon; the fixtures' do not)
                    string[] head = l.Split(": ", 2);
                    int colon = head[0].LastIndexOf(':');
                    string[] parts = head[1].Split(' ', 4);
                    string line = head[0][(colon + 1)..];
                    return new Shown(head[0][..colon], line == "-" ? null : int.Parse(line, System.Globalization.CultureInfo.InvariantCulture), parts[0], parts[1], parts[2] == "/" ? "" : parts[2]);
                })];
            case "json":
            {
                using JsonDocument report = JsonDocument.Parse(result.OutBytes);
                return [.. report.RootElement.GetProperty("files").EnumerateArray().SelectMany(static f => f.GetProperty("errors").EnumerateArray()
                    .Select(e => FromJson(f.GetProperty("path").GetString()!, e)).ToList())];
            }

            case "jsonl":
                return [.. result.OutLines.Select(static l =>
                {
                    using JsonDocument line = JsonDocument.Parse(l);
                    return FromJson(line.RootElement.GetProperty("file").GetString()!, line.RootElement);
                })];
            default:
            {
                using JsonDocument sarif = JsonDocument.Parse(result.OutBytes);
                return [.. sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(static r =>
                {
                    JsonElement physical = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                    var uri = new Uri(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!, UriKind.RelativeOrAbsolute);
                    string file = uri.IsAbsoluteUri ? uri.LocalPath : Uri.UnescapeDataString(uri.OriginalString);
                    int? line = physical.TryGetProperty("region", out JsonElement region) ? region.GetProperty("startLine").GetInt32() : null;
                    string level = r.GetProperty("level").GetString()!;
                    return new Shown(file, line, level == "note" ? "info" : level, r.GetProperty("ruleId").GetString()!, r.GetProperty("properties").GetProperty("pointer").GetString()!);
                })];
            }
        }

        static Shown FromJson(string file, JsonElement e)
            => new(file, e.TryGetProperty("line", out JsonElement line) ? line.GetInt32() : null, e.GetProperty("severity").GetString()!, e.GetProperty("code").GetString()!, e.GetProperty("path").GetString()!);
    }
}
