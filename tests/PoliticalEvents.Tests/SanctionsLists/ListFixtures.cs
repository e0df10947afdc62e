using System.Text;
using PoliticalEvents.SanctionsLists;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.SanctionsLists;

/// <summary>The list fixtures (fixtures/lists: written for the project in each list's shape, every person invented) and helpers.</summary>
internal static class ListFixtures
{
    public const string Un = "un-sample.xml";
    public const string Eu = "eu-sample.xml";
    public const string Ofac = "ofac-sample.xml";

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "lists", name);

    public static string XmlOf(string name) => File.ReadAllText(PathOf(name));

    public static SanctionsListFormat FormatOf(string name) => name switch
    {
        Un => SanctionsListFormat.Un,
        Eu => SanctionsListFormat.Eu,
        _ => SanctionsListFormat.Ofac,
    };

    public static SanctionsListImport Import(string xml, SanctionsListFormat format, SanctionsListImportOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return SanctionsListImporter.Import(stream, format, options);
    }

    public static SanctionsListImport ImportFixture(string name) => Import(XmlOf(name), FormatOf(name));

    /// <summary>The dataset, asserted to exist and to have no validation error.</summary>
    public static Dataset Valid(SanctionsListImport import)
    {
        Assert.NotNull(import.Dataset);
        Finding[] errors = [.. DatasetValidator.Validate(import.Dataset).Findings.Where(static f => f.Severity == Severity.Error)];
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(static e => e.ToString())));
        return import.Dataset;
    }

    public static T Record<T>(Dataset dataset, string id) where T : Record
        => Assert.IsType<T>(Assert.Single(dataset.Records, r => r.Id.Value == id));

    public static int Count(SanctionsListImport import, string code) => import.Report.CountsByCode.GetValueOrDefault(code);
}
