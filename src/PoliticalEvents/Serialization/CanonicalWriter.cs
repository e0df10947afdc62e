using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace PoliticalEvents.Serialization;

/// <summary>
/// Writes records in canonical form straight to a <see cref="Utf8JsonWriter"/>, property by property, without the
/// serializer's metadata walk (and without boxing every optional value to decide whether to write it). It writes
/// exactly the bytes the source-generated serializer writes for the same record (tests compare the two on random
/// data): <c>type</c> first, properties in their declared order, <c>null</c>, empty optional lists, <c>false</c> and
/// <c>confidentiality: "public"</c> omitted.
/// </summary>
internal static class CanonicalWriter
{
    /// <summary>Writes one record as a JSON object.</summary>
    public static void Write(Utf8JsonWriter w, Record record)
    {
        w.WriteStartObject();
        w.WriteString("type"u8, record.TypeName);
        w.WriteString("id"u8, Wire(record.Id));
        switch (record)
        {
            case Person p:
                String(w, "name"u8, p.Name);
                ActorLists(w, p);
                if (p.Anonymous)
                {
                    w.WriteBoolean("anonymous"u8, true);
                }

                Enum(w, "gender"u8, p.Gender);
                Date(w, "birthDate"u8, p.BirthDate);
                Date(w, "deathDate"u8, p.DeathDate);
                if (p.Nationalities.Count > 0)
                {
                    w.WriteStartArray("nationalities"u8);
                    foreach (CountryCode country in p.Nationalities)
                    {
                        w.WriteStringValue(Wire(country));
                    }

                    w.WriteEndArray();
                }

                List(w, "birthPlaces"u8, p.BirthPlaces, static (w, b) =>
                {
                    w.WriteStartObject();
                    String(w, "locality"u8, b.Locality);
                    Value(w, "country"u8, b.Country);
                    w.WriteEndObject();
                });
                List(w, "identityDocuments"u8, p.IdentityDocuments, static (w, d) =>
                {
                    w.WriteStartObject();
                    Enum(w, "kind"u8, d.Kind);
                    w.WriteString("number"u8, d.Number);
                    Value(w, "country"u8, d.Country);
                    Date(w, "issuedOn"u8, d.IssuedOn);
                    Date(w, "expiresOn"u8, d.ExpiresOn);
                    w.WriteEndObject();
                });
                break;

            case Organization o:
                w.WriteString("kind"u8, WireEnumConverter<OrganizationKind>.Encoded(o.Kind));
                w.WriteString("name"u8, o.Name);
                ActorLists(w, o);
                Value(w, "country"u8, o.Country);
                Value(w, "parentId"u8, o.ParentId);
                Date(w, "foundedOn"u8, o.FoundedOn);
                String(w, "legalForm"u8, o.LegalForm);
                break;

            case Detention d:
                w.WriteString("subjectId"u8, Wire(d.SubjectId));
                w.WriteString("country"u8, Wire(d.Country));
                Value(w, "authorityId"u8, d.AuthorityId);
                w.WriteString("startedOn"u8, Wire(d.StartedOn));
                Date(w, "endedOn"u8, d.EndedOn);
                w.WriteString("status"u8, WireEnumConverter<DetentionStatus>.Encoded(d.Status));
                Enum(w, "endReason"u8, d.EndReason);
                Enum(w, "kind"u8, d.Kind);
                List(w, "charges"u8, d.Charges, Charge);
                List(w, "sentences"u8, d.Sentences, Sentence);
                List(w, "placements"u8, d.Placements, Placement);
                Enums(w, "conditions"u8, d.Conditions);
                List(w, "designations"u8, d.Designations, Designation);
                break;

            case Release r:
                w.WriteString("releasedOn"u8, Wire(r.ReleasedOn));
                Value(w, "authorityId"u8, r.AuthorityId);
                w.WriteString("kind"u8, WireEnumConverter<ReleaseKind>.Encoded(r.Kind));
                RequiredList(w, "detainees"u8, r.Detainees, Detainee);
                if (r.ReportedCount is { } count)
                {
                    w.WriteStartObject("reportedCount"u8);
                    w.WriteNumber("value"u8, count.Value);
                    w.WriteString("qualifier"u8, WireEnumConverter<CountQualifier>.Encoded(count.Qualifier));
                    String(w, "by"u8, count.By);
                    w.WriteEndObject();
                }

                break;

            case SanctionMeasure m:
                w.WriteString("imposedById"u8, Wire(m.ImposedById));
                w.WriteString("kind"u8, WireEnumConverter<SanctionKind>.Encoded(m.Kind));
                if (m.Program is { } program)
                {
                    w.WriteStartObject("program"u8);
                    String(w, "code"u8, program.Code);
                    String(w, "name"u8, program.Name);
                    w.WriteEndObject();
                }

                LegalBasis(w, m.LegalBasis);
                String(w, "reason"u8, m.Reason);
                RequiredList(w, "targets"u8, m.Targets, Target);
                RequiredList(w, "history"u8, m.History, Event);
                break;

            case Link l:
                w.WriteString("kind"u8, WireEnumConverter<LinkKind>.Encoded(l.Kind));
                w.WriteString("fromId"u8, Wire(l.FromId));
                w.WriteString("toId"u8, Wire(l.ToId));
                Date(w, "on"u8, l.On);
                String(w, "assertedBy"u8, l.AssertedBy);
                Value(w, "assertedById"u8, l.AssertedById);
                if (l.Disputed)
                {
                    w.WriteBoolean("disputed"u8, true);
                }

                Enum(w, "confidence"u8, l.Confidence);
                String(w, "fromStepId"u8, l.FromStepId);
                String(w, "toStepId"u8, l.ToStepId);
                List(w, "deniedBy"u8, l.DeniedBy, LinkDenial);
                break;

            case Facility f:
                w.WriteString("name"u8, f.Name);
                Enum(w, "kind"u8, f.Kind);
                w.WriteString("country"u8, Wire(f.Country));
                String(w, "locality"u8, f.Locality);
                Value(w, "operatorId"u8, f.OperatorId);
                Location(w, f.Location);
                List(w, "identifiers"u8, f.Identifiers, Identifier);
                break;

            case Incident i:
                w.WriteString("kind"u8, WireEnumConverter<IncidentKind>.Encoded(i.Kind));
                RequiredList(w, "subjectIds"u8, i.SubjectIds, static (w, id) => w.WriteStringValue(Wire(id)));
                Value(w, "detentionId"u8, i.DetentionId);
                w.WriteString("occurredOn"u8, Wire(i.OccurredOn));
                Value(w, "facilityId"u8, i.FacilityId);
                List(w, "perpetratorIds"u8, i.PerpetratorIds, static (w, id) => w.WriteStringValue(Wire(id)));
                List(w, "accounts"u8, i.Accounts, Account);
                break;

            case MassDetention m:
                w.WriteString("occurredOn"u8, Wire(m.OccurredOn));
                w.WriteString("country"u8, Wire(m.Country));
                String(w, "locality"u8, m.Locality);
                Location(w, m.Location);
                Value(w, "authorityId"u8, m.AuthorityId);
                String(w, "context"u8, m.Context);
                RequiredList(w, "counts"u8, m.Counts, AttributedCount);
                List(w, "detentionIds"u8, m.DetentionIds, static (w, id) => w.WriteStringValue(Wire(id)));
                break;

            case Proceeding p:
                w.WriteString("country"u8, Wire(p.Country));
                String(w, "caseNumber"u8, p.CaseNumber);
                Value(w, "courtId"u8, p.CourtId);
                Values(w, "judgeIds"u8, p.JudgeIds);
                Values(w, "prosecutorIds"u8, p.ProsecutorIds);
                Date(w, "openedOn"u8, p.OpenedOn);
                RequiredList(w, "defendants"u8, p.Defendants, Defendant);
                List(w, "hearings"u8, p.Hearings, Hearing);
                break;

            case SourceRecord s:
                Value(w, "url"u8, s.Url);
                String(w, "title"u8, s.Title);
                String(w, "publisher"u8, s.Publisher);
                Date(w, "publishedOn"u8, s.PublishedOn);
                Day(w, "accessedOn"u8, s.AccessedOn);
                Value(w, "language"u8, s.Language);
                Value(w, "archiveUrl"u8, s.ArchiveUrl);
                Enum(w, "kind"u8, s.Kind);
                break;

            default:
                throw new NotSupportedException($"{record.GetType().Name} is not a record type of the format.");
        }

        if (record.ModifiedAt is Instant modifiedAt)
        {
            w.WriteString("modifiedAt"u8, InstantPattern.ExtendedIso.Format(modifiedAt));
        }

        List(w, "sources"u8, record.Sources, Source);
        String(w, "notes"u8, record.Notes);
        if (record.Confidentiality != Confidentiality.Public)
        {
            w.WriteString("confidentiality"u8, WireEnumConverter<Confidentiality>.Encoded(record.Confidentiality));
        }

        w.WriteEndObject();
    }

    private static void ActorLists(Utf8JsonWriter w, Actor actor)
    {
        List(w, "names"u8, actor.Names, static (w, n) =>
        {
            w.WriteStartObject();
            w.WriteString("value"u8, n.Value);
            Value(w, "language"u8, n.Language);
            Enum(w, "kind"u8, n.Kind);
            String(w, "given"u8, n.Given);
            String(w, "family"u8, n.Family);
            String(w, "patronymic"u8, n.Patronymic);
            w.WriteEndObject();
        });
        List(w, "identifiers"u8, actor.Identifiers, Identifier);
        List(w, "affiliations"u8, actor.Affiliations, static (w, a) =>
        {
            w.WriteStartObject();
            if (a.OrganizationId is { } organization)
            {
                w.WriteString("organizationId"u8, Wire(organization));
            }

            String(w, "role"u8, a.Role);
            Date(w, "from"u8, a.From);
            Date(w, "until"u8, a.Until);
            w.WriteEndObject();
        });
        if (actor.Roles.Count > 0)
        {
            w.WriteStartArray("roles"u8);
            foreach (string role in actor.Roles)
            {
                w.WriteStringValue(role);
            }

            w.WriteEndArray();
        }

        List(w, "addresses"u8, actor.Addresses, static (w, a) =>
        {
            w.WriteStartObject();
            String(w, "full"u8, a.Full);
            String(w, "street"u8, a.Street);
            String(w, "locality"u8, a.Locality);
            String(w, "region"u8, a.Region);
            String(w, "postalCode"u8, a.PostalCode);
            Value(w, "country"u8, a.Country);
            w.WriteEndObject();
        });
        List(w, "contacts"u8, actor.Contacts, static (w, c) =>
        {
            w.WriteStartObject();
            w.WriteString("kind"u8, WireEnumConverter<ContactKind>.Encoded(c.Kind));
            w.WriteString("value"u8, c.Value);
            w.WriteEndObject();
        });
    }

    private static void Identifier(Utf8JsonWriter w, ExternalIdentifier i)
    {
        w.WriteStartObject();
        w.WriteString("scheme"u8, i.Scheme);
        w.WriteString("value"u8, i.Value);
        w.WriteEndObject();
    }

    private static void Account(Utf8JsonWriter w, IncidentAccount a)
    {
        w.WriteStartObject();
        w.WriteString("by"u8, a.By);
        Value(w, "byId"u8, a.ById);
        Date(w, "on"u8, a.On);
        w.WriteString("summary"u8, a.Summary);
        w.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter w, GeoLocation? location)
    {
        if (location is not null)
        {
            w.WriteStartObject("location"u8);
            w.WriteNumber("latitude"u8, location.Latitude);
            w.WriteNumber("longitude"u8, location.Longitude);
            w.WriteEndObject();
        }
    }

    private static void AttributedCount(Utf8JsonWriter w, AttributedCount c)
    {
        w.WriteStartObject();
        w.WriteNumber("value"u8, c.Value);
        w.WriteString("qualifier"u8, WireEnumConverter<CountQualifier>.Encoded(c.Qualifier));
        w.WriteString("by"u8, c.By);
        Value(w, "byId"u8, c.ById);
        Date(w, "asOf"u8, c.AsOf);
        w.WriteEndObject();
    }

    private static void Charge(Utf8JsonWriter w, Charge c)
    {
        w.WriteStartObject();
        w.WriteString("law"u8, c.Law);
        String(w, "article"u8, c.Article);
        String(w, "part"u8, c.Part);
        String(w, "description"u8, c.Description);
        Date(w, "on"u8, c.On);
        Enum(w, "status"u8, c.Status);
        w.WriteEndObject();
    }

    private static void Sentence(Utf8JsonWriter w, Sentence s)
    {
        w.WriteStartObject();
        w.WriteString("imposedOn"u8, Wire(s.ImposedOn));
        w.WriteString("kind"u8, WireEnumConverter<SentenceKind>.Encoded(s.Kind));
        Value(w, "term"u8, s.Term);
        String(w, "court"u8, s.Court);
        Value(w, "courtId"u8, s.CourtId);
        if (s.InAbsentia)
        {
            w.WriteBoolean("inAbsentia"u8, true);
        }

        Enum(w, "appealStatus"u8, s.AppealStatus);
        String(w, "regime"u8, s.Regime);
        if (s.Fine is { } fine)
        {
            w.WriteStartObject("fine"u8);
            w.WriteNumber("amount"u8, fine.Amount);
            w.WriteString("currency"u8, Wire(fine.Currency));
            w.WriteEndObject();
        }

        Value(w, "proceedingId"u8, s.ProceedingId);
        if (s.Combination is { } combination)
        {
            w.WriteStartObject("combination"u8);
            w.WriteString("kind"u8, WireEnumConverter<SentenceCombinationKind>.Encoded(combination.Kind));
            w.WriteStartArray("withIndexes"u8);
            foreach (int index in combination.WithIndexes)
            {
                w.WriteNumberValue(index);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        if (s.ReplacesIndex is int replaces)
        {
            w.WriteNumber("replacesIndex"u8, replaces);
        }

        Value(w, "credited"u8, s.Credited);
        w.WriteEndObject();
    }

    private static void Placement(Utf8JsonWriter w, Placement p)
    {
        w.WriteStartObject();
        String(w, "facility"u8, p.Facility);
        Value(w, "facilityId"u8, p.FacilityId);
        Enum(w, "facilityKind"u8, p.FacilityKind);
        String(w, "locality"u8, p.Locality);
        Date(w, "from"u8, p.From);
        Date(w, "until"u8, p.Until);
        w.WriteEndObject();
    }

    private static void Designation(Utf8JsonWriter w, Designation d)
    {
        w.WriteStartObject();
        w.WriteString("by"u8, d.By);
        Value(w, "byId"u8, d.ById);
        w.WriteString("status"u8, WireEnumConverter<DesignationStatus>.Encoded(d.Status));
        Date(w, "on"u8, d.On);
        Date(w, "withdrawnOn"u8, d.WithdrawnOn);
        Enums(w, "criteria"u8, d.Criteria);
        w.WriteEndObject();
    }

    private static void Detainee(Utf8JsonWriter w, ReleasedDetainee d)
    {
        w.WriteStartObject();
        w.WriteString("subjectId"u8, Wire(d.SubjectId));
        Value(w, "detentionId"u8, d.DetentionId);
        Value(w, "destination"u8, d.Destination);
        Enums(w, "conditions"u8, d.Conditions);
        w.WriteEndObject();
    }

    private static void Defendant(Utf8JsonWriter w, Defendant d)
    {
        w.WriteStartObject();
        w.WriteString("subjectId"u8, Wire(d.SubjectId));
        Value(w, "detentionId"u8, d.DetentionId);
        List(w, "charges"u8, d.Charges, Charge);
        if (d.Verdict is { } verdict)
        {
            w.WriteStartObject("verdict"u8);
            Date(w, "on"u8, verdict.On);
            w.WriteString("outcome"u8, WireEnumConverter<VerdictOutcome>.Encoded(verdict.Outcome));
            if (verdict.InAbsentia)
            {
                w.WriteBoolean("inAbsentia"u8, true);
            }

            w.WriteEndObject();
        }

        List(w, "sentences"u8, d.Sentences, Sentence);
        w.WriteEndObject();
    }

    private static void Hearing(Utf8JsonWriter w, Hearing h)
    {
        w.WriteStartObject();
        w.WriteString("on"u8, Wire(h.On));
        Enum(w, "kind"u8, h.Kind);
        Value(w, "courtId"u8, h.CourtId);
        if (h.ClosedToPublic)
        {
            w.WriteBoolean("closedToPublic"u8, true);
        }

        String(w, "notes"u8, h.Notes);
        w.WriteEndObject();
    }

    private static void Values<T>(Utf8JsonWriter w, ReadOnlySpan<byte> name, IReadOnlyList<T> values) where T : struct, IWireValue<T>
    {
        if (values.Count > 0)
        {
            w.WriteStartArray(name);
            foreach (T value in values)
            {
                w.WriteStringValue(Wire(value));
            }

            w.WriteEndArray();
        }
    }

    private static void Target(Utf8JsonWriter w, SanctionTarget t)
    {
        w.WriteStartObject();
        Value(w, "actorId"u8, t.ActorId);
        String(w, "sector"u8, t.Sector);
        Value(w, "country"u8, t.Country);
        Date(w, "listedOn"u8, t.ListedOn);
        Date(w, "delistedOn"u8, t.DelistedOn);
        String(w, "listingId"u8, t.ListingId);
        String(w, "reason"u8, t.Reason);
        String(w, "delistingReason"u8, t.DelistingReason);
        w.WriteEndObject();
    }

    private static void Event(Utf8JsonWriter w, SanctionEvent e)
    {
        w.WriteStartObject();
        w.WriteString("action"u8, WireEnumConverter<SanctionAction>.Encoded(e.Action));
        w.WriteString("on"u8, Wire(e.On));
        String(w, "description"u8, e.Description);
        LegalBasis(w, e.LegalBasis);
        List(w, "sources"u8, e.Sources, Source);
        String(w, "stepId"u8, e.StepId);
        w.WriteEndObject();
    }

    private static void LinkDenial(Utf8JsonWriter w, LinkDenial d)
    {
        w.WriteStartObject();
        w.WriteString("by"u8, d.By);
        Value(w, "byId"u8, d.ById);
        Date(w, "on"u8, d.On);
        w.WriteEndObject();
    }

    private static void LegalBasis(Utf8JsonWriter w, LegalBasis? basis)
    {
        if (basis is not null)
        {
            w.WriteStartObject("legalBasis"u8);
            w.WriteString("citation"u8, basis.Citation);
            Value(w, "url"u8, basis.Url);
            w.WriteEndObject();
        }
    }

    private static void Source(Utf8JsonWriter w, Source s)
    {
        w.WriteStartObject();
        Value(w, "sourceId"u8, s.SourceId);
        Value(w, "url"u8, s.Url);
        String(w, "title"u8, s.Title);
        String(w, "publisher"u8, s.Publisher);
        Date(w, "publishedOn"u8, s.PublishedOn);
        Day(w, "accessedOn"u8, s.AccessedOn);
        String(w, "quote"u8, s.Quote);
        String(w, "page"u8, s.Page);
        Value(w, "language"u8, s.Language);
        Value(w, "archiveUrl"u8, s.ArchiveUrl);
        Enum(w, "kind"u8, s.Kind);
        w.WriteEndObject();
    }

    private static void Day(Utf8JsonWriter w, ReadOnlySpan<byte> name, LocalDate? value)
    {
        if (value is LocalDate day)
        {
            if (day.Calendar != CalendarSystem.Iso)
            {
                throw new ArgumentException("Dates are written in the ISO calendar only.", nameof(value));
            }

            w.WriteString(name, LocalDatePattern.Iso.Format(day));
        }
    }

    private static void String(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Date(Utf8JsonWriter w, ReadOnlySpan<byte> name, PartialDate? value)
    {
        if (value is PartialDate date)
        {
            w.WriteString(name, Wire(date));
        }
    }

    private static void Value<T>(Utf8JsonWriter w, ReadOnlySpan<byte> name, T? value) where T : struct, IWireValue<T>
    {
        if (value is T present)
        {
            w.WriteString(name, Wire(present));
        }
    }

    private static void Enum<T>(Utf8JsonWriter w, ReadOnlySpan<byte> name, T? value) where T : struct, System.Enum
    {
        if (value is T present)
        {
            w.WriteString(name, WireEnumConverter<T>.Encoded(present));
        }
    }

    private static void Enums<T>(Utf8JsonWriter w, ReadOnlySpan<byte> name, IReadOnlyList<T> values) where T : struct, System.Enum
    {
        if (values.Count > 0)
        {
            w.WriteStartArray(name);
            foreach (T value in values)
            {
                w.WriteStringValue(WireEnumConverter<T>.Encoded(value));
            }

            w.WriteEndArray();
        }
    }

    private static void List<T>(Utf8JsonWriter w, ReadOnlySpan<byte> name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count > 0)
        {
            RequiredList(w, name, items, write);
        }
    }

    private static void RequiredList<T>(Utf8JsonWriter w, ReadOnlySpan<byte> name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        for (int i = 0; i < items.Count; i++)
        {
            write(w, items[i]);
        }

        w.WriteEndArray();
    }

    // The canonical text of a wire value; a default value (never produced by reading) has none.
    private static string Wire<T>(T value) where T : struct, IWireValue<T>
        => value.HasWireForm ? value.ToString() : throw new InvalidOperationException($"A default {typeof(T).Name} has no value and cannot be written; set it before writing.");
}
