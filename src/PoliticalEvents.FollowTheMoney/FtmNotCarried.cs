using C = PoliticalEvents.FollowTheMoney.FtmReportCodes;

namespace PoliticalEvents.FollowTheMoney;

/// <summary>
/// The properties of the model that the FtM export never writes into an entity, with the report code
/// (<see cref="FtmReportCodes"/>) under which the export names each value it drops. Keys are <c>Type.Property</c>,
/// <c>Type</c> for a whole type, or <c>Base.Property</c> for every type that has the property
/// (<c>Record.Confidentiality</c>); the most specific key applies. docs/followthemoney.md gives the mapping field by field.
/// </summary>
/// <remarks>
/// <para>A property added to the model must either reach the entities (<see cref="RecordExporter"/>) or be listed
/// here. The model-coverage test (tests/PoliticalEvents.Tests/Records/ModelCoverageTests.Adapters.cs) changes each
/// property in random datasets and fails for one whose changes never change the exported entities and that is not
/// listed here; for one listed here whose changes do; and for a value of a listed property that no report entry covers
/// (at its path or a path above it), that is, a value dropped silently.</para>
/// <para>Properties carried only in part are not listed: the kind of another name (only <c>former</c> has a property
/// of its own, <see cref="C.ExportNameKind"/>), the kind of an organization (<see cref="C.ExportOrganizationKindNotCarried"/>),
/// the history of a sanction (its first and final steps only, <see cref="C.ExportSanctionHistoryStep"/>), a target's
/// own listing (format 1.1: its listing date, delisting date and reason when they do not clash with the measure's,
/// <see cref="C.ExportSanctionTargetListing"/>).</para>
/// <para>The dataset's metadata has no report code: the export's input is records (a dataset only lends its
/// records), and FtM JSON Lines have no place for a title, licence or publisher of the whole.</para>
/// </remarks>
internal static class FtmNotCarried
{
    /// <summary>What is not carried, and the code that reports it (null: not reported, see the remarks).</summary>
    internal static readonly IReadOnlyDictionary<string, string?> Members = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        // Whole records FtM has no schema for, with their parts.
        ["Detention"] = C.ExportRecordNotMapped,
        ["Charge"] = C.ExportRecordNotMapped,
        ["Sentence"] = C.ExportRecordNotMapped,
        ["Fine"] = C.ExportRecordNotMapped,
        ["SentenceCombination"] = C.ExportRecordNotMapped,
        ["Placement"] = C.ExportRecordNotMapped,
        ["Designation"] = C.ExportRecordNotMapped,
        ["Release"] = C.ExportRecordNotMapped,
        ["ReleasedDetainee"] = C.ExportRecordNotMapped,
        ["ReportedCount"] = C.ExportRecordNotMapped,
        ["Link"] = C.ExportRecordNotMapped,
        ["LinkDenial"] = C.ExportRecordNotMapped,
        ["Facility"] = C.ExportRecordNotMapped,
        ["GeoLocation"] = C.ExportRecordNotMapped,
        ["Incident"] = C.ExportRecordNotMapped,
        ["IncidentAccount"] = C.ExportRecordNotMapped,
        ["MassDetention"] = C.ExportRecordNotMapped,
        ["AttributedCount"] = C.ExportRecordNotMapped,

        // Proceedings (format 1.1): a CourtCase and its CourtCaseParty entities carry the case, its court, its parties
        // and their roles; not what happened to the defendants, nor the hearings.
        ["Defendant.DetentionId"] = C.ExportProceedingDetail,
        ["Defendant.Charges"] = C.ExportProceedingDetail,
        ["Defendant.Verdict"] = C.ExportProceedingDetail,
        ["Verdict"] = C.ExportProceedingDetail,
        ["Defendant.Sentences"] = C.ExportProceedingDetail,
        ["Proceeding.Hearings"] = C.ExportProceedingDetail,
        ["Hearing"] = C.ExportProceedingDetail,

        // Every record.
        ["Record.Confidentiality"] = C.ExportConfidentialityNotCarried,

        // Actors.
        ["Person.Anonymous"] = C.ExportPersonAnonymous,
        ["Organization.ParentId"] = C.ExportParentNotCarried,
        ["ActorName.Language"] = C.ExportNameLanguage,

        // Sources: only the URL.
        ["Source.Title"] = C.ExportSourceDetail,
        ["Source.Publisher"] = C.ExportSourceDetail,
        ["Source.PublishedOn"] = C.ExportSourceDetail,
        ["Source.AccessedOn"] = C.ExportSourceDetail,
        ["Source.Quote"] = C.ExportSourceDetail,
        ["Source.Language"] = C.ExportSourceDetail,
        ["Source.ArchiveUrl"] = C.ExportSourceDetail,
        ["Source.Kind"] = C.ExportSourceDetail,
        ["Source.Page"] = C.ExportSourceDetail,

        // Source records (format 1.1): not entities; their URL reaches the entities that cite them, the rest is
        // reported with the record.
        ["SourceRecord.Title"] = C.ExportRecordNotMapped,
        ["SourceRecord.Publisher"] = C.ExportRecordNotMapped,
        ["SourceRecord.PublishedOn"] = C.ExportRecordNotMapped,
        ["SourceRecord.AccessedOn"] = C.ExportRecordNotMapped,
        ["SourceRecord.Language"] = C.ExportRecordNotMapped,
        ["SourceRecord.ArchiveUrl"] = C.ExportRecordNotMapped,
        ["SourceRecord.Kind"] = C.ExportRecordNotMapped,
        ["SourceRecord.ModifiedAt"] = C.ExportRecordNotMapped,
        ["SourceRecord.Notes"] = C.ExportRecordNotMapped,

        // Sanction measures.
        ["SanctionMeasure.LegalBasis"] = C.ExportSanctionLegalBasisNotCarried,
        ["LegalBasis"] = C.ExportSanctionLegalBasisNotCarried,
        ["SanctionTarget.Sector"] = C.ExportSanctionTargetNotActor,
        ["SanctionTarget.Country"] = C.ExportSanctionTargetNotActor,
        ["ActorName.Given"] = C.ExportPersonIdentityDetail,
        ["ActorName.Family"] = C.ExportPersonIdentityDetail,
        ["ActorName.Patronymic"] = C.ExportPersonIdentityDetail,
        ["Person.BirthPlaces"] = C.ExportPersonIdentityDetail,
        ["BirthPlace"] = C.ExportPersonIdentityDetail,
        ["SanctionTarget.DelistingReason"] = C.ExportSanctionTargetListing,
        ["SanctionEvent.Description"] = C.ExportSanctionHistoryDetail,
        ["SanctionEvent.LegalBasis"] = C.ExportSanctionHistoryDetail,
        ["SanctionEvent.Sources"] = C.ExportSanctionHistoryDetail,
        ["SanctionEvent.StepId"] = C.ExportSanctionHistoryDetail,

        // The dataset's metadata.
        ["Dataset.Schema"] = null,
        ["Dataset.FormatVersion"] = null,
        ["Dataset.Title"] = null,
        ["Dataset.Description"] = null,
        ["Dataset.Publisher"] = null,
        ["Dataset.License"] = null,
        ["Dataset.CreatedAt"] = null,
        ["Publisher"] = null,
    };
}
