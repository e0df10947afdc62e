namespace PoliticalEvents.FollowTheMoney;

/// <summary>
/// The stable codes of the findings of an <see cref="FtmReport"/>: <c>ftm.export.*</c> for what an export could not carry into
/// FollowTheMoney, <c>ftm.import.*</c> for what an import skipped. Each is documented in docs/followthemoney.md.
/// </summary>
public static class FtmReportCodes
{
    // ----- Export: whole records -----

    /// <summary>A detention, release or link: FtM has no schema for it, so the record is not exported.</summary>
    public const string ExportRecordNotMapped = "ftm.export.recordNotMapped";

    /// <summary>A confidential record, not exported (unless <see cref="FtmExportOptions.IncludeConfidential"/>).</summary>
    public const string ExportRecordConfidential = "ftm.export.recordConfidential";

    /// <summary>A restricted record, not exported (unless <see cref="FtmExportOptions.Restricted"/> says otherwise).</summary>
    public const string ExportRecordRestricted = "ftm.export.recordRestricted";

    /// <summary>An anonymous person, not exported: FtM requires a name, and nothing else about them is published.</summary>
    public const string ExportPersonAnonymous = "ftm.export.personAnonymous";

    /// <summary>A person or organization whose name is blank or longer than FtM allows, so it cannot be an FtM entity.</summary>
    public const string ExportNameUnusable = "ftm.export.nameUnusable";

    /// <summary>A sanction measure none of whose targets is an exported person or organization: no Sanction entity is written.</summary>
    public const string ExportSanctionNoActorTarget = "ftm.export.sanctionNoActorTarget";

    /// <summary>A record whose id an earlier record has (only in invalid input, exported with --force): not exported, so that no two entities share an id.</summary>
    public const string ExportIdDuplicate = "ftm.export.idDuplicate";

    // ----- Export: parts of records -----

    /// <summary>A restricted record exported in reduced form: its birth date or notes are left out.</summary>
    public const string ExportRestrictedReduced = "ftm.export.restrictedReduced";

    /// <summary>A restricted or confidential record exported on request: FtM cannot mark it as such.</summary>
    public const string ExportConfidentialityNotCarried = "ftm.export.confidentialityNotCarried";

    /// <summary>A value that is empty or only white space, which FtM drops: left out.</summary>
    public const string ExportValueBlank = "ftm.export.valueBlank";

    /// <summary>A value longer than the FtM property allows: left out.</summary>
    public const string ExportValueTooLong = "ftm.export.valueTooLong";

    /// <summary>The language of another name: FtM entities do not carry it.</summary>
    public const string ExportNameLanguage = "ftm.export.nameLanguage";

    /// <summary>The kind of another name (alias, native, transliteration): all become FtM <c>alias</c>, which means "other name".</summary>
    public const string ExportNameKind = "ftm.export.nameKind";

    /// <summary>The order of a list whose items go to several FtM properties (names, identifiers) does not come back.</summary>
    public const string ExportOrderNotKept = "ftm.export.orderNotKept";

    /// <summary>
    /// What FtM cannot carry of a position without an organization record (format 1.1): its dates (FtM Person
    /// <c>position</c> is text), or the whole position of an organization (FtM has no such property) or with a blank or
    /// too long role.
    /// </summary>
    public const string ExportPositionDetail = "ftm.export.positionDetail";

    /// <summary>A contact of kind <c>other</c> (format 1.1): FtM has properties for phone numbers, e-mail addresses and websites only.</summary>
    public const string ExportContactNotCarried = "ftm.export.contactNotCarried";

    /// <summary>An identifier whose scheme names no identifier property of the FtM schema.</summary>
    public const string ExportIdentifierNotCarried = "ftm.export.identifierNotCarried";

    /// <summary>A role with no FtM topic.</summary>
    public const string ExportRoleNotCarried = "ftm.export.roleNotCarried";

    /// <summary>An organization kind (NGO, media) with no FtM schema or topic: exported as a plain Organization.</summary>
    public const string ExportOrganizationKindNotCarried = "ftm.export.organizationKindNotCarried";

    /// <summary>The parent organization: FtM's only place for it (<c>parent</c>) is deprecated.</summary>
    public const string ExportParentNotCarried = "ftm.export.parentNotCarried";

    /// <summary>The qualifier of a partial date (<c>~ ? %</c>): FtM dates cannot be approximate or uncertain, the date is written without it.</summary>
    public const string ExportDateQualifier = "ftm.export.dateQualifier";

    /// <summary>
    /// A date that is an interval (format 1.1: <c>2020/2021</c>, <c>../2025-11-30</c>): FtM dates are single dates, so the
    /// year or month that holds the whole interval is written, or nothing when no year does.
    /// </summary>
    public const string ExportDateInterval = "ftm.export.dateInterval";

    /// <summary>An affiliation with an organization that is not exported: no Membership, Employment or Directorship is written.</summary>
    public const string ExportAffiliationNotExported = "ftm.export.affiliationNotExported";

    /// <summary>A source without a URL: FtM keeps only <c>sourceUrl</c>.</summary>
    public const string ExportSourceWithoutUrl = "ftm.export.sourceWithoutUrl";

    /// <summary>A field of a source other than its URL (title, publisher, dates, quote, language; a citation's page).</summary>
    public const string ExportSourceDetail = "ftm.export.sourceDetail";

    /// <summary>
    /// A citation by id (format 1.1) whose source record is not in the input, or is not exported (confidential, or
    /// restricted when restricted records are skipped): its URL is not written.
    /// </summary>
    public const string ExportSourceUnresolved = "ftm.export.sourceUnresolved";

    /// <summary>A record's <c>modifiedAt</c> (format 1.1) with a fraction of a second: FtM's <c>modifiedAt</c> is written to the second.</summary>
    public const string ExportModifiedAtPrecision = "ftm.export.modifiedAtPrecision";

    /// <summary>A sanction target that is a sector or a country: an FtM Sanction targets an entity.</summary>
    public const string ExportSanctionTargetNotActor = "ftm.export.sanctionTargetNotActor";

    /// <summary>A sanction target that is a person or organization not exported (anonymous, confidential, restricted, unknown).</summary>
    public const string ExportSanctionTargetNotExported = "ftm.export.sanctionTargetNotExported";

    /// <summary>
    /// A part of a target's own listing (format 1.1) that its Sanction does not carry as the target's: a
    /// <c>listedOn</c> that FtM would write as the measure's start date (or with no start to tell it from), a
    /// <c>delistedOn</c> when the measure has an end of its own, a <c>reason</c> (written, in place of the measure's, and
    /// read back as the measure's), a <c>delistingReason</c> (no FtM property).
    /// </summary>
    public const string ExportSanctionTargetListing = "ftm.export.sanctionTargetListing";

    /// <summary>
    /// A person's name parts, birth places or identity documents, or an actor's addresses (format 1.1), which the
    /// export does not write yet; <c>count</c> is the number of places, documents or addresses.
    /// </summary>
    public const string ExportPersonIdentityDetail = "ftm.export.personIdentityDetail";

    /// <summary>A measure with several actor targets becomes one Sanction entity per target: the grouping does not come back.</summary>
    public const string ExportSanctionSplit = "ftm.export.sanctionSplit";

    /// <summary>The imposer: an FtM Sanction names its authority in words, and this one is not exported or not unique by name.</summary>
    public const string ExportSanctionImposerNotCarried = "ftm.export.sanctionImposerNotCarried";

    /// <summary>The legal basis of a measure: FtM Sanction has no property for it.</summary>
    public const string ExportSanctionLegalBasisNotCarried = "ftm.export.sanctionLegalBasisNotCarried";

    /// <summary>A programme with neither code nor name.</summary>
    public const string ExportSanctionProgramEmpty = "ftm.export.sanctionProgramEmpty";

    /// <summary>A step of a sanction's history other than the first imposition and the final end.</summary>
    public const string ExportSanctionHistoryStep = "ftm.export.sanctionHistoryStep";

    /// <summary>The description, legal basis, sources or step id (format 1.1) of a history step that is exported as a date.</summary>
    public const string ExportSanctionHistoryDetail = "ftm.export.sanctionHistoryDetail";

    /// <summary>
    /// What FtM's CourtCase and CourtCaseParty have no property for: a defendant's charges, verdict, sentences and
    /// detention, a proceeding's hearings, and its court when that organization is not exported. Format 1.1.
    /// </summary>
    public const string ExportProceedingDetail = "ftm.export.proceedingDetail";

    /// <summary>A defendant, judge or prosecutor of a proceeding whose record is not exported: no CourtCaseParty is written for them. Format 1.1.</summary>
    public const string ExportProceedingPartyNotExported = "ftm.export.proceedingPartyNotExported";

    // ----- Import -----

    /// <summary>A line that is not an FtM entity (not JSON, no id or schema, properties not lists of strings, a delta line).</summary>
    public const string ImportLineInvalid = "ftm.import.lineInvalid";

    /// <summary>An entity id that is not a valid PoliticalEvents id (1–128 letters, digits, <c>.</c> and <c>-</c>).</summary>
    public const string ImportIdInvalid = "ftm.import.idInvalid";

    /// <summary>An entity id seen before in the input: the later entity is skipped.</summary>
    public const string ImportIdDuplicate = "ftm.import.idDuplicate";

    /// <summary>An entity of a schema the format has no place for (Address, Ownership, Family, Vessel, an unknown schema…).</summary>
    public const string ImportSchemaNotImported = "ftm.import.schemaNotImported";

    /// <summary>A person or organization without a usable <c>name</c>: skipped.</summary>
    public const string ImportNameMissing = "ftm.import.nameMissing";

    /// <summary>A property the format has no place for; all its values are left out.</summary>
    public const string ImportPropertyNotMapped = "ftm.import.propertyNotMapped";

    /// <summary>Values beyond the one a single-valued field takes.</summary>
    public const string ImportValueDropped = "ftm.import.valueDropped";

    /// <summary>A value that does not parse or does not fit (date, country, URL, gender, identifier, blank text, out of order).</summary>
    public const string ImportValueInvalid = "ftm.import.valueInvalid";

    /// <summary>A date with a time of day: only the day is kept.</summary>
    public const string ImportDateTimeDropped = "ftm.import.dateTimeDropped";

    /// <summary>A Membership, Employment or Directorship whose schema the role does not say: an affiliation has a role, not a schema, so an export would write another one.</summary>
    public const string ImportAffiliationSchemaNotKept = "ftm.import.affiliationSchemaNotKept";

    /// <summary>A reference to an entity that is not in the input.</summary>
    public const string ImportReferenceMissing = "ftm.import.referenceMissing";

    /// <summary>A reference to an entity in the input that is not imported as the kind of record needed.</summary>
    public const string ImportReferenceNotImported = "ftm.import.referenceNotImported";

    /// <summary>
    /// An organization's parent that closes a cycle of parents (the parent's parent, and so on, leads back to it), left
    /// out to break the cycle: at the organization of the cycle with the smallest id.
    /// </summary>
    public const string ImportParentCycle = "ftm.import.parentCycle";

    /// <summary>A Sanction without a start, listing or other date: its history cannot begin, so it is skipped.</summary>
    public const string ImportSanctionWithoutDate = "ftm.import.sanctionWithoutDate";

    /// <summary>A Sanction without an authority: its measure has no imposer, so it is skipped.</summary>
    public const string ImportSanctionWithoutAuthority = "ftm.import.sanctionWithoutAuthority";

    /// <summary>A LegalEntity (which may be a person or a body) imported as an organization (of kind <c>other</c> unless a topic says otherwise).</summary>
    public const string ImportLegalEntityAsOrganization = "ftm.import.legalEntityAsOrganization";

    /// <summary>A public body, court, security service or state without a usable country: imported as kind <c>other</c>.</summary>
    public const string ImportKindNeedsCountry = "ftm.import.kindNeedsCountry";

    /// <summary>Top-level members next to <c>properties</c> (caption, referents, first_seen, target…), counted per member name.</summary>
    public const string ImportMetadataIgnored = "ftm.import.metadataIgnored";
}
