using System.Text.Json;
using NodaTime.Text;
using PoliticalEvents.Serialization;

namespace PoliticalEvents.Statistics;

/// <summary>
/// Counts that describe a dataset as a whole: records per type, detentions by status and country, releases by kind
/// with people named and announced, sanction measures by imposer, kind and status, proceedings' defendants by verdict
/// and country. Made by
/// <see cref="DatasetStatistics.Summarize"/>.
/// </summary>
/// <remarks>
/// A summary holds counts, country codes, kinds and the ids of the organizations that impose sanctions, never names or
/// other facts about people, so it can be shared where the records themselves cannot. It counts the records it was
/// given as they are; it does not validate them (a dataset with broken references is counted all the same).
/// </remarks>
public sealed record DatasetSummary
{
    /// <summary>How many records of each type.</summary>
    public required RecordCounts Records { get; init; }

    /// <summary>Detentions by status, in total and by country.</summary>
    public required DetentionStatistics Detentions { get; init; }

    /// <summary>Releases, people named and people announced, in total and by kind.</summary>
    public required ReleaseStatistics Releases { get; init; }

    /// <summary>Sanction measures by imposer, kind and derived status.</summary>
    public required SanctionStatistics Sanctions { get; init; }

    /// <summary>
    /// The citations by id (format 1.1): entries of records' and sanction history entries' sources that name a source
    /// record instead of giving the source inline; 0 when not set.
    /// </summary>
    public long CitationsById { get; init; }

    /// <summary>Incidents by kind (format 1.1); none when not set.</summary>
    public IncidentStatistics Incidents { get; init; } = IncidentStatistics.None;

    /// <summary>The persons who died in custody, in total and by country (format 1.1); none when not set.</summary>
    public DeathsInCustodyStatistics DeathsInCustody { get; init; } = DeathsInCustodyStatistics.None;

    /// <summary>Mass detentions and the people detained in them (format 1.1); none when not set.</summary>
    public MassDetentionStatistics MassDetentions { get; init; } = MassDetentionStatistics.None;

    /// <summary>Proceedings and their defendants by verdict, in total and by country (format 1.1); all zero when there are none.</summary>
    public ProceedingStatistics Proceedings { get; init; } = new()
    {
        Total = new ProceedingCounts { Proceedings = 0, ProceedingsWithoutVerdict = 0, Defendants = 0, Convicted = 0, Acquitted = 0, Dismissed = 0, Other = 0, WithoutVerdict = 0 },
        ByCountry = System.Collections.Immutable.ImmutableSortedDictionary<CountryCode, ProceedingCounts>.Empty,
    };

    /// <summary>
    /// Writes the summary as one JSON object (the shape docs/stats.md describes; <c>polev stats --format json</c>):
    /// <c>path</c>, <c>asOf</c>, then <c>records</c>, <c>detentions</c>, <c>massDetentions</c>, <c>releases</c>, <c>sanctions</c>,
    /// <c>incidents</c>, <c>deathsInCustody</c> and <c>proceedings</c>, the keys
    /// of the "by" objects in the summary's order and enum values by their wire names (<c>assetFreeze</c>). Counts,
    /// codes, kinds and imposers' ids only: never names.
    /// </summary>
    /// <param name="writer">The writer; its options decide indentation and escaping.</param>
    /// <param name="path">The name of what was counted, as the report shows it (a file name, or <c>-</c>).</param>
    public void WriteJson(Utf8JsonWriter writer, string path)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(path);
        writer.WriteStartObject();
        writer.WriteString("path"u8, path);
        writer.WriteString("asOf"u8, LocalDatePattern.Iso.Format(Sanctions.StatusOn));

        writer.WriteStartObject("records"u8);
        writer.WriteNumber("total"u8, Records.Total);
        writer.WriteNumber("person"u8, Records.Persons);
        writer.WriteNumber("organization"u8, Records.Organizations);
        writer.WriteNumber("detention"u8, Records.Detentions);
        writer.WriteNumber("release"u8, Records.Releases);
        writer.WriteNumber("sanctionMeasure"u8, Records.SanctionMeasures);
        writer.WriteNumber("link"u8, Records.Links);
        writer.WriteNumber("facility"u8, Records.Facilities);
        writer.WriteNumber("incident"u8, Records.Incidents);
        writer.WriteNumber("massDetention"u8, Records.MassDetentions);
        writer.WriteNumber("proceeding"u8, Records.Proceedings);
        writer.WriteNumber("source"u8, Records.Sources);
        writer.WriteEndObject();
        writer.WriteNumber("citationsById"u8, CitationsById);

        writer.WriteStartObject("detentions"u8);
        WriteDetentionCounts(writer, "total", Detentions.Total);
        writer.WriteStartObject("byCountry"u8);
        foreach ((CountryCode country, DetentionCounts counts) in Detentions.ByCountry)
        {
            WriteDetentionCounts(writer, country.Value, counts);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("massDetentions"u8);
        WriteMassDetentionCounts(writer, "total", MassDetentions.Total);
        writer.WriteStartObject("byCountry"u8);
        foreach ((CountryCode country, MassDetentionCounts counts) in MassDetentions.ByCountry)
        {
            WriteMassDetentionCounts(writer, country.Value, counts);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("releases"u8);
        WriteReleaseCounts(writer, "total", Releases.Total);
        writer.WriteStartObject("byKind"u8);
        foreach ((ReleaseKind kind, ReleaseCounts counts) in Releases.ByKind)
        {
            WriteReleaseCounts(writer, WireNames.Of(kind), counts);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("sanctions"u8);
        writer.WriteNumber("measures"u8, Sanctions.Measures);
        writer.WriteStartObject("byImposer"u8);
        foreach ((OrganizationId imposer, int count) in Sanctions.ByImposer)
        {
            writer.WriteNumber(imposer.Value, count);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("byKind"u8);
        foreach ((SanctionKind kind, int count) in Sanctions.ByKind)
        {
            writer.WriteNumber(WireNames.Of(kind), count);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("byStatus"u8);
        writer.WriteNumber("active"u8, Sanctions.ByStatus.Active);
        writer.WriteNumber("eased"u8, Sanctions.ByStatus.Eased);
        writer.WriteNumber("suspended"u8, Sanctions.ByStatus.Suspended);
        writer.WriteNumber("ended"u8, Sanctions.ByStatus.Ended);
        writer.WriteNumber("notYetInForce"u8, Sanctions.ByStatus.NotYetInForce);
        writer.WriteEndObject();
        WriteSanctionTargets(writer);
        writer.WriteEndObject();

        WriteIncidents(writer);

        writer.WriteStartObject("proceedings"u8);
        WriteProceedingCounts(writer, "total", Proceedings.Total);
        writer.WriteStartObject("byCountry"u8);
        foreach ((CountryCode country, ProceedingCounts counts) in Proceedings.ByCountry)
        {
            WriteProceedingCounts(writer, country.Value, counts);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the summary as <c>polev stats --format json</c> prints it: indented, non-ASCII text unescaped as in the
    /// data (<see cref="PoliticalEventsJson.Options"/>), and a line break at the end.
    /// </summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="path">The name of what was counted, as the report shows it (a file name, or <c>-</c>).</param>
    public void WriteJson(Stream utf8Json, string path)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using (var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true, Encoder = PoliticalEventsJson.Options.Encoder }))
        {
            WriteJson(writer, path);
        }

        utf8Json.Write("\n"u8);
        utf8Json.Flush();
    }

    // Format 1.1: the targets, weighed with their own listing dates (members after the measures' own).
    private void WriteSanctionTargets(Utf8JsonWriter writer)
    {
        writer.WriteNumber("targets"u8, Sanctions.Targets);
        writer.WriteNumber("targetsWithDates"u8, Sanctions.TargetsWithDates);
        writer.WriteStartObject("targetsByStatus"u8);
        writer.WriteNumber("active"u8, Sanctions.TargetsByStatus.Active);
        writer.WriteNumber("eased"u8, Sanctions.TargetsByStatus.Eased);
        writer.WriteNumber("suspended"u8, Sanctions.TargetsByStatus.Suspended);
        writer.WriteNumber("ended"u8, Sanctions.TargetsByStatus.Ended);
        writer.WriteNumber("notYetInForce"u8, Sanctions.TargetsByStatus.NotYetInForce);
        writer.WriteEndObject();
        writer.WriteStartObject("delistedByImposer"u8);
        foreach ((OrganizationId imposer, int count) in Sanctions.DelistedByImposer)
        {
            writer.WriteNumber(imposer.Value, count);
        }

        writer.WriteEndObject();
    }

    // Format 1.1: incidents by kind, and the persons who died in custody.
    private void WriteIncidents(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("incidents"u8);
        writer.WriteNumber("total"u8, Incidents.Total);
        writer.WriteStartObject("byKind"u8);
        foreach ((IncidentKind kind, int count) in Incidents.ByKind)
        {
            writer.WriteNumber(WireNames.Of(kind), count);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("deathsInCustody"u8);
        writer.WriteNumber("persons"u8, DeathsInCustody.Persons);
        writer.WriteStartObject("byCountry"u8);
        foreach ((CountryCode country, int count) in DeathsInCustody.ByCountry)
        {
            writer.WriteNumber(country.Value, count);
        }

        writer.WriteEndObject();
        writer.WriteNumber("countryUnknown"u8, DeathsInCustody.CountryUnknown);
        writer.WriteEndObject();
    }

    private static void WriteDetentionCounts(Utf8JsonWriter writer, string name, DetentionCounts counts)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("ongoing"u8, counts.Ongoing);
        writer.WriteNumber("ended"u8, counts.Ended);
        writer.WriteNumber("unknown"u8, counts.Unknown);
        writer.WriteNumber("total"u8, counts.Total);
        writer.WriteEndObject();
    }

    private static void WriteMassDetentionCounts(Utf8JsonWriter writer, string name, MassDetentionCounts counts)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("events"u8, counts.Events);
        writer.WriteNumber("peopleLow"u8, counts.PeopleLow);
        writer.WriteNumber("peopleHigh"u8, counts.PeopleHigh);
        writer.WriteNumber("detentionsListed"u8, counts.DetentionsListed);
        writer.WriteEndObject();
    }

    private static void WriteProceedingCounts(Utf8JsonWriter writer, string name, ProceedingCounts counts)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("proceedings"u8, counts.Proceedings);
        writer.WriteNumber("proceedingsWithoutVerdict"u8, counts.ProceedingsWithoutVerdict);
        writer.WriteNumber("defendants"u8, counts.Defendants);
        writer.WriteNumber("convicted"u8, counts.Convicted);
        writer.WriteNumber("acquitted"u8, counts.Acquitted);
        writer.WriteNumber("dismissed"u8, counts.Dismissed);
        writer.WriteNumber("other"u8, counts.Other);
        writer.WriteNumber("withoutVerdict"u8, counts.WithoutVerdict);
        writer.WriteEndObject();
    }

    private static void WriteReleaseCounts(Utf8JsonWriter writer, string name, ReleaseCounts counts)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("releases"u8, counts.Releases);
        writer.WriteNumber("peopleNamed"u8, counts.PeopleNamed);
        writer.WriteNumber("peopleReported"u8, counts.PeopleReported);
        writer.WriteNumber("releasesWithReportedCount"u8, counts.ReleasesWithReportedCount);
        writer.WriteEndObject();
    }

}
