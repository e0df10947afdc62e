using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Validation;

/// <summary>References are resolved when their target is already known, else at the end: the order of the records must not change what is found.</summary>
public sealed class DatasetRulesOrderTests
{
    private static readonly ValidationOptions Options = new() { Today = new NodaTime.LocalDate(2026, 1, 1) };

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (string folder in (string[])["valid", "invalid"])
        {
            foreach (string path in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "fixtures", folder), "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Validate_ReversedRecords_SameFindings(string path)
    {
        if (PoliticalEventsJson.ReadDataset(File.ReadAllBytes(path)).Value is not { } dataset)
        {
            return; // unreadable fixtures have no dataset rules to check
        }

        if (dataset.Records.GroupBy(r => r.Id).Any(g => g.Count() > 1))
        {
            return; // with duplicate ids, the first record of an id is what references resolve to: order matters there
        }

        Dataset reversed = dataset with { Records = [.. dataset.Records.Reverse()] };

        Assert.Equal(Findings(dataset), Findings(reversed));
    }

    // Findings without the record's index, which the reversal changes.
    private static string[] Findings(Dataset dataset) =>
    [
        .. DatasetValidator.Validate(dataset, Options).Findings
            .Select(e => $"{e.Code} {e.RecordId} {string.Join('/', e.Path.Split('/').Skip(3))}")
            .Order(StringComparer.Ordinal),
    ];
}
