using System.Text.Json;
using PoliticalEvents.Cli;
using PoliticalEvents.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary>
/// <c>polev redact</c> and <c>polev stats</c> on a dataset with mass detentions (format 1.1): the public profile keeps
/// their counts and sources, and the statistics count the people detained as a range.
/// </summary>
public sealed class MassDetentionCommandTests : IDisposable
{
    private readonly PolevSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    // A protest dispersal counted by two sources, one of whose detainees is known only as an anonymous person (what 1.0
    // data had to use as a placeholder for the whole event), and a raid elsewhere counted once.
    private const string Lines = """
        {"type":"dataset","formatVersion":"1.1","title":"Mass detentions"}
        {"type":"organization","id":"ngo","kind":"ngo","name":"Human Rights Centre Viasna","sources":[{"title":"About"}]}
        {"type":"person","id":"anon","anonymous":true,"sources":[{"title":"A list"}]}
        {"type":"detention","id":"det","subjectId":"anon","country":"BY","startedOn":"2020-08-09","status":"unknown","sources":[{"title":"A list"}],"notes":"Stands for the others."}
        {"type":"massDetention","id":"minsk","occurredOn":"2020-08-09","country":"BY","locality":"Minsk","counts":[{"value":3000,"qualifier":"approximate","by":"Ministry of Internal Affairs"},{"value":6700,"qualifier":"atLeast","by":"Human Rights Centre Viasna","byId":"ngo","asOf":"2020-08-12"}],"detentionIds":["det"],"sources":[{"url":"https://spring96.org/en/news/98654","title":"Mass detentions","quote":"at least 6,700"}]}
        {"type":"massDetention","id":"raid","occurredOn":"2022-02","country":"RU","counts":[{"value":120,"qualifier":"exact","by":"OVD-Info"}],"sources":[{"title":"Report"}]}

        """;

    [Fact]
    public async Task RedactPublic_KeepsTheCountsAndSourcesOfMassDetentions()
    {
        _sandbox.Write("mass.jsonl", Lines.ReplaceLineEndings("\n"));

        PolevResult result = await _sandbox.RunAsync("redact", "mass.jsonl", "public.json", "--profile", "public");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Dataset input = PoliticalEventsJson.ReadDataset(System.Text.Encoding.UTF8.GetBytes(JsonLinesAsDocument())).GetValueOrThrow();
        Dataset output = PoliticalEventsJson.ReadDataset(_sandbox.Read("public.json")).GetValueOrThrow();
        Assert.Equal(input.Records.OfType<MassDetention>(), output.Records.OfType<MassDetention>());
        MassDetention minsk = output.Records.OfType<MassDetention>().First();
        Assert.Equal([3000, 6700], minsk.Counts.Select(c => c.Value));
        Assert.Equal("at least 6,700", minsk.Sources[0].Quote);

        // The placeholder's detention loses its notes and sources, as before.
        Detention placeholder = Assert.Single(output.Records.OfType<Detention>());
        Assert.Equal((null, 0), (placeholder.Notes, placeholder.Sources.Count));
    }

    [Fact]
    public async Task Stats_Text_ShowsThePeopleDetainedAsARange()
    {
        _sandbox.Write("mass.jsonl", Lines.ReplaceLineEndings("\n"));

        PolevResult result = await _sandbox.RunAsync("stats", "mass.jsonl", "--as-of", "2025-12-31");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains(
            """
            Records            count
              person               1
              organization         1
              detention            1
              release              0
              sanctionMeasure      0
              link                 0
              massDetention        2
              total                5

            Detentions by country  ongoing  ended  unknown  total
              BY                         0      0        1      1
              total                      0      0        1      1

            Mass detentions by country  events  people (lowest)  people (highest)  detentions listed
              BY                             1             3000              6700                  1
              RU                             1              120               120                  0
              total                          2             3120              6820                  1

            Releases by kind
            """.ReplaceLineEndings("\n"),
            result.Out);
    }

    [Fact]
    public async Task Stats_Json_HasTheMassDetentions()
    {
        _sandbox.Write("mass.jsonl", Lines.ReplaceLineEndings("\n"));

        PolevResult result = await _sandbox.RunAsync("stats", "mass.jsonl", "--as-of", "2025-12-31", "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        using JsonDocument document = JsonDocument.Parse(result.OutBytes);
        JsonElement mass = document.RootElement.GetProperty("massDetentions");
        Assert.Equal(2, document.RootElement.GetProperty("records").GetProperty("massDetention").GetInt32());
        Assert.Equal("""{"events":2,"peopleLow":3120,"peopleHigh":6820,"detentionsListed":1}""", Compact(mass.GetProperty("total")));
        Assert.Equal("""{"events":1,"peopleLow":120,"peopleHigh":120,"detentionsListed":0}""", Compact(mass.GetProperty("byCountry").GetProperty("RU")));
    }

    [Fact]
    public async Task Stats_Text_Of10Data_HasNoMassDetentionTable()
    {
        PolevResult result = await _sandbox.RunAsync("stats", PolevSandbox.Belarus, "--as-of", "2025-12-31");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.DoesNotContain("Mass detentions", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("massDetention", result.Out, StringComparison.Ordinal);
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    // The same records as a dataset document, to compare with what the redaction wrote.
    private static string JsonLinesAsDocument()
    {
        string[] lines = Lines.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return $$"""{"formatVersion":"1.1","title":"Mass detentions","records":[{{string.Join(",", lines[1..])}}]}""";
    }
}
