namespace PoliticalEvents.Csv;

/// <summary>
/// The tables of the flat (CSV) form of a dataset, as <see cref="CsvExporter"/> writes them and <see cref="CsvImporter"/>
/// reads them: one table per record type, child tables for the lists of records that have structure, a table of the
/// sources of every record, and a one-row table of the dataset's metadata. Column names are the format's property
/// names; a nested object's properties are joined with a dot (<c>reportedCount.value</c>).
/// </summary>
/// <remarks>
/// <para>Every record table has <c>index</c> (the record's position in the dataset, from 0) and <c>id</c>; every child
/// table has the id of the record it belongs to (<c>detentionId</c>, <c>actorId</c> …) and <c>index</c> (the item's
/// position in its list, from 0), so the order of records and lists survives sorting in a spreadsheet.</para>
/// <para>Cells: text as it is; partial dates, terms, country codes, language tags, URLs and ids as on the wire;
/// kinds and other enumerations as their wire names (<c>houseArrest</c>); <c>true</c>/<c>false</c>; lists of codes or
/// names (<c>nationalities</c>, <c>roles</c>, <c>conditions</c>, <c>criteria</c>) joined with <c>"; "</c>. An empty,
/// unquoted cell means "no value"; <c>""</c> (a quoted empty cell) is the empty text.</para>
/// <para>The tables are a contract: every table is there, with every column and no other, every row has a field for
/// every column and ends with a line break, and <see cref="Manifest"/> gives the number of rows of each. The importer
/// refuses tables that break it, naming the table and column, rather than read what is missing as "no value".</para>
/// </remarks>
public static class CsvTables
{
    /// <summary>The dataset's metadata: at most one row.</summary>
    public const string Dataset = "dataset.csv";

    /// <summary>Person records.</summary>
    public const string Persons = "persons.csv";

    /// <summary>Organization records.</summary>
    public const string Organizations = "organizations.csv";

    /// <summary>Detention records.</summary>
    public const string Detentions = "detentions.csv";

    /// <summary>Release records.</summary>
    public const string Releases = "releases.csv";

    /// <summary>Sanction measure records.</summary>
    public const string SanctionMeasures = "sanction_measures.csv";

    /// <summary>Link records.</summary>
    public const string Links = "links.csv";

    /// <summary>Facility records (format 1.1).</summary>
    public const string Facilities = "facilities.csv";

    /// <summary>Incident records (format 1.1).</summary>
    public const string Incidents = "incidents.csv";

    /// <summary>Mass detention records (format 1.1).</summary>
    public const string MassDetentions = "mass_detentions.csv";

    /// <summary>The <c>names</c> of persons and organizations.</summary>
    public const string ActorNames = "actor_names.csv";

    /// <summary>The <c>identifiers</c> of persons and organizations.</summary>
    public const string ActorIdentifiers = "actor_identifiers.csv";

    /// <summary>The <c>affiliations</c> of persons and organizations.</summary>
    public const string ActorAffiliations = "actor_affiliations.csv";

    /// <summary>The <c>charges</c> of detentions.</summary>
    public const string DetentionCharges = "detention_charges.csv";

    /// <summary>The <c>sentences</c> of detentions.</summary>
    public const string DetentionSentences = "detention_sentences.csv";

    /// <summary>The <c>placements</c> of detentions.</summary>
    public const string DetentionPlacements = "detention_placements.csv";

    /// <summary>The <c>designations</c> of detentions.</summary>
    public const string DetentionDesignations = "detention_designations.csv";

    /// <summary>The <c>detainees</c> of releases.</summary>
    public const string ReleaseDetainees = "release_detainees.csv";

    /// <summary>The <c>targets</c> of sanction measures.</summary>
    public const string SanctionTargets = "sanction_targets.csv";

    /// <summary>The <c>history</c> of sanction measures.</summary>
    public const string SanctionHistory = "sanction_history.csv";

    /// <summary>The <c>addresses</c> of persons and organizations (format 1.1).</summary>
    public const string ActorAddresses = "actor_addresses.csv";

    /// <summary>The <c>contacts</c> of persons and organizations (format 1.1).</summary>
    public const string ActorContacts = "actor_contacts.csv";

    /// <summary>The <c>birthPlaces</c> of persons (format 1.1).</summary>
    public const string PersonBirthPlaces = "person_birth_places.csv";

    /// <summary>The <c>identityDocuments</c> of persons (format 1.1). Sensitive: see the package README on publishing tables.</summary>
    public const string PersonIdentityDocuments = "person_identity_documents.csv";

    /// <summary>The <c>deniedBy</c> of links (format 1.1).</summary>
    public const string LinkDenials = "link_denials.csv";

    /// <summary>The <c>identifiers</c> of facilities (format 1.1).</summary>
    public const string FacilityIdentifiers = "facility_identifiers.csv";

    /// <summary>The <c>subjectIds</c> of incidents, one row per subject (format 1.1).</summary>
    public const string IncidentSubjects = "incident_subjects.csv";

    /// <summary>The <c>perpetratorIds</c> of incidents, one row per perpetrator (format 1.1).</summary>
    public const string IncidentPerpetrators = "incident_perpetrators.csv";

    /// <summary>The <c>accounts</c> of incidents (format 1.1).</summary>
    public const string IncidentAccounts = "incident_accounts.csv";

    /// <summary>The <c>counts</c> of mass detentions (format 1.1).</summary>
    public const string MassDetentionCounts = "mass_detention_counts.csv";

    /// <summary>The <c>detentionIds</c> of mass detentions, one row per detention listed (format 1.1).</summary>
    public const string MassDetentionDetentions = "mass_detention_detentions.csv";

    /// <summary>Proceeding records (format 1.1).</summary>
    public const string Proceedings = "proceedings.csv";

    /// <summary>The <c>defendants</c> of proceedings, with their verdicts (format 1.1).</summary>
    public const string ProceedingDefendants = "proceeding_defendants.csv";

    /// <summary>The <c>charges</c> of proceedings' defendants (<c>defendantIndex</c>: the defendant's <c>index</c>; format 1.1).</summary>
    public const string ProceedingDefendantCharges = "proceeding_defendant_charges.csv";

    /// <summary>The <c>sentences</c> of proceedings' defendants (<c>defendantIndex</c>: the defendant's <c>index</c>; format 1.1).</summary>
    public const string ProceedingDefendantSentences = "proceeding_defendant_sentences.csv";

    /// <summary>The <c>hearings</c> of proceedings (format 1.1).</summary>
    public const string ProceedingHearings = "proceeding_hearings.csv";

    /// <summary>The <c>sources</c> of every record, and of the steps of sanction histories (<c>historyIndex</c>): inline sources and citations by id (<c>sourceId</c>, format 1.1).</summary>
    public const string Sources = "sources.csv";

    /// <summary>Source records (record type <c>source</c>, format 1.1): sources given once for the records that cite them by id. (<see cref="Sources"/> holds the citations.)</summary>
    public const string SourceRecords = "source_records.csv";

    /// <summary>
    /// The number of data rows of every other table (columns <c>table</c> and <c>rows</c>, one row per table), written
    /// last: the importer checks each table against it, so a table cut short at a row boundary, emptied to its header,
    /// or with rows deleted is an error rather than a smaller dataset. Someone who edits the tables on purpose writes
    /// the new number of rows here.
    /// </summary>
    public const string Manifest = "manifest.csv";

    private static readonly string[] SourceColumns = ["sourceId", "url", "title", "publisher", "publishedOn", "accessedOn", "quote", "page", "language", "archiveUrl", "kind"];

    // The columns of a sentence, after its owner's id and its index; those after "regime" came with format 1.1. A
    // proceeding's defendant's sentence has no "proceedingId" of its own (it is that proceeding's): the column there is
    // the proceeding's id.
    private static readonly string[] SentenceColumns =
    [
        "imposedOn", "kind", "term", "court", "courtId", "inAbsentia", "appealStatus", "regime",
        "fine.amount", "fine.currency", "proceedingId", "combination.kind", "combination.withIndexes", "replacesIndex", "credited",
    ];

    private static readonly (string Table, string[] Columns)[] Layout =
    [
        (Dataset, ["$schema", "formatVersion", "title", "description", "publisher.name", "publisher.url", "license", "createdAt"]),
        (Persons, ["index", "id", "name", "anonymous", "gender", "birthDate", "deathDate", "nationalities", "roles", "modifiedAt", "notes", "confidentiality"]),
        (Organizations, ["index", "id", "kind", "name", "country", "parentId", "foundedOn", "legalForm", "roles", "modifiedAt", "notes", "confidentiality"]),
        (Detentions, ["index", "id", "subjectId", "country", "authorityId", "startedOn", "endedOn", "status", "endReason", "kind", "conditions", "modifiedAt", "notes", "confidentiality"]),
        (Releases, ["index", "id", "releasedOn", "authorityId", "kind", "reportedCount.value", "reportedCount.qualifier", "reportedCount.by", "modifiedAt", "notes", "confidentiality"]),
        (SanctionMeasures, ["index", "id", "imposedById", "kind", "program.code", "program.name", "legalBasis.citation", "legalBasis.url", "reason", "modifiedAt", "notes", "confidentiality"]),
        (Links, ["index", "id", "kind", "fromId", "toId", "on", "assertedBy", "assertedById", "disputed", "confidence", "fromStepId", "toStepId", "modifiedAt", "notes", "confidentiality"]),
        (Facilities, ["index", "id", "name", "kind", "country", "locality", "operatorId", "location.latitude", "location.longitude", "modifiedAt", "notes", "confidentiality"]),
        (Incidents, ["index", "id", "kind", "detentionId", "occurredOn", "facilityId", "modifiedAt", "notes", "confidentiality"]),
        (MassDetentions, ["index", "id", "occurredOn", "country", "locality", "location.latitude", "location.longitude", "authorityId", "context", "modifiedAt", "notes", "confidentiality"]),
        (ActorNames, ["actorId", "index", "value", "language", "kind", "given", "family", "patronymic"]),
        (ActorAddresses, ["actorId", "index", "full", "street", "locality", "region", "postalCode", "country"]),
        (ActorContacts, ["actorId", "index", "kind", "value"]),
        (PersonBirthPlaces, ["personId", "index", "locality", "country"]),
        (PersonIdentityDocuments, ["personId", "index", "kind", "number", "country", "issuedOn", "expiresOn"]),
        (ActorIdentifiers, ["actorId", "index", "scheme", "value"]),
        (ActorAffiliations, ["actorId", "index", "organizationId", "role", "from", "until"]),
        (DetentionCharges, ["detentionId", "index", "law", "article", "part", "on", "status", "description"]),
        (DetentionSentences, ["detentionId", "index", .. SentenceColumns]),
        (DetentionPlacements, ["detentionId", "index", "facility", "facilityId", "facilityKind", "locality", "from", "until"]),
        (DetentionDesignations, ["detentionId", "index", "by", "byId", "status", "on", "withdrawnOn", "criteria"]),
        (ReleaseDetainees, ["releaseId", "index", "subjectId", "detentionId", "destination", "conditions"]),
        (SanctionTargets, ["sanctionMeasureId", "index", "actorId", "sector", "country", "listedOn", "delistedOn", "listingId", "reason", "delistingReason"]),
        (SanctionHistory, ["sanctionMeasureId", "index", "action", "on", "description", "legalBasis.citation", "legalBasis.url", "stepId"]),
        (LinkDenials, ["linkId", "index", "by", "byId", "on"]),
        (FacilityIdentifiers, ["facilityId", "index", "scheme", "value"]),
        (IncidentSubjects, ["incidentId", "index", "subjectId"]),
        (IncidentPerpetrators, ["incidentId", "index", "perpetratorId"]),
        (IncidentAccounts, ["incidentId", "index", "by", "byId", "on", "summary"]),
        (MassDetentionCounts, ["massDetentionId", "index", "value", "qualifier", "by", "byId", "asOf"]),
        (MassDetentionDetentions, ["massDetentionId", "index", "detentionId"]),
        (Proceedings, ["index", "id", "country", "caseNumber", "courtId", "judgeIds", "prosecutorIds", "openedOn", "modifiedAt", "notes", "confidentiality"]),
        (ProceedingDefendants, ["proceedingId", "index", "subjectId", "detentionId", "verdict.on", "verdict.outcome", "verdict.inAbsentia"]),
        (ProceedingDefendantCharges, ["proceedingId", "defendantIndex", "index", "law", "article", "part", "on", "status", "description"]),
        (ProceedingDefendantSentences, ["proceedingId", "defendantIndex", "index", .. SentenceColumns.Where(static c => c != "proceedingId")]),
        (ProceedingHearings, ["proceedingId", "index", "on", "kind", "courtId", "closedToPublic", "notes"]),
        (Sources, ["recordId", "historyIndex", "index", .. SourceColumns]),
        (SourceRecords, ["index", "id", "url", "title", "publisher", "publishedOn", "accessedOn", "language", "archiveUrl", "kind", "modifiedAt", "notes", "confidentiality"]),
        (Manifest, ["table", "rows"]),
    ];

    /// <summary>The file names of all tables, in the order they are described; <see cref="Manifest"/> comes last. An export writes every one, and an import needs every one.</summary>
    public static IReadOnlyList<string> All { get; } = Array.ConvertAll(Layout, static t => t.Table);

    /// <summary>The tables whose rows <see cref="Manifest"/> counts: <see cref="All"/> but the manifest itself.</summary>
    internal static IReadOnlyList<string> Counted { get; } = [.. All.Where(static t => t != Manifest)];

    /// <summary>The separator of the items of a list in one cell (<c>nationalities</c>, <c>roles</c>, <c>conditions</c>, <c>criteria</c>, <c>combination.withIndexes</c>, <c>judgeIds</c>, <c>prosecutorIds</c>).</summary>
    public const string ListSeparator = "; ";

    // Columns of properties that format 1.1 added. An export writes them; an import of tables whose dataset declares
    // format 1.0 (written before 1.1, or by hand for 1.0 data) takes a missing one as all empty cells, so that 1.0
    // tables still import. For 1.1 data they are required like any other: a deleted one would lose values silently.
    private static readonly HashSet<(string Table, string Column)> Format11Columns =
    [
        (Detentions, "endReason"),
        (Sources, "archiveUrl"),
        (Sources, "kind"),
        (Sources, "sourceId"),
        (Sources, "page"),
        (Persons, "modifiedAt"),
        (Organizations, "modifiedAt"),
        (Detentions, "modifiedAt"),
        (Releases, "modifiedAt"),
        (SanctionMeasures, "modifiedAt"),
        (Links, "modifiedAt"),
        (Facilities, "modifiedAt"),
        (Incidents, "modifiedAt"),
        (MassDetentions, "modifiedAt"),
        (Proceedings, "modifiedAt"),
        (DetentionCharges, "on"),
        (DetentionCharges, "status"),
        (DetentionDesignations, "withdrawnOn"),
        (DetentionPlacements, "facilityId"),
        (DetentionSentences, "fine.amount"),
        (DetentionSentences, "fine.currency"),
        (DetentionSentences, "proceedingId"),
        (DetentionSentences, "combination.kind"),
        (DetentionSentences, "combination.withIndexes"),
        (DetentionSentences, "replacesIndex"),
        (DetentionSentences, "credited"),
        (SanctionTargets, "listedOn"),
        (SanctionTargets, "delistedOn"),
        (SanctionTargets, "listingId"),
        (SanctionTargets, "reason"),
        (SanctionTargets, "delistingReason"),
        (SanctionHistory, "stepId"),
        (ActorNames, "given"),
        (ActorNames, "family"),
        (ActorNames, "patronymic"),
        (Links, "fromStepId"),
        (Links, "toStepId"),
        (Organizations, "foundedOn"),
        (Organizations, "legalForm"),
    ];

    // Tables of record types and lists that format 1.1 added. Tables whose dataset declares format 1.0 may lack them
    // (and the manifest its rows for them): 1.0 data has none of these records.
    private static readonly HashSet<string> Format11Tables =
    [
        LinkDenials, ActorAddresses, ActorContacts, PersonBirthPlaces, PersonIdentityDocuments,
        Facilities, FacilityIdentifiers,
        Incidents, IncidentSubjects, IncidentPerpetrators, IncidentAccounts,
        MassDetentions, MassDetentionCounts, MassDetentionDetentions,
        Proceedings, ProceedingDefendants, ProceedingDefendantCharges, ProceedingDefendantSentences, ProceedingHearings,
        SourceRecords,
    ];

    /// <summary>Whether <paramref name="table"/> holds a record type or list format 1.1 added.</summary>
    internal static bool AddedInFormat11(string table) => Format11Tables.Contains(table);

    /// <summary>Whether <paramref name="column"/> of <paramref name="table"/> holds a property format 1.1 added.</summary>
    internal static bool AddedInFormat11(string table, string column) => Format11Columns.Contains((table, column));

    /// <summary>The columns of a table, in order.</summary>
    /// <param name="table">A file name of <see cref="All"/>.</param>
    /// <exception cref="ArgumentException">Not a table of the flat form.</exception>
    public static IReadOnlyList<string> Columns(string table)
    {
        foreach ((string name, string[] columns) in Layout)
        {
            if (name == table)
            {
                return columns;
            }
        }

        throw new ArgumentException($"'{table}' is not a table of the flat form.", nameof(table));
    }
}
