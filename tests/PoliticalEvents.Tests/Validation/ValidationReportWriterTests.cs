using System.Text;
using System.Text.Json;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Validation;

/// <summary><see cref="ValidationReportWriter"/> writes findings as they come, and the reports they make are whole.</summary>
public sealed class ValidationReportWriterTests
{
    private static Finding Warning(int line) => new()
    {
        Path = "",
        Code = ValidationCodes.RecordNoSources,
        Message = "The record has no sources.",
        Severity = Severity.Warning,
        Line = line,
        RecordId = $"person-{line}",
    };

    [Theory]
    [InlineData(ValidationReportFormat.Json)]
    [InlineData(ValidationReportFormat.JsonLines)]
    [InlineData(ValidationReportFormat.Sarif)]
    public void Findings_ReachTheStream_BeforeTheReportIsComplete(ValidationReportFormat format)
    {
        using var stream = new MemoryStream();
        using var report = new ValidationReportWriter(stream, format);
        report.StartInput("big.jsonl");
        long atHalf = 0;
        for (int i = 1; i <= 4000; i++)
        {
            report.WriteFinding(Warning(i));
            atHalf = i == 2000 ? stream.Length : atHalf;
        }

        long beforeEnd = stream.Length;
        report.EndInput(4000);
        report.Complete();

        // Held back, 4,000 findings would all arrive at Complete: the writer hands them on in pieces of 64 KiB at most.
        Assert.True(atHalf > 0 && beforeEnd > atHalf, $"{atHalf} bytes after 2,000 findings, {beforeEnd} after 4,000");
        Assert.True(stream.Length - beforeEnd < (1 << 17), $"{stream.Length - beforeEnd} bytes were held back");
    }

    [Fact]
    public void JsonLines_IsOneFindingALine_NamingItsFile()
    {
        using var stream = new MemoryStream();
        using (var report = new ValidationReportWriter(stream, ValidationReportFormat.JsonLines))
        {
            report.StartInput("a.jsonl");
            report.WriteFinding(Warning(2));
            report.EndInput(3);
            report.StartInput("b.jsonl");
            report.EndInput(1);
            report.StartInput("c d.jsonl");
            report.WriteFinding(Warning(7) with { Severity = Severity.Error, Column = 12 });
            report.EndInput(7);
            report.Complete();
        }

        string[] lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("", lines[2]);
        Assert.Equal("""{"file":"a.jsonl","path":"","code":"record.noSources","message":"The record has no sources.","severity":"warning","line":2,"recordId":"person-2"}""", lines[0]);
        Assert.Equal("""{"file":"c d.jsonl","path":"","code":"record.noSources","message":"The record has no sources.","severity":"error","line":7,"column":12,"recordId":"person-7"}""", lines[1]);
    }

    [Fact]
    public void Json_OfAValidationReport_IsTheSameAsWrittenFindingByFinding()
    {
        Finding[] findings = [Warning(2), Warning(5) with { Severity = Severity.Error }];
        var inputs = new ValidatedInput[]
        {
            new() { Path = "a.jsonl", Result = new ValidationResult(findings), Records = 5, Stopped = true },
            new() { Path = "b.json", Result = ValidationResult.Valid, Records = 0 },
        };
        using var whole = new MemoryStream();
        new ValidationReport(inputs).WriteJson(whole);

        using var streamed = new MemoryStream();
        using (var report = new ValidationReportWriter(streamed, ValidationReportFormat.Json))
        {
            foreach (ValidatedInput input in inputs)
            {
                report.StartInput(input.Path);
                foreach (Finding finding in input.Result.Findings)
                {
                    report.WriteFinding(finding);
                }

                report.EndInput(input.Records, input.Stopped);
            }

            report.Complete();
        }

        Assert.Equal(Encoding.UTF8.GetString(whole.ToArray()), Encoding.UTF8.GetString(streamed.ToArray()));
        using JsonDocument parsed = JsonDocument.Parse(whole.ToArray());
        JsonElement first = parsed.RootElement.GetProperty("files")[0];
        Assert.Equal((false, 5, true, 2), (first.GetProperty("valid").GetBoolean(), first.GetProperty("records").GetInt32(), first.GetProperty("stopped").GetBoolean(), first.GetProperty("errors").GetArrayLength()));
        Assert.True(parsed.RootElement.GetProperty("files")[1].GetProperty("valid").GetBoolean());
    }

    [Theory]
    [InlineData("data/prisoners list.jsonl", "data/prisoners%20list.jsonl")]
    [InlineData("-", "-")]
    [InlineData("ä#?.json", "%C3%A4%23%3F.json")]
    [InlineData("/srv/data/a b.json", "file:///srv/data/a%20b.json")]
    public void Sarif_NamesTheFile_ByAUriReference(string path, string uri)
    {
        using var stream = new MemoryStream();
        using (var report = new ValidationReportWriter(stream, ValidationReportFormat.Sarif, "9.9.9"))
        {
            report.StartInput(path);
            report.WriteFinding(Warning(3));
            report.EndInput(3);
            report.Complete();
        }

        using JsonDocument sarif = JsonDocument.Parse(stream.ToArray());
        JsonElement run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("9.9.9", run.GetProperty("tool").GetProperty("driver").GetProperty("version").GetString());
        JsonElement result = run.GetProperty("results")[0];
        Assert.Equal(uri, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(("record.noSources", "warning", "person-3"), (result.GetProperty("ruleId").GetString(), result.GetProperty("level").GetString(), result.GetProperty("properties").GetProperty("recordId").GetString()));
    }

    [Fact]
    public void MisusedInOrder_Throws()
    {
        using var stream = new MemoryStream();
        using var report = new ValidationReportWriter(stream, ValidationReportFormat.Json);
        Assert.Throws<InvalidOperationException>(() => report.WriteFinding(Warning(1)));
        report.StartInput("a");
        Assert.Throws<InvalidOperationException>(() => report.StartInput("b"));
        Assert.Throws<InvalidOperationException>(() => report.Complete());
        Assert.Throws<ArgumentException>(() => new ValidationReportWriter(new Utf8JsonWriter(Stream.Null), ValidationReportFormat.JsonLines));
    }
}
