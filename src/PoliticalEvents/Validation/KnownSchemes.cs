using System.Text.RegularExpressions;

namespace PoliticalEvents.Validation;

/// <summary>The identifier schemes whose values the format checks, with their patterns (also stated in the JSON Schemas).</summary>
internal static partial class KnownSchemes
{
    /// <summary>Scheme → (ECMA-262 pattern, what it looks like).</summary>
    public static IReadOnlyList<(string Scheme, string Pattern, string Expectation)> All { get; } =
    [
        ("wikidata", "^Q[1-9][0-9]*$", "a Wikidata item id such as Q42"),
        ("opensanctions", "^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$", "an OpenSanctions entity id such as NK-2GtkAk3pE9fZBoPq8mcxWn or Q7747"),
        ("ofac", "^[1-9][0-9]*$", "an OFAC SDN entry number (digits)"),
        ("eu-fsf", "^EU\\.[0-9]+\\.[0-9]+$", "an EU financial sanctions reference such as EU.27.28"),
        ("un-sc", "^[A-Z]{2}[ie]\\.[0-9]{3}$", "a UN Security Council reference such as KPi.033"),
        ("viasna", "^[a-z0-9]+(-[a-z0-9]+)*$", "a Viasna prisoner-list id or slug such as maryja-kalesnikava"),
    ];

    private static readonly Dictionary<string, Regex> Compiled = All.ToDictionary(
        s => s.Scheme, s => new Regex(s.Pattern, RegexOptions.CultureInvariant), StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Expectations = All.ToDictionary(s => s.Scheme, s => s.Expectation, StringComparer.Ordinal);

    /// <summary>Null when the value is fine (or the scheme is not a known one), else what the value should look like.</summary>
    public static string? Check(string scheme, string value)
        => Compiled.TryGetValue(scheme, out Regex? pattern) && !pattern.IsMatch(value) ? Expectations[scheme] : null;
}
