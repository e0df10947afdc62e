using CsCheck;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Generators;

/// <summary>The generators produce what their documentation promises: variety, and the rules of valid data.</summary>
public sealed class RecordGeneratorsTests
{
    private static readonly Dataset[] Samples = [.. Enumerable.Range(0, 300).Select(seed => RecordGenerators.Dataset.Single(_ => true, ((ulong)seed * 0x9E3779B97F4A7C15).ToString("X16")[..12]))];

    private static IEnumerable<PartialDate> AllDates(Dataset dataset)
    {
        foreach (Record record in dataset.Records)
        {
            IEnumerable<PartialDate?> dates = record switch
            {
                Person p => [p.BirthDate, p.DeathDate, .. p.Affiliations.SelectMany(a => new[] { a.From, a.Until })],
                Detention d => [d.StartedOn, d.EndedOn, .. d.Sentences.Select(s => (PartialDate?)s.ImposedOn), .. d.Placements.SelectMany(p => new[] { p.From, p.Until }), .. d.Designations.Select(x => x.On)],
                Release r => [r.ReleasedOn],
                SanctionMeasure s => [.. s.History.Select(h => (PartialDate?)h.On)],
                Link l => [l.On],
                _ => [],
            };
            foreach (PartialDate date in dates.OfType<PartialDate>())
            {
                yield return date;
            }
        }
    }

    [Fact]
    public void Dataset_Samples_CoverEveryRecordTypePrecisionAndQualifier()
    {
        // Every record type the model declares (format 1.1 adds some).
        string[] types = [.. typeof(Record).GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonDerivedTypeAttribute), false)
            .Select(a => (string)((System.Text.Json.Serialization.JsonDerivedTypeAttribute)a).TypeDiscriminator!).Order(StringComparer.Ordinal)];
        Assert.Equal(types, Samples.SelectMany(d => d.Records).Select(r => r.TypeName).Distinct().Order(StringComparer.Ordinal));
        PartialDate[] dates = [.. Samples.SelectMany(AllDates)];
        foreach (DatePrecision precision in Enum.GetValues<DatePrecision>())
        {
            foreach (DateQualifier qualifier in Enum.GetValues<DateQualifier>())
            {
                Assert.Contains(dates, d => d.Precision == precision && d.Qualifier == qualifier);
            }
        }
    }

    [Fact]
    public void Dataset_Samples_NamesInSeveralScriptsAndOptionalFieldsBothWays()
    {
        string[] names = [.. Samples.SelectMany(d => d.Records).OfType<Person>().Select(p => p.Name).OfType<string>()];
        Assert.Contains(names, n => n.Any(c => c is >= 'А' and <= 'я'));
        Assert.Contains(names, n => n.Any(c => c is >= '\u0600' and <= '\u06FF'));
        Assert.Contains(names, n => n.Any(c => c is >= '\u4E00' and <= '\u9FFF'));
        Assert.Contains(names, n => n.Any(char.IsSurrogate));

        Person[] people = [.. Samples.SelectMany(d => d.Records).OfType<Person>()];
        Assert.Contains(people, p => p.BirthDate is null);
        Assert.Contains(people, p => p.BirthDate is not null);
        Assert.Contains(people, p => p.Anonymous);
        Assert.Contains(people, p => p.Sources.Count == 0);
        Assert.Contains(people, p => p.Sources.Count > 0);
        Assert.Contains(Samples, d => d.CreatedAt is null);
        Assert.Contains(Samples, d => d.CreatedAt is not null);
    }

    [Fact]
    public void Dataset_Samples_KeepTheRulesOfValidData()
    {
        foreach (Dataset dataset in Samples)
        {
            Dictionary<string, Record> byId = dataset.Records.ToDictionary(r => r.Id.Value);
            Assert.Equal(dataset.Records.Count, byId.Count);
            foreach (Record record in dataset.Records)
            {
                switch (record)
                {
                    case Person person:
                        Assert.True(person.Anonymous ^ person.Name is not null);
                        Assert.All(person.Affiliations, a => Assert.True(a.OrganizationId is { } organization ? byId[organization.Value] is Organization : a.Role is not null));
                        Assert.False(person.BirthDate is { } birth && person.DeathDate is { } death && death.IsDefinitelyBefore(birth));
                        break;
                    case Organization organization:
                        Assert.True(organization.Country is not null || organization.Kind is not (OrganizationKind.State or OrganizationKind.GovernmentBody or OrganizationKind.Court or OrganizationKind.SecurityService));
                        Assert.True(organization.ParentId is null || byId[organization.ParentId.Value.Value] is Organization);
                        break;
                    case Detention detention:
                        Assert.IsType<Person>(byId[detention.SubjectId.Value]);
                        Assert.Equal(detention.Status == DetentionStatus.Ended, detention.EndedOn is not null);
                        Assert.False(detention.EndedOn is { } ended && ended.IsDefinitelyBefore(detention.StartedOn));
                        Assert.All(detention.Sentences, s => Assert.True(s.Term is not null || s.Kind is not (SentenceKind.Imprisonment or SentenceKind.RestrictedFreedom or SentenceKind.Suspended or SentenceKind.HouseArrest)));
                        break;
                    case Release release:
                        Assert.NotEmpty(release.Detainees);
                        foreach (ReleasedDetainee detainee in release.Detainees)
                        {
                            Assert.IsType<Person>(byId[detainee.SubjectId.Value]);
                            if (detainee.DetentionId is { } detentionId)
                            {
                                Detention freed = Assert.IsType<Detention>(byId[detentionId.Value]);
                                Assert.Equal(detainee.SubjectId, freed.SubjectId);
                                Assert.NotEqual(DetentionStatus.Ongoing, freed.Status);
                                Assert.False(release.ReleasedOn.IsDefinitelyBefore(freed.StartedOn));
                            }
                        }

                        Assert.True(release.ReportedCount is not { Qualifier: CountQualifier.Exact } count || count.Value >= release.Detainees.Count);
                        break;
                    case SanctionMeasure measure:
                        Assert.IsType<Organization>(byId[measure.ImposedById.Value]);
                        Assert.Equal(SanctionAction.Imposed, measure.History[0].Action);
                        for (int i = 1; i < measure.History.Count; i++)
                        {
                            Assert.False(measure.History[i].On.IsDefinitelyBefore(measure.History[i - 1].On));
                            if (measure.History[i - 1].Action is SanctionAction.Lifted or SanctionAction.Expired or SanctionAction.Annulled)
                            {
                                Assert.Equal(SanctionAction.Reimposed, measure.History[i].Action);
                            }
                        }

                        // An actor alone, a sector (of one country, format 1.1), or a country alone.
                        Assert.All(measure.Targets, t => Assert.True(t.ActorId is not null ? t is { Sector: null, Country: null } : t.Sector is not null || t.Country is not null));
                        Assert.All(measure.Targets, t => Assert.False(t.ListedOn is { } listed && t.DelistedOn is { } delisted && delisted.IsDefinitelyBefore(listed)));
                        Assert.All(measure.Targets.Where(t => t.ActorId is not null), t => Assert.IsAssignableFrom<Actor>(byId[t.ActorId!.Value.Value]));
                        break;
                    case Link link:
                        Assert.Contains(link.FromId.Value, byId.Keys);
                        Assert.Contains(link.ToId.Value, byId.Keys);
                        break;
                }

                Assert.All(record.Sources, s => Assert.True(s.Url is not null || s.Title is not null || (s.SourceId is { } cited && byId[cited.Value] is SourceRecord)));
            }
        }
    }
}
