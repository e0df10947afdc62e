using System.Text;
using System.Text.Json;
using CsCheck;
using PoliticalEvents.Cli;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Tests.Redaction;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

public sealed class RedactCommandTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    // The redaction sample with Anna Example (person-a) confidential, as a document.
    private static string MarkedDocument()
        => PoliticalEventsJson.ToJson(RedactionSample.Marked(Confidentiality.Confidential, "person-a"));

    private static string[] ErrorLines(PolevResult result) => result.Error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private Dataset ReadOutput(string name) => PoliticalEventsJson.ReadDataset(_sandbox.Read(name)).GetValueOrThrow();

    private static async Task<Dataset> ReadLinesAsync(byte[] bytes)
    {
        (Dataset? dataset, IReadOnlyList<Finding> errors) = await JsonLines.ReadDatasetAsync(new MemoryStream(bytes));
        Assert.Empty(errors);
        return dataset!;
    }

    [Fact]
    public async Task PublicExample_IsWrittenUnchanged_AndSaysThereWasNothingToRemove()
    {
        PolevResult result = await _sandbox.RunAsync("redact", PolevSandbox.Belarus, "public.json", "--profile", "public");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(PolevSandbox.ExampleBytes(PolevSandbox.Belarus), _sandbox.Read("public.json"));
        Assert.Empty(result.OutBytes);
        Assert.Equal("polev: public.json: 22 record(s) written, 0 left out (profile public); nothing to remove.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task MarkedDataset_WritesWhatTheLibraryWrites_AndSummarisesByCode_NamingNoOne()
    {
        _sandbox.Write("marked.json", MarkedDocument());

        PolevResult result = await _sandbox.RunAsync("redact", "marked.json", "public.json", "--profile", "public");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Dataset expected = Redactor.Redact(RedactionSample.Marked(Confidentiality.Confidential, "person-a"), RedactionProfile.Public, RedactionSample.Options).Dataset!;
        Assert.Equal(PoliticalEventsJson.ToJson(expected), Encoding.UTF8.GetString(_sandbox.Read("public.json")));
        Assert.Equal(
            [
                "polev: public.json: 12 record(s) written, 3 left out (profile public):",
                "  record.dropped.confidential       1",
                "  record.dropped.dangling           2",
                "  entry.removed.dangling            1",
                "  field.removed.affiliations        1",
                "  field.removed.birthDate           1",
                "  field.removed.conditions          1",
                "  field.removed.identifiers         1",
                "  field.removed.notes               3",
                "  field.removed.placements          1",
                "  field.removed.sources             3",
                "polev: 1 anonymous person(s): redaction cannot see their names in ids, in the sources of releases and measures that name them, or in records that do not reference them; check that none is there (docs/redaction.md).",
            ],
            ErrorLines(result));
        Assert.DoesNotContain("person-a", result.Error);
        Assert.DoesNotContain("Anna", result.Error);
    }

    [Fact]
    public async Task Report_ListsEveryEntryWithItsPlace_AndTheCounts()
    {
        _sandbox.Write("marked.json", MarkedDocument());

        PolevResult result = await _sandbox.RunAsync("redact", "marked.json", "public.jsonl", "--profile", "public", "--report", "removed.json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using JsonDocument report = JsonDocument.Parse(_sandbox.Read("removed.json"));
        JsonElement root = report.RootElement;
        Assert.Equal(["profile", "input", "output", "records", "passes", "counts", "entries"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("public", "marked.json", "public.jsonl", 1), (root.GetProperty("profile").GetString(), root.GetProperty("input").GetString(), root.GetProperty("output").GetString(), root.GetProperty("passes").GetInt32()));
        Assert.Equal((15, 12, 3), (root.GetProperty("records").GetProperty("read").GetInt32(), root.GetProperty("records").GetProperty("written").GetInt32(), root.GetProperty("records").GetProperty("dropped").GetInt32()));
        JsonElement first = root.GetProperty("entries")[0];
        Assert.Equal(["code", "path", "recordId", "line", "message"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("record.dropped.confidential", "/records/5", "person-a"), (first.GetProperty("code").GetString(), first.GetProperty("path").GetString(), first.GetProperty("recordId").GetString()));
        // The line on which the record begins: its "{", two lines above its "id" in the indented document.
        int idLine = MarkedDocument().Split('\n').ToList().FindIndex(l => l.Contains("\"id\": \"person-a\"", StringComparison.Ordinal)) + 1;
        Assert.Equal(idLine - 2, first.GetProperty("line").GetInt32());
        Assert.Equal(root.GetProperty("counts").EnumerateObject().Sum(c => c.Value.GetInt32()), root.GetProperty("entries").GetArrayLength());
        Assert.Equal(3, root.GetProperty("entries").EnumerateArray().Count(e => e.GetProperty("code").GetString()!.StartsWith("record.dropped.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task JsonLinesInReverse_TakesMorePasses_AndWritesTheSameRecords()
    {
        Dataset marked = RedactionSample.Marked(Confidentiality.Confidential, "person-a");
        using var lines = new MemoryStream();
        await JsonLines.WriteAsync(lines, marked with { Records = [.. marked.Records.Reverse()] });
        _sandbox.Write("reversed.jsonl", lines.ToArray());

        PolevResult result = await _sandbox.RunAsync("redact", "reversed.jsonl", "public.jsonl", "--profile", "public", "--report", "removed.json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("polev: public.jsonl: 12 record(s) written, 3 left out (profile public, 3 passes over the input):\n", result.Error.ReplaceLineEndings("\n"));
        Dataset output = await ReadLinesAsync(_sandbox.Read("public.jsonl"));
        Dataset expected = Redactor.Redact(marked, RedactionProfile.Public, RedactionSample.Options).Dataset!;
        Assert.Equal(expected.Records.Reverse(), output.Records);
        using JsonDocument report = JsonDocument.Parse(_sandbox.Read("removed.json"));
        JsonElement entry = report.RootElement.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "record.dropped.confidential");
        Assert.Equal(("", 11), (entry.GetProperty("path").GetString(), entry.GetProperty("line").GetInt32()));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    public async Task StandardInputToStandardOutput_WritesWhatAFileRedactionWrites(string to)
    {
        _sandbox.Write("marked.json", MarkedDocument());
        string file = $"public.{to}";
        await _sandbox.RunAsync("redact", "marked.json", file, "--profile", "public");

        PolevResult result = await _sandbox.RunWithInputAsync(MarkedDocument(), "redact", "-", "-", "--profile", "public", "--to", to);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(_sandbox.Read(file), result.OutBytes);
        Assert.StartsWith("polev: standard output: 12 record(s) written, 3 left out", result.Error);
    }

    [Fact]
    public async Task Compact_WritesTheDocumentOnOneLine()
    {
        _sandbox.Write("marked.json", MarkedDocument());

        PolevResult result = await _sandbox.RunAsync("redact", "marked.json", "public.json", "--profile", "public", "--compact");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        string text = Encoding.UTF8.GetString(_sandbox.Read("public.json"));
        Assert.Equal(text.Length - 1, text.IndexOf('\n', StringComparison.Ordinal));
        Assert.Equal(12, ReadOutput("public.json").Records.Count);
    }

    [Fact]
    public async Task InvalidInput_IsRefused_NothingIsWritten_AndAnExistingOutputStays()
    {
        _sandbox.Write("bad.json", PolevSandbox.Document(",\n      \"birthDate\": \"2021-02-30\""));
        _sandbox.Write("public.json", "previous content\n");
        string[] before = _sandbox.Files();

        PolevResult result = await _sandbox.RunAsync("redact", "bad.json", "public.json", "--profile", "public", "--report", "removed.json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal(before, _sandbox.Files());
        Assert.Equal("previous content\n", Encoding.UTF8.GetString(_sandbox.Read("public.json")));
        string[] errors = ErrorLines(result);
        Assert.StartsWith("bad.json:10: error date.notReal /records/0/birthDate ", errors[0]);
        Assert.Equal("polev: bad.json: not redacted: the input has 1 error(s); only valid input is redacted, so that the output is valid too.", errors[1]);
        Assert.DoesNotContain(PolevSandbox.SecretName, result.Error);
    }

    [Fact]
    public async Task InvalidJsonLinesOnStandardInput_WritesNothingToStandardOutput()
    {
        PolevResult result = await _sandbox.RunWithInputAsync(PolevSandbox.Lines(PolevSandbox.BadDateLine), "redact", "-", "-", "--profile", "public", "--to", "jsonl");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Empty(result.OutBytes);
        Assert.Contains("-:3: error date.notReal /birthDate ", result.Error);
        Assert.DoesNotContain(PolevSandbox.SecretName, result.Error);
    }

    [Fact]
    public async Task JsonLinesWithoutHeader_CannotBecomeADocument_ButCanStayJsonLines()
    {
        _sandbox.Write("bare.jsonl", string.Join('\n', PolevSandbox.Lines().Split('\n').Skip(1)));

        PolevResult document = await _sandbox.RunAsync("redact", "bare.jsonl", "public.json", "--profile", "public");
        PolevResult lines = await _sandbox.RunAsync("redact", "bare.jsonl", "public.jsonl", "--profile", "public");

        Assert.Equal(ExitCodes.InvalidData, document.ExitCode);
        Assert.Contains("not redacted: a dataset document needs a title and format version", document.Error);
        Assert.DoesNotContain("public.json", _sandbox.Files());
        Assert.Equal(ExitCodes.Ok, lines.ExitCode);
        Assert.Equal(3, Encoding.UTF8.GetString(_sandbox.Read("public.jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("needs --profile, for whom the output is: public", PolevSandbox.Belarus, "out.json")]
    [InlineData("Unknown profile 'Public': the profiles are public", PolevSandbox.Belarus, "out.json", "--profile", "Public")]
    [InlineData("redact needs an input and an output", PolevSandbox.Belarus, "--profile", "public")]
    [InlineData("Writing to standard output needs --to json|jsonl", PolevSandbox.Belarus, "-", "--profile", "public")]
    [InlineData("out.txt: cannot tell the format from the extension", PolevSandbox.Belarus, "out.txt", "--profile", "public")]
    [InlineData("--report needs a file", PolevSandbox.Belarus, "out.json", "--profile", "public", "--report", "-")]
    [InlineData("belarus-2025.json: is the input; polev never replaces what it reads", PolevSandbox.Belarus, PolevSandbox.Belarus, "--profile", "public")]
    [InlineData("--report and the output are the same file", PolevSandbox.Belarus, "out.json", "--profile", "public", "--report", "out.json")]
    [InlineData("--report belarus-2025.json: is the input; polev never replaces what it reads", PolevSandbox.Belarus, "out.json", "--profile", "public", "--report", PolevSandbox.Belarus)]
    [InlineData("missing.json: no such file", "missing.json", "out.json", "--profile", "public")]
    [InlineData("nowhere/out.json: no such directory", PolevSandbox.Belarus, "nowhere/out.json", "--profile", "public")]
    [InlineData("Unknown option --force for redact", PolevSandbox.Belarus, "out.json", "--profile", "public", "--force")]
    public async Task UsageAndInputErrors_ExitWithUsageError_AndWriteNothing(string message, params string[] arguments)
    {
        string[] before = _sandbox.Files();

        PolevResult result = await _sandbox.RunAsync(["redact", .. arguments]);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Empty(result.OutBytes);
        Assert.Equal(before, _sandbox.Files());
    }

    [Fact]
    public async Task AnyGeneratedDataset_InAnyOrder_TheToolWritesWhatTheLibraryWrites()
    {
        await RecordGenerators.RedactionDataset.SampleAsync(
            async sample =>
            {
                using var sandbox = new PolevSandbox();
                using var lines = new MemoryStream();
                await JsonLines.WriteAsync(lines, sample.Dataset);
                sandbox.Write("input.jsonl", lines.ToArray());

                PolevResult result = await sandbox.RunAsync("redact", "input.jsonl", "public.jsonl", "--profile", "public");

                Assert.Equal(ExitCodes.Ok, result.ExitCode);
                Dataset expected = Redactor.Redact(sample.Dataset, RedactionProfile.Public, RedactionSample.Options).Dataset!;
                Dataset output = await ReadLinesAsync(sandbox.Read("public.jsonl"));
                Assert.Equal(expected, output);
            },
            iter: 40,
            print: s => s.ToString());
    }
}
