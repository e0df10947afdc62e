using System.Collections.Frozen;

namespace PoliticalEvents.SanctionsLists;

/// <summary>
/// Country names as the UN and OFAC lists write them, to ISO 3166-1 codes: the ISO names (CountryNames.Iso.cs) and the
/// other names the lists use, compared without case and with white space collapsed. A name not in the table is
/// reported (<see cref="SanctionsListReportCodes.CountryUnmapped"/>), never guessed.
/// </summary>
internal static partial class CountryNames
{
    // Names the lists use that ISO 3166-1 does not, each checked against the list that writes it. Former states
    // ("former Soviet Union", "Yugoslavia") and regions ("Crimea", "West Bank") are left out on purpose: they are no
    // one country of today.
    private static readonly (string Code, string[] Names)[] ListNames =
    [
        ("BO", ["Bolivia"]),
        ("BS", ["Bahamas, The"]),
        ("CD", ["Democratic Republic of the Congo", "Congo, Democratic Republic of the", "Congo (Democratic Republic)"]),
        ("CG", ["Congo, Republic of the", "Republic of the Congo"]),
        ("CI", ["Cote d'Ivoire", "Côte d’Ivoire", "Ivory Coast"]),
        ("CZ", ["Czech Republic"]),
        ("GB", ["United Kingdom of Great Britain and Northern Ireland", "United Kingdom", "UK"]),
        ("GM", ["Gambia, The"]),
        ("HK", ["China, Hong Kong Special Administrative Region", "Hong Kong"]),
        ("IR", ["Iran (Islamic Republic of)", "Iran"]),
        ("KP", ["Democratic People's Republic of Korea", "Korea, North", "North Korea"]),
        ("KR", ["Republic of Korea", "Korea, South", "South Korea"]),
        ("LA", ["Lao People's Democratic Republic", "Laos"]),
        ("MD", ["Republic of Moldova", "Moldova"]),
        ("MM", ["Burma", "Myanmar"]),
        ("MO", ["China, Macao Special Administrative Region", "Macau"]),
        ("PS", ["State of Palestine"]),
        ("RU", ["Russian Federation", "Russia"]),
        ("SY", ["Syrian Arab Republic", "Syria"]),
        ("TR", ["Turkey", "Türkiye", "Turkiye"]),
        ("TW", ["Taiwan"]),
        ("TZ", ["United Republic of Tanzania", "Tanzania"]),
        ("US", ["United States of America", "United States"]),
        ("VE", ["Venezuela (Bolivarian Republic of)", "Venezuela"]),
        ("VN", ["Viet Nam", "Vietnam"]),
        ("XK", ["Kosovo"]),
    ];

    private static readonly FrozenDictionary<string, CountryCode> Table = Build();

    /// <summary>The code of a country name, or false when the name is not in the table.</summary>
    public static bool TryMap(string name, out CountryCode code) => Table.TryGetValue(Key(name), out code);

    private static FrozenDictionary<string, CountryCode> Build()
    {
        var table = new Dictionary<string, CountryCode>(StringComparer.Ordinal);
        foreach ((string code, string[] names) in IsoNames.Concat(ListNames))
        {
            if (!CountryCode.TryParse(code, out CountryCode parsed))
            {
                continue;
            }

            foreach (string name in names)
            {
                table[Key(name)] = parsed;
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Key(string name)
        => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'').ToUpperInvariant();
}
