using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PoliticalEvents.Cli;
using PoliticalEvents.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

public sealed class StatsCommandTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private static JsonElement Json(PolevResult result)
    {
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        using JsonDocument document = JsonDocument.Parse(result.OutBytes);
        return document.RootElement.Clone();
    }

    private static int Count(JsonElement root, params string[] path)
        => path.Aggregate(root, (element, name) => element.GetProperty(name)).GetInt32();

    [Fact]
    public async Task Text_Belarus_EverySectionWithAlignedCounts()
    {
        PolevResult result = await _sandbox.RunAsync("stats", PolevSandbox.Belarus, "--as-of", "2025-12-31");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Equal(
            """
            Records            count
              person               4
              organization         7
              detention            3
              release              2
              sanctionMeasure      2
              link                 2
              facility             1
              proceeding           1
              total               22

            Detentions by country  ongoing  ended  unknown  total
              BY                         0      3        0      3
              total                      0      3        0      3

            Releases by kind  releases  people named  people reported  with a count
              pardon                 2             4              175             2
              total                  2             4              175             2

            Sanction measures by imposer  measures
              org-us-ofac                        2
              total                              2

            Sanction measures by kind  measures
              assetFreeze                     2
              total                           2

            Sanction measures by status on 2025-12-31  measures
              active                                          0
              eased                                           1
              suspended                                       0
              ended                                           1
              notYetInForce                                   0
              total                                           2

            Proceedings by country  proceedings  no verdict  defendants  convicted  acquitted  dismissed  other  not yet
              BY                              1           0           1          1          0          0      0        0
              total                           1           0           1          1          0          0      0        0

            """.ReplaceLineEndings("\n"),
            result.Out);
    }

    [Fact]
    public async Task Text_EveryTableRowAsWideAsItsHeader()
    {
        // A long imposer id widens its table: every row must still line up under the headers.
        _sandbox.Write("wide.jsonl", string.Join('\n',
            """{"type":"sanctionMeasure","id":"s1","imposedById":"org-a-very-long-organization-identifier-indeed","kind":"travelBan","targets":[{"country":"BY"}],"history":[{"action":"imposed","on":"2020"}]}""",
            """{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing"}""") + "\n");

        PolevResult result = await _sandbox.RunAsync("stats", "wide.jsonl", "--as-of", "2025-01-01");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        string[] tables = result.Out.TrimEnd('\n').Split("\n\n");
        Assert.Equal(6, tables.Length);
        foreach (string table in tables)
        {
            string[] lines = table.Split('\n');
            Assert.All(lines, line => Assert.Equal(lines[0].Length, line.Length));
        }

        Assert.Contains("\n  org-a-very-long-organization-identifier-indeed         1\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_TunisiaLines_CountsTheOngoingDetention()
    {
        PolevResult result = await _sandbox.RunAsync("stats", PolevSandbox.Tunisia, "--as-of", "2025-12-31");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("\n  TN                         1      0        0      1\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\n  total                4\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_Belarus_IsTheDocumentedExample()
    {
        Directory.CreateDirectory(_sandbox.PathOf("examples"));
        _sandbox.Write("examples/belarus-2025.json", PolevSandbox.ExampleBytes(PolevSandbox.Belarus));

        PolevResult result = await _sandbox.RunAsync("stats", "examples/belarus-2025.json", "--as-of", "2025-11-30", "--format", "json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        string docs = File.ReadAllText(RepoPaths.File("docs/stats.md")).ReplaceLineEndings("\n");
        Assert.Contains("```json\n" + result.Out + "```", docs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_TunisiaLines_CountsAndEmptyBreakdowns()
    {
        JsonElement root = Json(await _sandbox.RunAsync("stats", PolevSandbox.Tunisia, "--as-of", "2025-12-31", "--format", "json"));

        Assert.Equal(PolevSandbox.Tunisia, root.GetProperty("path").GetString());
        Assert.Equal("2025-12-31", root.GetProperty("asOf").GetString());
        Assert.Equal(4, Count(root, "records", "total"));
        Assert.Equal(1, Count(root, "records", "person"));
        Assert.Equal(2, Count(root, "records", "organization"));
        Assert.Equal(1, Count(root, "detentions", "byCountry", "TN", "ongoing"));
        Assert.Equal(0, Count(root, "detentions", "byCountry", "TN", "ended"));
        Assert.Equal(0, Count(root, "releases", "total", "peopleNamed"));
        Assert.Empty(root.GetProperty("releases").GetProperty("byKind").EnumerateObject());
        Assert.Empty(root.GetProperty("sanctions").GetProperty("byImposer").EnumerateObject());
        Assert.Equal(0, Count(root, "sanctions", "measures"));
    }

    [Theory]
    [InlineData("2025-12-12", 1, 0)]
    [InlineData("2025-12-13", 0, 1)]
    public async Task AsOf_AroundTheBelaruskaliEasing_ChangesStatuses(string asOf, int active, int eased)
    {
        JsonElement root = Json(await _sandbox.RunAsync("stats", PolevSandbox.Belarus, "--as-of", asOf, "--format", "json"));

        Assert.Equal(asOf, root.GetProperty("asOf").GetString());
        Assert.Equal(active, Count(root, "sanctions", "byStatus", "active"));
        Assert.Equal(eased, Count(root, "sanctions", "byStatus", "eased"));
        Assert.Equal(1, Count(root, "sanctions", "byStatus", "ended"));
    }

    [Fact]
    public async Task AsOf_BeforeAnySanction_NotYetInForce()
    {
        PolevResult result = await _sandbox.RunAsync("stats", PolevSandbox.Belarus, "--as-of", "2020-01-01");

        Assert.Contains("\n  notYetInForce                                   2\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\n  active                                          0\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsOf_Absent_IsTodayUtc()
    {
        LocalDate before = SystemClock.Instance.GetCurrentInstant().InUtc().Date;
        JsonElement root = Json(await _sandbox.RunAsync("stats", PolevSandbox.Belarus, "--format", "json"));
        LocalDate after = SystemClock.Instance.GetCurrentInstant().InUtc().Date;

        string? asOf = root.GetProperty("asOf").GetString();
        Assert.Contains(asOf, new[] { before, after }.Select(LocalDatePattern.Iso.Format));
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("2025-02-30")]
    [InlineData("2025-12")]
    [InlineData("31.12.2025")]
    [InlineData("")]
    public async Task AsOf_NotADate_ExitsWithUsageError(string asOf)
    {
        PolevResult result = await _sandbox.RunAsync("stats", PolevSandbox.Belarus, "--as-of", asOf);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Empty(result.OutBytes);
        Assert.Contains("--as-of must be a calendar date YYYY-MM-DD", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableLines_ExitsWithInvalidData_PrintingErrorsLikeValidate()
    {
        _sandbox.Write("people.jsonl", PolevSandbox.Lines(PolevSandbox.BadDateLine) + "{\"type\":\"person\"}\n");

        PolevResult result = await _sandbox.RunAsync("stats", "people.jsonl");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Empty(result.OutBytes);
        string[] lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("people.jsonl:3: error date.notReal /birthDate ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("people.jsonl:5: error required / ", lines[1], StringComparison.Ordinal);
        Assert.Equal("polev: people.jsonl: cannot be read as a dataset; no statistics written.", lines[2]);
        Assert.Equal(3, lines.Length);
        Assert.DoesNotContain(PolevSandbox.SecretName, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableDocument_ExitsWithInvalidData_PrintingErrorsLikeValidate()
    {
        _sandbox.Write("bad.json", PolevSandbox.Document(""","birthDate": "2021-02-30" """));

        PolevResult result = await _sandbox.RunAsync("stats", "bad.json");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Empty(result.OutBytes);
        Assert.StartsWith("bad.json:9: error date.notReal /records/0/birthDate ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(PolevSandbox.SecretName, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyLines_ExitsWithInvalidData()
    {
        _sandbox.Write("empty.jsonl", "");

        PolevResult result = await _sandbox.RunAsync("stats", "empty.jsonl");

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.StartsWith("empty.jsonl:1: error jsonLines.empty / ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadableButInvalidData_IsCounted()
    {
        // The subject does not resolve and there are no sources: validate complains, stats counts what is there.
        _sandbox.Write("dangling.jsonl", """{"type":"detention","id":"d1","subjectId":"nobody","country":"BY","startedOn":"2020","status":"unknown"}""" + "\n");

        PolevResult result = await _sandbox.RunAsync("stats", "dangling.jsonl", "--format", "json");

        Assert.Equal(1, Count(Json(result), "detentions", "byCountry", "BY", "unknown"));
        Assert.Equal(ExitCodes.InvalidData, (await _sandbox.RunAsync("validate", "dangling.jsonl")).ExitCode);
    }

    [Fact]
    public async Task Text_TargetsWithTheirOwnDates_TablesOfTargets()
    {
        // Format 1.1: one target delisted in 2024-05, one listed on or before 2025-11-30, a sector of one country.
        _sandbox.Write("targets.jsonl", """{"type":"sanctionMeasure","id":"m1","imposedById":"org-eu","kind":"travelBan","targets":[{"actorId":"p1","listedOn":"2020-06-01","delistedOn":"2024-05"},{"actorId":"p2","listedOn":"../2025-11-30"},{"sector":"aviation","country":"BY"}],"history":[{"action":"imposed","on":"2020-06-01"}]}""" + "\n");

        PolevResult result = await _sandbox.RunAsync("stats", "targets.jsonl", "--as-of", "2025-06-01");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(
            """
            Sanction targets by status on 2025-06-01  targets
              active                                        1
              eased                                         0
              suspended                                     0
              ended                                         1
              notYetInForce                                 1
              total                                         3

            Sanction targets delisted by 2025-06-01, by imposer  targets
              org-eu                                                   1
              total                                                    1
            """.ReplaceLineEndings("\n"),
            result.Out.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_TargetsWithoutDates_NoTableOfTargets()
    {
        PolevResult result = await _sandbox.RunAsync("stats", PolevSandbox.Belarus, "--as-of", "2025-12-31");

        Assert.DoesNotContain("Sanction targets", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_ExitsWithUsageError()
    {
        PolevResult result = await _sandbox.RunAsync("stats", "nowhere.json");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Empty(result.OutBytes);
        Assert.Contains("nowhere.json: no such file", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData(PolevSandbox.Belarus, PolevSandbox.Tunisia)]
    public async Task NotExactlyOnePath_ExitsWithUsageError(params string[] paths)
    {
        PolevResult result = await _sandbox.RunAsync(["stats", .. paths]);

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Empty(result.OutBytes);
        Assert.Contains("stats takes exactly one file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownFormat_ExitsWithUsageError()
    {
        PolevResult result = await _sandbox.RunAsync("stats", PolevSandbox.Belarus, "--format", "csv");

        Assert.Equal(ExitCodes.UsageOrIo, result.ExitCode);
        Assert.Contains("--format must be one of text, json", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PolevSandbox.Tunisia, "--from", "jsonl")]
    [InlineData(PolevSandbox.Tunisia)]
    [InlineData(PolevSandbox.Belarus, "--from", "json")]
    [InlineData(PolevSandbox.Belarus)]
    public async Task Stdin_CountedLikeTheFile(string example, params string[] from)
    {
        PolevResult fromFile = await _sandbox.RunAsync("stats", example, "--as-of", "2025-12-31");

        PolevResult fromStdin = await _sandbox.RunWithInputAsync(PolevSandbox.ExampleBytes(example), ["stats", "-", "--as-of", "2025-12-31", .. from]);

        Assert.Equal(ExitCodes.Ok, fromStdin.ExitCode);
        Assert.Equal(fromFile.Out, fromStdin.Out);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public async Task Output_NamesNoPersonAndNoPersonId(string format)
    {
        PolevResult result = await _sandbox.RunAsync("stats", PolevSandbox.Belarus, "--format", format);
        var persons = PoliticalEventsJson.ReadDataset(PolevSandbox.ExampleBytes(PolevSandbox.Belarus)).GetValueOrThrow().Records.OfType<Person>().ToList();

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.NotEmpty(persons);
        foreach (Person person in persons)
        {
            Assert.DoesNotContain(person.Id.Value, result.Out, StringComparison.Ordinal);
            Assert.DoesNotContain(person.Name!, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_TeachesUsageAndHasAnExample()
    {
        PolevResult result = await _sandbox.RunAsync("stats", "--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("\nUsage:\n  polev stats <path> [options]\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\n  polev stats examples/belarus-2025.json\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("notYetInForce", result.Out, StringComparison.Ordinal);
        Assert.Contains("docs/stats.md", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToolHelp_ListsStats()
    {
        PolevResult result = await _sandbox.RunAsync("--help");

        Assert.Contains("\n  stats <path> ", result.Out, StringComparison.Ordinal);
        Assert.Contains("Commands: validate, convert, stats, redact, schema, export, import, report, completion.", (await _sandbox.RunAsync("stat")).Error, StringComparison.Ordinal);
    }
}
