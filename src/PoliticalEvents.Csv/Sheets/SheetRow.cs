using System.Globalization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Csv.Sheets;

/// <summary>One data row of a sheet, read into its person and, when the row says so, its detention and release.</summary>
internal sealed class SheetRow
{
    private readonly CsvRow _row;
    private readonly SheetLayout _layout;
    private readonly List<Finding> _findings;
    private readonly HashSet<SheetColumn> _failed = [];

    private SheetRow(CsvRow row, SheetLayout layout, List<Finding> findings)
    {
        _row = row;
        _layout = layout;
        _findings = findings;
    }

    public int Number => _row.Number;

    public int Line => _row.Line;

    public Person Person { get; private set; } = null!;

    public Detention? Detention { get; private set; }

    /// <summary>True when the row gives a date of detention (its detention may still be missing, for want of a country).</summary>
    public bool HasDetentionDate { get; private set; }

    public Release? Release { get; private set; }

    public IEnumerable<Record> Records()
    {
        yield return Person;
        if (Detention is not null)
        {
            yield return Detention;
        }

        if (Release is not null)
        {
            yield return Release;
        }
    }

    public static SheetRow Read(CsvRow csv, SheetLayout layout, PrisonerSheetOptions options, List<Finding> findings)
    {
        var row = new SheetRow(csv, layout, findings);
        row.Build(options);
        return row;
    }

    private void Build(PrisonerSheetOptions options)
    {
        for (int i = _layout.Width; i < _row.Fields.Count; i++)
        {
            if (_row.Fields[i].Value.Trim().Length > 0)
            {
                Error(null, CsvCodes.RowTooLong, string.Create(CultureInfo.InvariantCulture, $"cell {i + 1} is past the last column of the header; give the column a header, or remove the cell."));
                break;
            }
        }

        for (int i = 0; i < _layout.Width && i < _row.Fields.Count; i++)
        {
            if (_layout.HeaderAt(i) is null && _row.Fields[i].Value.Trim().Length > 0)
            {
                Error(null, CsvCodes.UnknownColumn, string.Create(CultureInfo.InvariantCulture, $"cell {i + 1} is in a column without a header; give the column a header, or remove the cell."));
            }
        }

        string prefix = options.IdPrefix + "-row" + Number.ToString(CultureInfo.InvariantCulture);
        var personId = new PersonId(prefix + "-person");
        List<Source> sources = Sources();
        sources.AddRange(options.Sources);

        // The person.
        string? name = Cell(SheetColumn.Name);
        bool anonymous = name is null || SheetWords.Anonymous.Contains(SheetText.Normalize(name));
        Gender? gender = Word(SheetColumn.Gender, SheetWords.Genders);
        PartialDate? birth = Date(SheetColumn.BirthDate);
        PartialDate? death = Date(SheetColumn.DeathDate);
        List<CountryCode> nationalities = Countries(SheetColumn.Nationality);
        string? notes = Cell(SheetColumn.Notes);

        // The detention, when the row gives its date.
        PartialDate? started = Date(SheetColumn.DetentionDate);
        HasDetentionDate = HasCell(SheetColumn.DetentionDate);
        PartialDate? released = Date(SheetColumn.ReleaseDate);
        CountryCode? country = Countries(SheetColumn.Country) switch
        {
            [] => options.Country,
            [var one] => one,
            _ => Fail<CountryCode>(SheetColumn.Country, CsvCodes.Term, "has more than one country; a detention is in one country."),
        };
        List<Charge> charges = Charges(options.Law);
        List<Sentence> sentences = Sentences();
        List<Placement> placements = Placements();
        DetentionStatus? status = Status();
        ReleaseKind? releaseKind = Word(SheetColumn.ReleaseKind, SheetWords.ReleaseKinds);

        if (!HasDetentionDate)
        {
            foreach ((SheetColumn column, bool given) in new[]
            {
                (SheetColumn.Charges, charges.Count > 0), (SheetColumn.Sentence, HasCell(SheetColumn.Sentence)), (SheetColumn.Penalty, HasCell(SheetColumn.Penalty)),
                (SheetColumn.VerdictDate, HasCell(SheetColumn.VerdictDate)), (SheetColumn.Prison, placements.Count > 0),
                (SheetColumn.Status, status == DetentionStatus.Ongoing || (status == DetentionStatus.Ended && released is null)),
            })
            {
                if (given && !_failed.Contains(column))
                {
                    Error(column, CsvCodes.Needs, $"needs a detention, but the row has no date of detention{(_layout.HeaderOf(SheetColumn.DetentionDate) is { } h ? $" (column \"{h}\")" : string.Empty)}: the format records a detention only with the day, month or year it began.");
                }
            }
        }

        if (released is not null && status == DetentionStatus.Ongoing)
        {
            Error(SheetColumn.Status, CsvCodes.Conflict, "says the person is still held, but the row has a release date.");
        }

        if (releaseKind is not null && released is null)
        {
            Error(SheetColumn.ReleaseKind, CsvCodes.Needs, "needs a release date, which the row does not have.");
        }

        Person = new Person
        {
            Id = personId,
            Name = anonymous ? null : name,
            Anonymous = anonymous,
            Gender = gender,
            BirthDate = birth,
            DeathDate = death,
            Nationalities = nationalities,
            Sources = sources,
            Notes = HasDetentionDate ? null : notes,
        };

        if (started is { } start && country is { } where)
        {
            Detention = new Detention
            {
                Id = new RecordId(prefix + "-detention"),
                SubjectId = personId,
                Country = where,
                StartedOn = start,
                EndedOn = released,
                Status = released is not null ? DetentionStatus.Ended : status ?? options.DefaultStatus,
                Charges = charges,
                Sentences = sentences,
                Placements = placements,
                Designations = options.Designation is { } designation ? [designation] : [],
                Sources = sources,
                Notes = notes,
            };
        }
        else if (started is not null && _layout.HeaderOf(SheetColumn.Country) is not null && options.Country is null)
        {
            Error(SheetColumn.Country, CsvCodes.Missing, "is empty, but the row's detention needs the country where the person is held.");
        }

        if (released is { } on)
        {
            Release = new Release
            {
                Id = new RecordId(prefix + "-release"),
                ReleasedOn = on,
                Kind = releaseKind ?? ReleaseKind.Unknown,
                Detainees = [new ReleasedDetainee { SubjectId = personId, DetentionId = Detention?.Reference }],
                Sources = sources,
            };
        }
    }

    // ----- Cells -----

    private bool HasCell(SheetColumn role) => Cell(role) is not null;

    /// <summary>The text of the first column with the role, trimmed; null when there is no such column or the cell is empty or says nothing is known.</summary>
    private string? Cell(SheetColumn role)
    {
        foreach (int i in _layout.ColumnsOf(role))
        {
            string text = i < _row.Fields.Count ? _row.Fields[i].Value : string.Empty;
            return SheetText.IsEmpty(text) ? null : text.Trim();
        }

        return null;
    }

    private void Error(SheetColumn? role, string code, string message)
    {
        if (role is { } failed)
        {
            _failed.Add(failed);
        }

        _findings.Add(new Finding { Row = Number, Line = Line, ColumnName = _layout.HeaderOf(role), Code = code, Message = message, Severity = Severity.Error });
    }

    private T? Fail<T>(SheetColumn role, string code, string message) where T : struct
    {
        Error(role, code, message);
        return null;
    }

    private PartialDate? Date(SheetColumn role)
    {
        if (Cell(role) is not { } text)
        {
            return null;
        }

        string? problem = SheetDates.TryParse(text, out PartialDate date);
        return problem is null ? date : Fail<PartialDate>(role, CsvCodes.Date, problem + ".");
    }

    private T? Word<T>(SheetColumn role, IReadOnlyDictionary<string, T> words) where T : struct, Enum
    {
        if (Cell(role) is not { } text)
        {
            return null;
        }

        return words.TryGetValue(SheetText.Normalize(text), out T value) ? value
            : Fail<T>(role, CsvCodes.Term, $"not a known {WireNames<SheetColumn>.Of(role)} ({SheetWords.Expectation(words)}).");
    }

    private DetentionStatus? Status()
    {
        // "unknown" is a status of its own here, not an empty cell.
        foreach (int i in _layout.ColumnsOf(SheetColumn.Status))
        {
            if (i < _row.Fields.Count && SheetText.Normalize(_row.Fields[i].Value) == "unknown")
            {
                return DetentionStatus.Unknown;
            }
        }

        return Word(SheetColumn.Status, SheetWords.Statuses);
    }

    private List<CountryCode> Countries(SheetColumn role)
    {
        var codes = new List<CountryCode>();
        if (Cell(role) is not { } text)
        {
            return codes;
        }

        foreach (string item in text.Split([';', ',', '/', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!CountryCode.TryParse(item.ToUpperInvariant(), out CountryCode code))
            {
                Error(role, CsvCodes.Term, "not a country code (ISO 3166-1 alpha-2, such as BY or TN; several separated by ';').");
                return [];
            }

            codes.Add(code);
        }

        return codes;
    }

    private List<Charge> Charges(string? law)
    {
        if (Cell(SheetColumn.Charges) is not { } text)
        {
            return [];
        }

        string? problem = SheetCharges.TryParse(text, law, out List<Charge> charges);
        if (problem is null)
        {
            return charges;
        }

        Error(SheetColumn.Charges, CsvCodes.Charges, problem + ".");
        return [];
    }

    private List<Sentence> Sentences()
    {
        string? sentenceText = Cell(SheetColumn.Sentence);
        string? penaltyText = Cell(SheetColumn.Penalty);
        string? verdictText = Cell(SheetColumn.VerdictDate);
        if (sentenceText is null && penaltyText is null)
        {
            if (verdictText is not null)
            {
                Error(SheetColumn.VerdictDate, CsvCodes.Needs, "needs a sentence, which the row does not have.");
            }

            return [];
        }

        SheetColumn at = sentenceText is null ? SheetColumn.Penalty : SheetColumn.Sentence;
        string? problem = SheetSentences.TryParse(string.Join(' ', new[] { sentenceText, penaltyText }.Where(static t => t is not null)), out List<SheetSentence> parsed);
        if (problem is not null)
        {
            Error(at, CsvCodes.Sentence, problem + (sentenceText is not null && penaltyText is not null ? $" (read together with column \"{_layout.HeaderOf(SheetColumn.Penalty)}\")." : "."));
            return [];
        }

        if (verdictText is null && !HasDetentionDate)
        {
            return []; // "needs a detention" says what is missing first
        }

        if (verdictText is null)
        {
            Error(at, CsvCodes.Needs, $"needs the date of the verdict{(_layout.HeaderOf(SheetColumn.VerdictDate) is { } h ? $" (column \"{h}\"), which is empty" : ", and the sheet has no verdict date column")}: the format records when a sentence was imposed.");
            return [];
        }

        string[] verdictItems = SheetText.Items(verdictText);
        var verdicts = new List<PartialDate>();
        foreach (string item in verdictItems)
        {
            string? dateProblem = SheetDates.TryParse(item, out PartialDate date);
            if (dateProblem is not null)
            {
                Error(SheetColumn.VerdictDate, CsvCodes.Date, (verdictItems.Length > 1 ? "has a date that is " : string.Empty) + dateProblem + ".");
                return [];
            }

            verdicts.Add(date);
        }

        if (verdicts.Count != 1 && verdicts.Count != parsed.Count)
        {
            Error(SheetColumn.VerdictDate, CsvCodes.Needs, string.Create(CultureInfo.InvariantCulture, $"has {verdicts.Count} dates for {parsed.Count} sentence(s); give one date, or one per sentence in the same order."));
            return [];
        }

        return [.. parsed.Select((s, i) => new Sentence { ImposedOn = verdicts[verdicts.Count == 1 ? 0 : i], Kind = s.Kind, Term = s.Term, Regime = s.Regime })];
    }

    private List<Placement> Placements()
        => Cell(SheetColumn.Prison) is { } facility ? [new Placement { Facility = facility, FacilityKind = SheetFacilities.KindOf(facility) }] : [];

    private List<Source> Sources()
    {
        var sources = new List<Source>();
        foreach (int i in _layout.ColumnsOf(SheetColumn.Source))
        {
            string text = i < _row.Fields.Count ? _row.Fields[i].Value : string.Empty;
            if (SheetText.IsEmpty(text))
            {
                continue;
            }

            string? problem = SheetSources.TryParse(text, out List<Source> found);
            if (problem is null)
            {
                sources.AddRange(found);
            }
            else
            {
                _findings.Add(new Finding { Row = Number, Line = Line, ColumnName = _layout.HeaderAt(i), Code = CsvCodes.Source, Message = problem + ".", Severity = Severity.Error });
            }
        }

        return sources;
    }
}
