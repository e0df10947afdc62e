using System.Globalization;
using System.Text;
using NodaTime;

namespace PoliticalEvents.FollowTheMoney;

/// <summary>
/// The part of the FollowTheMoney model (v3.8.4, with the v4 changes to Sanction, Person and Interval) that the mapping
/// uses: schema names, the properties written and their maximum lengths, the identifier properties, and the topic and
/// provision vocabularies. Everything here was read from <c>followthemoney/schema/*.yaml</c>.
/// </summary>
internal static class FtmModel
{
    public const string Person = "Person";
    public const string Organization = "Organization";
    public const string Company = "Company";
    public const string PublicBody = "PublicBody";
    public const string LegalEntity = "LegalEntity";
    public const string Sanction = "Sanction";
    public const string Membership = "Membership";
    public const string Employment = "Employment";
    public const string Directorship = "Directorship";
    public const string CourtCase = "CourtCase";
    public const string CourtCaseParty = "CourtCaseParty";
    public const string Passport = "Passport";
    public const string Identification = "Identification";
    public const string Address = "Address";

    /// <summary>An Identification's <c>type</c> for a kind of identity document other than a passport (the kind's wire name).</summary>
    public static string DocumentType(IdentityDocumentKind kind) => kind switch
    {
        IdentityDocumentKind.NationalId => "nationalId",
        IdentityDocumentKind.ResidencePermit => "residencePermit",
        IdentityDocumentKind.TaxId => "taxId",
        IdentityDocumentKind.Passport => "passport",
        _ => "other",
    };

    /// <summary>The kind an Identification's <c>type</c> names (as <see cref="DocumentType"/> writes it), or null.</summary>
    public static IdentityDocumentKind? DocumentKindOf(string type) => type switch
    {
        "nationalId" => IdentityDocumentKind.NationalId,
        "residencePermit" => IdentityDocumentKind.ResidencePermit,
        "taxId" => IdentityDocumentKind.TaxId,
        "passport" => IdentityDocumentKind.Passport,
        "other" => IdentityDocumentKind.Other,
        _ => null,
    };

    /// <summary>Whether the schema is an identity document of a holder (format 1.1: a Person's identity documents).</summary>
    public static bool IsDocumentSchema(string schema) => schema is Passport or Identification;

    /// <summary>Maximum lengths of the property types (FtM <c>types/*.py</c>).</summary>
    public const int NameLength = 384;
    public const int StringLength = 1024;
    public const int TextLength = 65000;
    public const int UrlLength = 4096;

    /// <summary>FtM's <c>modifiedAt</c> as the export writes it: a date with the time of day to the second, no zone (the instant in UTC).</summary>
    public static readonly NodaTime.Text.InstantPattern ModifiedAtPattern = NodaTime.Text.InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    /// <summary>The longest value of FtM's <c>phone</c> (the model's <c>maxLength</c>).</summary>
    public const int PhoneLength = 32;

    /// <summary>The longest value of FtM's address type (an Address's <c>full</c>).</summary>
    public const int AddressLength = 250;

    /// <summary>The longest value of FtM's email type.</summary>
    public const int EmailLength = 250;

    /// <summary>
    /// Whether a contact's value has the form FtM's type for it needs: a website an absolute http(s) URL (FtM's url
    /// type), an e-mail address something@something (its email type). Phone numbers are written as given.
    /// </summary>
    public static bool FitsContactType(ContactKind kind, string value) => kind switch
    {
        ContactKind.Website => (value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith("https://", StringComparison.Ordinal))
            && Uri.TryCreate(value, UriKind.Absolute, out _),
        ContactKind.Email => value.IndexOf('@') is int at && at > 0 && at < value.Length - 1 && !value.Any(char.IsWhiteSpace),
        _ => true,
    };
    public const int IdentifierLength = 64;
    public const int WikidataIdLength = 32;

    /// <summary>The identifier-typed properties of LegalEntity (and so of every actor schema), with their maximum lengths; <c>wikidataId</c> and <c>programId</c> are handled apart.</summary>
    private static readonly Dictionary<string, int> LegalEntityIdentifiers = new(StringComparer.Ordinal)
    {
        ["bvdId"] = 64, ["dunsCode"] = 16, ["idNumber"] = 64, ["innCode"] = 32, ["leiCode"] = 32, ["licenseNumber"] = 64,
        ["npiCode"] = 16, ["ogrnCode"] = 32, ["okpoCode"] = 64, ["registrationNumber"] = 64, ["swiftBic"] = 16,
        ["taxNumber"] = 64, ["uniqueEntityId"] = 32, ["vatCode"] = 32,
    };

    private static readonly Dictionary<string, int> PersonIdentifiers = With(LegalEntityIdentifiers, new() { ["passportNumber"] = 64, ["socialSecurityNumber"] = 64 });

    private static readonly Dictionary<string, int> OrganizationIdentifiers = With(LegalEntityIdentifiers, new() { ["cageCode"] = 16, ["giiNumber"] = 20, ["imoNumber"] = 16, ["permId"] = 16 });

    private static readonly Dictionary<string, int> CompanyIdentifiers = With(OrganizationIdentifiers, new()
    {
        ["cikCode"] = 64, ["coatoCode"] = 64, ["fnsCode"] = 64, ["ibcRuc"] = 64, ["ipoCode"] = 64, ["irsCode"] = 64, ["isinCode"] = 64,
        ["jibCode"] = 64, ["kppCode"] = 64, ["mbsCode"] = 64, ["pfrNumber"] = 64, ["ricCode"] = 16, ["ticker"] = 64, ["voenCode"] = 32,
    });

    /// <summary>Identifier properties the model keeps only for old data (<c>deprecated: true</c>): read, never written.</summary>
    public static bool IsDeprecated(string property) => property is "ibcRuc";

    /// <summary>The identifier properties of an actor schema (not <c>wikidataId</c> or <c>programId</c>), with their maximum lengths.</summary>
    public static IReadOnlyDictionary<string, int> IdentifierProperties(string schema) => schema switch
    {
        Person => PersonIdentifiers,
        Company => CompanyIdentifiers,
        Organization or PublicBody => OrganizationIdentifiers,
        _ => LegalEntityIdentifiers,
    };

    /// <summary>Actor schemata the importer turns into records.</summary>
    public static bool IsActorSchema(string schema) => schema is Person or Organization or Company or PublicBody or LegalEntity;

    /// <summary>Actor schemata imported as organizations.</summary>
    public static bool IsOrganizationSchema(string schema) => schema is Organization or Company or PublicBody or LegalEntity;

    /// <summary>Interval schemata imported as affiliations.</summary>
    public static bool IsAffiliationSchema(string schema) => schema is Membership or Employment or Directorship;

    /// <summary>
    /// The schema an affiliation is exported as: Directorship when the role says so (director, директор, chair, board,
    /// CEO, chief executive), Employment for a person whose role is a job (employee, staff, editor, journalist,
    /// reporter, correspondent), else Membership.
    /// </summary>
    public static string AffiliationSchema(string? role, bool isPerson)
    {
        string words = role?.ToLowerInvariant() ?? string.Empty;
        if (DirectorWords.Any(words.Contains))
        {
            return Directorship;
        }

        return isPerson && EmploymentWords.Any(words.Contains) ? Employment : Membership;
    }

    private static readonly string[] DirectorWords = ["director", "директор", "chair", "board", "ceo", "chief executive"];

    private static readonly string[] EmploymentWords = ["employee", "staff", "editor", "journalist", "reporter", "correspondent"];

    /// <summary>The two properties of an affiliation schema: the member, then the organization.</summary>
    public static (string Member, string Organization) AffiliationEnds(string schema) => schema switch
    {
        Employment => ("employee", "employer"),
        Directorship => ("director", "organization"),
        _ => ("member", "organization"),
    };

    // ----- Topics -----

    /// <summary>Roles and the FtM topics they become, one to one (<c>opposition</c> and <c>humanRightsDefender</c> have none).</summary>
    private static readonly (string Role, string Topic)[] RoleTopicPairs =
    [
        ("activist", "role.act"), ("journalist", "role.journo"), ("politician", "role.pep"), ("official", "role.civil"),
        ("headOfState", "gov.head"), ("judge", "role.judge"), ("lawyer", "role.lawyer"), ("diplomat", "role.diplo"),
        ("accountant", "role.acct"), ("lobbyist", "role.lobby"), ("oligarch", "role.oligarch"), ("closeAssociate", "role.rca"),
        ("spy", "role.spy"),
    ];

    private static readonly Dictionary<string, string> TopicsByRole = RoleTopicPairs.ToDictionary(p => p.Role, p => p.Topic, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> RolesByTopic = RoleTopicPairs.ToDictionary(p => p.Topic, p => p.Role, StringComparer.Ordinal);

    public static string? TopicOfRole(string role) => TopicsByRole.GetValueOrDefault(role);

    public static string? RoleOfTopic(string topic) => RolesByTopic.GetValueOrDefault(topic);

    /// <summary>The FtM schema and kind topic of an organization kind; null topic when the schema says it all.</summary>
    public static (string Schema, string? Topic, bool KindKept) SchemaOf(OrganizationKind kind) => kind switch
    {
        OrganizationKind.State => (PublicBody, "gov.national", true),
        OrganizationKind.GovernmentBody => (PublicBody, null, true),
        OrganizationKind.Court => (PublicBody, "gov.judicial", true),
        OrganizationKind.SecurityService => (PublicBody, "gov.security", true),
        OrganizationKind.Company => (Company, null, true),
        OrganizationKind.PoliticalParty => (Organization, "pol.party", true),
        OrganizationKind.Intergovernmental => (Organization, "gov.igo", true),
        OrganizationKind.Other => (Organization, null, true),
        _ => (Organization, null, false), // NGO, media
    };

    /// <summary>The organization kind a kind topic stands for; null for other topics.</summary>
    public static OrganizationKind? KindOfTopic(string topic) => topic switch
    {
        "gov.national" => OrganizationKind.State,
        "gov.judicial" => OrganizationKind.Court,
        "gov.security" => OrganizationKind.SecurityService,
        "pol.party" => OrganizationKind.PoliticalParty,
        "gov.igo" => OrganizationKind.Intergovernmental,
        _ => null,
    };

    public static bool NeedsCountry(OrganizationKind kind)
        => kind is OrganizationKind.State or OrganizationKind.GovernmentBody or OrganizationKind.Court or OrganizationKind.SecurityService;

    // ----- Gender -----

    public static string GenderValue(Gender gender) => gender switch
    {
        Gender.Female => "female",
        Gender.Male => "male",
        _ => "other",
    };

    public static Gender? GenderOf(string value) => value switch
    {
        "female" => Gender.Female,
        "male" => Gender.Male,
        "other" => Gender.Other,
        _ => null,
    };

    // ----- Sanctions -----

    /// <summary>The words written to Sanction <c>provisions</c> for a measure kind; null for <see cref="SanctionKind.Other"/>.</summary>
    public static string? ProvisionOf(SanctionKind kind) => kind switch
    {
        SanctionKind.AssetFreeze => "Asset freeze",
        SanctionKind.TravelBan => "Travel ban",
        SanctionKind.ArmsEmbargo => "Arms embargo",
        SanctionKind.ExportRestriction => "Export restriction",
        SanctionKind.ImportRestriction => "Import restriction",
        SanctionKind.FinancialRestriction => "Financial restriction",
        SanctionKind.InvestmentBan => "Investment ban",
        SanctionKind.ServicesBan => "Services ban",
        SanctionKind.TransportRestriction => "Transport restriction",
        SanctionKind.Sectoral => "Sectoral sanctions",
        _ => null,
    };

    /// <summary>The measure kind a provision stands for (the words above, and a few common synonyms, ignoring case); null when unknown.</summary>
    public static SanctionKind? KindOfProvision(string provision) => provision.Trim().ToLowerInvariant() switch
    {
        "asset freeze" or "block" or "blocking" or "freezing of funds and economic resources" => SanctionKind.AssetFreeze,
        "travel ban" or "entry ban" => SanctionKind.TravelBan,
        "arms embargo" => SanctionKind.ArmsEmbargo,
        "export restriction" or "export restrictions" or "export ban" => SanctionKind.ExportRestriction,
        "import restriction" or "import restrictions" or "import ban" => SanctionKind.ImportRestriction,
        "financial restriction" or "financial restrictions" => SanctionKind.FinancialRestriction,
        "investment ban" => SanctionKind.InvestmentBan,
        "services ban" or "service prohibition" => SanctionKind.ServicesBan,
        "transport restriction" or "transport restrictions" => SanctionKind.TransportRestriction,
        "sectoral sanctions" or "sectoral" => SanctionKind.Sectoral,
        _ => null,
    };

    /// <summary>The status of a Sanction that ends with its target's delisting (format 1.1), not with the measure.</summary>
    public const string DelistedStatus = "Delisted";

    /// <summary>
    /// Whether an identifier has the form of a UN Security Council sanctions reference number (<c>KPi.033</c>,
    /// <c>QDe.001</c>: two capital letters for the regime, <c>i</c> for an individual or <c>e</c> for an entity, a full
    /// stop, three digits), which FtM keeps in <c>unscId</c>.
    /// </summary>
    public static bool IsUnReference(string value)
        => value.Length == 7 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]) && value[2] is 'i' or 'e'
        && value[3] == '.' && char.IsAsciiDigit(value[4]) && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[6]);

    /// <summary>The Sanction <c>status</c> written with the end of a measure's history.</summary>
    public static string StatusOf(SanctionAction end) => end switch
    {
        SanctionAction.Expired => "Expired",
        SanctionAction.Annulled => "Annulled",
        _ => "Lifted",
    };

    // ----- Values -----

    /// <summary>A single partial date as an FtM date prefix (<c>2021</c>, <c>2021-08</c>, <c>2021-08-09</c>), without its qualifier.</summary>
    public static string DateValue(PartialDate date) => date.WithQualifier(DateQualifier.None).ToString();

    /// <summary>
    /// The FtM date (a prefix of <c>YYYY-MM-DD</c>) that holds every day of <paramref name="date"/> and claims no more:
    /// the date itself without qualifier for a single date; for an interval, the year or month its first and last day
    /// share (<c>2020-03-01/2020-05</c> is <c>2020</c>), or null when they share no year (<c>2020/2021</c>, open ends).
    /// </summary>
    public static string? ContainingDateValue(PartialDate date)
    {
        if (!date.IsInterval)
        {
            return DateValue(date);
        }

        LocalDate first = date.Earliest;
        LocalDate last = date.Latest;
        if (first.Year != last.Year)
        {
            return null;
        }

        if (first == last)
        {
            return DateValue(PartialDate.FromDate(first));
        }

        return first.Month == last.Month ? DateValue(PartialDate.FromYearMonth(first.Year, first.Month)) : DateValue(PartialDate.FromYear(first.Year));
    }

    /// <summary>Parses an FtM date (a prefix of <c>YYYY-MM-DDTHH:MM:SS</c>) to the day at most.</summary>
    /// <param name="value">The FtM value.</param>
    /// <param name="date">The date.</param>
    /// <param name="timeDropped">True when a time of day was given and left out.</param>
    /// <returns>False when the value is not an FtM date naming a real day.</returns>
    public static bool TryParseDate(string value, out PartialDate date, out bool timeDropped)
    {
        timeDropped = false;
        date = default;
        ReadOnlySpan<char> text = value.AsSpan().Trim();
        if (text.Length > 10)
        {
            if (text[10] != 'T' || !IsTime(text[11..]))
            {
                return false;
            }

            timeDropped = true;
            text = text[..10];
        }

        // PartialDate would accept a trailing qualifier, which is not part of an FtM date.
        return text.Length is 4 or 7 or 10 && char.IsAsciiDigit(text[^1]) && PartialDate.TryParse(text, out date);
    }

    // HH, HH:MM or HH:MM:SS, optionally with fractions and a zone, as FtM normalises times.
    private static bool IsTime(ReadOnlySpan<char> time)
    {
        if (time.Length < 2)
        {
            return false;
        }

        foreach (char c in time)
        {
            if (!char.IsAsciiDigit(c) && c is not (':' or '.' or 'Z' or '+' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    public static string CountryValue(CountryCode country) => country.Value.ToLowerInvariant();

    public static bool TryParseCountry(string value, out CountryCode country) => CountryCode.TryParse(value.Trim().ToUpperInvariant(), out country);

    /// <summary><c>innCode</c> → <c>inn-code</c>: the identifier scheme for an FtM identifier property.</summary>
    public static string SchemeOf(string property)
    {
        if (property == "wikidataId")
        {
            return "wikidata";
        }

        var scheme = new StringBuilder(property.Length + 4);
        foreach (char c in property)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                scheme.Append('-').Append(char.ToLowerInvariant(c));
            }
            else
            {
                scheme.Append(c);
            }
        }

        return scheme.ToString();
    }

    /// <summary><c>inn-code</c> → <c>innCode</c>: the FtM property an identifier scheme would go to (null for a scheme that cannot be one).</summary>
    public static string? PropertyOf(string scheme)
    {
        if (scheme == "wikidata")
        {
            return "wikidataId";
        }

        var property = new StringBuilder(scheme.Length);
        bool upper = false;
        foreach (char c in scheme)
        {
            if (c == '-')
            {
                if (upper)
                {
                    return null; // "a--b" has no camel-case form that would come back as it is
                }

                upper = true;
            }
            else if (char.IsAsciiLetterLower(c) || (char.IsAsciiDigit(c) && !upper))
            {
                property.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                return null;
            }
        }

        return upper ? null : property.ToString();
    }

    /// <summary>What a report shows instead of a name from the input that it does not show (see <see cref="Bounded"/>).</summary>
    public const string NotShown = "(a name not shown: too long or not printable)";

    /// <summary>
    /// Schema, property and member names go into reports; they come from the input, so one is shown only when it is at
    /// most 64 characters and printable (no control, format, separator other than the space, private-use or unassigned
    /// character, no half of a surrogate pair), else <see cref="NotShown"/>: a long or odd name is more likely data in
    /// the wrong place than a name.
    /// </summary>
    public static string Bounded(string text)
    {
        if (text.Length > 64)
        {
            return NotShown;
        }

        for (int i = 0; i < text.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf16(text.AsSpan(i), out System.Text.Rune rune, out int used) != System.Buffers.OperationStatus.Done
                || (rune.Value != ' ' && System.Text.Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned))
            {
                return NotShown;
            }

            i += used;
        }

        return text;
    }

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, int> With(Dictionary<string, int> basis, Dictionary<string, int> more)
    {
        var all = new Dictionary<string, int>(basis, StringComparer.Ordinal);
        foreach ((string key, int value) in more)
        {
            all[key] = value;
        }

        return all;
    }
}
