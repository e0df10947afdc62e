using CsCheck;
using NodaTime;
using PoliticalEvents.Statistics;
using Xunit;

namespace PoliticalEvents.Tests.Statistics;

/// <summary>
/// Deaths in custody join an incident to its detention by id, whichever comes first, while the accumulator keeps only
/// a packed hash and country per detention: on many shuffled datasets it agrees with a plain join over every record.
/// </summary>
public sealed class DeathsInCustodyJoinTests
{
    private static readonly CountryCode[] Countries = [.. new[] { "BY", "RU", "AZ", "IR", "VE", "TN" }.Select(CountryCode.Parse)];

    private static readonly PartialDate On = PartialDate.FromYear(2023);

    // n detentions (each its own person), some ended by death; incidents of death in custody that name a detention,
    // none, or one the dataset does not have; all in a random order.
    private static readonly Gen<Record[]> Datasets =
        Gen.Int[1, 400].SelectMany(n =>
            Gen.Select(
                Gen.Int[0, Countries.Length - 1].Array[n],
                Gen.Bool.Array[n],
                Gen.Int[-2, n - 1].Array[0, 40],
                (countries, byDeath, named) =>
                {
                    var records = new List<Record>();
                    for (int i = 0; i < n; i++)
                    {
                        records.Add(new Detention
                        {
                            Id = new DetentionId($"d{i}"),
                            SubjectId = new PersonId($"p{i}"),
                            Country = Countries[countries[i]],
                            StartedOn = On,
                            EndedOn = On,
                            Status = DetentionStatus.Ended,
                            EndReason = byDeath[i] && i % 3 == 0 ? DetentionEndReason.Death : DetentionEndReason.Release,
                        });
                    }

                    for (int k = 0; k < named.Length; k++)
                    {
                        int d = named[k];
                        records.Add(new Incident
                        {
                            Id = new RecordId($"i{k}"),
                            Kind = IncidentKind.DeathInCustody,
                            SubjectIds = [new PersonId(d >= 0 ? $"p{d}" : $"q{k}")],
                            DetentionId = d == -1 ? null : new DetentionId(d >= 0 ? $"d{d}" : $"missing{k}"),
                            OccurredOn = On,
                        });
                    }

                    return records.ToArray();
                }))
        .SelectMany(records => Gen.Shuffle(records));

    [Fact]
    public void ByCountry_AgreesWithAPlainJoin()
        => Datasets.Sample(records =>
        {
            var statistics = new DatasetStatistics(new LocalDate(2026, 1, 1));
            foreach (Record record in records)
            {
                statistics.Add(record);
            }

            DeathsInCustodyStatistics actual = statistics.Summarize().DeathsInCustody;
            Assert.Equal(Expected(records), actual);
        }, iter: 300);

    // Each person who died in custody once, in the first by code of the countries of the detentions that place the death.
    private static DeathsInCustodyStatistics Expected(Record[] records)
    {
        Dictionary<string, Detention> detentions = records.OfType<Detention>().ToDictionary(d => d.Id.Value);
        var places = new Dictionary<string, List<CountryCode>>();
        foreach (Detention detention in detentions.Values.Where(d => d.EndReason == DetentionEndReason.Death))
        {
            Places(detention.SubjectId.Value).Add(detention.Country);
        }

        foreach (Incident incident in records.OfType<Incident>())
        {
            foreach (PersonId subject in incident.SubjectIds)
            {
                List<CountryCode> list = Places(subject.Value);
                if (incident.DetentionId is { } id && detentions.TryGetValue(id.Value, out Detention? detention))
                {
                    list.Add(detention.Country);
                }
            }
        }

        var byCountry = places.Values.Where(list => list.Count > 0)
            .GroupBy(list => list.Select(c => c.Value).Min(StringComparer.Ordinal)!)
            .ToDictionary(g => CountryCode.Parse(g.Key), g => g.Count());
        return new DeathsInCustodyStatistics
        {
            Persons = places.Count,
            ByCountry = System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(byCountry),
            CountryUnknown = places.Values.Count(list => list.Count == 0),
        };

        List<CountryCode> Places(string person)
            => places.TryGetValue(person, out List<CountryCode>? list) ? list : places[person] = [];
    }
}
