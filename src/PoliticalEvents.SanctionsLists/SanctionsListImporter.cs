using NodaTime;
using PoliticalEvents.Validation;

namespace PoliticalEvents.SanctionsLists;

/// <summary>
/// Imports an official sanctions list (UN, EU, OFAC; see <see cref="SanctionsListFormat"/>) into a dataset: one
/// organization record for the imposer, a person or organization per listed entry, and one sanction measure per regime
/// or programme (an asset freeze for the EU and OFAC; of kind other for the UN, whose list does not say which of a
/// regime's measures apply) with one target per listing. The mapping and every report code are in
/// docs/sanctions-lists.md.
/// </summary>
/// <remarks>
/// The XML is read with <see cref="System.Xml.XmlReader"/>, one entry at a time, never processing a DTD or fetching
/// anything. Every record is validated before it is kept; an entry that does not validate is reported, not written,
/// so the dataset always validates.
/// </remarks>
public static class SanctionsListImporter
{
    /// <summary>Imports a list.</summary>
    /// <param name="xml">The list's XML; left open.</param>
    /// <param name="format">Which list it is.</param>
    /// <param name="options">Options: the previous import to compare with, a title.</param>
    /// <param name="cancellationToken">Stops the import between entries.</param>
    /// <returns>The dataset (null when the input was refused) and the report.</returns>
    public static SanctionsListImport Import(Stream xml, SanctionsListFormat format, SanctionsListImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), "Not a list the importer reads.");
        }

        options ??= new SanctionsListImportOptions();
        var report = new SanctionsListReport();
        Imposer imposer = Imposer.Of(format);
        ListReader reader = imposer.Reader(report, format);
        var builder = new DatasetBuilder(imposer, report);
        if (!reader.Read(xml, builder.Add, cancellationToken))
        {
            return new SanctionsListImport(null, report, reader.ListDate);
        }

        if (reader.ListDate is not LocalDate listDate)
        {
            report.Add(SanctionsListReportCodes.InputNoDate, "The list does not say the day it was generated or published: nothing imported.", severity: Severity.Error);
            return new SanctionsListImport(null, report, null);
        }

        Dataset? dataset = builder.Build(listDate, options);
        return new SanctionsListImport(dataset, report, listDate);
    }
}
