using NodaTime;
using NodaTime.Text;
using PoliticalEvents.Redaction;
using PoliticalEvents.Reports;

namespace PoliticalEvents.Cli;

/// <summary><c>polev report</c>: a dataset as one self-contained HTML page (<see cref="HtmlReport"/>).</summary>
internal static class ReportCommand
{
    /// <summary>What the help of <c>polev report</c> says after its usage, arguments and options.</summary>
    public const string Details = """
        Writes one HTML page that opens offline in any browser and prints well: the
        dataset's title, publisher and day; counts by country and status (detained
        now, ended, deaths in custody, people counted in mass detentions), measures
        and targets by status, releases by kind; per country, for each detained
        person a timeline from detention to release (or to the report's day), with a
        date known only to the month or year drawn as the span it denotes, sentences,
        places held and where the person was sent; releases with the number announced
        against the people named; each sanction measure's life as lanes (per target
        with dates of its own), with the releases said to be tied to a step joined to
        it, and who asserts and who denies each tie; the links between records; and
        every item's sources, linked.

        Safe to share by default: the public redaction profile is applied first (as
        polev redact --profile public does: confidential records never appear,
        anonymous persons stay nameless); --profile none shows the dataset as it is,
        for the people who keep it. Every value is HTML-encoded; the page loads
        nothing (inline CSS and SVG, and a Content-Security-Policy that forbids
        remote loads) and needs no JavaScript (a small script only adds a
        filter).

        The input must be valid (polev validate): input with errors is refused and
        nothing is written. The page is written all or nothing.

        Exit codes:
          0  written
          1  the input has errors: nothing written
          2  usage error, or a file could not be read or written

        Examples:
          polev report examples/belarus-2025.json --out belarus.html
          polev report prisoners.jsonl --out prisoners.html --as-of 2025-12-31
        """;

    /// <summary>The command line of <c>polev report</c>.</summary>
    public static CommandSpec Spec { get; } = new(
        "report",
        "Write a dataset as one self-contained HTML page: overview, timelines, sources (public redaction by default).",
        [
            new("in", "The dataset (.json, .jsonl, .ndjson), or - for standard input."),
        ],
        [
            new("--out", "The HTML file to write (required).", ValueName: "report.html"),
            new("--profile", "The redaction applied first: public (the default) or none.", ValueName: "public|none", Completions: ["public", "none"]),
            new("--as-of", "The day ongoing detentions are drawn to and statuses derived on (default: today, UTC).", ValueName: "YYYY-MM-DD"),
            new("--from", "The input format, overriding the extension of <in>.", ValueName: "json|jsonl", Completions: ["json", "jsonl"]),
        ],
        Details,
        RunAsync);

    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(CommandLine line, CliConsole console)
    {
        if (line.Positional.Count != 1)
        {
            throw new UsageException("report needs one input (a dataset file, or - for standard input). See polev report --help.");
        }

        string inPath = line.Positional[0];
        string outPath = line.Option("--out") ?? throw new UsageException("report needs --out <report.html>. See polev report --help.");
        RedactionProfile? profile = line.Choice("--profile", "public", "public", "none") == "none" ? null : RedactionProfile.Public;
        LocalDate asOf = line.Option("--as-of") is { } day
            ? LocalDatePattern.Iso.Parse(day) is { Success: true } parsed ? parsed.Value : throw new UsageException("Option --as-of must be a date YYYY-MM-DD. See polev report --help.")
            : SystemClock.Instance.GetCurrentInstant().InUtc().Date;
        OutputTarget output = OutputTarget.Plan(console, outPath);
        OutputTarget.CheckDistinct(console, [inPath], (output, "--out"));

        (Stream stream, DataFormat format) = await DataFiles.OpenInputAsync(console, inPath, DataFiles.ParseFormatName(line.Option("--from"))).ConfigureAwait(false);
        var data = new LoadedData();
        var records = new List<Record>();
        await using (stream.ConfigureAwait(false))
        {
            await foreach (LocatedRecord record in LoadedData.ReadLocatedAsync(stream, format, data).ConfigureAwait(false))
            {
                records.Add(record.Record);
            }
        }

        if (data.HasErrors)
        {
            foreach (Finding error in data.Errors)
            {
                await console.Error.WriteLineAsync(Findings.FormatLine(inPath, error)).ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync($"polev: {Shown.Path(inPath)}: no report written: the input has {data.ErrorCount} error(s).").ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }

        Dataset dataset = (data.Metadata ?? new Dataset { Title = Path.GetFileName(inPath), Records = [] }) with { Records = records };
        await DataFiles.WriteAtomicallyAsync(console, output, target =>
        {
            HtmlReport.Write(dataset, target, new HtmlReportOptions { AsOf = asOf, Profile = profile });
            return Task.CompletedTask;
        }).ConfigureAwait(false);
        await console.Error.WriteLineAsync($"polev: {output.Name}: report of {records.Count} record(s) written{(profile is null ? " (not redacted: keep it with the data)" : ", redacted for the public")}.").ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
