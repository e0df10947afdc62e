using System.Globalization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Csv.Sheets;

/// <summary>The columns of a sheet: which role each has, from the header and the explicit mapping.</summary>
internal sealed class SheetLayout
{
    private readonly SheetColumn?[] _roles;
    private readonly string?[] _headers;

    private SheetLayout(SheetColumn?[] roles, string?[] headers)
    {
        _roles = roles;
        _headers = headers;
    }

    /// <summary>The number of columns the header has.</summary>
    public int Width => _roles.Length;

    /// <summary>True when no column gives the country, so detentions need the sheet's.</summary>
    public bool NeedsSheetCountry => !_roles.Contains(SheetColumn.Country);

    public IReadOnlyList<KeyValuePair<string?, SheetColumn?>> Mapping => [.. _headers.Zip(_roles, static (h, r) => new KeyValuePair<string?, SheetColumn?>(h, r))];

    /// <summary>The columns with a role, in order.</summary>
    public IEnumerable<int> ColumnsOf(SheetColumn role)
    {
        for (int i = 0; i < _roles.Length; i++)
        {
            if (_roles[i] == role)
            {
                yield return i;
            }
        }
    }

    public SheetColumn? RoleOf(int column) => column < _roles.Length ? _roles[column] : null;

    /// <summary>The header of the (first) column with <paramref name="role"/>, for messages; null when no column has it.</summary>
    public string? HeaderOf(SheetColumn? role) => role is { } r && ColumnsOf(r).FirstOrDefault(-1) is int i and >= 0 ? ColumnNames.Shown(_headers[i]) : null;

    /// <summary>The header of a column, for messages (<see cref="ColumnNames.Shown"/>); null when there is none or it is not shown.</summary>
    public string? HeaderAt(int column) => column < _headers.Length ? ColumnNames.Shown(_headers[column]) : null;

    /// <summary>Reads the header row; null (with a finding) when it is not a header row at all.</summary>
    public static SheetLayout? Read(CsvRow header, PrisonerSheetOptions options, List<Finding> findings)
    {
        var explicitRoles = new Dictionary<string, SheetColumn>(StringComparer.Ordinal);
        foreach ((string name, SheetColumn role) in options.Columns)
        {
            explicitRoles[SheetText.Normalize(name)] = role;
        }

        int width = header.Fields.Count;
        var roles = new SheetColumn?[width];
        var headers = new string?[width];
        var unknown = new List<int>();
        int known = 0;
        for (int i = 0; i < width; i++)
        {
            string text = header.Fields[i].Value.Trim();
            string name = SheetText.Normalize(text);
            headers[i] = text.Length == 0 ? null : text;
            if (name.Length == 0)
            {
                continue;
            }

            if (explicitRoles.Remove(name, out SheetColumn mapped))
            {
                roles[i] = mapped;
                known++;
            }
            else if (SheetHeaders.ByName.TryGetValue(name, out SheetColumn role))
            {
                roles[i] = role;
                known++;
            }
            else
            {
                unknown.Add(i);
            }
        }

        foreach (string name in explicitRoles.Keys)
        {
            findings.Add(Error(null, $"a column \"{name}\" is mapped, but the header has no column of that name."));
        }

        if (known == 0 && options.Columns.Count == 0)
        {
            // Perhaps there is no header and this row is data: say nothing of what it holds.
            findings.Add(new Finding
            {
                Row = header.Number, Line = header.Line, Code = CsvCodes.NoHeader, Severity = Severity.Error,
                Message = "the first row is not a header row: none of its cells is a known column name, so they are not shown here. Add a header row, or map the columns.",
            });
            return null;
        }

        foreach (int i in unknown)
        {
            findings.Add(Error(headers[i], string.Create(CultureInfo.InvariantCulture,
                $"column {i + 1} is not a known column; map it to one of {string.Join(", ", Enum.GetValues<SheetColumn>().Select(WireNames<SheetColumn>.Of))} (ignore leaves it out).")) with { Row = header.Number, Code = CsvCodes.UnknownColumn });
        }

        for (int i = 0; i < width; i++)
        {
            if (roles[i] is { } role and not (SheetColumn.Ignore or SheetColumn.Source) && Array.IndexOf(roles, role) < i)
            {
                findings.Add(Error(headers[i], string.Create(CultureInfo.InvariantCulture,
                    $"column {i + 1} is a second {WireNames<SheetColumn>.Of(role)} column (column {Array.IndexOf(roles, role) + 1} is one); map one of them to ignore.")) with { Row = header.Number });
            }
        }

        // Unknown and doubled columns are errors, but the rows are still read, so that every problem is reported at once.
        return new SheetLayout(roles, headers);
    }

    private static Finding Error(string? column, string message)
        => new() { ColumnName = ColumnNames.Shown(column), Code = CsvCodes.Header, Message = message, Severity = Severity.Error };
}
