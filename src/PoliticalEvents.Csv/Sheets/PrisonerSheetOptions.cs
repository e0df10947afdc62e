using PoliticalEvents.Validation;

namespace PoliticalEvents.Csv.Sheets;

/// <summary>How <see cref="PrisonerSheetImporter"/> reads a sheet: the column mapping, and what the sheet itself does not say.</summary>
public sealed record PrisonerSheetOptions
{
    /// <summary>
    /// The start of every id the import makes (default <c>sheet</c>): records get
    /// <c>{IdPrefix}-row{N}-person</c>, <c>-detention</c> and <c>-release</c>, where N is the row's number in the sheet
    /// (the header is row 1). Ids never come from names: they appear in messages and must not reveal who a record is
    /// about. Must be a valid id of at most 100 characters.
    /// </summary>
    public string IdPrefix { get; init; } = "sheet";

    /// <summary>The dataset's title (default "Imported prisoner list").</summary>
    public string Title { get; init; } = "Imported prisoner list";

    /// <summary>
    /// Columns mapped explicitly, by header (compared case-insensitively, with runs of spaces and underscores as one
    /// space): these win over the built-in header names. Map a column to <see cref="SheetColumn.Ignore"/> to leave it out.
    /// </summary>
    public IReadOnlyDictionary<string, SheetColumn> Columns { get; init; } = new Dictionary<string, SheetColumn>();

    /// <summary>The country where the people are held, for rows without a country column or cell; detentions need one.</summary>
    public CountryCode? Country { get; init; }

    /// <summary>The law of charges that name none (<c>Criminal Code of the Republic of Belarus</c>); without it such a charge is an error.</summary>
    public string? Law { get; init; }

    /// <summary>The status of a detention whose row has neither a status nor a release date (default <see cref="DetentionStatus.Unknown"/>); a list of current prisoners may say <see cref="DetentionStatus.Ongoing"/>.</summary>
    public DetentionStatus DefaultStatus { get; init; } = DetentionStatus.Unknown;

    /// <summary>Sources added to every record, after the row's own (the list itself, for example).</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];

    /// <summary>A designation added to every detention (for a list of political prisoners: who keeps it, and <see cref="DesignationStatus.PoliticalPrisoner"/>); none when null.</summary>
    public Designation? Designation { get; init; }

    /// <summary>Options of the validation run on the result (the day dates are compared with, the index memory).</summary>
    public ValidationOptions? Validation { get; init; }
}
