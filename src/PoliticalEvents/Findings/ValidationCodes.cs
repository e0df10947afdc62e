namespace PoliticalEvents;

/// <summary>
/// Every code a finding can carry. Codes are public API: their meaning never changes within format 1.x, and
/// docs/validation.md documents each with its severity and a minimal failing example.
/// </summary>
public static class ValidationCodes
{
    // --- Input that is not well-formed JSON -------------------------------------------------------------

    /// <summary>The input is not well-formed JSON (truncated, trailing data, a syntax error, an empty file).</summary>
    public const string JsonSyntax = "json.syntax";

    /// <summary>The input is not valid UTF-8.</summary>
    public const string JsonEncoding = "json.encoding";

    /// <summary>The JSON is nested more than 64 levels deep.</summary>
    public const string JsonTooDeep = "json.tooDeep";

    /// <summary>A property appears twice in one object.</summary>
    public const string JsonDuplicateProperty = "json.duplicateProperty";

    /// <summary>The JSON could not be read for another reason (the message says which).</summary>
    public const string JsonInvalid = "json.invalid";

    /// <summary>A JSON Lines file has no <c>{"type":"dataset"}</c> first line where one is needed.</summary>
    public const string JsonLinesHeaderMissing = "jsonLines.headerMissing";

    /// <summary>A JSON Lines input has no line at all (an empty file).</summary>
    public const string JsonLinesEmpty = "jsonLines.empty";

    /// <summary>A <c>{"type":"dataset"}</c> line appears after the first line.</summary>
    public const string JsonLinesHeaderNotFirst = "jsonLines.headerNotFirst";

    // --- Structural: the JSON Schema keyword that fails ----------------------------------------------

    /// <summary>A required property is missing (the pointer names the object that lacks it).</summary>
    public const string Required = "required";

    /// <summary>A value has the wrong JSON type, or is <c>null</c>.</summary>
    public const string Type = "type";

    /// <summary>A string does not have the required form (id, partial date, term, country, language, URL, role, scheme).</summary>
    public const string Pattern = "pattern";

    /// <summary>A value is not one of the allowed values (an enum member, an assigned country code).</summary>
    public const string Enum = "enum";

    /// <summary>An object has a property the format does not define.</summary>
    public const string AdditionalProperties = "additionalProperties";

    /// <summary>A string is empty where text is required.</summary>
    public const string MinLength = "minLength";

    /// <summary>A string is too long (ids over 128 characters, quotes over 2,000).</summary>
    public const string MaxLength = "maxLength";

    /// <summary>An array that needs at least one element is empty.</summary>
    public const string MinItems = "minItems";

    /// <summary>A number is below its minimum (a reported count below 1, a negative fine or sentence index).</summary>
    public const string Minimum = "minimum";

    /// <summary>A number is above its maximum (a latitude over 90 degrees).</summary>
    public const string Maximum = "maximum";

    /// <summary>A list names the same item twice (the indexes of a sentence's combination, an incident's <c>subjectIds</c>).</summary>
    /// <summary>An array lists the same element twice (a mass detention's <c>detentionIds</c>).</summary>
    public const string UniqueItems = "uniqueItems";

    /// <summary>A property is present that must be absent (an anonymous person's name).</summary>
    public const string Not = "not";

    /// <summary>An object must have exactly one of several properties (a sanction target).</summary>
    public const string OneOf = "oneOf";

    /// <summary>An object must have at least one of several properties (a source's url or title).</summary>
    public const string AnyOf = "anyOf";

    // --- Values a schema cannot fully check ---------------------------------------------------------

    /// <summary>A partial date names a day that does not exist (<c>2021-02-30</c>) or the year 0000.</summary>
    public const string DateNotReal = "date.notReal";

    /// <summary>A term is longer than 100 years.</summary>
    public const string TermOutOfRange = "term.outOfRange";

    /// <summary>Warning: a date lies more than a year after today (a planned sanction expiry is exempt).</summary>
    public const string DateFuture = "date.future";

    /// <summary>
    /// A name or other identifying text (an identifier value, who designated, counted or asserted, a facility, a
    /// locality, a court, a publisher) is empty or holds only white space.
    /// </summary>
    public const string TextBlank = "text.blank";

    /// <summary>
    /// A name or other identifying text holds a control character (Unicode Cc), an invisible format character (Cf,
    /// except the joiners U+200C and U+200D) or half of a surrogate pair.
    /// </summary>
    public const string TextInvisibleCharacter = "text.invisibleCharacter";

    // --- Record rules -------------------------------------------------------------------------------

    /// <summary>A person's death date is before their birth date (error when certain, warning when possible).</summary>
    public const string PersonDeathBeforeBirth = "person.deathBeforeBirth";

    /// <summary>An identity document's <c>expiresOn</c> is before its <c>issuedOn</c> (error when certain, warning when possible). Format 1.1.</summary>
    public const string IdentityDocumentExpiresBeforeIssued = "identityDocument.expiresBeforeIssued";

    /// <summary>Warning: an organization's other name has name parts (<c>given</c>, <c>family</c>, <c>patronymic</c>), which are a person's. Format 1.1.</summary>
    public const string NamePartsOfOrganization = "name.partsOfOrganization";

    /// <summary>A designation's <c>withdrawnOn</c> is before its <c>on</c> (error when certain, warning when possible).</summary>
    public const string DesignationWithdrawnBeforeOn = "designation.withdrawnBeforeOn";

    /// <summary>
    /// A record uses a property, value or record type of format 1.1 in a dataset that declares <c>"formatVersion":
    /// "1.0"</c>; the pointer names what.
    /// </summary>
    public const string FormatVersionTooLow = "formatVersion.tooLow";

    /// <summary>A detention's <c>endedOn</c> is before its <c>startedOn</c> (error when certain, warning when possible).</summary>
    public const string DetentionEndBeforeStart = "detention.endBeforeStart";

    /// <summary>A detention with status <c>ongoing</c> has an <c>endReason</c> (format 1.1).</summary>
    public const string DetentionOngoingHasEndReason = "detention.ongoingHasEndReason";

    /// <summary>A detention certainly ends after its subject's <c>deathDate</c>.</summary>
    public const string DetentionEndsAfterDeath = "detention.endsAfterDeath";

    /// <summary>A detention is <c>ongoing</c>, but its subject has a <c>deathDate</c>.</summary>
    public const string DetentionOngoingAfterDeath = "detention.ongoingAfterDeath";

    /// <summary>A detention's <c>endReason</c> is <c>death</c>, but the subject has no <c>deathDate</c> or one that does not agree with <c>endedOn</c> (warning).</summary>
    public const string DetentionDeathDateMismatch = "detention.deathDateMismatch";

    /// <summary>A release is certainly dated after a released detainee's <c>deathDate</c>.</summary>
    public const string ReleaseAfterDeath = "release.afterDeath";

    /// <summary>A detention with status <c>ongoing</c> has an <c>endedOn</c>.</summary>
    public const string DetentionOngoingHasEnd = "detention.ongoingHasEnd";

    /// <summary>A placement's dates lie outside its detention (error when certain, warning when possible).</summary>
    public const string DetentionPlacementOutside = "detention.placementOutside";

    /// <summary>A placement's <c>until</c> is before its <c>from</c> (error when certain, warning when possible).</summary>
    public const string DetentionPlacementEndBeforeStart = "detention.placementEndBeforeStart";

    /// <summary>Warning: a sentence was imposed before the detention began, and the trial was not in absentia.</summary>
    public const string DetentionSentenceBeforeStart = "detention.sentenceBeforeStart";

    /// <summary>A hearing, a verdict or a sentence of a proceeding is dated before the proceeding was opened (error when certain, warning when apart but possible). Format 1.1.</summary>
    public const string ProceedingBeforeOpened = "proceeding.beforeOpened";

    /// <summary>A defendant entry whose verdict is <c>acquitted</c> or <c>dismissed</c> has sentences. Format 1.1.</summary>
    public const string ProceedingSentenceWithoutConviction = "proceeding.sentenceWithoutConviction";

    /// <summary>A sentence in a proceeding's defendant entry has a <c>proceedingId</c>: it is the proceeding's own, and names none. Format 1.1.</summary>
    public const string ProceedingSentenceNamesProceeding = "proceeding.sentenceNamesProceeding";

    /// <summary>A defendant entry's <c>detentionId</c> names a detention of someone else than the defendant. Format 1.1.</summary>
    public const string ProceedingDetentionOfOtherSubject = "proceeding.detentionOfOtherSubject";

    /// <summary>
    /// Warning: a detention's sentence names a proceeding whose defendant entry for the same person holds sentences too:
    /// the same sentence is probably recorded twice. Format 1.1.
    /// </summary>
    public const string ProceedingSentenceTwice = "proceeding.sentenceTwice";

    /// <summary>Warning: a detention's sentence names a proceeding that has no defendant entry for the detention's subject. Format 1.1.</summary>
    public const string SentenceProceedingWithoutDefendant = "sentence.proceedingWithoutDefendant";

    /// <summary>
    /// A sentence's <c>combination</c> or <c>replacesIndex</c> names a sentence that is not before it in the same list:
    /// itself, a later one, or one that is not there. Format 1.1.
    /// </summary>
    public const string SentenceIndexNotEarlier = "sentence.indexNotEarlier";

    /// <summary>
    /// A sentence is dated certainly before a sentence its <c>combination</c> or <c>replacesIndex</c> names, which it
    /// combines with or replaces. Format 1.1.
    /// </summary>
    public const string SentenceBeforeReferenced = "sentence.beforeReferenced";

    /// <summary>An affiliation's <c>until</c> is before its <c>from</c> (error when certain, warning when possible).</summary>
    public const string AffiliationEndBeforeStart = "affiliation.endBeforeStart";

    /// <summary>An incident's account is certainly dated before the incident (format 1.1).</summary>
    public const string IncidentAccountBeforeIncident = "incident.accountBeforeIncident";

    /// <summary>A sanction's history does not begin with <c>imposed</c>.</summary>
    public const string SanctionFirstNotImposed = "sanction.firstNotImposed";

    /// <summary>Two entries of one sanction measure's history have the same <c>stepId</c> (format 1.1); at the later one.</summary>
    public const string SanctionDuplicateStepId = "sanction.duplicateStepId";

    /// <summary>A link's <c>fromStepId</c> or <c>toStepId</c> names a step that the sanction measure at that end does not have (format 1.1).</summary>
    public const string LinkStepUnresolved = "link.stepUnresolved";

    /// <summary>A link's <c>fromStepId</c> or <c>toStepId</c> is given, but the record at that end is not a sanction measure (format 1.1).</summary>
    public const string LinkStepNotSanction = "link.stepNotSanction";

    /// <summary>A sanction target's <c>delistedOn</c> is before its <c>listedOn</c> (error when certain, warning when possible). Format 1.1.</summary>
    public const string SanctionTargetDelistedBeforeListed = "sanctionTarget.delistedBeforeListed";

    /// <summary>Warning: a sanction target's <c>listedOn</c> is certainly before the measure's first history entry (format 1.1).</summary>
    public const string SanctionTargetListedBeforeImposed = "sanctionTarget.listedBeforeImposed";

    /// <summary>A sanction's history continues after <c>lifted</c>, <c>expired</c> or <c>annulled</c> with something other than <c>reimposed</c>.</summary>
    public const string SanctionActionAfterEnd = "sanction.actionAfterEnd";

    /// <summary>A sanction's history is not in chronological order (error when certain, warning when possible).</summary>
    public const string SanctionHistoryOrder = "sanction.historyOrder";

    // --- Dataset rules ------------------------------------------------------------------------------

    /// <summary>An organization's <c>parentId</c> chain leads back to it (reported once per cycle, on its first organization).</summary>
    public const string OrganizationParentCycle = "organization.parentCycle";

    /// <summary>Two records have the same id.</summary>
    public const string DatasetDuplicateId = "dataset.duplicateId";

    /// <summary>A reference names an id that no record of the dataset has.</summary>
    public const string ReferenceUnresolved = "reference.unresolved";

    /// <summary>A reference names a record of the wrong type (a detention's subject that is an organization).</summary>
    public const string ReferenceWrongType = "reference.wrongType";

    /// <summary>A released detainee's <c>detentionId</c> is a detention of another person.</summary>
    public const string ReleaseDetentionOfOtherPerson = "release.detentionOfOtherPerson";

    /// <summary>An incident's <c>detentionId</c> is a detention of a person who is not among its <c>subjectIds</c> (format 1.1).</summary>
    public const string IncidentDetentionOfOtherPerson = "incident.detentionOfOtherPerson";

    /// <summary>Warning: an incident is certainly dated before the detention it names began (format 1.1).</summary>
    public const string IncidentBeforeDetention = "incident.beforeDetention";

    /// <summary>
    /// Warning: a <c>deathInCustody</c> incident's subject has no <c>deathDate</c>, or one that certainly differs from
    /// the incident's <c>occurredOn</c> (format 1.1).
    /// </summary>
    public const string IncidentDeathDateMismatch = "incident.deathDateMismatch";

    /// <summary>A detention named by a release still has status <c>ongoing</c>.</summary>
    public const string ReleaseDetentionOngoing = "release.detentionOngoing";

    /// <summary>A release is dated before the start of a detention it ends (error when certain, warning when possible).</summary>
    public const string ReleaseBeforeDetention = "release.beforeDetention";

    /// <summary>Warning: a detention's <c>endedOn</c> and the date of the release that ended it do not agree.</summary>
    public const string ReleaseEndDateMismatch = "release.endDateMismatch";

    /// <summary>A release's exact reported count is smaller than the number of detainees it names.</summary>
    public const string ReleaseCountBelowNamed = "release.countBelowNamed";

    /// <summary>A count of a mass detention is given as of a day certainly before the event.</summary>
    public const string MassDetentionCountBeforeEvent = "massDetention.countBeforeEvent";

    /// <summary>Warning: an <c>exact</c> or <c>atLeast</c> count of a mass detention is below the number of detentions it lists.</summary>
    public const string MassDetentionCountBelowListed = "massDetention.countBelowListed";

    /// <summary>Warning: a detention a mass detention lists certainly did not start when the event occurred.</summary>
    public const string MassDetentionDetentionOutside = "massDetention.detentionOutside";

    /// <summary>Warning: a record has no sources (a citation by id counts as one; a source record, which has no sources of its own, never gets it).</summary>
    public const string RecordNoSources = "record.noSources";

    /// <summary>Warning: a record's <c>modifiedAt</c> is after the day after today, in UTC (format 1.1).</summary>
    public const string RecordModifiedInFuture = "record.modifiedInFuture";
}
