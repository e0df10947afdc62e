namespace PoliticalEvents.Redaction;

/// <summary>
/// Every code a finding of a redaction (<see cref="RedactionReport.Findings"/>) can carry: what the redaction did and why. Codes are public API and never
/// change meaning; docs/redaction.md documents each.
/// </summary>
/// <remarks>
/// <c>record.dropped.*</c>: a whole record was left out. <c>entry.removed.*</c>: one entry of a list was left out.
/// <c>reference.removed.*</c>: an optional reference to another record was left out. <c>field.removed.*</c>: a
/// property was left out (the last part is its wire name).
/// </remarks>
public static class RedactionCodes
{
    // --- Whole records ---------------------------------------------------------------------------------

    /// <summary>The record is <c>confidential</c>: it is never written.</summary>
    public const string RecordDroppedConfidential = "record.dropped.confidential";

    /// <summary>
    /// A required reference of the record (a detention's <c>subjectId</c>, a sanction measure's <c>imposedById</c>, a
    /// link's <c>fromId</c> or <c>toId</c>) names a dropped record, so the record cannot stand either.
    /// </summary>
    public const string RecordDroppedDangling = "record.dropped.dangling";

    /// <summary>Every detainee of a release named a dropped person, and a release names at least one detainee.</summary>
    public const string RecordDroppedNoDetainees = "record.dropped.noDetainees";

    /// <summary>Every target of a sanction measure was a dropped actor, and a measure has at least one target.</summary>
    public const string RecordDroppedNoTargets = "record.dropped.noTargets";

    /// <summary>
    /// A subject of an incident was dropped: the incident is a detail of that person's life (format 1.1), and goes with
    /// them even when it has other subjects.
    /// </summary>
    public const string RecordDroppedSubject = "record.dropped.subject";

    /// <summary>Every defendant of a proceeding was a dropped actor, and a proceeding has at least one defendant. Format 1.1.</summary>
    public const string RecordDroppedNoDefendants = "record.dropped.noDefendants";

    /// <summary>
    /// A source record (format 1.1) that the input cites lost every citation: the records citing it were dropped, or lost
    /// their sources as records about an anonymous person. Alone in the output, its title and URL would tell of them.
    /// </summary>
    public const string RecordDroppedUncited = "record.dropped.uncited";

    // --- References to dropped records ------------------------------------------------------------------

    /// <summary>
    /// An entry of a list whose required reference names a dropped record was removed: an affiliation with a dropped
    /// organization, a released detainee who is a dropped person, a sanction target that is a dropped actor, a
    /// proceeding's defendant who is a dropped actor, a judge or prosecutor who is a dropped person, a citation by id
    /// (format 1.1) of a dropped source record (in a record's or a history entry's sources).
    /// </summary>
    public const string EntryRemovedDangling = "entry.removed.dangling";

    /// <summary>
    /// An optional reference to a dropped record was removed (<c>authorityId</c>, <c>parentId</c>, a sentence's
    /// <c>courtId</c> and <c>proceedingId</c>, a designation's <c>byId</c>, a released detainee's <c>detentionId</c>, a link's
    /// <c>assertedById</c> or a denial's <c>byId</c> (format 1.1), a proceeding's, hearing's or defendant sentence's <c>courtId</c>, a defendant's
    /// <c>detentionId</c>); the rest of the record stays.
    /// </summary>
    public const string ReferenceRemovedDangling = "reference.removed.dangling";

    // --- Reduced records ---------------------------------------------------------------------------------

    /// <summary>A person's <c>birthDate</c> was removed (restricted, or anonymous).</summary>
    public const string FieldRemovedBirthDate = "field.removed.birthDate";

    /// <summary>A detention's <c>placements</c> were removed (restricted, or of an anonymous person).</summary>
    public const string FieldRemovedPlacements = "field.removed.placements";

    /// <summary>A detention's <c>conditions</c> were removed (restricted, or of an anonymous person).</summary>
    public const string FieldRemovedConditions = "field.removed.conditions";

    /// <summary>A record's <c>notes</c> (or a proceeding's hearing's) were removed (restricted, or about or naming an anonymous person).</summary>
    public const string FieldRemovedNotes = "field.removed.notes";

    /// <summary>A proceeding's <c>caseNumber</c>, which court registers can trace to the defendants, was removed (restricted, or naming an anonymous person). Format 1.1.</summary>
    public const string FieldRemovedCaseNumber = "field.removed.caseNumber";

    /// <summary>A source's <c>quote</c> was removed (restricted, or naming an anonymous person).</summary>
    public const string FieldRemovedQuote = "field.removed.quote";

    /// <summary>A person's <c>identityDocuments</c> were removed (restricted, or anonymous): a document number identifies the person. Format 1.1.</summary>
    public const string FieldRemovedIdentityDocuments = "field.removed.identityDocuments";

    /// <summary>A person's <c>addresses</c> were removed (restricted, or anonymous): a home address leads to the person. Format 1.1.</summary>
    public const string FieldRemovedAddresses = "field.removed.addresses";

    /// <summary>A person's <c>contacts</c> were removed (restricted, or anonymous): a phone number or e-mail address leads to the person. Format 1.1.</summary>
    public const string FieldRemovedContacts = "field.removed.contacts";

    /// <summary>A person's <c>birthPlaces</c> were removed (restricted, or anonymous), as the birth date is. Format 1.1.</summary>
    public const string FieldRemovedBirthPlaces = "field.removed.birthPlaces";

    /// <summary>An anonymous person's <c>identifiers</c> were removed: an id in another register leads to the name.</summary>
    public const string FieldRemovedIdentifiers = "field.removed.identifiers";

    /// <summary>An anonymous person's <c>affiliations</c> were removed: a position in a named organization can single a person out.</summary>
    public const string FieldRemovedAffiliations = "field.removed.affiliations";

    /// <summary>
    /// The <c>sources</c> of an anonymous person, or of a record whose subject is one (their detention, a link to or
    /// from them), were removed: sources about a person or their case name the person.
    /// </summary>
    public const string FieldRemovedSources = "field.removed.sources";

    /// <summary>An anonymous person's <c>name</c> was removed (only input that does not validate has one).</summary>
    public const string FieldRemovedName = "field.removed.name";

    /// <summary>An anonymous person's other <c>names</c> were removed (only input that does not validate has them).</summary>
    public const string FieldRemovedNames = "field.removed.names";

    /// <summary>An incident's <c>accounts</c> were removed (restricted, or about an anonymous person): what witnesses and relatives say is the most sensitive text of all.</summary>
    public const string FieldRemovedAccounts = "field.removed.accounts";

    /// <summary>An incident's <c>facilityId</c> was removed (restricted, or about an anonymous person), as a detention's placements are.</summary>
    public const string FieldRemovedFacilityId = "field.removed.facilityId";
}
