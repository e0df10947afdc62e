using CsCheck;
using NodaTime;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Validation;

/// <summary>
/// The dataset rules' index spills to sorted temporary files past <see cref="ValidationOptions.IndexMemoryLimit"/>;
/// what is found must not depend on whether, or how often, it did.
/// </summary>
public sealed class IndexSpillTests
{
    private static readonly LocalDate Today = new(2026, 1, 1);

    // Generated datasets whose organizations' parents are rewired at random, with a few more organizations: chains,
    // cycles of one or several organizations (the generator alone makes only trees), parents that are people or missing.
    private static readonly Gen<Dataset> WithParents =
        from dataset in RecordGenerators.Dataset
        from extra in Gen.Int[2, 6]
        from choices in Gen.Int[0, 99].Array[dataset.Records.Count + extra]
        select Rewire(dataset, extra, choices);

    // Generated datasets made messy: some records dropped (dangling references), some repeated (duplicate ids, and
    // references that resolve to the first of them), and the order shuffled (forward references).
    private static readonly Gen<Record[]> MessyRecords =
        from dataset in WithParents
        from keep in Gen.Int[0, 9].Array[dataset.Records.Count]
        from repeats in Gen.Int[0, dataset.Records.Count - 1].Array[0, 4]
        from order in Gen.Int.Array[dataset.Records.Count + 4]
        select (Record[])
        [
            .. dataset.Records.Where((_, i) => keep[i] > 0).Concat(repeats.Select(i => dataset.Records[i]))
                .Select((record, i) => (record, key: order[i % order.Length] ^ i))
                .OrderBy(x => x.key)
                .Select(x => x.record),
        ];

    [Fact]
    public void Spilling_FindsWhatTheInMemoryIndexFinds_InTheSameOrder()
    {
        // How many samples had a cycle of one organization, and of several: the property must meet both.
        int selfParents = 0, longerCycles = 0;
        MessyRecords.Sample(
            records =>
            {
                (IReadOnlyList<Finding> inMemory, int runsInMemory, _) = Run(records, new ValidationOptions { Today = Today });
                (IReadOnlyList<Finding> spilled, int runs, _) = Run(records, new ValidationOptions { Today = Today, IndexMemoryLimit = 1 });

                // Unbounded (a dataset in memory): references to records already read are resolved as they come.
                (IReadOnlyList<Finding> unbounded, _, _) = Run(records, new ValidationOptions { Today = Today }, long.MaxValue);

                // A limit of a few records: references resolve at once until the first run is written, then at the merge.
                (IReadOnlyList<Finding> mixed, _, _) = Run(records, new ValidationOptions { Today = Today, IndexMemoryLimit = 3000 });

                Assert.Equal(0, runsInMemory);
                Assert.Equal(records.Length, runs); // a limit of one byte writes a run per record
                Assert.Equal(inMemory, spilled);
                Assert.Equal(inMemory, unbounded);
                Assert.Equal(inMemory, mixed);
                Interlocked.Add(ref selfParents, inMemory.Any(e => e.Code == ValidationCodes.OrganizationParentCycle && e.Message.Contains("own parent", StringComparison.Ordinal)) ? 1 : 0);
                Interlocked.Add(ref longerCycles, inMemory.Any(e => e.Code == ValidationCodes.OrganizationParentCycle && e.Message.Contains("a cycle of", StringComparison.Ordinal)) ? 1 : 0);
            },
            iter: 60,
            print: records => string.Join("\n", records.Select(r => PoliticalEventsJson.ToJson(r))));

        Assert.True(selfParents >= 3 && longerCycles >= 3, $"{selfParents} samples with an organization its own parent, {longerCycles} with a longer cycle");
    }

    [Fact]
    public void Spilling_ManyRuns_MergesThemAndStillFindsEveryProblem()
    {
        // 300 records, each run one record: the runs are merged into one every 32, and the problems are spread out.
        var records = new List<Record> { Read("""{"type":"organization","id":"o-1","kind":"court","name":"Court","country":"BY","sources":[{"title":"L"}]}""") };
        for (int i = 0; i < 300; i++)
        {
            string organization = i % 97 == 5 ? "o-missing" : "o-1";
            string id = i % 113 == 7 ? "p-0" : $"p-{i}";
            records.Add(Read($$"""{"type":"person","id":"{{id}}","name":"N","affiliations":[{"organizationId":"{{organization}}","role":"member"}],"sources":[{"title":"L"}]}"""));
        }

        (IReadOnlyList<Finding> inMemory, _, _) = Run(records, new ValidationOptions { Today = Today });
        (IReadOnlyList<Finding> spilled, int runs, int merges) = Run(records, new ValidationOptions { Today = Today, IndexMemoryLimit = 1 });

        Assert.Equal(301, runs);
        Assert.Equal(9, merges); // at 32 runs they become one; then every 31 more
        Assert.Equal(inMemory, spilled);
        Assert.Equal(
            [
                "line 7 reference.unresolved /affiliations/0/organizationId",
                "line 9 dataset.duplicateId /id",
                "line 104 reference.unresolved /affiliations/0/organizationId",
                "line 122 dataset.duplicateId /id",
                "line 201 reference.unresolved /affiliations/0/organizationId",
                "line 235 dataset.duplicateId /id",
                "line 298 reference.unresolved /affiliations/0/organizationId",
            ],
            spilled.Select(e => $"line {e.Line} {e.Code} {e.Path}"));
    }

    [Fact]
    public void TemporaryFiles_PrivateWhileTheRunLasts_GoneFromTheDirectoryAtOnce_ClosedWhenItEnds()
    {
        string directory = Directory.CreateTempSubdirectory("polev-index-test-").FullName;
        try
        {
            var options = new ValidationOptions { Today = Today, IndexMemoryLimit = 1, TemporaryDirectory = directory };
            foreach (Func<StreamingValidator, object?> end in (Func<StreamingValidator, object?>[])[v => v.Complete(), v => v.Stop(), v => { v.Dispose(); return null; }])
            {
                using var validator = new StreamingValidator(options);
                validator.AddRecord(Read("""{"type":"person","id":"p-1","name":"A","sources":[{"title":"L"}]}"""), line: 1);
                validator.AddRecord(Read("""{"type":"person","id":"p-2","name":"B","sources":[{"title":"L"}]}"""), line: 2);

                if (OperatingSystem.IsLinux())
                {
                    // Unlinked as soon as created (a kill leaves nothing), alive through their descriptors, owner-only.
                    Assert.Empty(Directory.GetFiles(directory));
                    string[] open = OpenFilesIn(directory);
                    Assert.Equal(2, open.Length);
                    foreach (string fd in open)
                    {
                        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(fd));
                    }
                }
                else
                {
                    Assert.Equal(2, Directory.GetFiles(directory).Length);
                }

                end(validator);
                Assert.Empty(Directory.GetFiles(directory));
                if (OperatingSystem.IsLinux())
                {
                    Assert.Empty(OpenFilesIn(directory));
                }
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // The descriptors of this process open on (deleted) files of the directory, as /proc/self/fd paths.
    private static string[] OpenFilesIn(string directory)
        => [.. Directory.GetFiles("/proc/self/fd").Where(fd => new FileInfo(fd).LinkTarget is { } target && target.StartsWith(directory + "/", StringComparison.Ordinal))];

    [Fact]
    public void IndexMemoryLimit_MustBePositive()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationOptions { IndexMemoryLimit = 0 });

    [Fact]
    public void TemporaryDirectoryMissing_AddRecordThrowsIOException()
    {
        var options = new ValidationOptions { IndexMemoryLimit = 1, TemporaryDirectory = Path.Combine(Path.GetTempPath(), "polev-no-such-dir-" + Guid.NewGuid().ToString("N")) };
        using var validator = new StreamingValidator(options);

        Assert.ThrowsAny<IOException>(() => validator.AddRecord(Read("""{"type":"person","id":"p-1","name":"A"}""")));
    }

    private static Dataset Rewire(Dataset dataset, int extra, int[] choices)
    {
        Organization template = dataset.Records.OfType<Organization>().First();
        List<Record> records = [.. dataset.Records, .. Enumerable.Range(0, extra).Select(i => template with { Id = new RecordId($"x{i}-{template.Id.Value}") })];
        string[] organizationIds = [.. records.OfType<Organization>().Select(o => o.Id.Value)];
        string personId = records.OfType<Person>().First().Id.Value;
        for (int i = 0, o = 0; i < records.Count; i++)
        {
            if (records[i] is Organization organization)
            {
                records[i] = organization with
                {
                    ParentId = choices[i] switch
                    {
                        < 25 => organization.ParentId, // as generated: an earlier organization, or none
                        < 55 => new OrganizationId(organizationIds[++o % organizationIds.Length]), // the next one, around a ring
                        < 85 => new OrganizationId(organizationIds[choices[i] % organizationIds.Length]), // any, itself too
                        < 92 => new OrganizationId(personId), // not an organization
                        _ => new OrganizationId("no-such-parent"),
                    },
                };
            }
        }

        return dataset with { Records = records };
    }

    private static Record Read(string json) => PoliticalEventsJson.ReadRecord(System.Text.Encoding.UTF8.GetBytes(json)).GetValueOrThrow();

    private static (IReadOnlyList<Finding> Errors, int Runs, int Merges) Run(IReadOnlyList<Record> records, ValidationOptions options, long? defaultIndexMemoryLimit = null)
    {
        using var validator = defaultIndexMemoryLimit is { } limit ? new StreamingValidator(options, limit) : new StreamingValidator(options);
        for (int i = 0; i < records.Count; i++)
        {
            validator.AddRecord(records[i], line: i + 1);
        }

        (int runs, int merges) = (validator.IndexRunsWritten, validator.IndexRunMerges);
        return (validator.Complete().Findings, runs, merges);
    }
}
