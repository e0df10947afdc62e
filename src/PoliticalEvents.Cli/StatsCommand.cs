using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PoliticalEvents.Serialization;
using PoliticalEvents.Statistics;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Cli;

/// <summary><c>polev stats</c>: counts of a dataset — records, detentions, releases, sanction measures — never names.</summary>
internal static class StatsCommand
{
    /// <summary>What the help of <c>polev stats</c> says after its usage, arguments and options.</summary>
    public const string Details = """
        Counts what a dataset holds: records per type; detentions ongoing, ended and
        unknown, by the country where people were held; mass detentions (format 1.1)
        by country, with the people detained as a range from the lowest to the
        highest count sources gave; releases by kind, with the people the dataset
        names kept apart from the number announced (reportedCount);
        sanction measures by imposer (organization id), by kind and by their status on
        one day, derived from each measure's history (active, eased, suspended, ended,
        or notYetInForce when no step had certainly happened by then), and their
        targets by status on that day weighed with each target's own listing and
        delisting dates, with the targets delisted by imposer (format 1.1; in the
        text output when a target has such dates); incidents by
        kind, and the persons who died in custody (a deathInCustody incident or a
        detention ended by death), each once, by the country of that detention;
        proceedings by country, with their defendants by verdict (convicted,
        acquitted, dismissed, other, none yet) and the proceedings without any
        verdict (in the text output when there are proceedings).

        The output holds only counts, country codes, kinds and the ids of imposing
        organizations, never names. The data is counted as read, not validated: run
        polev validate for broken references or dates. JSON Lines are counted line by
        line without keeping the records, so files of any size fit in memory.

        Output formats (--format):
          text   one table per section, counts aligned.
          json   {"path", "asOf", "records":{"total","person","organization",
                 "detention","release","sanctionMeasure","link","facility","incident",
                 "massDetention","proceeding","source"}, "citationsById",
                 "detentions":{"total":{…},"byCountry":{"BY":{…}}},
                 "massDetentions":{"total":{"events","peopleLow","peopleHigh",
                   "detentionsListed"},"byCountry":{…}},
                 "releases":{"total":{…},"byKind":{"pardon":{…}}},
                 "sanctions":{"measures","byImposer":{"<id>":n},
                   "byKind":{"assetFreeze":n},"byStatus":{…},"targets",
                   "targetsWithDates","targetsByStatus":{…},
                   "delistedByImposer":{"<id>":n}},
                 "incidents":{"total","byKind":{"torture":n}},
                 "deathsInCustody":{"persons","byCountry":{"BY":n},"countryUnknown"},
                 "proceedings":{"total":{…},"byCountry":{"BY":{…}}}};
                 docs/stats.md describes every member.

        Exit codes:
          0  counted
          1  the input could not be read as a dataset (the errors are printed on
             stderr as by polev validate, file:line: severity code pointer message)
          2  usage error, or the file could not be opened or read

        Examples:
          polev stats examples/belarus-2025.json
          polev stats examples/belarus-2025.json --as-of 2025-11-30 --format json
          cat prisoners.jsonl | polev stats - --from jsonl
        """;

    /// <summary>The command line of <c>polev stats</c>.</summary>
    public static CommandSpec Spec { get; } = new(
        "stats",
        "Count records, detentions, releases and sanction measures.",
        [
            new("path", "A dataset document (.json) or JSON Lines (.jsonl, .ndjson), or - for standard input."),
        ],
        [
            new("--as-of", "The day on which to derive sanction statuses (default: today, UTC).", ValueName: "YYYY-MM-DD"),
            new("--format", "Output format (default text), on stdout: text (one table per section, counts aligned) or json (see Output formats below).", ValueName: "text|json", Completions: ["text", "json"]),
            new("--from", "Read the input as this format, whatever its extension. Without it, the extension decides, and standard input is recognised from its first line.", ValueName: "json|jsonl", Completions: ["json", "jsonl"]),
        ],
        Details,
        RunAsync);

    /// <summary>Runs the command.</summary>
    /// <param name="line">The parsed arguments.</param>
    /// <param name="console">The streams to use.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(CommandLine line, CliConsole console)
    {
        string format = line.Choice("--format", "text", "text", "json");
        DataFormat? declared = DataFiles.ParseFormatName(line.Option("--from"));
        LocalDate asOf = ParseAsOf(line.Option("--as-of"));
        if (line.Positional.Count != 1)
        {
            throw new UsageException("stats takes exactly one file (or - for standard input). See polev stats --help.");
        }

        string path = line.Positional[0];
        var statistics = new DatasetStatistics(asOf);
        (Stream stream, DataFormat fileFormat) = await DataFiles.OpenInputAsync(console, path, declared).ConfigureAwait(false);
        List<Finding> errors;
        await using (stream.ConfigureAwait(false))
        {
            errors = fileFormat == DataFormat.Document
                ? await CountDocumentAsync(stream, statistics).ConfigureAwait(false)
                : await CountLinesAsync(stream, statistics).ConfigureAwait(false);
        }

        if (errors.Count > 0)
        {
            foreach (Finding error in errors)
            {
                await console.Error.WriteLineAsync(Findings.FormatLine(path, error)).ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync($"polev: {Shown.Path(path)}: cannot be read as a dataset; no statistics written.").ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }

        DatasetSummary summary = statistics.Summarize();
        if (format == "json")
        {
            summary.WriteJson(console.Out, path); // the library's report, byte for byte
        }
        else
        {
            console.WriteOut(FormatText(summary));
        }

        return ExitCodes.Ok;
    }

    private static LocalDate ParseAsOf(string? text)
    {
        if (text is null)
        {
            return SystemClock.Instance.GetCurrentInstant().InUtc().Date;
        }

        // The years of the format's dates (PartialDate): 1 to 9999. NodaTime also reads year 0000 (1 BC) and signed years.
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success && parsed.Value.Year is >= 1 and <= 9999
            ? parsed.Value
            : throw new UsageException("Option --as-of must be a calendar date YYYY-MM-DD between 0001-01-01 and 9999-12-31, such as 2025-12-31. See polev stats --help.");
    }

    private static async Task<List<Finding>> CountDocumentAsync(Stream stream, DatasetStatistics statistics)
    {
        ReadResult<Dataset> read = await DatasetReader.ReadDatasetAsync(stream, DatasetFormat.Document).ConfigureAwait(false);
        if (read.Value is not { } dataset)
        {
            return [.. read.Findings];
        }

        foreach (Record record in dataset.Records)
        {
            statistics.Add(record);
        }

        return [];
    }

    // Line by line: the records counted, every bad line a finding (and, as for validate, an empty file one too: it is
    // almost always a failed export, not a dataset with nothing in it).
    private static async Task<List<Finding>> CountLinesAsync(Stream stream, DatasetStatistics statistics)
    {
        var errors = new List<Finding>();
        await foreach (DatasetEntry entry in DatasetReader.ReadAsync(stream, new DatasetReaderOptions { Format = DatasetFormat.JsonLines }).ConfigureAwait(false))
        {
            if (entry.Record is { } record)
            {
                statistics.Add(record);
            }
            else if (entry.Finding is { } error)
            {
                errors.Add(error);
            }
        }

        return errors;
    }

    private static string FormatText(DatasetSummary summary)
    {
        var text = new StringBuilder();
        RecordCounts records = summary.Records;
        // The types format 1.1 added have a row when the dataset has such records, so 1.0 data reads as before.
        (string, long[])[] added11 = records.Facilities > 0 ? [("facility", [records.Facilities])] : [];
        added11 = records.Incidents > 0 ? [.. added11, ("incident", [records.Incidents])] : added11;
        added11 = records.MassDetentions > 0 ? [.. added11, ("massDetention", [records.MassDetentions])] : added11;
        added11 = records.Proceedings > 0 ? [.. added11, ("proceeding", [records.Proceedings])] : added11;
        added11 = records.Sources > 0 ? [.. added11, ("source", [records.Sources])] : added11;
        AppendTable(text, "Records", ["count"],
        [
            ("person", [records.Persons]),
            ("organization", [records.Organizations]),
            ("detention", [records.Detentions]),
            ("release", [records.Releases]),
            ("sanctionMeasure", [records.SanctionMeasures]),
            ("link", [records.Links]),
            .. added11,
            ("total", [records.Total]),
        ]);

        // Format 1.1: a table when records cite sources by id, so that 1.0 data reads as before.
        if (summary.CitationsById > 0)
        {
            AppendTable(text, "Sources", ["count"], [("source records", [records.Sources]), ("citations by id", [summary.CitationsById])]);
        }

        AppendTable(text, "Detentions by country", ["ongoing", "ended", "unknown", "total"],
        [
            .. summary.Detentions.ByCountry.Select(pair => (pair.Key.Value, DetentionRow(pair.Value))),
            ("total", DetentionRow(summary.Detentions.Total)),
        ]);

        // Format 1.1: a table when the dataset has mass detentions, so that 1.0 data reads as before.
        if (summary.MassDetentions.Total.Events > 0)
        {
            AppendTable(text, "Mass detentions by country", ["events", "people (lowest)", "people (highest)", "detentions listed"],
            [
                .. summary.MassDetentions.ByCountry.Select(pair => (pair.Key.Value, MassDetentionRow(pair.Value))),
                ("total", MassDetentionRow(summary.MassDetentions.Total)),
            ]);
        }

        AppendTable(text, "Releases by kind", ["releases", "people named", "people reported", "with a count"],
        [
            .. summary.Releases.ByKind.Select(pair => (WireNames.Of(pair.Key), ReleaseRow(pair.Value))),
            ("total", ReleaseRow(summary.Releases.Total)),
        ]);

        SanctionStatistics sanctions = summary.Sanctions;
        AppendTable(text, "Sanction measures by imposer", ["measures"],
        [
            .. sanctions.ByImposer.Select(pair => (pair.Key.Value, new long[] { pair.Value })),
            ("total", [sanctions.Measures]),
        ]);

        AppendTable(text, "Sanction measures by kind", ["measures"],
        [
            .. sanctions.ByKind.Select(pair => (WireNames.Of(pair.Key), new long[] { pair.Value })),
            ("total", [sanctions.Measures]),
        ]);

        SanctionStatusCounts status = sanctions.ByStatus;
        AppendTable(text, "Sanction measures by status on " + LocalDatePattern.Iso.Format(sanctions.StatusOn), ["measures"],
        [
            ("active", [status.Active]),
            ("eased", [status.Eased]),
            ("suspended", [status.Suspended]),
            ("ended", [status.Ended]),
            ("notYetInForce", [status.NotYetInForce]),
            ("total", [status.Total]),
        ]);

        AppendSanctionTargets(text, sanctions);
        AppendIncidents(text, summary);

        // Format 1.1: shown when there are proceedings, so that the text of 1.0 data stays as it was.
        if (records.Proceedings > 0)
        {
            AppendTable(text, "Proceedings by country", ["proceedings", "no verdict", "defendants", "convicted", "acquitted", "dismissed", "other", "not yet"],
            [
                .. summary.Proceedings.ByCountry.Select(pair => (pair.Key.Value, ProceedingRow(pair.Value))),
                ("total", ProceedingRow(summary.Proceedings.Total)),
            ]);
        }

        return text.ToString();
    }

    // Format 1.1: the targets' tables appear when a target has its own listing or delisting date, so 1.0 data reads as before.
    private static void AppendSanctionTargets(StringBuilder text, SanctionStatistics sanctions)
    {
        if (sanctions.TargetsWithDates == 0)
        {
            return;
        }

        SanctionStatusCounts status = sanctions.TargetsByStatus;
        AppendTable(text, "Sanction targets by status on " + LocalDatePattern.Iso.Format(sanctions.StatusOn), ["targets"],
        [
            ("active", [status.Active]),
            ("eased", [status.Eased]),
            ("suspended", [status.Suspended]),
            ("ended", [status.Ended]),
            ("notYetInForce", [status.NotYetInForce]),
            ("total", [status.Total]),
        ]);

        if (sanctions.DelistedByImposer.Count > 0)
        {
            AppendTable(text, "Sanction targets delisted by " + LocalDatePattern.Iso.Format(sanctions.StatusOn) + ", by imposer", ["targets"],
            [
                .. sanctions.DelistedByImposer.Select(pair => (pair.Key.Value, new long[] { pair.Value })),
                ("total", [sanctions.DelistedByImposer.Values.Sum()]),
            ]);
        }
    }

    // Format 1.1: sections that appear when the dataset has incidents or deaths in custody, so 1.0 data reads as before.
    private static void AppendIncidents(StringBuilder text, DatasetSummary summary)
    {
        if (summary.Incidents.Total > 0)
        {
            AppendTable(text, "Incidents by kind", ["incidents"],
            [
                .. summary.Incidents.ByKind.Select(pair => (WireNames.Of(pair.Key), new long[] { pair.Value })),
                ("total", [summary.Incidents.Total]),
            ]);
        }

        DeathsInCustodyStatistics deaths = summary.DeathsInCustody;
        if (deaths.Persons > 0)
        {
            (string, long[])[] unknown = deaths.CountryUnknown > 0 ? [("unknown", [deaths.CountryUnknown])] : [];
            AppendTable(text, "Deaths in custody by country", ["persons"],
            [
                .. deaths.ByCountry.Select(pair => (pair.Key.Value, new long[] { pair.Value })),
                .. unknown,
                ("total", [deaths.Persons]),
            ]);
        }
    }

    private static long[] ProceedingRow(ProceedingCounts counts)
        => [counts.Proceedings, counts.ProceedingsWithoutVerdict, counts.Defendants, counts.Convicted, counts.Acquitted, counts.Dismissed, counts.Other, counts.WithoutVerdict];

    private static long[] DetentionRow(DetentionCounts counts) => [counts.Ongoing, counts.Ended, counts.Unknown, counts.Total];

    private static long[] MassDetentionRow(MassDetentionCounts counts) => [counts.Events, counts.PeopleLow, counts.PeopleHigh, counts.DetentionsListed];

    private static long[] ReleaseRow(ReleaseCounts counts) => [counts.Releases, counts.PeopleNamed, counts.PeopleReported, counts.ReleasesWithReportedCount];

    /// <summary>
    /// One section: a title line that heads the label column and the count columns, then one indented row per key, the
    /// counts right-aligned under their headers; sections are separated by a blank line.
    /// </summary>
    private static void AppendTable(StringBuilder text, string title, string[] headers, IReadOnlyList<(string Label, long[] Counts)> rows)
    {
        const string Indent = "  ";
        const string Gap = "  ";
        int labelWidth = Math.Max(title.Length, Indent.Length + rows.Max(row => row.Label.Length));
        int[] widths = [.. headers.Select((header, column) => Math.Max(header.Length, rows.Max(row => Digits(row.Counts[column]))))];

        if (text.Length > 0)
        {
            text.Append('\n');
        }

        text.Append(title.PadRight(labelWidth));
        for (int column = 0; column < headers.Length; column++)
        {
            text.Append(Gap).Append(headers[column].PadLeft(widths[column]));
        }

        text.Append('\n');
        foreach ((string label, long[] counts) in rows)
        {
            text.Append((Indent + label).PadRight(labelWidth));
            for (int column = 0; column < counts.Length; column++)
            {
                text.Append(Gap).Append(counts[column].ToString(CultureInfo.InvariantCulture).PadLeft(widths[column]));
            }

            text.Append('\n');
        }
    }

    private static int Digits(long value) => value.ToString(CultureInfo.InvariantCulture).Length;

}
