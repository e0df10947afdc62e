using PoliticalEvents.Actors;
using PoliticalEvents.Dates;
using PoliticalEvents.Detentions;
using PoliticalEvents.Ids;
using PoliticalEvents.Links;
using PoliticalEvents.Records;
using PoliticalEvents.Releases;
using PoliticalEvents.Sanctions;

namespace PoliticalEvents.Validation;

/// <summary>
/// The rules across records — unique ids, references that resolve to a record of the right type, releases against
/// the detentions they end — checked in one pass: records are added as they are read, references are remembered
/// and resolved at the end. Memory grows with the number of ids and references, not with the records' size, so
/// JSON Lines of any length (including standard input) can be checked without holding the records.
/// </summary>
internal sealed class DatasetRules
{
    private readonly Dictionary<string, Entry> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DetentionFacts> _detentions = new(StringComparer.Ordinal);
    private readonly List<PendingReference> _references = [];
    private readonly List<PendingRelease> _releases = [];

    private enum Kind
    {
        Person,
        Organization,
        Detention,
        Release,
        SanctionMeasure,
        Link,
    }

    private enum Expect
    {
        Any,
        Actor,
        Person,
        Organization,
        Detention,
    }

    /// <summary>Adds a record that has passed reading; <paramref name="findings"/> is positioned on it.</summary>
    public void Add(Record record, Findings findings)
    {
        string id = record.Id.Value;
        Kind kind = record switch
        {
            Person => Kind.Person,
            Organization => Kind.Organization,
            Detention => Kind.Detention,
            Release => Kind.Release,
            SanctionMeasure => Kind.SanctionMeasure,
            _ => Kind.Link,
        };

        if (_ids.TryGetValue(id, out Entry first))
        {
            findings.Error("/id", ValidationCodes.DatasetDuplicateId, $"The id is already used by the record at {first.Where}.");
        }
        else
        {
            _ids.Add(id, new Entry(kind, findings.Line, findings.Base));
        }

        if (record.Sources.Count == 0)
        {
            findings.Warning(string.Empty, ValidationCodes.RecordNoSources, "The record has no sources.");
        }

        switch (record)
        {
            case Actor actor:
                for (int i = 0; i < actor.Affiliations.Count; i++)
                {
                    Reference(actor.Affiliations[i].OrganizationId.Value, Expect.Organization, new At("/affiliations/", i, "/organizationId"), findings);
                }

                if (actor is Organization { ParentId: { } parent })
                {
                    Reference(parent.Value, Expect.Organization, "/parentId", findings);
                }

                break;

            case Detention detention:
                _detentions.TryAdd(id, new DetentionFacts(detention.SubjectId.Value, detention.StartedOn, detention.EndedOn, detention.Status));
                Reference(detention.SubjectId.Value, Expect.Person, "/subjectId", findings);
                Reference(detention.AuthorityId?.Value, Expect.Organization, "/authorityId", findings);
                for (int i = 0; i < detention.Sentences.Count; i++)
                {
                    Reference(detention.Sentences[i].CourtId?.Value, Expect.Organization, new At("/sentences/", i, "/courtId"), findings);
                }

                for (int i = 0; i < detention.Designations.Count; i++)
                {
                    Reference(detention.Designations[i].ById?.Value, Expect.Actor, new At("/designations/", i, "/byId"), findings);
                }

                break;

            case Release release:
                Reference(release.AuthorityId?.Value, Expect.Organization, "/authorityId", findings);
                for (int i = 0; i < release.Detainees.Count; i++)
                {
                    ReleasedDetainee detainee = release.Detainees[i];
                    Reference(detainee.SubjectId.Value, Expect.Person, new At("/detainees/", i, "/subjectId"), findings);
                    if (detainee.DetentionId is DetentionId detentionId)
                    {
                        At path = new("/detainees/", i, "/detentionId");
                        Reference(detentionId.Value, Expect.Detention, path, findings);
                        if (_detentions.TryGetValue(detentionId.Value, out DetentionFacts facts))
                        {
                            // The detention came first (the usual order): check now rather than remember.
                            CheckRelease(facts, detentionId.Value, detainee.SubjectId.Value, release.ReleasedOn, path, findings);
                        }
                        else
                        {
                            _releases.Add(new PendingRelease(detentionId.Value, detainee.SubjectId.Value, release.ReleasedOn, Locate(findings, path)));
                        }
                    }
                }

                break;

            case SanctionMeasure measure:
                Reference(measure.ImposedById.Value, Expect.Organization, "/imposedById", findings);
                for (int i = 0; i < measure.Targets.Count; i++)
                {
                    Reference(measure.Targets[i].ActorId?.Value, Expect.Actor, new At("/targets/", i, "/actorId"), findings);
                }

                break;

            case Link link:
                Reference(link.FromId.Value, Expect.Any, "/fromId", findings);
                Reference(link.ToId.Value, Expect.Any, "/toId", findings);
                Reference(link.AssertedById?.Value, Expect.Actor, "/assertedById", findings);
                break;
        }
    }

    /// <summary>Resolves the remembered references and release checks, adding findings to <paramref name="sink"/>.</summary>
    public void Finish(List<ValidationError> sink)
    {
        var findings = new Findings(sink);
        foreach (PendingReference reference in _references)
        {
            Position(findings, reference.Where);
            if (!_ids.TryGetValue(reference.TargetId, out Entry target))
            {
                findings.Error(reference.Where.Path, ValidationCodes.ReferenceUnresolved, $"No record of the dataset has the id '{reference.TargetId}'.");
            }
            else if (!Fits(target.Kind, reference.Expected))
            {
                findings.Error(reference.Where.Path, ValidationCodes.ReferenceWrongType, $"'{reference.TargetId}' is a {Describe(target.Kind)}, but this reference needs {Describe(reference.Expected)}.");
            }
        }

        foreach (PendingRelease release in _releases)
        {
            if (!_detentions.TryGetValue(release.DetentionId, out DetentionFacts detention))
            {
                continue; // reported above as unresolved or of the wrong type
            }

            Position(findings, release.Where);
            CheckRelease(detention, release.DetentionId, release.SubjectId, release.ReleasedOn, release.Where.Path, findings);
        }
    }

    // The rules of one released detainee against the detention the release names; findings is positioned on the release.
    private static void CheckRelease(DetentionFacts detention, string detentionId, string subjectId, PartialDate releasedOn, At path, Findings findings)
    {
        if (!string.Equals(detention.SubjectId, subjectId, StringComparison.Ordinal))
        {
            findings.Error(path, ValidationCodes.ReleaseDetentionOfOtherPerson, $"'{detentionId}' is a detention of another person than this detainee.");
            return;
        }

        if (detention.Status == DetentionStatus.Ongoing)
        {
            findings.Error(path, ValidationCodes.ReleaseDetentionOngoing, $"The detention '{detentionId}' is still \"ongoing\", but this release ends it.");
        }

        findings.Order(detention.StartedOn, releasedOn, path, ValidationCodes.ReleaseBeforeDetention, "The release is dated before the detention it ends began.");
        if (detention.EndedOn is PartialDate ended && !ended.Overlaps(releasedOn))
        {
            findings.Warning(path, ValidationCodes.ReleaseEndDateMismatch, $"The detention '{detentionId}' ends on another date than this release.");
        }
    }

    private void Reference(string? targetId, Expect expected, At path, Findings findings)
    {
        if (targetId is null)
        {
            return;
        }

        // A reference to a record already read is resolved now: only forward references are remembered, so memory
        // grows with the ids, not with the references (the first record with an id is the one that counts, as at the end).
        if (_ids.TryGetValue(targetId, out Entry target))
        {
            if (!Fits(target.Kind, expected))
            {
                findings.Error(path, ValidationCodes.ReferenceWrongType, $"'{targetId}' is a {Describe(target.Kind)}, but this reference needs {Describe(expected)}.");
            }

            return;
        }

        _references.Add(new PendingReference(targetId, expected, Locate(findings, path)));
    }

    private static Location Locate(Findings findings, At path) => new(findings.Base + path.ToString(), findings.Line, findings.RecordId);

    private static void Position(Findings findings, Location where)
    {
        findings.Base = string.Empty;
        findings.Line = where.Line;
        findings.RecordId = where.RecordId;
    }

    private static bool Fits(Kind kind, Expect expected) => expected switch
    {
        Expect.Any => true,
        Expect.Actor => kind is Kind.Person or Kind.Organization,
        Expect.Person => kind == Kind.Person,
        Expect.Organization => kind == Kind.Organization,
        _ => kind == Kind.Detention,
    };

    private static string Describe(Kind kind) => kind switch
    {
        Kind.Person => "person",
        Kind.Organization => "organization",
        Kind.Detention => "detention",
        Kind.Release => "release",
        Kind.SanctionMeasure => "sanction measure",
        _ => "link",
    };

    private static string Describe(Expect expected) => expected switch
    {
        Expect.Actor => "a person or an organization",
        Expect.Person => "a person",
        Expect.Organization => "an organization",
        Expect.Detention => "a detention",
        _ => "a record",
    };

    // Where a record is: its line, or (without lines) its pointer, a string the caller shares ("" for JSON Lines).
    private readonly record struct Entry(Kind Kind, int? Line, string Base)
    {
        public string Where => Line is int line ? $"line {line}" : (Base.Length == 0 ? "/" : Base);
    }

    private readonly record struct DetentionFacts(string SubjectId, PartialDate StartedOn, PartialDate? EndedOn, DetentionStatus Status);

    private readonly record struct Location(string Path, int? Line, string? RecordId);

    private readonly record struct PendingReference(string TargetId, Expect Expected, Location Where);

    private readonly record struct PendingRelease(string DetentionId, string SubjectId, PartialDate ReleasedOn, Location Where);
}
