using NodaTime;
using NodaTime.Text;
using PoliticalEvents.Serialization;
using PoliticalEvents.Statistics;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Statistics;

public sealed class DatasetStatisticsTests
{
    private static readonly LocalDate EndOf2025 = new(2025, 12, 31);

    private static IReadOnlyList<Record> Example(string name)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "examples", name);
        if (name.EndsWith(".json", StringComparison.Ordinal))
        {
            return PoliticalEventsJson.ReadDataset(File.ReadAllBytes(path)).GetValueOrThrow().Records;
        }

        using FileStream stream = File.OpenRead(path);
        List<JsonLinesEntry> lines = [.. JsonLines.ReadAsync(stream).ToBlockingEnumerable()];
        Assert.All(lines, line => Assert.Null(line.Error));
        return [.. lines.Select(line => line.Record).OfType<Record>()];
    }

    private static DatasetSummary Summarize(LocalDate asOf, IEnumerable<Record> records)
    {
        var statistics = new DatasetStatistics(asOf);
        foreach (Record record in records)
        {
            statistics.Add(record);
        }

        return statistics.Summarize();
    }

    private static DatasetSummary Summarize(params Record[] records) => Summarize(EndOf2025, records);

    private static Detention Detention(string id, string country, DetentionStatus status) => new()
    {
        Id = new RecordId(id),
        SubjectId = new PersonId("p-" + id),
        Country = CountryCode.Parse(country),
        StartedOn = PartialDate.Parse("2020"),
        EndedOn = status == DetentionStatus.Ended ? PartialDate.Parse("2021") : null,
        Status = status,
    };

    private static Release Release(string id, ReleaseKind kind, int named, int? reported = null, CountQualifier qualifier = CountQualifier.Exact) => new()
    {
        Id = new RecordId(id),
        ReleasedOn = PartialDate.Parse("2025-12-13"),
        Kind = kind,
        Detainees = [.. Enumerable.Range(1, named).Select(i => new ReleasedDetainee { SubjectId = new PersonId($"{id}-p{i}") })],
        ReportedCount = reported is int value ? new ReportedCount { Value = value, Qualifier = qualifier } : null,
    };

    private static SanctionMeasure Measure(string id, string imposer, SanctionKind kind, params (SanctionAction Action, string On)[] history) => new()
    {
        Id = new RecordId(id),
        ImposedById = new OrganizationId(imposer),
        Kind = kind,
        Targets = [SanctionTarget.ForSector("potash")],
        History = [.. history.Select(step => new SanctionEvent { Action = step.Action, On = PartialDate.Parse(step.On) })],
    };

    [Fact]
    public void Empty_AllCountsZero_NoKeys()
    {
        DatasetSummary summary = Summarize();

        Assert.Equal(0, summary.Records.Total);
        Assert.Equal(0, summary.Detentions.Total.Total);
        Assert.Empty(summary.Detentions.ByCountry);
        Assert.Equal(0, summary.Releases.Total.Releases);
        Assert.Empty(summary.Releases.ByKind);
        Assert.Equal(0, summary.Sanctions.Measures);
        Assert.Empty(summary.Sanctions.ByImposer);
        Assert.Empty(summary.Sanctions.ByKind);
        Assert.Equal(0, summary.Sanctions.ByStatus.Total);
        Assert.Equal(EndOf2025, summary.Sanctions.StatusOn);
    }

    [Fact]
    public void Records_Belarus_CountsEachType()
    {
        RecordCounts records = Summarize(EndOf2025, Example("belarus-2025.json")).Records;

        Assert.Equal(
            new RecordCounts { Persons = 4, Organizations = 7, Detentions = 3, Releases = 2, SanctionMeasures = 2, Links = 2, Facilities = 1, Proceedings = 1 },
            records);
        Assert.Equal(22, records.Total);
    }

    [Fact]
    public void Records_TunisiaLines_CountsEachType()
    {
        RecordCounts records = Summarize(EndOf2025, Example("tunisia-moussi-2025.jsonl")).Records;

        Assert.Equal(
            new RecordCounts { Persons = 1, Organizations = 2, Detentions = 1, Releases = 0, SanctionMeasures = 0, Links = 0 },
            records);
    }

    [Fact]
    public void Detentions_ByCountryAndStatus_CountedSeparately_KeysInOrdinalOrder()
    {
        DatasetSummary summary = Summarize(
            Detention("d1", "TN", DetentionStatus.Ongoing),
            Detention("d2", "BY", DetentionStatus.Ended),
            Detention("d3", "BY", DetentionStatus.Ongoing),
            Detention("d4", "BY", DetentionStatus.Ongoing),
            Detention("d5", "AZ", DetentionStatus.Unknown));

        Assert.Equal(["AZ", "BY", "TN"], summary.Detentions.ByCountry.Keys.Select(c => c.Value));
        Assert.Equal(new DetentionCounts { Ongoing = 2, Ended = 1, Unknown = 0 }, summary.Detentions.ByCountry[CountryCode.Parse("BY")]);
        Assert.Equal(new DetentionCounts { Ongoing = 1, Ended = 0, Unknown = 0 }, summary.Detentions.ByCountry[CountryCode.Parse("TN")]);
        Assert.Equal(new DetentionCounts { Ongoing = 0, Ended = 0, Unknown = 1 }, summary.Detentions.ByCountry[CountryCode.Parse("AZ")]);
        Assert.Equal(new DetentionCounts { Ongoing = 3, Ended = 1, Unknown = 1 }, summary.Detentions.Total);
        Assert.Equal(5, summary.Records.Detentions);
    }

    [Fact]
    public void Releases_NamedAndReported_KeptApart()
    {
        DatasetSummary summary = Summarize(
            Release("r1", ReleaseKind.Pardon, named: 3, reported: 123),
            Release("r2", ReleaseKind.Pardon, named: 1, reported: 52, qualifier: CountQualifier.AtLeast),
            Release("r3", ReleaseKind.Pardon, named: 2),
            Release("r4", ReleaseKind.Exchange, named: 4, reported: 4));

        Assert.Equal(
            new ReleaseCounts { Releases = 3, PeopleNamed = 6, PeopleReported = 175, ReleasesWithReportedCount = 2 },
            summary.Releases.ByKind[ReleaseKind.Pardon]);
        Assert.Equal(
            new ReleaseCounts { Releases = 1, PeopleNamed = 4, PeopleReported = 4, ReleasesWithReportedCount = 1 },
            summary.Releases.ByKind[ReleaseKind.Exchange]);
        Assert.Equal(
            new ReleaseCounts { Releases = 4, PeopleNamed = 10, PeopleReported = 179, ReleasesWithReportedCount = 3 },
            summary.Releases.Total);
        Assert.Equal([ReleaseKind.Pardon, ReleaseKind.Exchange], summary.Releases.ByKind.Keys);
    }

    [Fact]
    public void Releases_Belarus_FourNamedOf175Announced()
    {
        ReleaseStatistics releases = Summarize(EndOf2025, Example("belarus-2025.json")).Releases;

        var expected = new ReleaseCounts { Releases = 2, PeopleNamed = 4, PeopleReported = 175, ReleasesWithReportedCount = 2 };
        Assert.Equal(expected, releases.Total);
        Assert.Equal(expected, Assert.Single(releases.ByKind, pair => pair.Key == ReleaseKind.Pardon).Value);
        Assert.Single(releases.ByKind);
    }

    [Fact]
    public void Sanctions_ByImposerAndKind_KeysInOrder()
    {
        DatasetSummary summary = Summarize(
            Measure("s1", "org-us-ofac", SanctionKind.TravelBan, (SanctionAction.Imposed, "2021")),
            Measure("s2", "org-eu", SanctionKind.AssetFreeze, (SanctionAction.Imposed, "2021")),
            Measure("s3", "org-us-ofac", SanctionKind.AssetFreeze, (SanctionAction.Imposed, "2021")));

        Assert.Equal(3, summary.Sanctions.Measures);
        Assert.Equal([("org-eu", 1), ("org-us-ofac", 2)], summary.Sanctions.ByImposer.Select(p => (p.Key.Value, p.Value)));
        Assert.Equal([(SanctionKind.AssetFreeze, 2), (SanctionKind.TravelBan, 1)], summary.Sanctions.ByKind.Select(p => (p.Key, p.Value)));
    }

    [Theory]
    // Before Belaruskali (2021-08-09) and Belavia (2023-08-09) were sanctioned.
    [InlineData("2021-08-08", 0, 0, 0, 2)]
    [InlineData("2021-08-09", 1, 0, 0, 1)]
    [InlineData("2023-08-09", 2, 0, 0, 0)]
    // Belavia eased on 2025-09-11, lifted on 2025-11-04.
    [InlineData("2025-09-10", 2, 0, 0, 0)]
    [InlineData("2025-09-11", 1, 1, 0, 0)]
    [InlineData("2025-11-03", 1, 1, 0, 0)]
    [InlineData("2025-11-04", 1, 0, 1, 0)]
    // Belaruskali eased on 2025-12-13.
    [InlineData("2025-12-12", 1, 0, 1, 0)]
    [InlineData("2025-12-13", 0, 1, 1, 0)]
    [InlineData("2026-06-01", 0, 1, 1, 0)]
    public void Sanctions_Belarus_StatusAsOf(string asOf, int active, int eased, int ended, int notYetInForce)
    {
        SanctionStatistics sanctions = Summarize(LocalDatePattern.Iso.Parse(asOf).Value, Example("belarus-2025.json")).Sanctions;

        Assert.Equal(
            new SanctionStatusCounts { Active = active, Eased = eased, Suspended = 0, Ended = ended, NotYetInForce = notYetInForce },
            sanctions.ByStatus);
        Assert.Equal(2, sanctions.ByStatus.Total);
        Assert.Equal([("org-us-ofac", 2)], sanctions.ByImposer.Select(p => (p.Key.Value, p.Value)));
        Assert.Equal([(SanctionKind.AssetFreeze, 2)], sanctions.ByKind.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void Sanctions_Suspended_Counted()
    {
        SanctionStatusCounts counts = Summarize(
            Measure("s1", "o", SanctionKind.Other, (SanctionAction.Imposed, "2020"), (SanctionAction.Suspended, "2024-02"))).Sanctions.ByStatus;

        Assert.Equal(new SanctionStatusCounts { Active = 0, Eased = 0, Suspended = 1, Ended = 0, NotYetInForce = 0 }, counts);
    }

    [Fact]
    public void Sanctions_ImposedInAMonthNotYetOver_NotYetInForce()
    {
        SanctionStatusCounts counts = Summarize(
            new LocalDate(2025, 12, 10),
            [Measure("s1", "o", SanctionKind.Other, (SanctionAction.Imposed, "2025-12"))]).Sanctions.ByStatus;

        Assert.Equal(1, counts.NotYetInForce);
        Assert.Equal(0, counts.Active);
    }

    [Fact]
    public void Summarize_IsASnapshot_LaterAddsDoNotChangeIt_ButShowInTheNext()
    {
        var statistics = new DatasetStatistics(EndOf2025);
        statistics.Add(Detention("d1", "BY", DetentionStatus.Ongoing));
        DatasetSummary first = statistics.Summarize();

        statistics.Add(Detention("d2", "BY", DetentionStatus.Ongoing));
        DatasetSummary second = statistics.Summarize();

        Assert.Equal(1, first.Detentions.ByCountry[CountryCode.Parse("BY")].Ongoing);
        Assert.Equal(2, second.Detentions.ByCountry[CountryCode.Parse("BY")].Ongoing);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Summary_SameRecords_EqualByValue()
    {
        IReadOnlyList<Record> records = Example("belarus-2025.json");

        DatasetSummary one = Summarize(EndOf2025, records);
        DatasetSummary other = Summarize(EndOf2025, records);

        Assert.NotSame(one.Detentions.ByCountry, other.Detentions.ByCountry);
        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, Summarize(new LocalDate(2021, 1, 1), records));
    }

    [Fact]
    public void Add_Null_Throws()
        => Assert.Throws<ArgumentNullException>(() => new DatasetStatistics(EndOf2025).Add(null!));
}
