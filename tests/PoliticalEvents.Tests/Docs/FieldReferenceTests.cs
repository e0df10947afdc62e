using Xunit;

namespace PoliticalEvents.Tests.Docs;

/// <summary>
/// docs/format.md's field reference is what the schemas say, so that the specification cannot fall behind the model.
/// To update it after a model change: regenerate the schemas, then run this test with UPDATE_DOCS=1 and review the diff.
/// </summary>
public sealed class FieldReferenceTests
{
    [Fact]
    public void FormatDoc_FieldReference_IsWhatTheSchemasSay()
    {
        string path = RepoPaths.File("docs/format.md");
        string doc = File.ReadAllText(path).ReplaceLineEndings("\n");
        int start = doc.IndexOf(FieldReference.Start, StringComparison.Ordinal);
        int end = doc.IndexOf(FieldReference.End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/format.md has no field reference markers.");
        int from = start + FieldReference.Start.Length + 1;
        string expected = "\n" + FieldReference.Render() + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, doc[..from] + expected + doc[end..]);
            doc = File.ReadAllText(path).ReplaceLineEndings("\n");
            end = doc.IndexOf(FieldReference.End, StringComparison.Ordinal);
        }

        Assert.True(doc[from..end] == expected, "docs/format.md's field reference differs from the schemas; run this test with UPDATE_DOCS=1 and review the diff.");
    }
}
