using System.Text;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>The files the test project copies to its output: <c>examples/</c> and <c>fixtures/</c>.</summary>
internal static class TestFiles
{
    public static string ExamplesDirectory => Path.Combine(AppContext.BaseDirectory, "examples");

    public static IEnumerable<string> Examples(string extension)
        => Directory.EnumerateFiles(ExamplesDirectory, "*" + extension).Order(StringComparer.Ordinal);

    public static string Example(string name) => Path.Combine(ExamplesDirectory, name);

    public static byte[] Malformed(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "malformed", name));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
