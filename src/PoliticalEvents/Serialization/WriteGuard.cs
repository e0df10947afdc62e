using System.Globalization;
using NodaTime;

namespace PoliticalEvents.Serialization;

/// <summary>
/// What the writers check before they write a record or a dataset's metadata: that the reader would read it back. A
/// problem throws a <see cref="DatasetWriteException"/> naming the record (position, type, id), the place (a JSON
/// Pointer) and the rule (a code), never other contents.
/// </summary>
/// <remarks>
/// <para>One guard serves one write: it counts the records and, when it writes a whole <see cref="Dataset"/>, keeps the
/// ids seen (a dictionary of id → position, so memory grows with the number of records, as the dataset's does).</para>
/// <para>Each check returns null when the value is fine, or the problem with the pointer below the value; the caller
/// puts its own place in front. Nothing is allocated unless there is a problem.</para>
/// </remarks>
internal sealed class WriteGuard
{
    private const string Required = "required";
    private const string ValueDefault = "value.default";
    private const string ItemNull = "item.null";
    private const string EnumCode = "enum";
    private const string MaxLength = "maxLength";
    private const string TextEncoding = "text.encoding";
    private const string DateCalendar = "date.calendar";
    private const string NumberNotFinite = "number.notFinite";
    private const string InstantRange = "instant.range";
    private const string AdditionalProperties = "additionalProperties";

    private readonly string _recordsPointer;
    private readonly Dictionary<string, int>? _ids;
    private int _index;

    private WriteGuard(string recordsPointer, bool uniqueIds)
    {
        _recordsPointer = recordsPointer;
        _ids = uniqueIds ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
    }

    /// <summary>Checks a document's metadata and returns the guard for its records.</summary>
    /// <param name="metadata">The dataset.</param>
    /// <param name="wholeDataset">True when the records are <paramref name="metadata"/>'s own: they must be there, and their ids are compared.</param>
    public static WriteGuard ForDocument(Dataset metadata, bool wholeDataset)
    {
        CheckMetadata(metadata, wholeDataset);
        return new WriteGuard("/records/", wholeDataset);
    }

    /// <summary>Checks the header of JSON Lines (when there is one) and returns the guard for the lines.</summary>
    /// <param name="header">The dataset whose metadata goes on the first line, or null.</param>
    /// <param name="wholeDataset">True when the records are <paramref name="header"/>'s own: they must be there, and their ids are compared.</param>
    public static WriteGuard ForLines(Dataset? header, bool wholeDataset)
    {
        if (header is not null)
        {
            CheckMetadata(header, wholeDataset);
        }

        return new WriteGuard(string.Empty, wholeDataset);
    }

    /// <summary>Checks one record written on its own (<see cref="PoliticalEventsJson.ToJson(Record)"/>).</summary>
    public static void CheckRecord(Record record)
    {
        if (Record(record) is { } problem)
        {
            throw new DatasetWriteException(
                $"The record ({Describe(record)}) cannot be written: {Explain(problem.Pointer, problem)}",
                problem.Code,
                problem.Pointer,
                recordIndex: null,
                IdOf(record));
        }
    }

    /// <summary>Checks the next record to be written.</summary>
    public void Check(Record? record)
    {
        int index = _index++;
        string at = _recordsPointer.Length == 0 ? string.Empty : _recordsPointer + index.ToString(CultureInfo.InvariantCulture);
        if (record is null)
        {
            throw Refused(index, record, new Problem(ItemNull, string.Empty, "is null"), at);
        }

        if (Record(record) is { } problem)
        {
            throw Refused(index, record, problem, at);
        }

        if (_ids is not null && !_ids.TryAdd(record.Id.Value, index))
        {
            string first = _ids[record.Id.Value].ToString(CultureInfo.InvariantCulture);
            throw Refused(index, record, new Problem(ValidationCodes.DatasetDuplicateId, "/id", $"is also the id of the record at index {first}; ids are unique in a dataset"), at);
        }
    }

    private static void CheckMetadata(Dataset dataset, bool recordsRequired)
    {
        Problem? problem = Text(dataset, dataset.Schema, "$schema")
            ?? Text(dataset, dataset.FormatVersion, "formatVersion")
            ?? Text(dataset, dataset.Title, "title")
            ?? Text(dataset, dataset.Description, "description")
            ?? Object(dataset.Publisher, "publisher", static p => Text(p, p.Name, "name") ?? Value(p.Url, "url"))
            ?? Text(dataset, dataset.License, "license")
            ?? (recordsRequired && dataset.Records is null ? new Problem(Required, "/records", "is required but null") : null);
        if (problem is not null)
        {
            throw new DatasetWriteException($"The dataset cannot be written: {Explain(problem.Pointer, problem)}", problem.Code, problem.Pointer, recordIndex: null, recordId: null);
        }
    }

    private static DatasetWriteException Refused(int index, Record? record, Problem problem, string at)
    {
        string described = record is null ? string.Empty : $" ({Describe(record)})";
        string path = at + problem.Pointer;
        return new DatasetWriteException(
            $"The record at index {index.ToString(CultureInfo.InvariantCulture)}{described} cannot be written: {Explain(path, problem)}",
            problem.Code,
            path,
            index,
            record is null ? null : IdOf(record));
    }

    // The type names the format defines and the id, which may be shown; nothing else of the record.
    private static string Describe(Record record) => IdOf(record) is { } id ? $"{record.TypeName} {id.Value}" : $"{record.TypeName} without an id";

    private static RecordId? IdOf(Record record) => ((IWireValue<RecordId>)record.Id).HasWireForm ? record.Id : null;

    private static string Explain(string path, Problem problem) => $"{(path.Length == 0 ? "the record" : path)} {problem.What} ({problem.Code}).";

    private static Problem? Record(Record record)
        => Value(record.Id, "id")
        ?? (record switch
        {
            Person p => Person(p),
            Organization o => Organization(o),
            Detention d => Detention(d),
            Release r => Release(r),
            SanctionMeasure m => SanctionMeasure(m),
            Link l => Link(l),
            Facility f => Facility(f),
            Incident i => Incident(i),
            MassDetention m => MassDetention(m),
            Proceeding p => Proceeding(p),
            SourceRecord s => SourceRecord(s),
            _ => null, // Record's constructor is not public: these are all the types.
        })
        ?? Instant(record.ModifiedAt, "modifiedAt")
        ?? List(record, record.Sources, "sources", Source)
        ?? Text(record, record.Notes, "notes")
        ?? Enum(record.Confidentiality, "confidentiality");

    private static Problem? Person(Person p)
        => Text(p, p.Name, "name")
        ?? Actor(p)
        ?? Enum(p.Gender, "gender")
        ?? Values(p.Nationalities, "nationalities")
        ?? List(p, p.BirthPlaces, "birthPlaces", static b => Text(b, b.Locality, "locality") ?? Value(b.Country, "country"))
        ?? List(p, p.IdentityDocuments, "identityDocuments", static d => Enum(d.Kind, "kind") ?? Text(d, d.Number, "number") ?? Value(d.Country, "country")
            ?? Value(d.IssuedOn, "issuedOn") ?? Value(d.ExpiresOn, "expiresOn"));

    private static Problem? Organization(Organization o)
        => Enum(o.Kind, "kind")
        ?? Text(o, o.Name, "name")
        ?? Actor(o)
        ?? Value(o.Country, "country")
        ?? Value(o.ParentId, "parentId")
        ?? Value(o.FoundedOn, "foundedOn")
        ?? Text(o, o.LegalForm, "legalForm");

    private static Problem? Actor(Actor a)
        => List(a, a.Names, "names", static n => Text(n, n.Value, "value") ?? Value(n.Language, "language") ?? Enum(n.Kind, "kind")
            ?? Text(n, n.Given, "given") ?? Text(n, n.Family, "family") ?? Text(n, n.Patronymic, "patronymic"))
        ?? List(a, a.Identifiers, "identifiers", Identifier)
        ?? List(a, a.Affiliations, "affiliations", static f => Value(f.OrganizationId, "organizationId") ?? Text(f, f.Role, "role"))
        ?? Texts(a.Roles, "roles")
        ?? List(a, a.Addresses, "addresses", static d => Text(d, d.Full, "full") ?? Text(d, d.Street, "street") ?? Text(d, d.Locality, "locality")
            ?? Text(d, d.Region, "region") ?? Text(d, d.PostalCode, "postalCode") ?? Value(d.Country, "country"))
        ?? List(a, a.Contacts, "contacts", static c => Enum(c.Kind, "kind") ?? Text(c, c.Value, "value"));

    private static Problem? Detention(Detention d)
        => Value(d.SubjectId, "subjectId")
        ?? Value(d.Country, "country")
        ?? Value(d.AuthorityId, "authorityId")
        ?? Enum(d.Status, "status")
        ?? Enum(d.EndReason, "endReason")
        ?? Enum(d.Kind, "kind")
        ?? List(d, d.Charges, "charges", Charge)
        ?? List(d, d.Sentences, "sentences", Sentence)
        ?? List(d, d.Placements, "placements", static p => Text(p, p.Facility, "facility") ?? Value(p.FacilityId, "facilityId") ?? Enum(p.FacilityKind, "facilityKind") ?? Text(p, p.Locality, "locality"))
        ?? Enums(d.Conditions, "conditions")
        ?? List(d, d.Designations, "designations", static g => Text(g, g.By, "by") ?? Value(g.ById, "byId") ?? Enum(g.Status, "status") ?? Value(g.On, "on") ?? Value(g.WithdrawnOn, "withdrawnOn") ?? Enums(g.Criteria, "criteria"));

    private static Problem? Charge(Charge c)
        => Text(c, c.Law, "law") ?? Text(c, c.Article, "article") ?? Text(c, c.Part, "part") ?? Text(c, c.Description, "description") ?? Value(c.On, "on") ?? Enum(c.Status, "status");

    private static Problem? Sentence(Sentence s)
        => Enum(s.Kind, "kind")
        ?? Value(s.Term, "term")
        ?? Text(s, s.Court, "court")
        ?? Value(s.CourtId, "courtId")
        ?? Enum(s.AppealStatus, "appealStatus")
        ?? Text(s, s.Regime, "regime")
        ?? Object(s.Fine, "fine", static f => Value(f.Currency, "currency"))
        ?? Value(s.ProceedingId, "proceedingId")
        ?? Object(s.Combination, "combination", static c => Enum(c.Kind, "kind") ?? (c.WithIndexes is null ? new Problem(Required, "/withIndexes", "is required but null") : null))
        ?? Value(s.Credited, "credited");

    private static Problem? Release(Release r)
        => Value(r.AuthorityId, "authorityId")
        ?? Enum(r.Kind, "kind")
        ?? List(r, r.Detainees, "detainees", static d => Value(d.SubjectId, "subjectId") ?? Value(d.DetentionId, "detentionId") ?? Value(d.Destination, "destination") ?? Enums(d.Conditions, "conditions"))
        ?? Object(r.ReportedCount, "reportedCount", static c => Enum(c.Qualifier, "qualifier") ?? Text(c, c.By, "by"));

    private static Problem? SanctionMeasure(SanctionMeasure m)
        => Value(m.ImposedById, "imposedById")
        ?? Enum(m.Kind, "kind")
        ?? Object(m.Program, "program", static p => Text(p, p.Code, "code") ?? Text(p, p.Name, "name"))
        ?? Object(m.LegalBasis, "legalBasis", LegalBasis)
        ?? Text(m, m.Reason, "reason")
        ?? List(m, m.Targets, "targets", static t => Value(t.ActorId, "actorId") ?? Text(t, t.Sector, "sector") ?? Value(t.Country, "country")
            ?? Value(t.ListedOn, "listedOn") ?? Value(t.DelistedOn, "delistedOn") ?? Text(t, t.ListingId, "listingId") ?? Text(t, t.Reason, "reason")
            ?? Text(t, t.DelistingReason, "delistingReason"))
        ?? List(m, m.History, "history", static e => Enum(e.Action, "action") ?? Text(e, e.Description, "description") ?? Object(e.LegalBasis, "legalBasis", LegalBasis) ?? List(e, e.Sources, "sources", Source) ?? Text(e, e.StepId, "stepId"));

    private static Problem? Proceeding(Proceeding p)
        => Value(p.Country, "country")
        ?? Text(p, p.CaseNumber, "caseNumber")
        ?? Value(p.CourtId, "courtId")
        ?? Values(p.JudgeIds, "judgeIds")
        ?? Values(p.ProsecutorIds, "prosecutorIds")
        ?? List(p, p.Defendants, "defendants", static d => Value(d.SubjectId, "subjectId")
            ?? Value(d.DetentionId, "detentionId")
            ?? List(d, d.Charges, "charges", Charge)
            ?? Object(d.Verdict, "verdict", static v => Enum(v.Outcome, "outcome"))
            ?? List(d, d.Sentences, "sentences", Sentence))
        ?? List(p, p.Hearings, "hearings", static h => Enum(h.Kind, "kind") ?? Value(h.CourtId, "courtId") ?? Text(h, h.Notes, "notes"));

    private static Problem? LegalBasis(LegalBasis b) => Text(b, b.Citation, "citation") ?? Value(b.Url, "url");

    private static Problem? Link(Link l)
        => Enum(l.Kind, "kind")
        ?? Value(l.FromId, "fromId")
        ?? Value(l.ToId, "toId")
        ?? Text(l, l.AssertedBy, "assertedBy")
        ?? Value(l.AssertedById, "assertedById")
        ?? Enum(l.Confidence, "confidence")
        ?? Text(l, l.FromStepId, "fromStepId")
        ?? Text(l, l.ToStepId, "toStepId")
        ?? List(l, l.DeniedBy, "deniedBy", static d => Text(d, d.By, "by") ?? Value(d.ById, "byId") ?? Value(d.On, "on"));

    private static Problem? Facility(Facility f)
        => Text(f, f.Name, "name")
        ?? Enum(f.Kind, "kind")
        ?? Value(f.Country, "country")
        ?? Text(f, f.Locality, "locality")
        ?? Value(f.OperatorId, "operatorId")
        ?? Object(f.Location, "location", Location)
        ?? List(f, f.Identifiers, "identifiers", Identifier);

    private static Problem? Incident(Incident i)
        => Enum(i.Kind, "kind")
        ?? (i.SubjectIds is null ? new Problem(Required, "/subjectIds", "is required but null") : Values(i.SubjectIds, "subjectIds"))
        ?? Value(i.DetentionId, "detentionId")
        ?? Value(i.OccurredOn, "occurredOn")
        ?? Value(i.FacilityId, "facilityId")
        ?? Values(i.PerpetratorIds, "perpetratorIds")
        ?? List(i, i.Accounts, "accounts", static a => Text(a, a.By, "by") ?? Value(a.ById, "byId") ?? Value(a.On, "on") ?? Text(a, a.Summary, "summary"));
    private static Problem? MassDetention(MassDetention m)
        => Value(m.Country, "country")
        ?? Text(m, m.Locality, "locality")
        ?? Object(m.Location, "location", Location)
        ?? Value(m.AuthorityId, "authorityId")
        ?? Text(m, m.Context, "context")
        ?? List(m, m.Counts, "counts", static c => Enum(c.Qualifier, "qualifier") ?? Text(c, c.By, "by") ?? Value(c.ById, "byId") ?? Value(c.AsOf, "asOf"))
        ?? Values(m.DetentionIds, "detentionIds");

    // A source record has no sources of its own (format 1.1): the reader would refuse "sources" there.
    private static Problem? SourceRecord(SourceRecord s)
        => s.Sources.Count > 0 ? new Problem(AdditionalProperties, "/sources", "is not a property of a source record, which has no sources of its own; leave the list empty")
        : Value(s.Url, "url")
        ?? Text(s, s.Title, "title")
        ?? Text(s, s.Publisher, "publisher")
        ?? Day(s.AccessedOn, "accessedOn")
        ?? Value(s.Language, "language")
        ?? Value(s.ArchiveUrl, "archiveUrl")
        ?? Enum(s.Kind, "kind");

    // The wire form of an instant has a four-digit year (the reader refuses others).
    private static Problem? Instant(Instant? value, string name)
        => value is { } instant && instant.InUtc().Year is < 1 or > 9999
            ? new Problem(InstantRange, "/" + name, "is outside the years 1 to 9999, which the wire form of an instant holds")
            : null;

    private static Problem? Day(LocalDate? value, string name)
        => value is { } day && day.Calendar != CalendarSystem.Iso ? new Problem(DateCalendar, "/" + name, "is not in the ISO calendar") : null;

    private static Problem? Identifier(ExternalIdentifier i) => Text(i, i.Scheme, "scheme") ?? Text(i, i.Value, "value");

    // JSON has no NaN or infinity: the writer would fail on them, and no reader could read them.
    private static Problem? Location(GeoLocation l)
        => !double.IsFinite(l.Latitude) ? new Problem(NumberNotFinite, "/latitude", "is not a finite number")
        : !double.IsFinite(l.Longitude) ? new Problem(NumberNotFinite, "/longitude", "is not a finite number")
        : null;

    private static Problem? Source(Source s)
        => Value(s.SourceId, "sourceId")
        ?? Value(s.Url, "url")
        ?? Text(s, s.Title, "title")
        ?? Text(s, s.Publisher, "publisher")
        ?? Day(s.AccessedOn, "accessedOn")
        ?? Text(s, s.Quote, "quote")
        ?? Text(s, s.Page, "page")
        ?? Value(s.Language, "language")
        ?? Value(s.ArchiveUrl, "archiveUrl")
        ?? Enum(s.Kind, "kind");

    // Whether a member is required comes from the model (its serializer metadata: `required` members), as for the
    // reader and the schemas, not from a flag here: the owner is passed so that its type can be asked.
    private static Problem? Text(object owner, string? value, string name)
        => value is null
            ? (RequiredMembers.Of(owner.GetType()).Contains(name) ? new Problem(Required, "/" + name, "is required but null") : null)
            : TextProblem(value)?.Under(name);

    private static Problem? TextProblem(string value)
        => value.Length > BoundedStringConverter.MaxLength
            ? new Problem(MaxLength, string.Empty, $"is longer than {BoundedStringConverter.MaxLength.ToString("N0", CultureInfo.InvariantCulture)} characters")
            : HasUnpairedSurrogate(value) ? new Problem(TextEncoding, string.Empty, "holds half of a surrogate pair, which UTF-8 cannot encode") : null;

    private static Problem? Texts(IReadOnlyList<string> values, string name)
    {
        for (int i = 0; i < values.Count; i++)
        {
            Problem? problem = values[i] is { } value ? TextProblem(value) : new Problem(ItemNull, string.Empty, "is null");
            if (problem is not null)
            {
                return problem.Under(name, i);
            }
        }

        return null;
    }

    private static Problem? Value<T>(T value, string name)
        where T : struct, IWireValue<T>
        => value.HasWireForm ? null : new Problem(Required, "/" + name, $"is required but holds a default {typeof(T).Name}, which has no value");

    private static Problem? Value<T>(T? value, string name)
        where T : struct, IWireValue<T>
        => value is { HasWireForm: false } ? new Problem(ValueDefault, "/" + name, $"holds a default {typeof(T).Name}, which has no value; leave it null instead") : null;

    private static Problem? Values<T>(IReadOnlyList<T> values, string name)
        where T : struct, IWireValue<T>
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (!values[i].HasWireForm)
            {
                return new Problem(ValueDefault, string.Empty, $"is a default {typeof(T).Name}, which has no value").Under(name, i);
            }
        }

        return null;
    }

    private static Problem? Enum<T>(T value, string name)
        where T : struct, System.Enum
        => System.Enum.IsDefined(value) ? null : new Problem(EnumCode, "/" + name, $"is not a {typeof(T).Name} value");

    private static Problem? Enum<T>(T? value, string name)
        where T : struct, System.Enum
        => value is { } present ? Enum(present, name) : null;

    private static Problem? Enums<T>(IReadOnlyList<T> values, string name)
        where T : struct, System.Enum
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (!System.Enum.IsDefined(values[i]))
            {
                return new Problem(EnumCode, string.Empty, $"is not a {typeof(T).Name} value").Under(name, i);
            }
        }

        return null;
    }

    private static Problem? Object<T>(T? value, string name, Func<T, Problem?> check)
        where T : class
        => value is null ? null : check(value)?.Under(name);

    private static Problem? List<T>(object owner, IReadOnlyList<T>? items, string name, Func<T, Problem?> check)
        where T : class
    {
        if (items is null)
        {
            // Optional lists turn null into an empty list when set; only a required one can be null.
            return RequiredMembers.Of(owner.GetType()).Contains(name) ? new Problem(Required, "/" + name, "is required but null") : null;
        }

        for (int i = 0; i < items.Count; i++)
        {
            Problem? problem = items[i] is { } item ? check(item) : new Problem(ItemNull, string.Empty, "is null");
            if (problem is not null)
            {
                return problem.Under(name, i);
            }
        }

        return null;
    }

    // Most text has no surrogate at all (a vectorised search); text that has some is walked pair by pair.
    private static bool HasUnpairedSurrogate(string text)
    {
        int i = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A problem: its code, its pointer below the value checked, and what is wrong, in words that hold no data.</summary>
    private sealed class Problem(string code, string pointer, string what)
    {
        public string Code { get; } = code;

        public string Pointer { get; } = pointer;

        public string What { get; } = what;

        // The names are the format's property names, none of which has a '~' or '/' to escape.
        public Problem Under(string name) => new(Code, "/" + name + Pointer, What);

        public Problem Under(string name, int index) => new(Code, "/" + name + "/" + index.ToString(CultureInfo.InvariantCulture) + Pointer, What);
    }

    /// <summary>The wire names of each model type's required members, from the serializer metadata; asked only for null values.</summary>
    private static class RequiredMembers
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, HashSet<string>> ByType = new();

        public static HashSet<string> Of(Type type) => ByType.GetOrAdd(type, static t =>
            [.. PoliticalEventsJson.Options.GetTypeInfo(t).Properties.Where(p => p.IsRequired).Select(p => p.Name)]);
    }
}
