using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

using DocsSamples;

namespace PoliticalEvents.Tests.Docs;

/// <summary>The "Build a dataset" example of README.md is this code, and it builds a dataset that validates with no findings.</summary>
public sealed class BuildDatasetExampleTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("readme-build-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string ExampleRegion()
    {
        string source = File.ReadAllText(RepoPaths.File("tests/PoliticalEvents.Tests/Docs/BuildDatasetExample.cs")).ReplaceLineEndings("\n");
        int start = source.IndexOf("// begin-readme-build-example\n", StringComparison.Ordinal) + "// begin-readme-build-example\n".Length;
        int end = source.IndexOf("// end-readme-build-example", StringComparison.Ordinal);
        return source[start..end].Replace("namespace DocsSamples;\n\n", string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_BuildADataset_IsTheTestedExample()
    {
        string readme = File.ReadAllText(RepoPaths.File("README.md")).ReplaceLineEndings("\n");
        Assert.Contains("```csharp\n" + ExampleRegion() + "```", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Example_NeedsOnlyTheTwoUsings()
        => Assert.Equal(
            ["using PoliticalEvents;", "using PoliticalEvents.Serialization;"],
            ExampleRegion().Split('\n').Where(line => line.StartsWith("using ", StringComparison.Ordinal)));

    [Fact]
    public async Task Example_BuildsADatasetThatValidatesWithNoFindings()
    {
        Dataset dataset = await BuildDatasetExample.BuildAndWriteAsync(_directory);

        ValidationResult result = DatasetValidator.Validate(dataset);

        Assert.Empty(result.Findings);
        Assert.Equal(6, dataset.Records.Count);
        Assert.Equal(Dataset.CurrentFormatVersion, dataset.FormatVersion);
    }

    [Fact]
    public async Task Example_WritesADocumentAndJsonLinesThatReadBackAsTheDataset()
    {
        Dataset dataset = await BuildDatasetExample.BuildAndWriteAsync(_directory);

        Dataset document = PoliticalEventsJson.ReadDataset(File.ReadAllBytes(Path.Combine(_directory, "belarus.json"))).GetValueOrThrow();
        await using FileStream stream = File.OpenRead(Path.Combine(_directory, "belarus.jsonl"));
        (Dataset? lines, IReadOnlyList<Finding> errors) = await JsonLines.ReadDatasetAsync(stream);

        Assert.Equal(dataset, document);
        Assert.Empty(errors);
        Assert.Equal(dataset, lines);
        Assert.Equal(SanctionStatus.Eased, document.Records.OfType<SanctionMeasure>().Single().StatusOn(new DateOnly(2025, 12, 31)));
    }
}
