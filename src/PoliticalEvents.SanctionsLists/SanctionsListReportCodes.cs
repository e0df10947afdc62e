namespace PoliticalEvents.SanctionsLists;

/// <summary>
/// The stable codes of the findings of a <see cref="SanctionsListReport"/>. <c>lists.input.*</c> and
/// <c>lists.previous.*</c> refuse the import (severity error); <c>lists.change.*</c> say what changed since the
/// previous import; every other code is something of the list that the dataset does not carry, or carries differently
/// (severity info). Each is documented in docs/sanctions-lists.md.
/// </summary>
public static class SanctionsListReportCodes
{
    // ----- The input as a whole (refused) -----

    /// <summary>The input is not well-formed XML (or not UTF-8/UTF-16 text as XML declares it): nothing imported.</summary>
    public const string InputMalformed = "lists.input.malformed";

    /// <summary>The input has a document type declaration (DTD), which the importer never processes (entity expansion attacks): nothing imported.</summary>
    public const string InputDtd = "lists.input.dtd";

    /// <summary>The root element is not the one of the list asked for (another list, or not a list): nothing imported.</summary>
    public const string InputWrongList = "lists.input.wrongList";

    /// <summary>The list does not say the day it was generated or published, which dates every listing it does not date itself: nothing imported.</summary>
    public const string InputNoDate = "lists.input.noDate";

    // ----- The previous dataset (refused) -----

    /// <summary>The dataset given as previous is not an import of the same list: it has no measure of that list's imposer dated by the list.</summary>
    public const string PreviousNotAnImport = "lists.previous.notAnImport";

    /// <summary>The previous import's list is not older than this one: delistings cannot be dated between the two.</summary>
    public const string PreviousNotEarlier = "lists.previous.notEarlier";

    // ----- Changes since the previous import -----

    /// <summary>A listing the previous import did not have.</summary>
    public const string ChangeListed = "lists.change.listed";

    /// <summary>A listing the previous import had and the list no longer has: kept, delisted between the two lists' dates.</summary>
    public const string ChangeDelisted = "lists.change.delisted";

    // ----- Whole entries -----

    /// <summary>An entry without the list's own id (DATAID, logicalId, uid), or with one that cannot make a record id: not imported.</summary>
    public const string EntryIdUnusable = "lists.entry.idUnusable";

    /// <summary>An entry whose id an earlier entry has: not imported again.</summary>
    public const string EntryDuplicate = "lists.entry.duplicate";

    /// <summary>An entry without a usable name: not imported (a listed person or organization is named).</summary>
    public const string EntryNoName = "lists.entry.noName";

    /// <summary>An entry that names no regime or programme: its person or organization is imported, but it is the target of no measure.</summary>
    public const string EntryNoProgramme = "lists.entry.noProgramme";

    /// <summary>A vessel, an aircraft or another kind of entry that is neither a person nor an organization: the format has no record for it, so it is not imported.</summary>
    public const string EntryKindNotCarried = "lists.entry.kindNotCarried";

    /// <summary>An entry that, mapped, does not validate (a bug or an input the mapping did not foresee): not imported.</summary>
    public const string EntryInvalid = "lists.entry.invalid";

    // ----- Parts of entries -----

    /// <summary>An element or attribute the importer does not know: not imported.</summary>
    public const string ElementUnknown = "lists.element.unknown";

    /// <summary>A country given by a name that is not in the importer's table: left out, never guessed.</summary>
    public const string CountryUnmapped = "lists.country.unmapped";

    /// <summary>A date that cannot be read as a day, a month or a year: left out.</summary>
    public const string DateUnreadable = "lists.date.unreadable";

    /// <summary>A second or later birth date: a person has one birth date in the format, so the others are not carried.</summary>
    public const string BirthDateAlternative = "lists.birthDate.alternative";

    /// <summary>A note on a birth date or place (such as a month given in words): not carried.</summary>
    public const string BirthNote = "lists.birth.note";

    /// <summary>A text that held control or invisible characters, removed (a name or identifying text is one line of visible text).</summary>
    public const string ValueCleaned = "lists.value.cleaned";

    /// <summary>A low-quality or weak alias: carried as an alias, without its quality.</summary>
    public const string NameWeak = "lists.name.weak";

    /// <summary>An alias with its own birth date, birth place or note (UN): the name is carried, those details are not.</summary>
    public const string NameDetailNotCarried = "lists.name.detailNotCarried";

    /// <summary>A middle name given apart (EU): carried within the given names.</summary>
    public const string NameMiddle = "lists.name.middle";

    /// <summary>A title or honorific (UN TITLE, EU title, OFAC title of an organization): not carried.</summary>
    public const string TitleNotCarried = "lists.title.notCarried";

    /// <summary>A document without a number, or of an organization (organizations have no identity documents): not carried.</summary>
    public const string DocumentNotCarried = "lists.document.notCarried";

    /// <summary>A detail of a document the format has no place for (city of issue, note, name on document, issuer, validity flags): not carried.</summary>
    public const string DocumentDetailNotCarried = "lists.document.detailNotCarried";

    /// <summary>An OFAC id entry that is no identity document the format knows (registration numbers, websites, sanctions risk notes…): not carried.</summary>
    public const string IdentifierNotCarried = "lists.identifier.notCarried";

    /// <summary>A reference in a form the format's identifier scheme does not accept: not carried as an identifier (it is still the listing id).</summary>
    public const string IdentifierUnexpectedForm = "lists.identifier.unexpectedForm";

    /// <summary>A detail of an address the format has no place for (a note, a PO box, "as at listing time", a remark): not carried.</summary>
    public const string AddressDetailNotCarried = "lists.address.detailNotCarried";

    /// <summary>A gender the format does not have (only female, male and other, and the list's unknown): not carried.</summary>
    public const string GenderNotCarried = "lists.gender.notCarried";

    /// <summary>The legal acts (EU regulations and decisions) an entry cites: the measure keeps the programme, not each entry's acts.</summary>
    public const string LegalActNotCarried = "lists.legalAct.notCarried";

    /// <summary>The region of a citizenship (EU): a nationality is a country, so the region is not carried.</summary>
    public const string CitizenshipRegion = "lists.citizenship.region";

    /// <summary>A detail on an organization that only a person has (gender, birth date, nationality, document) or the reverse: not carried.</summary>
    public const string DetailNotForKind = "lists.detail.notForKind";

    /// <summary>
    /// The day an entry was last amended (UN LAST_DAY_UPDATED): a fact about the listing that the format has no field
    /// for (a record's <c>modifiedAt</c> is when the dataset's record changed, an instant, not the list's amendment).
    /// </summary>
    public const string LastUpdatedNotCarried = "lists.lastUpdated.notCarried";
}
