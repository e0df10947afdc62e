using System.Collections.Immutable;
using NodaTime;

namespace PoliticalEvents.Statistics;

/// <summary>
/// Counts a dataset record by record, as it is read — from a document, a JSON Lines stream, a database — without
/// keeping the records: memory grows with the number of distinct countries, kinds and imposers, not with the number
/// of records — except for deaths in custody (format 1.1), for which it keeps each person who died in custody, and
/// 8 bytes per detention (a 54-bit hash of its id and its country: an incident names its detention by id, before or
/// after it comes).
/// <see cref="Add"/> every record, then <see cref="Summarize"/>.
/// </summary>
/// <remarks>
/// <para>Sanction statuses are derived for one day, <see cref="AsOf"/>, fixed when the accumulator is made, with
/// <see cref="SanctionMeasure.StatusOn(NodaTime.LocalDate)"/>: a step counts once it has certainly happened.</para>
/// <para>Records are counted as given, without validation and without looking for duplicate ids. Only counts, country
/// codes, kinds and imposers' organization ids are kept (and, for deaths in custody, the ids of persons and
/// detentions, which no summary shows), never names or other facts about people.</para>
/// <para>An instance is not thread-safe; <see cref="Summarize"/> may be called at any time and adding may go on after it.</para>
/// </remarks>
/// <example>
/// <code>
/// var statistics = new DatasetStatistics(new LocalDate(2025, 12, 31));
/// await foreach (DatasetEntry entry in DatasetReader.ReadAsync(stream))
/// {
///     if (entry.Record is { } record) statistics.Add(record);
/// }
/// DatasetSummary summary = statistics.Summarize();
/// Console.WriteLine($"{summary.Releases.Total.PeopleNamed} named, {summary.Releases.Total.PeopleReported} announced");
/// </code>
/// </example>
public sealed class DatasetStatistics
{
    private readonly Dictionary<CountryCode, int[]> _detentionsByCountry = [];
    private readonly Dictionary<ReleaseKind, MutableReleaseCounts> _releasesByKind = [];
    private readonly Dictionary<OrganizationId, int> _measuresByImposer = [];
    private readonly Dictionary<SanctionKind, int> _measuresByKind = [];
    private readonly int[] _measuresByStatus = new int[5];
    private readonly Dictionary<CountryCode, long[]> _massDetentionsByCountry = [];
    private readonly Dictionary<CountryCode, int[]> _proceedingsByCountry = [];
    private int _persons;
    private int _organizations;
    private int _links;
    private int _facilities;
    private int _sourceRecords;
    private long _citationsById;
    private readonly Dictionary<IncidentKind, int> _incidentsByKind = [];

    // Deaths in custody: each person who died in custody, with the countries and the detentions that place the death;
    // and every detention's country, for an incident that names its detention by id (which may come before or after it),
    // packed into 8 bytes: the high 54 bits of a 64-bit hash of the id, and the country's position in _countries.
    private readonly Dictionary<string, DeathInCustody> _deaths = new(StringComparer.Ordinal);
    private readonly List<ulong> _detentionCountries = [];
    private readonly List<CountryCode> _countries = [];
    private readonly Dictionary<CountryCode, int> _countryIndex = [];
    private const int CountryBits = 10; // 1,024 positions; ISO 3166-1 assigns fewer than 300 codes
    private const ulong CountryMask = (1UL << CountryBits) - 1;
    private int _measures;

    // Sanction targets (format 1.1 weighs their own dates): by status, as for measures, and those delisted by imposer.
    private readonly int[] _targetsByStatus = new int[5];
    private readonly Dictionary<OrganizationId, int> _delistedByImposer = [];
    private int _targetsWithDates;

    /// <summary>Starts counting.</summary>
    /// <param name="asOf">The day on which to derive the status of sanction measures (typically today, UTC).</param>
    public DatasetStatistics(LocalDate asOf) => AsOf = asOf;

    /// <summary>The day on which the status of sanction measures is derived.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Counts one record.</summary>
    /// <param name="record">The record; its contents are read, not kept.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public void Add(Record record)
    {
        ArgumentNullException.ThrowIfNull(record);
        CountCitations(record);
        switch (record)
        {
            case SourceRecord:
                _sourceRecords++;
                break;
            case Person:
                _persons++;
                break;
            case Organization:
                _organizations++;
                break;
            case Link:
                _links++;
                break;
            case Facility:
                _facilities++;
                break;
            case Incident incident:
                AddIncident(incident);
                break;
            case MassDetention massDetention:
                AddMassDetention(massDetention);
                break;
            case Detention detention:
                AddDetention(detention);
                break;
            case Release release:
                AddRelease(release);
                break;
            case SanctionMeasure measure:
                AddMeasure(measure);
                break;
            case Proceeding proceeding:
                AddProceeding(proceeding);
                break;
            default:
                throw new ArgumentException($"Unknown record type {record.GetType().Name}.", nameof(record));
        }
    }

    // Format 1.1: the citations by id among a record's sources and its history entries' sources.
    private void CountCitations(Record record)
    {
        foreach (Source source in record.Sources)
        {
            _citationsById += source.SourceId is null ? 0 : 1;
        }

        if (record is SanctionMeasure measure)
        {
            foreach (SanctionEvent step in measure.History)
            {
                foreach (Source source in step.Sources)
                {
                    _citationsById += source.SourceId is null ? 0 : 1;
                }
            }
        }
    }

    /// <summary>The counts of every record added so far.</summary>
    /// <returns>An immutable summary; later calls to <see cref="Add"/> do not change it.</returns>
    public DatasetSummary Summarize()
    {
        ImmutableSortedDictionary<CountryCode, DetentionCounts> byCountry = _detentionsByCountry.ToImmutableSortedDictionary(
            pair => pair.Key, pair => new DetentionCounts { Ongoing = pair.Value[0], Ended = pair.Value[1], Unknown = pair.Value[2] });
        ImmutableSortedDictionary<ReleaseKind, ReleaseCounts> byKind = _releasesByKind.ToImmutableSortedDictionary(
            pair => pair.Key, pair => pair.Value.ToCounts());
        var releasesTotal = new MutableReleaseCounts();
        foreach (MutableReleaseCounts counts in _releasesByKind.Values)
        {
            releasesTotal.Add(counts);
        }

        return new DatasetSummary
        {
            Records = new RecordCounts
            {
                Persons = _persons,
                Organizations = _organizations,
                Detentions = byCountry.Values.Sum(c => c.Total),
                Releases = releasesTotal.Releases,
                SanctionMeasures = _measures,
                Links = _links,
                Facilities = _facilities,
                Incidents = _incidentsByKind.Values.Sum(),
                MassDetentions = (int)_massDetentionsByCountry.Values.Sum(c => c[0]),
                Proceedings = _proceedingsByCountry.Values.Sum(c => c[0]),
                Sources = _sourceRecords,
            },
            CitationsById = _citationsById,
            MassDetentions = MassDetentionsSummary(),
            Detentions = new DetentionStatistics
            {
                Total = new DetentionCounts
                {
                    Ongoing = byCountry.Values.Sum(c => c.Ongoing),
                    Ended = byCountry.Values.Sum(c => c.Ended),
                    Unknown = byCountry.Values.Sum(c => c.Unknown),
                },
                ByCountry = byCountry,
            },
            Releases = new ReleaseStatistics { Total = releasesTotal.ToCounts(), ByKind = byKind },
            Incidents = new IncidentStatistics { Total = _incidentsByKind.Values.Sum(), ByKind = _incidentsByKind.ToImmutableSortedDictionary() },
            DeathsInCustody = SummarizeDeaths(),
            Sanctions = new SanctionStatistics
            {
                Measures = _measures,
                ByImposer = _measuresByImposer.ToImmutableSortedDictionary(),
                ByKind = _measuresByKind.ToImmutableSortedDictionary(),
                StatusOn = AsOf,
                ByStatus = StatusCounts(_measuresByStatus),
                Targets = _targetsByStatus.Sum(),
                TargetsWithDates = _targetsWithDates,
                TargetsByStatus = StatusCounts(_targetsByStatus),
                DelistedByImposer = _delistedByImposer.ToImmutableSortedDictionary(),
            },
            Proceedings = new ProceedingStatistics
            {
                Total = ProceedingCountsOf([.. Enumerable.Range(0, ProceedingSlots).Select(i => _proceedingsByCountry.Values.Sum(c => c[i]))]),
                ByCountry = _proceedingsByCountry.ToImmutableSortedDictionary(pair => pair.Key, pair => ProceedingCountsOf(pair.Value)),
            },
        };
    }

    // The slots of a country's proceeding counts: proceedings, without a verdict, defendants, then defendants by
    // outcome (VerdictOutcome's values, 1 to 4), and defendants without a verdict.
    private const int ProceedingSlots = 8;

    private static ProceedingCounts ProceedingCountsOf(int[] c) => new()
    {
        Proceedings = c[0],
        ProceedingsWithoutVerdict = c[1],
        Defendants = c[2],
        Convicted = c[2 + (int)VerdictOutcome.Convicted],
        Acquitted = c[2 + (int)VerdictOutcome.Acquitted],
        Dismissed = c[2 + (int)VerdictOutcome.Dismissed],
        Other = c[2 + (int)VerdictOutcome.Other],
        WithoutVerdict = c[7],
    };

    private void AddProceeding(Proceeding proceeding)
    {
        if (!_proceedingsByCountry.TryGetValue(proceeding.Country, out int[]? counts))
        {
            counts = new int[ProceedingSlots];
            _proceedingsByCountry.Add(proceeding.Country, counts);
        }

        counts[0]++;
        counts[2] += proceeding.Defendants.Count;
        bool anyVerdict = false;
        foreach (Defendant defendant in proceeding.Defendants)
        {
            anyVerdict |= defendant.Verdict is not null;
            counts[defendant.Verdict is { } verdict && Enum.IsDefined(verdict.Outcome) ? 2 + (int)verdict.Outcome : 7]++;
        }

        counts[1] += anyVerdict ? 0 : 1;
    }

    private void AddDetention(Detention detention)
    {
        if (!_countryIndex.TryGetValue(detention.Country, out int country))
        {
            country = _countries.Count;
            _countries.Add(detention.Country);
            _countryIndex.Add(detention.Country, country);
        }

        _detentionCountries.Add((IdHash(detention.Id.Value) & ~CountryMask) | (uint)country);
        if (detention.EndReason == DetentionEndReason.Death)
        {
            Death(detention.SubjectId.Value).Countries.Add(detention.Country);
        }

        if (!_detentionsByCountry.TryGetValue(detention.Country, out int[]? counts))
        {
            counts = new int[3];
            _detentionsByCountry.Add(detention.Country, counts);
        }

        counts[detention.Status switch
        {
            DetentionStatus.Ongoing => 0,
            DetentionStatus.Ended => 1,
            _ => 2,
        }]++;
    }

    private void AddIncident(Incident incident)
    {
        _incidentsByKind[incident.Kind] = _incidentsByKind.GetValueOrDefault(incident.Kind) + 1;
        if (incident.Kind != IncidentKind.DeathInCustody)
        {
            return;
        }

        foreach (PersonId subject in incident.SubjectIds)
        {
            DeathInCustody death = Death(subject.Value);
            if (incident.DetentionId is { } detention)
            {
                death.Detentions.Add(detention.Value);
            }
        }
    }

    private DeathInCustody Death(string personId)
    {
        if (!_deaths.TryGetValue(personId, out DeathInCustody? death))
        {
            death = new DeathInCustody();
            _deaths.Add(personId, death);
        }

        return death;
    }

    // Each person once, in the first by code of the countries of the detentions that place their death.
    private DeathsInCustodyStatistics SummarizeDeaths()
    {
        var byCountry = new Dictionary<CountryCode, int>();
        int unknown = 0;
        if (_deaths.Count > 0)
        {
            _detentionCountries.Sort();
        }

        foreach (DeathInCustody death in _deaths.Values)
        {
            CountryCode? first = null;
            foreach (CountryCode country in death.Countries.Concat(death.Detentions.SelectMany(DetentionCountries)))
            {
                first = first is { } known && string.CompareOrdinal(known.Value, country.Value) <= 0 ? known : country;
            }

            if (first is { } place)
            {
                byCountry[place] = byCountry.GetValueOrDefault(place) + 1;
            }
            else
            {
                unknown++;
            }
        }

        return new DeathsInCustodyStatistics { Persons = _deaths.Count, ByCountry = byCountry.ToImmutableSortedDictionary(), CountryUnknown = unknown };
    }

    // Per country: events, the sum of each event's lowest count, of its highest, and the detentions listed.
    private void AddMassDetention(MassDetention massDetention)
    {
        if (!_massDetentionsByCountry.TryGetValue(massDetention.Country, out long[]? counts))
        {
            counts = new long[4];
            _massDetentionsByCountry.Add(massDetention.Country, counts);
        }

        counts[0]++;
        if (massDetention.Counts.Count > 0)
        {
            counts[1] += massDetention.Counts.Min(c => c.Value);
            counts[2] += massDetention.Counts.Max(c => c.Value);
        }

        counts[3] += massDetention.DetentionIds.Count < 2 ? massDetention.DetentionIds.Count : massDetention.DetentionIds.Distinct().Count();
    }

    private MassDetentionStatistics MassDetentionsSummary()
    {
        static MassDetentionCounts Of(long[] c) => new() { Events = (int)c[0], PeopleLow = c[1], PeopleHigh = c[2], DetentionsListed = (int)c[3] };

        long[] total = new long[4];
        foreach (long[] counts in _massDetentionsByCountry.Values)
        {
            for (int i = 0; i < total.Length; i++)
            {
                total[i] += counts[i];
            }
        }

        return new MassDetentionStatistics
        {
            Total = Of(total),
            ByCountry = _massDetentionsByCountry.ToImmutableSortedDictionary(pair => pair.Key, pair => Of(pair.Value)),
        };
    }

    private void AddRelease(Release release)
    {
        if (!_releasesByKind.TryGetValue(release.Kind, out MutableReleaseCounts? counts))
        {
            counts = new MutableReleaseCounts();
            _releasesByKind.Add(release.Kind, counts);
        }

        counts.Releases++;
        counts.PeopleNamed += release.Detainees.Count;
        if (release.ReportedCount is { } reported)
        {
            counts.PeopleReported += reported.Value;
            counts.ReleasesWithReportedCount++;
        }
    }

    private void AddMeasure(SanctionMeasure measure)
    {
        _measures++;
        _measuresByImposer[measure.ImposedById] = _measuresByImposer.GetValueOrDefault(measure.ImposedById) + 1;
        _measuresByKind[measure.Kind] = _measuresByKind.GetValueOrDefault(measure.Kind) + 1;

        // Index 0 stands for "not yet in force"; the statuses are numbered from 1.
        _measuresByStatus[measure.StatusOn(AsOf) is { } status ? (int)status : 0]++;
        AddTargets(measure);
    }

    private void AddTargets(SanctionMeasure measure)
    {
        foreach (SanctionTarget target in measure.Targets)
        {
            _targetsByStatus[measure.StatusOn(AsOf, target) is { } status ? (int)status : 0]++;
            if (target.ListedOn is not null || target.DelistedOn is not null)
            {
                _targetsWithDates++;
            }

            // Delisted once the latest day the delisting may have happened on has passed, as StatusOn counts a step.
            if (target.DelistedOn is { } delisted && delisted.Latest <= AsOf)
            {
                _delistedByImposer[measure.ImposedById] = _delistedByImposer.GetValueOrDefault(measure.ImposedById) + 1;
            }
        }
    }

    private static SanctionStatusCounts StatusCounts(int[] counts) => new()
    {
        NotYetInForce = counts[0],
        Active = counts[(int)SanctionStatus.Active],
        Eased = counts[(int)SanctionStatus.Eased],
        Suspended = counts[(int)SanctionStatus.Suspended],
        Ended = counts[(int)SanctionStatus.Ended],
    };

    // The countries of the detentions with this id (one in valid data), from the sorted packed list. Two ids whose
    // hashes agree in 54 bits would be taken for one: about one chance in 10^7 for a thousand deaths among two million
    // detentions, and only the country a death is counted in could change.
    private IEnumerable<CountryCode> DetentionCountries(string detentionId)
    {
        ulong key = IdHash(detentionId) & ~CountryMask;
        int i = _detentionCountries.BinarySearch(key);
        for (i = i < 0 ? ~i : i; i < _detentionCountries.Count && (_detentionCountries[i] & ~CountryMask) == key; i++)
        {
            yield return _countries[(int)(_detentionCountries[i] & CountryMask)];
        }
    }

    // FNV-1a, 64 bits, over the id's UTF-16 code units: stable, and well spread for ids that differ in a few characters.
    private static ulong IdHash(string id)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private sealed class DeathInCustody
    {
        public List<CountryCode> Countries { get; } = [];

        public List<string> Detentions { get; } = [];
    }

    private sealed class MutableReleaseCounts
    {
        public int Releases { get; set; }

        public int PeopleNamed { get; set; }

        public long PeopleReported { get; set; }

        public int ReleasesWithReportedCount { get; set; }

        public void Add(MutableReleaseCounts other)
        {
            Releases += other.Releases;
            PeopleNamed += other.PeopleNamed;
            PeopleReported += other.PeopleReported;
            ReleasesWithReportedCount += other.ReleasesWithReportedCount;
        }

        public ReleaseCounts ToCounts() => new()
        {
            Releases = Releases,
            PeopleNamed = PeopleNamed,
            PeopleReported = PeopleReported,
            ReleasesWithReportedCount = ReleasesWithReportedCount,
        };
    }
}
