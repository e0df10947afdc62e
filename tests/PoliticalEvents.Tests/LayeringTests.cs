using System.Text.RegularExpressions;
using Xunit;

namespace PoliticalEvents.Tests;

/// <summary>
/// The layering of the code, checked on its sources: the model and value types at the bottom, then reading and
/// writing, then validation, then redaction, statistics and the adapters, then polev. Code may use what is below it and
/// its own namespace, never what is beside or above it, so each layer can be read and changed without the ones above.
/// </summary>
public partial class LayeringTests
{
    // Each namespace with its layer. A namespace not listed (a new one) fails the test until it is given a place.
    private static readonly Dictionary<string, int> Layers = new(StringComparer.Ordinal)
    {
        ["PoliticalEvents"] = 0,
        ["PoliticalEvents.Serialization"] = 1,
        ["PoliticalEvents.Schemas"] = 1,
        ["PoliticalEvents.Validation"] = 2,
        ["PoliticalEvents.Redaction"] = 3,
        ["PoliticalEvents.Statistics"] = 3,
        ["PoliticalEvents.Csv"] = 3,
        ["PoliticalEvents.Csv.Sheets"] = 3,
        ["PoliticalEvents.FollowTheMoney"] = 3,
        ["PoliticalEvents.SanctionsLists"] = 3,
        ["PoliticalEvents.Parquet"] = 4, // the CSV export's rows, as Parquet
        ["PoliticalEvents.Reports"] = 4,
        ["PoliticalEvents.Cli"] = 5,
    };

    public static TheoryData<string> SourceFiles() => [.. SourcePaths()];

    private static IEnumerable<string> SourcePaths()
    {
        foreach (string file in Directory.EnumerateFiles(RepoPaths.File("src"), "*.cs", SearchOption.AllDirectories)
            .Where(static f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            yield return Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
        }
    }

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void SourceFile_UsesOnlyItsOwnLayerFamilyAndTheLayersBelow(string file)
    {
        string[] lines = File.ReadAllLines(RepoPaths.File(file));
        // A file without a namespace (top-level statements) is in its project's root namespace.
        string own = lines.Select(static l => NamespaceLine().Match(l)).FirstOrDefault(static m => m.Success)?.Groups[1].Value
            ?? file.Split('/')[1];
        Assert.True(Layers.TryGetValue(own, out int layer), $"{file}: namespace {own} has no layer in LayeringTests; give it one.");

        var wrong = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            string code = lines[i].TrimStart();
            if (code.StartsWith("//", StringComparison.Ordinal))
            {
                continue; // comments and XML docs may mention anything
            }

            IEnumerable<string> used = UsingLine().Matches(code).Select(static m => NamespaceOf(m.Groups[1].Value))
                .Concat(Qualified().Matches(code).Select(static m => "PoliticalEvents." + m.Groups[1].Value))
                .Concat(Relative().Matches(code).Select(static m => "PoliticalEvents." + m.Groups[1].Value));
            foreach (string target in used.Distinct(StringComparer.Ordinal))
            {
                // One package's namespaces (PoliticalEvents.Csv and .Csv.Sheets) share a layer and may use each other.
                bool sameFamily = target == own
                    || (Layers.TryGetValue(target, out int family) && family == layer
                        && (target.StartsWith(own + ".", StringComparison.Ordinal) || own.StartsWith(target + ".", StringComparison.Ordinal)));
                if (sameFamily)
                {
                    continue;
                }

                if (!Layers.TryGetValue(target, out int targetLayer) || targetLayer >= layer)
                {
                    wrong.Add($"line {i + 1}: {own} (layer {layer}) uses {target} (layer {(Layers.TryGetValue(target, out int t) ? t : -1)})");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{file}:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void EveryNamespaceInTheSources_HasALayer_AndEveryLayerIsUsed()
    {
        string[] namespaces = [.. SourcePaths()
            .SelectMany(static f => File.ReadLines(RepoPaths.File(f)).Select(static l => NamespaceLine().Match(l)).Where(static m => m.Success).Take(1))
            .Select(static m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal(Layers.Keys.Order(StringComparer.Ordinal), namespaces);
    }

    // A using names a namespace or, as an alias or "using static", a type: the longest prefix that is a namespace.
    private static string NamespaceOf(string name)
    {
        while (!Layers.ContainsKey(name) && name.LastIndexOf('.') is int dot and > 0)
        {
            name = name[..dot];
        }

        return name;
    }

    [GeneratedRegex(@"^namespace ([\w.]+)\s*;")]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^(?:global )?using (?:static )?(?:\w+ = )?(PoliticalEvents(?:\.\w+)*)\b")]
    private static partial Regex UsingLine();

    // PoliticalEvents.Validation.DatasetValidator, wherever it is written out in full.
    [GeneratedRegex(@"(?<![\w.])PoliticalEvents\.(Serialization|Schemas|Validation|Redaction|Statistics|Csv|FollowTheMoney|SanctionsLists|Parquet|Reports|Cli)\b(?:\.Sheets\b)?")]
    private static partial Regex Qualified();

    // Validation.DatasetValidator, written relative to PoliticalEvents (not System.Text.Json.Serialization.X).
    [GeneratedRegex(@"(?<![\w.])(Serialization|Schemas|Validation|Redaction|Statistics|Csv|FollowTheMoney|SanctionsLists|Parquet|Reports|Cli)\.[A-Z]")]
    private static partial Regex Relative();
}
