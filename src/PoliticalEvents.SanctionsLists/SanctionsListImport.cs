namespace PoliticalEvents.SanctionsLists;

/// <summary>What <see cref="SanctionsListImporter.Import"/> made of a list: the dataset (unless refused) and the report.</summary>
public sealed class SanctionsListImport
{
    internal SanctionsListImport(Dataset? dataset, SanctionsListReport report, NodaTime.LocalDate? listDate)
    {
        Dataset = dataset;
        Report = report;
        ListDate = listDate;
    }

    /// <summary>
    /// The dataset: one organization per imposer, the listed people and organizations, one sanction measure per regime
    /// or programme. Null when the input was refused (see <see cref="Refused"/> and the report's errors).
    /// </summary>
    public Dataset? Dataset { get; }

    /// <summary>What was read and written, what could not be carried, and what changed since the previous import.</summary>
    public SanctionsListReport Report { get; }

    /// <summary>The day the list was generated or published, as the list says; null when it does not say.</summary>
    public NodaTime.LocalDate? ListDate { get; }

    /// <summary>True when nothing was imported: the input is not a readable list of the format asked for, or the previous dataset does not fit.</summary>
    public bool Refused => Dataset is null;
}
