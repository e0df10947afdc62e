using CsCheck;
using NodaTime;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Generators;

/// <summary>
/// CsCheck generators of random, valid records and datasets, for round-trip and validation tests.
/// </summary>
/// <remarks>
/// <para>What "valid" means here: every value is well-formed on the wire, and the record and dataset rules of DESIGN
/// §5 that can be certain errors hold — ids are unique, every reference resolves to a record of the right type
/// (a detention's subject is a person, a released detainee's detention is one of the same person and has ended, an
/// imposer is an organization, …), dates are in order (a later fact is never certainly before an earlier one), an
/// ongoing detention has no end, the first sanction step is <c>imposed</c> and only <c>reimposed</c> follows an end,
/// each sanction target has exactly one of actor, sector and country, an anonymous person has no name, organizations
/// of kind state/governmentBody/court/securityService have a country, an exact reported count is not smaller than the
/// people named, and terms are given where a sentence kind needs one. Warnings (records without sources, possible
/// date conflicts from coarse dates) may occur.</para>
/// <para>Variety: names and free text mix several scripts (Latin, Cyrillic, Arabic, Han, Georgian, Hebrew,
/// Devanagari), characters outside the Basic Multilingual Plane, and characters JSON must escape; partial dates come
/// in all three precisions and all four qualifiers; every optional field is sometimes present, sometimes absent.</para>
/// </remarks>
public static class RecordGenerators
{
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";

    private static readonly string[] TextPieces =
    [
        "Ales", "Bialiatski", "Maryia", "Kalesnikava", "Ciχanoŭskaja", "Ihar", "Łosik", "Zoë", "Müller",
        "Марыя", "Калеснікава", "Алесь", "Бяляцкі", "Свабода", "Ігар",
        "عبير", "موسي", "نرگس محمدی", "الحزب الدستوري الحر",
        "刘晓波", "艾未未", "黄之锋",
        "ნიკა", "მელია", "אבי", "שלום", "सुधा", "भारद्वाज",
        "👩🏽‍⚖️", "𝔄𝔅", "🕊",
        " ", " ", " ", "-", "«", "»", "\"", "\\", "/", "<", ">", "&", "'", "\n", "\t", "\u0001", "\u2028", "e\u0301",
    ];

    private static readonly string[] LanguageTags =
        ["be", "ru", "en", "be-Latn", "uk", "ar", "fa", "zh-Hant", "zh-Hans-CN", "ka", "he", "hi", "sr-Cyrl-RS", "de-CH-1901", "en-US-x-twain", "x-whatever"];

    private static readonly string[] Hosts = ["example.org", "spring96.org", "news.example.com", "www.ohchr.org", "ofac.treasury.gov", "xn--80ak6aa92e.com"];

    private static readonly string[] KnownRoles = ["opposition", "activist", "humanRightsDefender", "journalist", "politician", "headOfState", "official"];

    /// <summary>Text in several scripts, with characters JSON must escape; 1–6 pieces.</summary>
    public static readonly Gen<string> Text = Gen.OneOf(TextPieces).Array[1, 6].Select(string.Concat);

    /// <summary>
    /// A name or other identifying text, as valid data has it: <see cref="Text"/> without control characters (which
    /// identifying texts refuse: <c>text.invisibleCharacter</c>), and not only white space (<c>text.blank</c>).
    /// </summary>
    public static readonly Gen<string> NameText = Gen.OneOf([.. TextPieces.Where(p => !p.Any(char.IsControl))]).Array[1, 6]
        .Select(string.Concat).Where(t => !string.IsNullOrWhiteSpace(t));

    /// <summary>A valid id core: letters and digits at both ends, '.' and '-' allowed inside, 1–40 characters.</summary>
    public static readonly Gen<string> IdText =
        from first in Gen.Char[Alphanumeric]
        from middle in Gen.Char[Alphanumeric + ".-"].Array[0, 38]
        from last in Gen.Char[Alphanumeric]
        from single in Gen.Bool
        select single && middle.Length == 0 ? first.ToString() : first + new string(middle) + last;

    /// <summary>An assigned ISO 3166-1 alpha-2 code (or XK).</summary>
    public static readonly Gen<CountryCode> Country = Gen.OneOf([.. CountryCode.AllCodes]).Select(CountryCode.Parse);

    /// <summary>A well-formed BCP 47 tag.</summary>
    public static readonly Gen<LanguageTag> Language = Gen.OneOf(LanguageTags).Select(LanguageTag.Parse);

    /// <summary>An absolute https or http URL.</summary>
    public static readonly Gen<WebUrl> Url =
        from https in Gen.Bool
        from host in Gen.OneOf(Hosts)
        from path in Gen.Char[Alphanumeric + "-_.~%"].Array[0, 20]
        from query in Gen.Char[Alphanumeric].Array[0, 6]
        select WebUrl.Parse($"{(https ? "https" : "http")}://{host}/{new string(path)}{(query.Length > 0 ? "?q=" + new string(query) : string.Empty)}");

    /// <summary>All qualifiers: none, ~, ? and %.</summary>
    public static readonly Gen<DateQualifier> Qualifier = Gen.Enum<DateQualifier>();

    /// <summary>A precision for a generated date: intervals (format 1.1) rarely, so that most datasets stay 1.0.</summary>
    public static readonly Gen<DatePrecision> Precision = Gen.Frequency(
        (30, Gen.Const(DatePrecision.Year)), (30, Gen.Const(DatePrecision.Month)), (30, Gen.Const(DatePrecision.Day)), (1, Gen.Const(DatePrecision.Interval)));

    /// <summary>A real day between 1 January <paramref name="fromYear"/> and 31 December <paramref name="toYear"/>.</summary>
    public static Gen<LocalDate> Day(int fromYear, int toYear) =>
        from year in Gen.Int[fromYear, toYear]
        from month in Gen.Int[1, 12]
        from day in Gen.Int[1, 31]
        select new LocalDate(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)));

    /// <summary>A partial date of any precision and qualifier, in years 1–9999.</summary>
    public static readonly Gen<PartialDate> PartialDate =
        from day in Day(1, 9999)
        from precision in Precision
        from qualifier in Qualifier
        select Coarsen(day, precision, qualifier);

    private static readonly Gen<Term> Term10 =
        from years in Gen.Int[0, 30]
        from months in Gen.Int[0, 18]
        from weeks in Gen.Int[0, 3]
        from days in Gen.Int[0, 400]
        select years + months + weeks + days == 0 ? PoliticalEvents.Term.Of(days: 15) : PoliticalEvents.Term.Of(years, months, weeks, days);

    /// <summary>
    /// A sentence length: positive, in the units a court might use; mostly within format 1.0's 100 years, sometimes a
    /// cumulative sentence of up to 1,000 years (format 1.1).
    /// </summary>
    public static readonly Gen<Term> Term =
        Gen.Frequency((19, Term10), (1, Gen.Int[101, 1000].Select(years => PoliticalEvents.Term.Of(years))));

    /// <summary>A UTC instant between 1990 and 2030, sometimes with fractions of a second.</summary>
    public static readonly Gen<Instant> Instant =
        from seconds in Gen.Long[631_152_000, 1_893_456_000]
        from nanoseconds in Gen.OneOf(0L, 0L, 500_000_000L, 123_456_789L)
        select NodaTime.Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(nanoseconds);

    // Format 1.1: where in a source ("12", "12-14", "annex II").
    private static readonly Gen<string> Page = Gen.Frequency((3, Gen.Int[1, 400].Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))), (1, Gen.OneOf("12-14", "annex II", "p. 3")), (1, Text));

    /// <summary>A source with a URL, a title or both, and any of the other fields.</summary>
    public static readonly Gen<Source> Source =
        from which in Gen.Int[0, 2]
        from url in Url
        from title in Text
        from publisher in NameText.Null()
        from publishedOn in Coarse(Day(1990, 2025)).Nullable()
        from accessedOn in Day(2000, 2025).Nullable()
        from quote in Text.Null()
        from language in Language.Nullable()
        from archive in Url.Nullable(0.9)
        from kind in Gen.Enum<SourceKind>().Nullable(0.9)
        from page in Page.Null(0.9)
        select new Source
        {
            Url = which != 1 ? url : null,
            Title = which != 0 ? title : null,
            Publisher = publisher,
            PublishedOn = publishedOn,
            AccessedOn = accessedOn,
            Quote = quote,
            Page = page, // format 1.1
            Language = language,
            ArchiveUrl = archive, // format 1.1
            Kind = kind, // format 1.1
        };

    // Format 1.1: a citation by id, with a placeholder id "u<n>" that Assemble turns into the id of one of the
    // dataset's source records (CitationsOf), or into an inline source when the dataset has none.
    private static readonly Gen<Source> Citation =
        from n in Gen.Int[0, 99]
        from quote in Text.Null()
        from page in Page.Null()
        select new Source { SourceId = new RecordId("u" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Quote = quote, Page = page };

    /// <summary>A source of a record or history entry: mostly given inline, sometimes cited by id (format 1.1).</summary>
    private static readonly Gen<Source> SourceOrCitation = Gen.Frequency((12, Source), (1, Citation));

    /// <summary>A UTC instant between 2000 and 2024: when a record was last changed (format 1.1), never in the future.</summary>
    private static readonly Gen<Instant> ModifiedAt =
        from seconds in Gen.Long[946_684_800, 1_735_689_599]
        from nanoseconds in Gen.OneOf(0L, 0L, 0L, 250_000_000L)
        select NodaTime.Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(nanoseconds);

    // Format 1.1: a source given once, with any of the fields of an inline source but the quote.
    private static readonly Gen<Func<string, SourceRecord>> SourceRecordBuilder =
        from source in Source
        from modifiedAt in ModifiedAt.Nullable(0.5)
        from notes in Text.Null()
        from confidentiality in Gen.Enum<Confidentiality>()
        select new Func<string, SourceRecord>(id => new SourceRecord
        {
            Id = new RecordId(id),
            Url = source.Url,
            Title = source.Title,
            Publisher = source.Publisher,
            PublishedOn = source.PublishedOn,
            AccessedOn = source.AccessedOn,
            Language = source.Language,
            ArchiveUrl = source.ArchiveUrl,
            Kind = source.Kind,
            ModifiedAt = modifiedAt,
            Notes = notes,
            Confidentiality = confidentiality,
        });

    // The placeholder citations of a record (and of its history entries) made citations of the source records, or
    // inline sources when there are none.
    private static Record CitationsOf(Record record, string[] sourceIds)
    {
        Source[] Resolve(IReadOnlyList<Source> sources)
            => [.. sources.Select(s => s.SourceId is not { } placeholder ? s
                : sourceIds.Length == 0 ? s with { SourceId = null, Title = "Report" }
                : s with { SourceId = new RecordId(Pick(sourceIds, int.Parse(placeholder.Value[1..], System.Globalization.CultureInfo.InvariantCulture))) })];

        if (record.Sources.Any(s => s.SourceId is not null))
        {
            record = record with { Sources = Resolve(record.Sources) };
        }

        return record is SanctionMeasure measure && measure.History.Any(h => h.Sources.Any(s => s.SourceId is not null))
            ? measure with { History = [.. measure.History.Select(h => h with { Sources = Resolve(h.Sources) })] }
            : record;
    }

    /// <summary>Datasets whose records reference one another correctly (see the remarks on this class).</summary>
    public static Gen<Dataset> Dataset =>
        from prefix in IdText
        from organizations in OrganizationBuilder.Array[1, 3]
        from people in PersonBuilder.Array[1, 4]
        from facilities in FacilityBuilder.Array[0, 2]
        from detentions in DetentionBuilder.Array[0, 4]
        from releases in ReleaseBuilder.Array[0, 2]
        from massDetentions in MassDetentionBuilder.Array[0, 2]
        from measures in SanctionBuilder.Array[0, 2]
        from links in LinkBuilder.Array[0, 2]
        from proceedings in ProceedingBuilder.Array[0, 2]
        from metadata in Metadata
        from incidents in IncidentBuilder.Array[0, 2]
        from sources in SourceRecordBuilder.Array[0, 3]
        select Assemble(prefix, organizations, people, facilities, detentions, releases, massDetentions, measures, links, proceedings, metadata, incidents, sources);

    /// <summary>Single records of every type, taken from generated datasets.</summary>
    public static Gen<Record> Record =>
        from dataset in Dataset
        from index in Gen.Int[0, dataset.Records.Count - 1]
        select dataset.Records[index];

    /// <summary>
    /// Datasets to redact, with the secrets redaction must keep. They are <see cref="Dataset"/>s — every record with a
    /// random confidentiality, about one person in five anonymous — with chains of links to links added and the records
    /// shuffled (so a record often comes before one it references), and with a secret, standing for an anonymous
    /// person's name, written into every place where the name could be and redaction promises to remove it: the
    /// person's notes, sources (title, publisher, quote), identifiers and affiliations; the notes, placements and
    /// sources of their detentions and of links to or from them; the notes and source quotes of releases and sanction
    /// measures that name them; the notes, sources and accounts of incidents about them; the notes, source quotes, case
    /// number and hearing notes of proceedings that name them. (Elsewhere — source titles of a release, an organization's notes — keeping the name out
    /// is the data owner's part, docs/redaction.md.)
    /// </summary>
    /// <remarks>A new generator: <see cref="Dataset"/> and the others give the same values as before.</remarks>
    public static Gen<RedactionSample> RedactionDataset =>
        from dataset in Dataset
        from chain in LinkBuilder.Array[0, 4]
        from ends in Gen.Int[0, 1000].Array[5]
        from seed in Gen.Int
        select PlantSecrets(Chain(dataset, chain, ends), seed);

    /// <summary>A dataset to redact and the secrets (one per anonymous person) that must not appear in the output.</summary>
    public sealed record RedactionSample(Dataset Dataset, IReadOnlyList<string> Secrets)
    {
        public override string ToString() => PoliticalEvents.Serialization.PoliticalEventsJson.ToJson(Dataset);
    }

    // Links after the dataset's own, each from the previous one (the first from any record) to any record.
    private static Dataset Chain(Dataset dataset, Func<string, string[], string[], Link>[] builders, int[] ends)
    {
        string[] recordIds = [.. dataset.Records.Select(r => r.Id.Value)];
        string[] actorIds = [.. dataset.Records.Where(r => r is Actor).Select(r => r.Id.Value)];
        string[] sourceIds = [.. dataset.Records.OfType<SourceRecord>().Select(r => r.Id.Value)];
        string prefix = dataset.Records[0].Id.Value[(dataset.Records[0].Id.Value.IndexOf('-', StringComparison.Ordinal) + 1)..];
        var links = new List<Record>();
        for (int i = 0; i < builders.Length; i++)
        {
            Link link = builders[i]($"c{i}-{prefix}", recordIds, actorIds);
            links.Add(CitationsOf(link with { FromId = i == 0 ? link.FromId : links[i - 1].Id, ToId = new RecordId(Pick(recordIds, ends[i])) }, sourceIds));
        }

        return Versioned(dataset with { Records = [.. dataset.Records, .. links] });
    }

    /// <summary>The dataset declaring the lowest version that holds its records: "1.1" only when one of them uses what 1.1 added.</summary>
    public static Dataset Versioned(Dataset dataset)
        => dataset with
        {
            FormatVersion = dataset.Records.Any(r => PoliticalEvents.Validation.FormatFeatures.Of(r).Count > 0)
                ? PoliticalEvents.Validation.FormatFeatures.Version
                : PoliticalEvents.Dataset.CurrentFormatVersion,
        };

    private static RedactionSample PlantSecrets(Dataset dataset, int seed)
    {
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Person person in dataset.Records.OfType<Person>().Where(p => p.Anonymous))
        {
            secrets[person.Id.Value] = $"Zyxwv{secrets.Count}Secret";
        }

        string? SecretOf(RecordId id) => secrets.GetValueOrDefault(id.Value);

        string? SecretAmong(IEnumerable<RecordId?> ids) => ids.Select(id => id is { } i ? SecretOf(i) : null).FirstOrDefault(s => s is not null);

        static Source[] Case(IReadOnlyList<Source> sources, string secret)
            => [.. sources.Select(s => s.SourceId is null ? s with { Title = secret, Quote = secret } : s with { Quote = secret }), new Source { Title = secret, Quote = secret }];

        static Source[] Quoted(IReadOnlyList<Source> sources, string secret)
            => [.. sources.Select(s => s with { Quote = secret }), new Source { Title = "Report", Quote = secret }];

        Record Plant(Record record) => record switch
        {
            Person person when SecretOf(person.Id) is { } secret => person with
            {
                Notes = secret,
                Sources = [.. person.Sources.Select(s => s.SourceId is null ? s with { Title = secret, Publisher = secret, Quote = secret } : s with { Quote = secret }), new Source { Title = secret }],
                Identifiers = [.. person.Identifiers, new ExternalIdentifier { Scheme = "press-archive", Value = secret }],
                Affiliations = [.. person.Affiliations.Select(a => a with { Role = secret })],
            },
            Detention detention when SecretOf(detention.SubjectId) is { } secret => detention with
            {
                Notes = secret,
                Sources = Case(detention.Sources, secret),
                Placements = [.. detention.Placements.Select(p => p with { Facility = secret, Locality = secret }), new Placement { Facility = secret }],
            },
            Link link when (SecretOf(link.FromId) ?? SecretOf(link.ToId)) is { } secret => link with
            {
                Notes = secret,
                Sources = Case(link.Sources, secret),
            },
            Release release when SecretAmong(release.Detainees.Select(d => (RecordId?)d.SubjectId)) is { } secret => release with
            {
                Notes = secret,
                Sources = Quoted(release.Sources, secret),
            },
            Incident incident when SecretAmong(incident.SubjectIds.Select(s => (RecordId?)s)) is { } secret => incident with
            {
                Notes = secret,
                Sources = Case(incident.Sources, secret),
                Accounts = [.. incident.Accounts.Select(a => a with { By = secret, Summary = secret }), new IncidentAccount { By = secret, Summary = secret }],
            },
            Proceeding proceeding when SecretAmong(proceeding.Defendants.Select(d => (RecordId?)d.SubjectId)) is { } secret => proceeding with
            {
                Notes = secret,
                Sources = Quoted(proceeding.Sources, secret),
                CaseNumber = secret,
                Hearings = [.. proceeding.Hearings.Select(h => h with { Notes = secret })],
            },
            SanctionMeasure measure when SecretAmong(measure.Targets.Select(t => (RecordId?)t.ActorId)) is { } secret => measure with
            {
                Notes = secret,
                Sources = Quoted(measure.Sources, secret),
                History = [.. measure.History.Select(h => h with { Sources = [.. h.Sources.Select(x => x with { Quote = secret })] })],
            },
            _ => record,
        };

        // Fisher–Yates with the generated seed, so a failing sample shrinks and replays.
        Record[] records = [.. dataset.Records.Select(Plant)];
        var random = new Random(seed);
        for (int i = records.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (records[i], records[j]) = (records[j], records[i]);
        }

        return new RedactionSample(dataset with { Records = records }, [.. secrets.Values]);
    }

    // ----- Building blocks -----

    /// <summary>The partial date of the given precision and qualifier that contains <paramref name="day"/>.</summary>
    /// <remarks>
    /// For <see cref="DatePrecision.Interval"/>, an interval (format 1.1) that holds the day, of a shape that the day picks:
    /// from the year before to its month (<c>2019/2020-05</c>), on or before its month (<c>../2020-05</c>), or on or
    /// after it (<c>2020-05/..</c>).
    /// </remarks>
    public static PartialDate Coarsen(LocalDate day, DatePrecision precision, DateQualifier qualifier) => precision switch
    {
        DatePrecision.Year => PoliticalEvents.PartialDate.FromYear(day.Year, qualifier),
        DatePrecision.Month => PoliticalEvents.PartialDate.FromYearMonth(day.Year, day.Month, qualifier),
        DatePrecision.Interval => (day.DayOfYear % 3) switch
        {
            0 => PoliticalEvents.PartialDate.Between(
                PoliticalEvents.PartialDate.FromYear(Math.Max(1, day.Year - 1), qualifier),
                PoliticalEvents.PartialDate.FromYearMonth(day.Year, day.Month, qualifier)),
            1 => PoliticalEvents.PartialDate.OnOrBefore(PoliticalEvents.PartialDate.FromYearMonth(day.Year, day.Month, qualifier)),
            _ => PoliticalEvents.PartialDate.OnOrAfter(PoliticalEvents.PartialDate.FromYearMonth(day.Year, day.Month, qualifier)),
        },
        _ => PoliticalEvents.PartialDate.FromDate(day, qualifier),
    };

    /// <summary>Partial dates containing the generated days, of any precision and qualifier.</summary>
    public static Gen<PartialDate> Coarse(Gen<LocalDate> days) =>
        from day in days
        from precision in Precision
        from qualifier in Qualifier
        select Coarsen(day, precision, qualifier);

    private static Gen<PartialDate> CoarseOf(LocalDate day) => Coarse(Gen.Const(day));

    private static readonly Gen<string> Role =
        Gen.Frequency((3, Gen.OneOf(KnownRoles)), (1, Gen.Select(Gen.Char[Lower], Gen.Char[Alphanumeric].Array[0, 12], (first, rest) => first + new string(rest))));

    private static readonly Gen<ActorName> ActorName =
        from value in NameText
        from language in Language.Nullable()
        from kind in Gen.Enum<NameKind>().Nullable()
        select new ActorName { Value = value, Language = language, Kind = kind };

    private static readonly Gen<ExternalIdentifier> Identifier = Gen.Frequency(
        (1, Gen.Int[1, 99_999_999].Select(q => new ExternalIdentifier { Scheme = "wikidata", Value = "Q" + q })),
        (1, Gen.Select(Gen.OneOf("acme-register", "press-archive", "x1"), NameText, (scheme, value) => new ExternalIdentifier { Scheme = scheme, Value = value })));

    // Sources, notes, confidentiality and (format 1.1) modifiedAt, common to all records.
    private static readonly Gen<(Source[] Sources, string? Notes, Confidentiality Confidentiality, Instant? ModifiedAt)> Common =
        Gen.Select(SourceOrCitation.Array[0, 2], Text.Null(), Gen.Enum<Confidentiality>(), ModifiedAt.Nullable(0.95));

    private static T WithCommon<T>(T record, (Source[] Sources, string? Notes, Confidentiality Confidentiality, Instant? ModifiedAt) common) where T : Record
        => record with { Sources = common.Sources, Notes = common.Notes, Confidentiality = common.Confidentiality, ModifiedAt = common.ModifiedAt };

    private static string Pick(string[] ids, int choice) => ids[choice % ids.Length];

    private sealed record References(string[] Organizations, string[] People, Detention[] Detentions, string[] Facilities)
    {
        /// <summary>The ids of the proceedings, which a detention's sentence may name.</summary>
        public string[] Proceedings { get; init; } = [];

        public string[] Actors => [.. Organizations, .. People];
    }

    // Format 1.1: positions without an organization record (rare, so that most generated datasets stay 1.0), and where
    // among the affiliations with one they stand.
    // Format 1.1: contact details (rare, so that most generated datasets stay 1.0).
    private static readonly Gen<Contact[]> Contacts =
        Gen.Frequency(
            (6, Gen.Const(Array.Empty<Contact>())),
            (1, Gen.Select(Gen.Enum<ContactKind>(), NameText, (kind, value) => new Contact { Kind = kind, Value = value }).Array[1, 2]));

    private static readonly Gen<(Affiliation[] Positions, int At)> Positions =
        Gen.Frequency(
            (6, Gen.Const((Array.Empty<Affiliation>(), 0))),
            (1, Gen.Select(
                Gen.Select(Text, Coarse(Day(1990, 2010)).Nullable(), Coarse(Day(2011, 2025)).Nullable(), (role, start, end) => new Affiliation { Role = role, From = start, Until = end }).Array[1, 2],
                Gen.Int[0, 2],
                (positions, at) => (positions, at))));

    // The affiliations with an organization, with the positions put in at a place among them.
    private static Affiliation[] WithPositions(IEnumerable<Affiliation> affiliations, (Affiliation[] Positions, int At) positions)
    {
        Affiliation[] list = [.. affiliations];
        int at = Math.Min(positions.At, list.Length);
        return [.. list[..at], .. positions.Positions, .. list[at..]];
    }

    private static readonly Gen<Func<string, string[], Organization>> OrganizationBuilder =
        from kind in Gen.Enum<OrganizationKind>()
        from name in NameText
        from names in ActorName.Array[0, 2]
        from identifiers in Identifier.Array[0, 2]
        from roles in Role.Array[0, 2]
        from country in Country
        from hasCountry in Gen.Bool
        from parent in Gen.Int[0, 100].Nullable()
        from affiliations in Gen.Select(Gen.Int[0, 100], Text.Null(), Coarse(Day(1990, 2010)).Nullable(), Coarse(Day(2011, 2025)).Nullable()).Array[0, 2]
        from addresses in Gen.Frequency((4, Gen.Const(Array.Empty<Address>())), (1, Address.Array[1, 2]))
        from positions in Positions
        from contacts in Contacts
        from founded in Gen.Frequency((6, Gen.Const((PartialDate?)null)), (1, Coarse(Day(1900, 2020)).Select(d => (PartialDate?)d)))
        from legalForm in Gen.Frequency((6, Gen.Const((string?)null)), (1, NameText.Select(t => (string?)t)))
        from common in Common
        select new Func<string, string[], Organization>((id, earlier) => WithCommon(
            new Organization
            {
                Id = new RecordId(id),
                Kind = kind,
                Name = name,
                Names = names,
                Identifiers = identifiers,
                // Membership of an organization that comes before (a party in a coalition, a newsroom in a network).
                Affiliations = WithPositions(earlier.Length == 0 ? [] : affiliations.Select(a => new Affiliation { OrganizationId = new OrganizationId(Pick(earlier, a.Item1)), Role = a.Item2, From = a.Item3, Until = a.Item4 }), positions),
                Roles = roles,
                Country = hasCountry || kind is OrganizationKind.State or OrganizationKind.GovernmentBody or OrganizationKind.Court or OrganizationKind.SecurityService
                    ? country : null,
                ParentId = parent is int p && earlier.Length > 0 ? new OrganizationId(Pick(earlier, p)) : null,
                Addresses = addresses, // format 1.1
                Contacts = contacts, // format 1.1
                FoundedOn = founded, // format 1.1
                LegalForm = legalForm, // format 1.1
            },
            common));

    private static readonly Gen<Func<string, string[], Person>> PersonBuilder =
        from anonymous in Gen.Frequency((1, Gen.Const(true)), (4, Gen.Const(false)))
        from name in NameText
        from names in ActorName.Array[0, 3]
        from identifiers in Identifier.Array[0, 2]
        from affiliations in Gen.Select(Gen.Int[0, 100], Text.Null(), Coarse(Day(1990, 2010)).Nullable(), Coarse(Day(2011, 2025)).Nullable()).Array[0, 2]
        from roles in Role.Array[0, 3]
        from gender in Gen.Enum<Gender>().Nullable()
        from birth in Day(1920, 1995)
        from birthDate in CoarseOf(birth).Nullable()
        from death in Gen.Int[1, 30_000].Nullable()
        from deathPrecision in Precision
        from deathQualifier in Qualifier
        from nationalities in Country.Array[0, 2]
        from nameParts in Gen.Frequency((3, Gen.Const(((string?, string?, string?)?)null)), (1, Gen.Select(NameText.Null(), NameText.Null(), NameText.Null(), (g, f, p) => ((string?, string?, string?)?)(g, f, p))))
        from birthPlaces in Gen.Frequency((4, Gen.Const(Array.Empty<BirthPlace>())), (1, Gen.Select(NameText.Null(), Country.Nullable(), (l, c) => new BirthPlace { Locality = l, Country = l is null && c is null ? CountryCode.Parse("BY") : c }).Array[1, 2]))
        from documents in Gen.Frequency((4, Gen.Const(Array.Empty<IdentityDocument>())), (1, IdentityDocument.Array[1, 2]))
        from addresses in Gen.Frequency((4, Gen.Const(Array.Empty<Address>())), (1, Address.Array[1, 2]))
        from positions in Positions
        from contacts in Contacts
        from common in Common
        select new Func<string, string[], Person>((id, organizations) => WithCommon(
            new Person
            {
                Id = new RecordId(id),
                Name = anonymous ? null : name,
                Anonymous = anonymous,
                Names = anonymous ? [] : [.. names.Select((n, i) => i == 0 && nameParts is var (given, family, patronymic) ? n with { Given = given, Family = family, Patronymic = patronymic } : n)], // parts: format 1.1
                Identifiers = identifiers,
                Affiliations = WithPositions(affiliations.Select(a => new Affiliation { OrganizationId = new OrganizationId(Pick(organizations, a.Item1)), Role = a.Item2, From = a.Item3, Until = a.Item4 }), positions),
                Roles = roles,
                Gender = gender,
                BirthDate = birthDate,
                DeathDate = death is int days && birth.PlusDays(days) is { Year: <= 2025 } deathDay ? Coarsen(deathDay, deathPrecision, deathQualifier) : null,
                Nationalities = nationalities,
                BirthPlaces = birthPlaces, // format 1.1
                IdentityDocuments = anonymous ? [] : documents, // format 1.1
                Addresses = anonymous ? [] : addresses, // format 1.1
                Contacts = anonymous ? [] : contacts, // format 1.1
            },
            common));

    // Format 1.1: an address in parts, as one line, or both; at least one part.
    private static Gen<Address> Address =>
        from full in Text.Null()
        from street in Text.Null()
        from locality in NameText.Null()
        from region in NameText.Null()
        from postalCode in Gen.OneOf("220000", "1000", "SW1A 1AA").Null()
        from country in Country.Nullable()
        select new Address
        {
            Full = full, Street = street, Locality = locality, Region = region, PostalCode = postalCode,
            Country = (full ?? street ?? locality ?? region ?? postalCode) is null && country is null ? CountryCode.Parse("BY") : country,
        };

    // Format 1.1: a document issued on a day, expiring some years after it (or not known to).
    private static Gen<IdentityDocument> IdentityDocument =>
        from kind in Gen.Enum<IdentityDocumentKind>().Nullable()
        from number in Gen.OneOf("MP1234567", "AB0000001", "3120679A001PB1", "KH 98765")
        from country in Country.Nullable()
        from issued in Day(1995, 2020).Nullable()
        from years in Gen.Int[1, 10].Nullable()
        from precision in Gen.OneOf(DatePrecision.Year, DatePrecision.Month, DatePrecision.Day)
        select new IdentityDocument
        {
            Kind = kind,
            Number = number,
            Country = country,
            IssuedOn = issued is { } day ? Coarsen(day, precision, DateQualifier.None) : null,
            ExpiresOn = issued is { } first && years is int y ? Coarsen(first.PlusYears(y + 1), precision, DateQualifier.None) : null,
        };

    private static readonly Gen<Charge> Charge =
        from law in Gen.OneOf("Criminal Code of the Republic of Belarus", "Penal Code of Tunisia", "Decree-Law No. 2022-54")
        from article in Gen.OneOf("361-1", "342", "72", "24", "130")
        from part in Gen.OneOf("1", "2", "3").Null()
        from description in Text.Null()
        from withoutArticle in Gen.Int[0, 9]
        from brought in Coarse(Day(1990, 2025)).Nullable(0.8)
        from status in Gen.Enum<ChargeStatus>().Nullable(0.8)
        select new Charge
        {
            Law = law,
            Article = withoutArticle == 0 && description is not null ? null : article, // format 1.1: known by its description only
            Part = part,
            Description = description,
            On = brought,
            Status = status,
        };

    private static Gen<Func<LocalDate, LocalDate, string[], Sentence>> SentenceBuilder =>
        from kind in Gen.Enum<SentenceKind>()
        from term in Term
        from hasTerm in Gen.Bool
        from dayFraction in Gen.Double.Unit
        from precision in Precision
        from qualifier in Qualifier
        from court in NameText.Null()
        from courtId in Gen.Int[0, 100].Nullable()
        from inAbsentia in Gen.Bool
        from appeal in Gen.Enum<AppealStatus>().Nullable()
        from regime in Gen.OneOf("strict regime", "general regime", "режим").Null()
        from fine in Fine.Null(0.8)
        from credited in Term10.Nullable(0.8)
        select new Func<LocalDate, LocalDate, string[], Sentence>((start, end, organizations) => new Sentence
        {
            ImposedOn = Coarsen(Between(start, end, dayFraction), precision, qualifier),
            Kind = kind,
            Term = hasTerm || kind is SentenceKind.Imprisonment or SentenceKind.RestrictedFreedom or SentenceKind.Suspended or SentenceKind.HouseArrest ? term : null,
            Court = court,
            CourtId = courtId is int c ? new OrganizationId(Pick(organizations, c)) : null,
            InAbsentia = inAbsentia,
            AppealStatus = appeal,
            Regime = regime,
            Fine = kind == SentenceKind.Fine || fine?.Amount > 1000 ? fine : null, // format 1.1; on another kind, a fine on top
            Credited = credited, // format 1.1
        });

    /// <summary>A fine: an amount with up to two decimals, zero or more, in a currency.</summary>
    public static readonly Gen<Fine> Fine =
        from units in Gen.Long[0, 10_000_000_000]
        from cents in Gen.Int[0, 99]
        from hasCents in Gen.Bool
        from currency in Gen.Frequency((3, Gen.OneOf("BYN", "RUB", "EUR", "USD", "BYR")), (1, Gen.Char['A', 'Z'].Array[3].Select(c => new string(c))))
        select new Fine { Amount = hasCents ? units + (cents / 100m) : units, Currency = CurrencyCode.Parse(currency) };

    // The sentences of one list, in order of date, each sometimes combined with or replacing earlier ones (format 1.1),
    // and sometimes naming a proceeding among the records given.
    private static Gen<Func<LocalDate, LocalDate, string[], string[], Sentence[]>> SentencesBuilder =>
        from builders in SentenceBuilder.Array[0, 3]
        from relations in Gen.Int[0, 5].Array[3]
        from earlier in Gen.Int[0, 100].Array[3]
        from kinds in Gen.Enum<SentenceCombinationKind>().Array[3]
        from proceedings in Gen.Int[0, 100].Nullable(0.8).Array[3]
        select new Func<LocalDate, LocalDate, string[], string[], Sentence[]>((start, end, organizations, proceedingIds) =>
        {
            Sentence[] sentences = [.. builders.Select(build => build(start, end, organizations)).OrderBy(s => s.ImposedOn.Earliest)];
            for (int i = 0; i < sentences.Length; i++)
            {
                sentences[i] = sentences[i] with
                {
                    Combination = i > 0 && relations[i] == 1 ? new SentenceCombination { Kind = kinds[i], WithIndexes = [.. Enumerable.Range(earlier[i] % i, i - (earlier[i] % i))] } : null,
                    ReplacesIndex = i > 0 && relations[i] == 2 ? earlier[i] % i : null,
                    ProceedingId = proceedingIds.Length > 0 && proceedings[i] is int p ? new RecordId(Pick(proceedingIds, p)) : null,
                };
            }

            return sentences;
        });

    private static Gen<Func<LocalDate, LocalDate, string[], Placement>> PlacementBuilder =>
        from facility in NameText
        from facilityId in Gen.Int[0, 100].Nullable(0.5)
        from withoutText in Gen.Int[0, 2]
        from kind in Gen.Enum<FacilityKind>().Nullable()
        from locality in NameText.Null()
        from fromFraction in Gen.Double.Unit
        from untilFraction in Gen.Double.Unit
        from hasFrom in Gen.Bool
        from hasUntil in Gen.Bool
        from precision in Precision
        from qualifier in Qualifier
        select new Func<LocalDate, LocalDate, string[], Placement>((start, end, facilities) =>
        {
            LocalDate first = Between(start, end, Math.Min(fromFraction, untilFraction));
            LocalDate last = Between(start, end, Math.Max(fromFraction, untilFraction));
            RecordId? id = facilityId is int f && facilities.Length > 0 ? new RecordId(Pick(facilities, f)) : null;
            return new Placement
            {
                Facility = id is not null && withoutText == 0 ? null : facility, // format 1.1: named by its facility record only
                FacilityId = id, // format 1.1
                FacilityKind = kind,
                Locality = locality,
                From = hasFrom ? Coarsen(first, precision, qualifier) : null,
                Until = hasUntil ? Coarsen(last, precision, qualifier) : null,
            };
        });

    /// <summary>A point in WGS 84 degrees, the poles and the antimeridian included.</summary>
    public static readonly Gen<GeoLocation> Location = Gen.Select(
        Gen.Frequency((8, Gen.Double[-90, 90]), (1, Gen.OneOf(-90.0, 90.0, 0.0, 53.9))),
        Gen.Frequency((8, Gen.Double[-180, 180]), (1, Gen.OneOf(-180.0, 180.0, 0.0, 27.5667))),
        (latitude, longitude) => new GeoLocation { Latitude = latitude, Longitude = longitude });

    // Format 1.1: a place of detention, run by one of the organizations.
    private static readonly Gen<Func<string, string[], Facility>> FacilityBuilder =
        from name in NameText
        from kind in Gen.Enum<FacilityKind>().Nullable()
        from country in Country
        from locality in NameText.Null()
        from operatorId in Gen.Int[0, 100].Nullable()
        from location in Location.Null()
        from identifiers in Identifier.Array[0, 2]
        from common in Common
        select new Func<string, string[], Facility>((id, organizations) => WithCommon(
            new Facility
            {
                Id = new RecordId(id),
                Name = name,
                Kind = kind,
                Country = country,
                Locality = locality,
                OperatorId = operatorId is int o ? new OrganizationId(Pick(organizations, o)) : null,
                Location = location,
                Identifiers = identifiers,
            },
            common));

    private static Gen<Func<LocalDate, string[], Designation>> DesignationBuilder =>
        from designator in Gen.OneOf("Human Rights Centre Viasna", "Amnesty International", "UN WGAD", "Memorial")
        from byId in Gen.Int[0, 100].Nullable()
        from status in Gen.Enum<DesignationStatus>()
        from after in Gen.Int[0, 2000].Nullable()
        from precision in Precision
        from qualifier in Qualifier
        from criteria in Gen.Enum<WgadCategory>().Array[0, 3]
        from withdrawnAfter in Gen.Int[0, 2000].Nullable(0.8)
        select new Func<LocalDate, string[], Designation>((start, actors) => new Designation
        {
            By = designator,
            ById = byId is int b ? new ActorId(Pick(actors, b)) : null,
            Status = status,
            On = after is int days ? Coarsen(Min(start.PlusDays(days), Latest), precision, qualifier) : null,
            WithdrawnOn = after is int made && withdrawnAfter is int later ? Coarsen(Min(start.PlusDays(made + later), Latest), precision, qualifier) : null,
            Criteria = criteria,
        });

    private static readonly LocalDate Latest = new(2025, 12, 31);

    private static LocalDate Min(LocalDate left, LocalDate right) => left < right ? left : right;

    private static LocalDate Between(LocalDate start, LocalDate end, double fraction)
        => start.PlusDays((int)(Period.Between(start, end, PeriodUnits.Days).Days * fraction));

    private static readonly Gen<Func<string, References, Detention>> DetentionBuilder =
        from subject in Gen.Int[0, 100]
        from country in Country
        from authority in Gen.Int[0, 100].Nullable()
        from start in Day(1995, 2024)
        from length in Gen.Int[0, 4000]
        from status in Gen.Enum<DetentionStatus>()
        from startPrecision in Precision
        from endPrecision in Precision
        from startQualifier in Qualifier
        from endQualifier in Qualifier
        from kind in Gen.Enum<DetentionKind>().Nullable()
        from charges in Charge.Array[0, 3]
        from sentences in SentencesBuilder
        from placements in PlacementBuilder.Array[0, 2]
        from conditions in Gen.Enum<DetentionCondition>().Array[0, 3]
        from designations in DesignationBuilder.Array[0, 2]
        from endReason in Gen.OneOf(DetentionEndReason.Release, DetentionEndReason.Escape, DetentionEndReason.Transfer, DetentionEndReason.Unknown).Nullable(0.7)
        from common in Common
        select new Func<string, References, Detention>((id, refs) =>
        {
            LocalDate end = Min(start.PlusDays(length), Latest);
            return WithCommon(
                new Detention
                {
                    Id = new RecordId(id),
                    SubjectId = new PersonId(Pick(refs.People, subject)),
                    Country = country,
                    AuthorityId = authority is int a ? new OrganizationId(Pick(refs.Organizations, a)) : null,
                    StartedOn = Coarsen(start, startPrecision, startQualifier),
                    EndedOn = status == DetentionStatus.Ended ? Coarsen(end, endPrecision, endQualifier) : null,
                    Status = status,
                    EndReason = status == DetentionStatus.Ended ? endReason : null, // format 1.1; never death: see Assemble
                    Kind = kind,
                    Charges = charges,
                    Sentences = sentences(start, end, refs.Organizations, refs.Proceedings),
                    Placements = [.. placements.Select(build => build(start, end, refs.Facilities))],
                    Conditions = conditions,
                    Designations = [.. designations.Select(build => build(start, refs.Actors))],
                },
                common);
        });

    private static readonly Gen<Func<string, References, Release>> ReleaseBuilder =
        from detention in Gen.Int[0, 100]
        from others in Gen.Int[0, 100].Array[0, 3]
        from destinations in Country.Nullable().Array[4]
        from conditions in Gen.Enum<ReleaseCondition>().Array[0, 2].Array[4]
        from releasedOn in Coarse(Day(1995, 2025))
        from authority in Gen.Int[0, 100].Nullable()
        from kind in Gen.Enum<ReleaseKind>()
        from count in Gen.Int[0, 500].Nullable()
        from qualifier in Gen.Enum<CountQualifier>()
        from countedBy in NameText.Null()
        from common in Common
        select new Func<string, References, Release>((id, refs) =>
        {
            // At most one named detention, which has ended; the release happened on its last day.
            Detention[] ended = [.. refs.Detentions.Where(d => d.Status == DetentionStatus.Ended)];
            Detention? freed = ended.Length > 0 ? ended[detention % ended.Length] : null;
            string[] subjects = [.. (freed is null ? [] : new[] { freed.SubjectId.Value }).Concat(others.Select(o => Pick(refs.People, o))).Distinct()];
            if (subjects.Length == 0)
            {
                subjects = [Pick(refs.People, detention)];
            }

            ReleasedDetainee[] detainees = [.. subjects.Select((subject, i) => new ReleasedDetainee
            {
                SubjectId = new PersonId(subject),
                DetentionId = freed is not null && i == 0 ? freed.Reference : null,
                Destination = destinations[i % destinations.Length],
                Conditions = conditions[i % conditions.Length],
            })];
            return WithCommon(
                new Release
                {
                    Id = new RecordId(id),
                    ReleasedOn = freed?.EndedOn ?? releasedOn,
                    AuthorityId = authority is int a ? new OrganizationId(Pick(refs.Organizations, a)) : null,
                    Kind = kind,
                    Detainees = detainees,
                    ReportedCount = count is int n ? new ReportedCount { Value = detainees.Length + n, Qualifier = qualifier, By = countedBy } : null,
                },
                common);
        });

    // Format 1.1: a grave event in custody. Its detention (if any) is one of a subject's, its date lies within that
    // detention, and its accounts come after it: generated incidents break no rule. A death in custody's subjects have no
    // matching death date (detained people are alive in generated data, see Assemble): a warning, not an error.
    private static readonly Gen<Func<string, References, Incident>> IncidentBuilder =
        from kind in Gen.Enum<IncidentKind>()
        from detention in Gen.Int[0, 100].Nullable()
        from others in Gen.Int[0, 100].Array[0, 2]
        from day in Day(1995, 2025)
        from dayFraction in Gen.Double.Unit
        from precision in Gen.Enum<DatePrecision>()
        from qualifier in Qualifier
        from facility in Gen.Int[0, 100].Nullable()
        from perpetrators in Gen.Int[0, 100].Array[0, 2]
        from accounts in Gen.Select(
            Gen.OneOf("the detainee's mother", "Penitentiary Department", "Viasna", "a cellmate"),
            Gen.Int[0, 100].Nullable(),
            Gen.Int[0, 400].Nullable(),
            Text,
            Gen.Enum<DatePrecision>(),
            Qualifier).Array[0, 2]
        from common in Common
        select new Func<string, References, Incident>((id, refs) =>
        {
            Detention? held = detention is int d && refs.Detentions.Length > 0 ? refs.Detentions[d % refs.Detentions.Length] : null;
            LocalDate start = held?.StartedOn.Earliest ?? day;
            LocalDate last = held?.EndedOn is { } ended ? Min(ended.Latest, Latest) : Latest;
            LocalDate occurred = held is null ? day : Between(start, last < start ? start : last, dayFraction);
            string[] subjects = [.. (held is null ? [] : new[] { held.SubjectId.Value }).Concat(others.Select(o => Pick(refs.People, o))).Distinct()];
            if (subjects.Length == 0)
            {
                subjects = [Pick(refs.People, (int)(dayFraction * 100))];
            }

            return WithCommon(
                new Incident
                {
                    Id = new RecordId(id),
                    Kind = kind,
                    SubjectIds = [.. subjects.Select(s => new PersonId(s))],
                    DetentionId = held?.Reference,
                    OccurredOn = Coarsen(occurred, precision, qualifier),
                    FacilityId = facility is int f && refs.Facilities.Length > 0 ? new RecordId(Pick(refs.Facilities, f)) : null,
                    PerpetratorIds = [.. perpetrators.Select(p => Pick(refs.Actors, p)).Distinct().Select(p => new ActorId(p))],
                    Accounts = [.. accounts.Select(a => new IncidentAccount
                    {
                        By = a.Item1,
                        ById = a.Item2 is int b ? new ActorId(Pick(refs.Actors, b)) : null,
                        On = a.Item3 is int after ? Coarsen(Min(occurred.PlusDays(after), Latest), a.Item5, a.Item6) : null,
                        Summary = a.Item4,
                    })],
                },
                common);
        });

    // Format 1.1: an event at which some of the dataset's detentions began (those whose start overlaps the event's date),
    // counted by one to three sources, each count no lower than the detentions listed and given as of the event or later.
    private static readonly Gen<Func<string, References, MassDetention>> MassDetentionBuilder =
        from anchor in Gen.Int[0, 100].Nullable()
        from occurredOn in Coarse(Day(1995, 2024))
        from country in Country
        from locality in NameText.Null()
        from location in Location.Null()
        from authority in Gen.Int[0, 100].Nullable()
        from context in Text.Null()
        from counts in Gen.Select(
            Gen.Int[0, 900], Gen.Enum<CountQualifier>(), Gen.OneOf("Viasna", "Ministry of Internal Affairs", "Associated Press", "Вясна"), Gen.Int[0, 100].Nullable(), Gen.Int[0, 60].Nullable(),
            (n, qualifier, counter, counterId, after) => (n, qualifier, counter, counterId, after)).Array[1, 3]
        from asOfPrecision in Gen.Enum<DatePrecision>()
        from asOfQualifier in Qualifier
        from common in Common
        select new Func<string, References, MassDetention>((id, refs) =>
        {
            Detention? first = anchor is int a && refs.Detentions.Length > 0 ? refs.Detentions[a % refs.Detentions.Length] : null;
            PartialDate date = first?.StartedOn ?? occurredOn;
            DetentionId[] listed = first is null ? [] : [.. refs.Detentions.Where(d => d.StartedOn.Overlaps(date)).Select(d => d.Reference)];
            return WithCommon(
                new MassDetention
                {
                    Id = new RecordId(id),
                    OccurredOn = date,
                    Country = country,
                    Locality = locality,
                    Location = location,
                    AuthorityId = authority is int o ? new OrganizationId(Pick(refs.Organizations, o)) : null,
                    Context = context,
                    Counts = [.. counts.Select(c => new AttributedCount
                    {
                        Value = listed.Length + c.n,
                        Qualifier = c.qualifier,
                        By = c.counter,
                        ById = c.counterId is int b ? new ActorId(Pick(refs.Actors, b)) : null,
                        AsOf = c.after is int days ? Coarsen(Min(date.Earliest.PlusDays(days), Latest), asOfPrecision, asOfQualifier) : null,
                    })],
                    DetentionIds = listed,
                },
                common);
        });

    private static readonly SanctionAction[] StepsInForce =
        [SanctionAction.Amended, SanctionAction.Extended, SanctionAction.Eased, SanctionAction.Suspended, SanctionAction.Lifted, SanctionAction.Expired, SanctionAction.Annulled];

    private static readonly Gen<Func<string[], SanctionTarget>> Target = Gen.Frequency(
        (2, Gen.Int[0, 100].Select(i => new Func<string[], SanctionTarget>(actors => SanctionTarget.ForActor(new ActorId(Pick(actors, i)))))),
        (1, Gen.OneOf("potash", "aviation", "tobacco", "калій").Select(sector => new Func<string[], SanctionTarget>(_ => SanctionTarget.ForSector(sector)))),
        (1, Country.Select(country => new Func<string[], SanctionTarget>(_ => SanctionTarget.ForCountry(country)))),
        (1, Gen.Select(Gen.OneOf("aviation", "potash"), Country, (sector, country) => new Func<string[], SanctionTarget>(_ => SanctionTarget.ForSector(sector, country)))));

    // Format 1.1: a target's own listing, on or after the measure was imposed (start), delisted after it; mostly none.
    private static readonly Gen<Func<LocalDate, SanctionTarget, SanctionTarget>> Listing = Gen.Frequency(
        (3, Gen.Const(new Func<LocalDate, SanctionTarget, SanctionTarget>((_, target) => target))),
        (1,
            from listedAfter in Gen.Int[0, 2000].Nullable()
            from delistedAfter in Gen.Int[0, 2000].Nullable()
            from precision in Gen.OneOf(DatePrecision.Year, DatePrecision.Month, DatePrecision.Day)
            from qualifier in Qualifier
            from listingId in Gen.OneOf("EU.27.28", "CDi.001", "36", "BYi.012").Null()
            from reason in Text.Null()
            from delistingReason in Text.Null()
            select new Func<LocalDate, SanctionTarget, SanctionTarget>((start, target) =>
            {
                // Dates coarsened from days on or after the imposed day's year start, so a listing is never certainly
                // before the measure (the imposed step may be coarsened to its year too).
                LocalDate first = new(start.Year + 1, 1, 1);
                LocalDate? listed = listedAfter is int a ? Min(first.PlusDays(a), Latest) : null;
                LocalDate? delisted = delistedAfter is int b ? Min((listed ?? first).PlusDays(b + 400), Latest) : null;
                return target with
                {
                    ListedOn = listed is { } l ? Coarsen(l, precision, qualifier) : null,
                    DelistedOn = delisted is { } d && (listed is null || d.Year > listed.Value.Year) ? Coarsen(d, precision, qualifier) : null,
                    ListingId = listingId,
                    Reason = reason,
                    DelistingReason = delistingReason,
                };
            })));

    private static readonly Gen<SanctionEvent> EventDetails =
        from description in Text.Null()
        from legalBasis in Gen.Select(Text, Url.Nullable(), (citation, url) => new LegalBasis { Citation = citation, Url = url }).Null()
        from sources in SourceOrCitation.Array[0, 2]
        select new SanctionEvent { Action = SanctionAction.Imposed, On = default, Description = description, LegalBasis = legalBasis, Sources = sources };

    private static readonly Gen<Func<string, References, SanctionMeasure>> SanctionBuilder =
        from imposer in Gen.Int[0, 100]
        from kind in Gen.Enum<SanctionKind>()
        from program in Gen.Select(Gen.OneOf("BELARUS-EO14038", "EU-BLR", "UK-BLR").Null(), Text.Null(), (code, name) => new SanctionProgram { Code = code, Name = name }).Null()
        from legalBasis in Gen.Select(Text, Url.Nullable(), (citation, url) => new LegalBasis { Citation = citation, Url = url }).Null()
        from reason in Text.Null()
        from targets in Target.Array[1, 3]
        from listings in Listing.Array[3]
        from start in Day(2000, 2020)
        from gaps in Gen.Int[0, 900].Array[0, 5]
        from choices in Gen.Int[0, StepsInForce.Length - 1].Array[5]
        // Single dates only: a step dated by an interval that shares no year has no FtM date, and the FtM round trip
        // tests model a step without a date only through FtmExportTests' own case.
        from precisions in Gen.OneOf(DatePrecision.Year, DatePrecision.Month, DatePrecision.Day).Array[6]
        from qualifiers in Qualifier.Array[6]
        from details in EventDetails.Array[6]
        from stepIds in Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(true))).Array[6] // format 1.1: some steps named
        from common in Common
        select new Func<string, References, SanctionMeasure>((id, refs) =>
        {
            var history = new List<SanctionEvent>();
            LocalDate day = start;
            SanctionAction action = SanctionAction.Imposed;
            for (int i = 0; i <= gaps.Length; i++)
            {
                if (i > 0)
                {
                    day = Min(day.PlusDays(gaps[i - 1]), Latest);
                    // After an end only "reimposed" may follow; after a suspension it may.
                    action = history[^1].Action switch
                    {
                        SanctionAction.Lifted or SanctionAction.Expired or SanctionAction.Annulled => SanctionAction.Reimposed,
                        SanctionAction.Suspended when choices[i - 1] % 2 == 0 => SanctionAction.Reimposed,
                        _ => StepsInForce[choices[i - 1]],
                    };
                }

                history.Add(details[i] with { Action = action, On = Coarsen(day, precisions[i], qualifiers[i]), StepId = stepIds[i] ? $"step-{i}" : null });
            }

            return WithCommon(
                new SanctionMeasure
                {
                    Id = new RecordId(id),
                    ImposedById = new OrganizationId(Pick(refs.Organizations, imposer)),
                    Kind = kind,
                    Program = program,
                    LegalBasis = legalBasis,
                    Reason = reason,
                    Targets = [.. targets.Select((build, i) => listings[i](start, build(refs.Actors)))],
                    History = history,
                },
                common);
        });

    // Format 1.1: a link to or from a measure whose history names steps names one of them at that end, every other link.
    private static Link StepEnds(Link link, int index, SanctionMeasure[] measures)
    {
        string[] StepsOf(RecordId id)
            => [.. measures.Where(m => m.Id == id).SelectMany(m => m.History).Where(s => s.StepId is not null).Select(s => s.StepId!)];

        string[] to = StepsOf(link.ToId);
        string[] from = StepsOf(link.FromId);
        return link with
        {
            ToStepId = to.Length > 0 && index % 2 == 0 ? to[index % to.Length] : null,
            FromStepId = from.Length > 0 && index % 2 == 1 ? from[index % from.Length] : null,
        };
    }

    private static readonly Gen<Func<string, string[], string[], Link>> LinkBuilder =
        from kind in Gen.Enum<LinkKind>()
        from fromIndex in Gen.Int[0, 1000]
        from toIndex in Gen.Int[0, 1000]
        from linkedOn in Coarse(Day(1995, 2025)).Nullable()
        from assertedBy in NameText.Null()
        from assertedById in Gen.Int[0, 100].Nullable()
        from disputed in Gen.Bool
        from confidence in Gen.Enum<Confidence>().Nullable()
        from denials in Gen.Frequency(
            (4, Gen.Const(Array.Empty<(string, int?, PartialDate?)>())),
            (1, Gen.Select(NameText, Gen.Int[0, 100].Nullable(), Coarse(Day(1995, 2025)).Nullable(), (name, actor, day) => (name, actor, day)).Array[1, 2]))
        from common in Common
        select new Func<string, string[], string[], Link>((id, records, actors) => WithCommon(
            new Link
            {
                Id = new RecordId(id),
                Kind = kind,
                FromId = new RecordId(Pick(records, fromIndex)),
                ToId = new RecordId(Pick(records, toIndex)),
                On = linkedOn,
                AssertedBy = assertedBy,
                AssertedById = assertedById is int a ? new ActorId(Pick(actors, a)) : null,
                Disputed = disputed,
                Confidence = confidence,
                DeniedBy = [.. denials.Select(d => new LinkDenial { By = d.Item1, ById = d.Item2 is int b ? new ActorId(Pick(actors, b)) : null, On = d.Item3 })], // format 1.1
            },
            common));

    // A defendant: someone detained in the case (a detention and its subject) or anyone, person or organization, with
    // charges, a verdict dated after the case was opened, and, unless acquitted or dismissed, sometimes sentences.
    private static Gen<Func<LocalDate, References, Defendant>> DefendantBuilder =>
        from subject in Gen.Int[0, 100]
        from detention in Gen.Int[0, 100].Nullable()
        from charges in Charge.Array[0, 2]
        from outcome in Gen.Enum<VerdictOutcome>().Nullable()
        from after in Gen.Int[0, 900]
        from hasOn in Gen.Bool
        from precision in Gen.Enum<DatePrecision>()
        from qualifier in Qualifier
        from inAbsentia in Gen.Bool
        from sentences in SentencesBuilder
        select new Func<LocalDate, References, Defendant>((opened, refs) =>
        {
            Detention? held = detention is int d && refs.Detentions.Length > 0 ? refs.Detentions[d % refs.Detentions.Length] : null;
            LocalDate verdictDay = Min(opened.PlusDays(after), Latest);
            return new Defendant
            {
                SubjectId = held?.SubjectId ?? new ActorId(Pick(refs.Actors, subject)),
                DetentionId = held?.Reference,
                Charges = charges,
                Verdict = outcome is { } o ? new Verdict { On = hasOn ? Coarsen(verdictDay, precision, qualifier) : null, Outcome = o, InAbsentia = inAbsentia } : null,
                Sentences = outcome is VerdictOutcome.Acquitted or VerdictOutcome.Dismissed ? [] : sentences(opened, Max(opened, Latest), refs.Organizations, []),
            };
        });

    private static Gen<Func<LocalDate, string[], Hearing>> HearingBuilder =>
        from after in Gen.Int[0, 900]
        from precision in Gen.Enum<DatePrecision>()
        from qualifier in Qualifier
        from kind in Gen.Enum<HearingKind>().Nullable()
        from court in Gen.Int[0, 100].Nullable()
        from closed in Gen.Bool
        from notes in Text.Null()
        select new Func<LocalDate, string[], Hearing>((opened, organizations) => new Hearing
        {
            On = Coarsen(Min(opened.PlusDays(after), Latest), precision, qualifier),
            Kind = kind,
            CourtId = court is int c ? new OrganizationId(Pick(organizations, c)) : null,
            ClosedToPublic = closed,
            Notes = notes,
        });

    private static readonly Gen<Func<string, References, Proceeding>> ProceedingBuilder =
        from country in Country
        from caseNumber in Gen.Select(Gen.Int[1, 9999], Gen.Int[2000, 2025], (n, y) => $"1-{n}/{y}").Null()
        from court in Gen.Int[0, 100].Nullable()
        from judges in Gen.Int[0, 100].Array[0, 2]
        from prosecutors in Gen.Int[0, 100].Array[0, 1]
        from opened in Day(2000, 2024)
        from hasOpened in Gen.Bool
        from precision in Gen.Enum<DatePrecision>()
        from qualifier in Qualifier
        from defendants in DefendantBuilder.Array[1, 3]
        from hearings in HearingBuilder.Array[0, 3]
        from common in Common
        select new Func<string, References, Proceeding>((id, refs) => WithCommon(
            new Proceeding
            {
                Id = new RecordId(id),
                Country = country,
                CaseNumber = caseNumber,
                CourtId = court is int c ? new OrganizationId(Pick(refs.Organizations, c)) : null,
                JudgeIds = [.. judges.Select(j => new PersonId(Pick(refs.People, j)))],
                ProsecutorIds = [.. prosecutors.Select(p => new PersonId(Pick(refs.People, p)))],
                OpenedOn = hasOpened ? Coarsen(opened, precision, qualifier) : null,
                Defendants = [.. defendants.Select(build => build(opened, refs))],
                Hearings = [.. hearings.Select(build => build(opened, refs.Organizations))],
            },
            common));

    private static LocalDate Max(LocalDate left, LocalDate right) => left > right ? left : right;

    private static readonly Gen<Dataset> Metadata =
        from schema in Gen.Const("https://politicalevents.org/schemas/v1/dataset.schema.json").Null()
        from title in Text
        from description in Text.Null()
        from publisher in Gen.Select(NameText, Url.Nullable(), (name, url) => new Publisher { Name = name, Url = url }).Null()
        from license in Gen.OneOf("CC-BY-4.0", "CC0-1.0", "ODbL-1.0").Null()
        from createdAt in Instant.Nullable()
        select new Dataset
        {
            Schema = schema,
            FormatVersion = PoliticalEvents.Dataset.CurrentFormatVersion,
            Title = title,
            Description = description,
            Publisher = publisher,
            License = license,
            CreatedAt = createdAt,
            Records = [],
        };

    private static Dataset Assemble(
        string prefix,
        Func<string, string[], Organization>[] organizationBuilders,
        Func<string, string[], Person>[] personBuilders,
        Func<string, string[], Facility>[] facilityBuilders,
        Func<string, References, Detention>[] detentionBuilders,
        Func<string, References, Release>[] releaseBuilders,
        Func<string, References, MassDetention>[] massDetentionBuilders,
        Func<string, References, SanctionMeasure>[] measureBuilders,
        Func<string, string[], string[], Link>[] linkBuilders,
        Func<string, References, Proceeding>[] proceedingBuilders,
        Dataset metadata,
        Func<string, References, Incident>[] incidentBuilders,
        Func<string, SourceRecord>[] sourceBuilders)
    {
        // Unique ids: a kind letter and an index before the shared random part.
        string Id(char kind, int index) => $"{kind}{index}-{prefix}";

        string[] organizationIds = [.. organizationBuilders.Select((_, i) => Id('o', i))];
        Organization[] organizations = [.. organizationBuilders.Select((build, i) => build(organizationIds[i], organizationIds[..i]))];
        string[] personIds = [.. personBuilders.Select((_, i) => Id('p', i))];
        Person[] people = [.. personBuilders.Select((build, i) => build(personIds[i], organizationIds))];
        Facility[] facilities = [.. facilityBuilders.Select((build, i) => build(Id('f', i), organizationIds))];
        string[] proceedingIds = [.. proceedingBuilders.Select((_, i) => Id('j', i))];
        var references = new References(organizationIds, personIds, [], [.. facilities.Select(f => f.Id.Value)]) { Proceedings = proceedingIds };
        Detention[] detentions = [.. detentionBuilders.Select((build, i) => build(Id('d', i), references))];
        references = references with { Detentions = detentions };
        Release[] releases = [.. releaseBuilders.Select((build, i) => build(Id('r', i), references))];
        Proceeding[] proceedings = [.. proceedingBuilders.Select((build, i) => build(proceedingIds[i], references))];

        // Detained or released people are alive in generated data: a death date would have to agree with every
        // detention and release of the person (the death rules), which random dates do not. Others keep theirs.
        HashSet<string> held = [.. detentions.Select(d => d.SubjectId.Value), .. releases.SelectMany(r => r.Detainees.Select(x => x.SubjectId.Value))];
        people = [.. people.Select(p => held.Contains(p.Id.Value) ? p with { DeathDate = null } : p)];
        SanctionMeasure[] measures = [.. measureBuilders.Select((build, i) => build(Id('s', i), references))];
        Incident[] incidents = [.. incidentBuilders.Select((build, i) => build(Id('i', i), references))];
        MassDetention[] massDetentions = [.. massDetentionBuilders.Select((build, i) => build(Id('m', i), references))];
        Record[] records = [.. organizations, .. people, .. facilities, .. detentions, .. releases, .. massDetentions, .. measures,
            .. incidents, .. proceedings];
        string[] recordIds = [.. records.Select(r => r.Id.Value)];
        Link[] links = [.. linkBuilders.Select((build, i) => StepEnds(build(Id('l', i), recordIds, references.Actors), i, measures))];

        // Format 1.1: source records after the records that cite them, so that citations often come first.
        SourceRecord[] sources = [.. sourceBuilders.Select((build, i) => build(Id('u', i)))];
        string[] sourceIds = [.. sources.Select(s => s.Id.Value)];
        return Versioned(metadata with { Records = [.. records.Select(r => CitationsOf(r, sourceIds)), .. links.Select(l => CitationsOf(l, sourceIds)), .. sources] });
    }
}
