using System.Text;
using NodaTime;
using PoliticalEvents.Cli;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Statistics;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary>The JSON reports polev prints are the library's: an application hosting the library writes the same bytes.</summary>
public sealed class ReportJsonTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Validate_PrintsWhatValidationReportWrites()
    {
        // A document that reads but breaks rules (a warning and an error, with lines), and JSON Lines with a bad line.
        string document = _sandbox.Write("broken.json", """
            {"formatVersion":"1.0","title":"T","records":[
              {"type":"person","id":"p-1","name":"Ä"},
              {"type":"detention","id":"d-1","subjectId":"p-2","country":"BY","startedOn":"2021","status":"ongoing"}
            ]}
            """);
        string lines = _sandbox.Write("lines.jsonl", "{\"type\":\"person\",\"id\":\"p-1\",\"name\":\"A\"}\n{\"type\":\"person\"}\n");

        PolevResult result = await _sandbox.RunAsync("validate", "--format", "json", document, lines);

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        ValidationResult fromDocument = DatasetValidator.ValidateDocument(_sandbox.Read(document));
        ValidationResult fromLines;
        await using (FileStream input = File.OpenRead(_sandbox.PathOf(lines)))
        {
            fromLines = await DatasetValidator.ValidateJsonLinesAsync(input);
        }

        var report = new ValidationReport(
        [
            new ValidatedInput { Path = document, Result = fromDocument, Records = 2 },
            new ValidatedInput { Path = lines, Result = fromLines, Records = 1 },
        ]);
        using var written = new MemoryStream();
        report.WriteJson(written);

        Assert.False(report.Succeeded);
        Assert.Contains(fromDocument.Findings, f => f.Severity == Severity.Error && f.Line is not null);
        Assert.Equal(result.Out, Encoding.UTF8.GetString(written.ToArray()));
    }

    [Fact]
    public async Task Stats_PrintsWhatDatasetSummaryWrites()
    {
        PolevResult result = await _sandbox.RunAsync("stats", PolevSandbox.Belarus, "--as-of", "2025-12-31", "--format", "json");

        var statistics = new DatasetStatistics(new LocalDate(2025, 12, 31));
        foreach (Record record in PoliticalEventsJson.ReadDataset(_sandbox.Read(PolevSandbox.Belarus)).GetValueOrThrow().Records)
        {
            statistics.Add(record);
        }

        using var written = new MemoryStream();
        statistics.Summarize().WriteJson(written, PolevSandbox.Belarus);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(result.Out, Encoding.UTF8.GetString(written.ToArray()));
    }

    [Fact]
    public async Task Redact_WritesTheReportRedactionReportWrites()
    {
        // Records in reverse order, so that the redaction takes more than one pass; lines are known for JSON Lines.
        Dataset marked = Tests.Redaction.RedactionSample.Marked(Confidentiality.Confidential, "person-a");
        string input = "marked.jsonl";
        await using (FileStream file = File.Create(_sandbox.PathOf(input)))
        {
            await JsonLines.WriteAsync(file, marked with { Records = [.. marked.Records.Reverse()] });
        }

        PolevResult result = await _sandbox.RunAsync("redact", input, "public.jsonl", "--profile", "public", "--report", "removed.json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);

        var redactor = new StreamingRedactor(RedactionProfile.Public);
        List<Finding> findings;
        do
        {
            findings = [];
            await using FileStream file = File.OpenRead(_sandbox.PathOf(input));
            await foreach (JsonLinesEntry line in JsonLines.ReadAsync(file))
            {
                if (line.Record is { } record)
                {
                    findings.AddRange(redactor.Redact(record, line: line.LineNumber).Findings);
                }
            }
        }
        while (!redactor.EndPass());

        using var written = new MemoryStream();
        RedactionReport.WriteJson(written, redactor, findings, input, "public.jsonl");

        Assert.True(redactor.Pass > 1);
        Assert.All(findings, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Equal(Encoding.UTF8.GetString(_sandbox.Read("removed.json")), Encoding.UTF8.GetString(written.ToArray()));
    }

    [Fact]
    public void RedactionReport_OfAWholeDataset_WritesItsFindingsInOrder()
    {
        RedactionResult result = Redactor.Redact(Tests.Redaction.RedactionSample.Marked(Confidentiality.Confidential, "person-a"), RedactionProfile.Public);
        using var written = new MemoryStream();
        result.Report!.WriteJson(written, "in.json", "out.json");

        using var json = System.Text.Json.JsonDocument.Parse(written.ToArray());
        System.Text.Json.JsonElement root = json.RootElement;
        Assert.Equal(["profile", "input", "output", "records", "passes", "counts", "entries"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(result.Report.Findings.Select(f => (f.Code, f.Path, f.RecordId)),
            root.GetProperty("entries").EnumerateArray().Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("path").GetString()!, e.GetProperty("recordId").GetString())));
        Assert.Equal(result.Report.RecordsDropped, root.GetProperty("records").GetProperty("dropped").GetInt32());
        Assert.EndsWith("}\n", Encoding.UTF8.GetString(written.ToArray()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FtmExport_WritesTheReportFtmReportWrites(bool keepFindings)
    {
        PolevResult result = await _sandbox.RunAsync("export", "--to", "ftm", PolevSandbox.Belarus, "belarus.ftm.json", "--report", "losses.json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);

        var passed = new List<Finding>();
        var report = new FtmReport(passed.Add, keepFindings);
        Dataset dataset = PoliticalEventsJson.ReadDataset(_sandbox.Read(PolevSandbox.Belarus)).GetValueOrThrow();
        await FtmExporter.ExportAsync(() => dataset.Records.ToAsyncEnumerable(), new MemoryStream(), report);
        using var written = new MemoryStream();
        report.WriteJson(written, "export --to ftm", PolevSandbox.Belarus, "belarus.ftm.json", keepFindings ? null : passed);

        Assert.NotEmpty(passed);
        Assert.All(passed, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Equal(Encoding.UTF8.GetString(_sandbox.Read("losses.json")), Encoding.UTF8.GetString(written.ToArray()));
    }

    [Fact]
    public async Task FtmImport_WritesTheReportFtmReportWrites_PropertiesAsColumnNames()
    {
        string input = _sandbox.Write("entities.ftm.json", string.Join("\n",
            """{"id":"p-1","schema":"Person","properties":{"name":["A"],"birthPlace":["X"],"weakAlias":["B","C"]}}""",
            """{"id":"o-1","schema":"Organization","properties":{"name":["O"],"email":["x@example.org"]}}""",
            """{"id":"m-1","schema":"Membership","properties":{"member":["p-1"],"organization":["o-9"]}}""") + "\n");

        PolevResult result = await _sandbox.RunAsync("import", "--from", "ftm", input, "out.jsonl", "--report", "skipped.json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);

        var report = new FtmReport();
        await using (FileStream file = File.OpenRead(_sandbox.PathOf(input)))
        {
            await foreach (Record _ in FtmImporter.ImportAsync(file, report))
            {
            }
        }

        using var written = new MemoryStream();
        report.WriteJson(written, "import --from ftm", input, "out.jsonl");

        Finding birthPlace = Assert.Single(report.Findings, f => f.ColumnName == "birthPlace");
        Assert.Equal(("p-1", string.Empty, 1), (birthPlace.RecordId, birthPlace.Path, birthPlace.Line));
        Assert.Equal(Encoding.UTF8.GetString(_sandbox.Read("skipped.json")), Encoding.UTF8.GetString(written.ToArray()));
    }
}
