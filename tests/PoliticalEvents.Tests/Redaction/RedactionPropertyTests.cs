using CsCheck;
using NodaTime;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Redaction;

/// <summary>
/// For random datasets (random confidentiality on every record, anonymous persons with secrets planted wherever their
/// name could be written, links to links, shuffled order): what redaction for the public promises.
/// </summary>
public sealed class RedactionPropertyTests
{
    private const int Iterations = 400;

    private static readonly ValidationOptions Options = new() { Today = new LocalDate(2026, 1, 1) };

    private static (Dataset Output, RedactionReport Report) Redact(Dataset input)
    {
        RedactionResult result = Redactor.Redact(input, RedactionProfile.Public, Options);
        Assert.True(result.Succeeded, string.Join("\n", result.Validation.Findings));
        return (result.Dataset!, result.Report!);
    }

    private static void Check(Action<RecordGenerators.RedactionSample> property)
        => RecordGenerators.RedactionDataset.Sample(property, iter: Iterations, print: s => s.ToString());

    [Fact]
    public void NoConfidentialRecord_Survives()
    {
        Check(sample =>
        {
            Dataset output = Redact(sample.Dataset).Output;

            HashSet<string> confidential = [.. sample.Dataset.Records.Where(r => r.Confidentiality == Confidentiality.Confidential).Select(r => r.Id.Value)];
            Assert.DoesNotContain(output.Records, r => r.Confidentiality == Confidentiality.Confidential);
            Assert.DoesNotContain(output.Records, r => confidential.Contains(r.Id.Value));
        });
    }

    [Fact]
    public void NoAnonymousPersonsName_AppearsInTheOutputOrTheReport()
    {
        Check(sample =>
        {
            (Dataset output, RedactionReport report) = Redact(sample.Dataset);

            string json = PoliticalEventsJson.ToJson(output);
            string reportText = string.Join("\n", report.Findings.Select(e => $"{e.Path} {e.RecordId} {e}"));
            foreach (string secret in sample.Secrets)
            {
                Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, reportText, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void RestrictedRecords_HaveNoBirthDatePlacementsConditionsNotesOrQuotes()
    {
        Check(sample =>
        {
            foreach (Record record in Redact(sample.Dataset).Output.Records.Where(r => r.Confidentiality == Confidentiality.Restricted))
            {
                Assert.Null(record.Notes);
                Assert.All(record.Sources, s => Assert.Null(s.Quote));
                switch (record)
                {
                    case Person person:
                        Assert.Null(person.BirthDate);
                        break;
                    case Detention detention:
                        Assert.Empty(detention.Placements);
                        Assert.Empty(detention.Conditions);
                        break;
                    case SanctionMeasure measure:
                        Assert.All(measure.History.SelectMany(h => h.Sources), s => Assert.Null(s.Quote));
                        break;
                }
            }
        });
    }

    [Fact]
    public void AnonymousPersons_AreCountedOnly()
    {
        Check(sample =>
        {
            foreach (Person person in Redact(sample.Dataset).Output.Records.OfType<Person>().Where(p => p.Anonymous))
            {
                Assert.Equal((null, null, null), (person.Name, person.Notes, person.BirthDate));
                Assert.Empty(person.Names);
                Assert.Empty(person.Identifiers);
                Assert.Empty(person.Affiliations);
                Assert.Empty(person.Sources);
            }
        });
    }

    [Fact]
    public void Output_AlwaysValidates()
    {
        Check(sample =>
        {
            ValidationResult result = DatasetValidator.Validate(Redact(sample.Dataset).Output, Options);

            Assert.True(result.Succeeded, string.Join("\n", result.Findings));
        });
    }

    [Fact]
    public void Report_AccountsForEveryDroppedRecord_OnceEach()
    {
        Check(sample =>
        {
            (Dataset output, RedactionReport report) = Redact(sample.Dataset);

            string[] dropped = [.. report.Findings.Where(e => e.Code.StartsWith("record.dropped.", StringComparison.Ordinal)).Select(e => e.RecordId!).Order(StringComparer.Ordinal)];
            HashSet<string> kept = [.. output.Records.Select(r => r.Id.Value)];
            string[] missing = [.. sample.Dataset.Records.Select(r => r.Id.Value).Where(id => !kept.Contains(id)).Order(StringComparer.Ordinal)];
            Assert.Equal(missing, dropped);
            Assert.Equal((sample.Dataset.Records.Count, output.Records.Count, missing.Length), (report.RecordsRead, report.RecordsKept, report.RecordsDropped));
            Assert.Equal(report.Findings.Count, report.Counts.Values.Sum());
        });
    }

    [Fact]
    public void DroppedRecords_AreExactlyTheConfidentialAndThoseThatCannotStandWithoutThem()
    {
        Check(sample =>
        {
            HashSet<string> kept = [.. Redact(sample.Dataset).Output.Records.Select(r => r.Id.Value)];

            HashSet<string> expected = MustDrop(sample.Dataset);
            Assert.Equal(expected.Order(StringComparer.Ordinal), sample.Dataset.Records.Select(r => r.Id.Value).Where(id => !kept.Contains(id)).Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public void RedactingTwice_EqualsRedactingOnce()
    {
        Check(sample =>
        {
            Dataset once = Redact(sample.Dataset).Output;

            (Dataset twice, RedactionReport report) = Redact(once);

            Assert.Equal(once, twice);
            Assert.Empty(report.Findings);
        });
    }

    [Fact]
    public void Order_ChangesNeitherWhatIsWrittenNorTheReport()
    {
        Check(sample =>
        {
            (Dataset output, RedactionReport report) = Redact(sample.Dataset);
            Dataset reversed = sample.Dataset with { Records = [.. sample.Dataset.Records.Reverse()] };

            (Dataset output2, RedactionReport report2) = Redact(reversed);

            Assert.Equal(output.Records.Reverse(), output2.Records);
            Assert.Equal(report.Counts.OrderBy(c => c.Key, StringComparer.Ordinal), report2.Counts.OrderBy(c => c.Key, StringComparer.Ordinal));
        });
    }

    [Fact]
    public void Samples_ExerciseEveryRuleThatValidDataCanMeet_AndSeveralPasses()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var passes = new HashSet<int>();
        int secrets = 0;
        RecordGenerators.RedactionDataset.Sample(
            sample =>
            {
                RedactionReport report = Redact(sample.Dataset).Report;
                codes.UnionWith(report.Counts.Keys);
                passes.Add(report.Passes);
                secrets += sample.Secrets.Count;
            },
            iter: Iterations,
            seed: "0N0XIzNsQ0O3",
            threads: 1);

        string[] reachable = [.. typeof(RedactionCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!)
            .Where(c => c is not (RedactionCodes.FieldRemovedName or RedactionCodes.FieldRemovedNames))];
        Assert.Equal(reachable.Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
        Assert.Contains(passes, p => p >= 3);
        Assert.True(secrets > Iterations / 4, $"{secrets} secrets");
    }

    // The rules of docs/redaction.md as a plain fixpoint over the whole dataset: confidential records, then every record
    // whose required reference, or every detainee, target or defendant, is dropped — until nothing more goes.
    private static HashSet<string> MustDrop(Dataset dataset)
    {
        HashSet<string> dropped = [.. dataset.Records.Where(r => r.Confidentiality == Confidentiality.Confidential).Select(r => r.Id.Value)];

        // Format 1.1: a source record the input cites goes when no kept record keeps a citation of it. Records about an
        // anonymous person (the person, their detentions and incidents, links to or from them) lose their sources.
        HashSet<string> anonymous = [.. dataset.Records.OfType<Person>().Where(p => p.Anonymous).Select(p => p.Id.Value)];
        bool LosesSources(Record record) => record switch
        {
            Person p => p.Anonymous,
            Detention d => anonymous.Contains(d.SubjectId.Value),
            Link l => anonymous.Contains(l.FromId.Value) || anonymous.Contains(l.ToId.Value),
            Incident i => i.SubjectIds.Any(s => anonymous.Contains(s.Value)),
            _ => false,
        };
        static IEnumerable<string> Cited(Record record)
            => record.Sources.Concat(record is SanctionMeasure m ? m.History.SelectMany(h => h.Sources) : [])
                .Where(s => s.SourceId is not null).Select(s => s.SourceId!.Value.Value);
        HashSet<string> citedInInput = [.. dataset.Records.SelectMany(Cited)];

        bool more = true;
        while (more)
        {
            more = false;
            foreach (Record record in dataset.Records.Where(r => !dropped.Contains(r.Id.Value)))
            {
                bool drop = record switch
                {
                    Detention d => dropped.Contains(d.SubjectId.Value),
                    Release r => r.Detainees.All(x => dropped.Contains(x.SubjectId.Value)),
                    SanctionMeasure m => dropped.Contains(m.ImposedById.Value) || m.Targets.All(t => t.ActorId is { } a && dropped.Contains(a.Value)),
                    Link l => dropped.Contains(l.FromId.Value) || dropped.Contains(l.ToId.Value),
                    Incident i => i.SubjectIds.Any(s => dropped.Contains(s.Value)), // an incident goes with any of its subjects
                    Proceeding p => p.Defendants.All(x => dropped.Contains(x.SubjectId.Value)), // format 1.1
                    SourceRecord u => citedInInput.Contains(u.Id.Value) && !dataset.Records.Any(r => !dropped.Contains(r.Id.Value) && !LosesSources(r) && Cited(r).Contains(u.Id.Value)), // format 1.1
                    _ => false,
                };
                if (drop)
                {
                    dropped.Add(record.Id.Value);
                    more = true;
                }
            }
        }

        return dropped;
    }
}
