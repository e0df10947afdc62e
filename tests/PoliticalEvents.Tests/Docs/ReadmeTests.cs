using Xunit;

using DocsSamples;

namespace PoliticalEvents.Tests.Docs;

public class ReadmeTests
{
    private static string ExampleRegion()
    {
        string source = File.ReadAllText(RepoPaths.File("tests/PoliticalEvents.Tests/Docs/ReadmeExample.cs"));
        int start = source.IndexOf("// begin-readme-example\n", StringComparison.Ordinal) + "// begin-readme-example\n".Length;
        int end = source.IndexOf("// end-readme-example", StringComparison.Ordinal);
        return source[start..end].Replace("namespace DocsSamples;\n\n", string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_QuickStart_IsTheTestedExample()
    {
        string readme = File.ReadAllText(RepoPaths.File("README.md"));
        Assert.Contains("```csharp\n" + ExampleRegion() + "```", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadmeExample_OnSeedDataset_ReportsNamedAnnouncedAndStatus()
    {
        string summary = ReadmeExample.Run(Path.Combine(AppContext.BaseDirectory, "examples", "belarus-2025.json"));
        Assert.StartsWith("4 persons; 3 named of 123 released; potash Active -> Eased;", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_Commands_AreTheOnesCiRuns()
    {
        string readme = File.ReadAllText(RepoPaths.File("README.md"));
        Assert.Contains("dotnet run --project src/PoliticalEvents.Cli -- validate examples/belarus-2025.json", readme, StringComparison.Ordinal);
        Assert.Contains("\ndotnet test\n", readme, StringComparison.Ordinal);
        string ci = File.ReadAllText(RepoPaths.File(".ci/run"));
        Assert.Contains("dotnet run --project src/PoliticalEvents.Cli -- validate examples/belarus-2025.json", ci, StringComparison.Ordinal);
    }
}
