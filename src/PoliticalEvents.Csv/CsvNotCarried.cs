namespace PoliticalEvents.Csv;

/// <summary>
/// The properties of the model that the CSV tables do not carry, each as <c>Type.Property</c> (or <c>Type</c> for a
/// whole type, or <c>Base.Property</c> for every type that has it): none today. Every other property has a column of
/// <see cref="CsvTables"/> that <see cref="CsvExporter"/> writes and <see cref="CsvImporter"/> reads back.
/// </summary>
/// <remarks>
/// <para>A property added to the model must either get a column or be listed here; the model-coverage test
/// (tests/PoliticalEvents.Tests/Records/ModelCoverageTests.Adapters.cs) exports and imports random datasets and fails
/// for a property that is set before and not after, unless it is listed here; and for one listed here that comes back.
/// </para>
/// <para>A property listed here must still never be dropped silently: the export reports each of its values as a
/// finding (<c>export.loss</c>, in <see cref="CsvExportReport.Findings"/>) at the value's path (as it does today for a sanction programme with neither code nor name, a
/// value the tables cannot hold rather than a property), and the test checks that too.</para>
/// </remarks>
internal static class CsvNotCarried
{
    /// <summary>The properties (or types) not carried; empty: the tables carry the whole model.</summary>
    internal static readonly IReadOnlySet<string> Members = new HashSet<string>(StringComparer.Ordinal);
}
