namespace PoliticalEvents.Csv.Sheets;

/// <summary>What a column of a one-row-per-prisoner sheet holds (its role), and so where its cells go in the records.</summary>
/// <remarks>The wire name of a role (used by <c>--column "Header=role"</c> and mapping files) is its name in camelCase: <c>detentionDate</c>.</remarks>
public enum SheetColumn
{
    /// <summary>A column to leave out on purpose (a judge's name, a photo link …). Unknown columns are errors unless mapped to this.</summary>
    Ignore = 1,

    /// <summary>The person's name (<c>Person.name</c>); empty or a word such as "anonymous" makes an anonymous person.</summary>
    Name,

    /// <summary>The person's gender (<c>Person.gender</c>): male, female, other, or a word for them.</summary>
    Gender,

    /// <summary>The person's date of birth (<c>Person.birthDate</c>).</summary>
    BirthDate,

    /// <summary>The person's date of death (<c>Person.deathDate</c>).</summary>
    DeathDate,

    /// <summary>The person's nationalities (<c>Person.nationalities</c>): ISO 3166-1 alpha-2 codes.</summary>
    Nationality,

    /// <summary>The day, month or year the detention began (<c>Detention.startedOn</c>); a row gets a detention only with it.</summary>
    DetentionDate,

    /// <summary>Where the person is held (<c>Detention.country</c>), an ISO 3166-1 alpha-2 code; otherwise the sheet's country.</summary>
    Country,

    /// <summary>The charges as article references (<c>Detention.charges</c>): <c>Art. 342 Part 1 Criminal Code</c>.</summary>
    Charges,

    /// <summary>The sentence (<c>Detention.sentences</c>): a term such as <c>5 years</c>, or <c>life</c>, with an optional kind.</summary>
    Sentence,

    /// <summary>The kind of penalty when the sheet keeps it apart from the term (<c>imprisonment in a general-security penal colony</c>).</summary>
    Penalty,

    /// <summary>The date of the verdict that imposed the sentence (<c>Sentence.imposedOn</c>).</summary>
    VerdictDate,

    /// <summary>The prison or other place of detention (<c>Detention.placements</c>).</summary>
    Prison,

    /// <summary>Whether the person is still held (<c>Detention.status</c>): in custody, released, unknown, or a word for them.</summary>
    Status,

    /// <summary>The date of release: a <c>Release</c> record, and the detention's <c>endedOn</c>.</summary>
    ReleaseDate,

    /// <summary>How the person was released (<c>Release.kind</c>): pardon, amnesty, end of sentence …</summary>
    ReleaseKind,

    /// <summary>Where the row's facts come from: URLs, titles, or a title and a URL (<c>sources</c> of every record of the row).</summary>
    Source,

    /// <summary>Remarks: the detention's <c>notes</c> (the person's, when the row has no detention).</summary>
    Notes,
}
