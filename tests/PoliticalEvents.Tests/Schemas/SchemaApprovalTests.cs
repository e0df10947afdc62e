using PoliticalEvents.Schemas;
using Xunit;

namespace PoliticalEvents.Tests.Schemas;

/// <summary>
/// The committed schemas (schemas/v1) must be exactly what the generator makes from the C# types.
/// To update them after a model change: set UPDATE_SCHEMAS=1, run the tests, and review the diff.
/// </summary>
public class SchemaApprovalTests
{
    [Fact]
    public void CommittedSchemas_EqualGenerated()
    {
        IReadOnlyDictionary<string, string> generated = SchemaGenerator.GenerateAll();
        string directory = RepoPaths.File("schemas/v1");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMAS") == "1")
        {
            foreach ((string name, string text) in generated)
            {
                File.WriteAllText(Path.Combine(directory, name + ".schema.json"), text);
            }
        }

        Assert.Equal(generated.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(directory, "*.schema.json").Select(f => Path.GetFileName(f)[..^".schema.json".Length]).Order(StringComparer.Ordinal));
        foreach ((string name, string text) in generated)
        {
            Assert.True(text == File.ReadAllText(Path.Combine(directory, name + ".schema.json")), $"schemas/v1/{name}.schema.json differs from what the C# types generate; run the tests with UPDATE_SCHEMAS=1 and review the diff.");
        }
    }

    [Fact]
    public void EmbeddedSchemas_EqualCommitted()
    {
        foreach (string name in PoliticalEventsSchemas.Names)
        {
            Assert.Equal(File.ReadAllText(RepoPaths.File($"schemas/v1/{name}.schema.json")), PoliticalEventsSchemas.GetSchemaText(name));
        }
    }

    [Fact]
    public void GetSchemaText_UnknownName_Throws()
        => Assert.Throws<ArgumentException>(() => PoliticalEventsSchemas.GetSchemaText("prisoner"));
}
