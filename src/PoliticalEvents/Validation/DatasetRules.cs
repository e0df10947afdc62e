using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PoliticalEvents.Validation;

/// <summary>
/// The rules across records — unique ids, references that resolve to a record of the right type, releases against
/// the detentions they end, organizations that are their own ancestors — checked as a sort-merge join, so that any
/// number of records fits in bounded memory.
/// </summary>
/// <remarks>
/// Each record added leaves a few small facts: the id it declares, the ids it references, the release checks it
/// needs. Nothing is resolved while records are added (the record a reference names may come later). The facts are
/// kept in memory up to <see cref="ValidationOptions.IndexMemoryLimit"/>; past that they are sorted and written to a
/// temporary file (a run), and the buffer starts again. At the end the runs are merged in order of id, which brings
/// every id's declarations, references and release checks together: the first declaration owns the id, later ones are
/// duplicates, and each reference and release check is resolved against the owner. (When everything fit in memory,
/// a hash join over the buffer does the same without sorting.) The findings are then put back in the order of the
/// records they belong to. Memory is bounded by the limit (plus the findings); disk use is about the
/// size of the facts.
/// <para>One part stays in memory whatever the limit: each organization's parent, for the cycle rule (a chain of
/// parents is followed across the whole dataset, which a merge in order of id cannot do). It is counted in the
/// estimate, and leaves the facts at least half of the limit; see <see cref="ParentOverhead"/>.</para>
/// </remarks>
internal sealed class DatasetRules : IDisposable
{
    // Bytes a fact costs in memory beyond its strings: the struct in the list (with growth slack) and the strings' headers.
    private const int FactOverhead = 160;

    // Bytes an entry of the index of owners costs (the dictionary's entry and bucket, with growth slack).
    private const int OwnerOverhead = 48;

    // More runs than this are merged into one before another is written, so the open files stay few.
    private const int MaxRuns = 32;

    // Bytes an organization's parent costs in memory beyond the characters of its id, its parent's id and its
    // record's pointer: the dictionary's entry and bucket with growth slack, and three string headers (measured: see
    // docs/validation.md, "Large datasets").
    private const int ParentOverhead = 160;

    private readonly long _memoryLimit;
    private readonly string? _temporaryDirectory;
    private readonly FactBuffer _facts = new();
    private readonly List<Run> _runs = [];
    private long _estimatedBytes;
    private long _parentBytes;
    private int _ordinal = -1;
    private int _seq;
    private string _base = string.Empty;
    private int? _line;
    private string _recordId = string.Empty;

    // Until the facts are first written to disk: each id's first declaration, by fact index, so that a reference to
    // a record already read is resolved at once instead of being kept as a fact to the end (null after a spill, when
    // the first declaration of an id may be on disk). It is the hash join's index when nothing spills.
    private Dictionary<string, int>? _owners = new(StringComparer.Ordinal);

    // Each organization's parent, by the organization's id: the first organization with that id that names a parent
    // (whether it owns the id is learnt in the join). Never spilled.
    private readonly Dictionary<string, ParentEdge> _parents = new(StringComparer.Ordinal);

    // The dataset findings with their places, those of references resolved at once first; and where Resolve writes
    // the findings of one fact before they get their place.
    private readonly List<(int Ordinal, int Seq, Finding Error)> _results = [];
    private readonly List<Finding> _sink = [];
    private readonly Findings _findings;

    public DatasetRules(ValidationOptions options, long defaultMemoryLimit)
    {
        _memoryLimit = options.IndexMemoryLimit ?? defaultMemoryLimit;
        _temporaryDirectory = options.TemporaryDirectory;
        _findings = new Findings(_sink);
    }

    /// <summary>The record kinds, as the tag of a declaration.</summary>
    internal enum Kind : byte
    {
        Person,
        Organization,
        Detention,
        Release,
        SanctionMeasure,
        Link,
        Facility,
        Incident,
        MassDetention,
        Proceeding,
        Source,
    }

    /// <summary>What a reference needs its target to be, as the tag of a reference.</summary>
    internal enum Expect : byte
    {
        Any,
        Actor,
        Person,
        Organization,
        Detention,
        Facility,
        Proceeding,
        Source,
    }

    /// <summary>The kinds of fact, in the order they meet in a group of one id.</summary>
    internal enum FactKind : byte
    {
        Declaration,
        Reference,
        ReleaseCheck,
        DeathCheck,
        IncidentCheck,
        MassDetentionCheck,

        /// <summary>A defendant entry's detention against the defendant (payload: <see cref="SubjectFacts"/>).</summary>
        SubjectCheck,

        /// <summary>A detention's sentence against the proceeding it names (payload: <see cref="SubjectFacts"/>, the detention's subject).</summary>
        SentenceCheck,

        /// <summary>A link's step end against the sanction measure it names (payload: <see cref="StepFacts"/>). Format 1.1.</summary>
        StepCheck,
    }

    /// <summary>
    /// Whether the rules against a subject's death apply (set before <see cref="Finish"/>): they came with format 1.1,
    /// and a dataset that declares 1.0 stays valid as it was.
    /// </summary>
    public bool DeathRules { get; set; }

    /// <summary>How many sorted runs of the buffer have been written to temporary files so far; for tests and diagnostics.</summary>
    public int RunsWritten { get; private set; }

    /// <summary>How many times the runs were merged into one to keep the open files few; for tests and diagnostics.</summary>
    public int RunMerges { get; private set; }

    /// <summary>Adds a record that has passed reading: the <paramref name="ordinal"/>-th of the run, at <paramref name="findings"/>' position.</summary>
    public void Add(Record record, int ordinal, Findings findings)
    {
        _ordinal = ordinal;
        _seq = 0;
        _base = findings.Base;
        _line = findings.Line;
        _recordId = record.Id.Value;
        _estimatedBytes += 2L * (_base.Length + _recordId.Length) + 64;

        Kind kind = record switch
        {
            Person => Kind.Person,
            Organization => Kind.Organization,
            Detention => Kind.Detention,
            Release => Kind.Release,
            SanctionMeasure => Kind.SanctionMeasure,
            Facility => Kind.Facility,
            Incident => Kind.Incident,
            MassDetention => Kind.MassDetention,
            Proceeding => Kind.Proceeding,
            SourceRecord => Kind.Source,
            _ => Kind.Link,
        };
        object? payload = record switch
        {
            Detention d => new DetentionFacts(d.SubjectId.Value, d.StartedOn, d.EndedOn, d.Status),
            Person { DeathDate: { } died } => new PersonFacts(died),
            Proceeding p => new ProceedingFacts(
                [.. p.Defendants.Select(static d => d.SubjectId.Value)],
                [.. p.Defendants.Where(static d => d.Sentences.Count > 0).Select(static d => d.SubjectId.Value)]),
            SanctionMeasure m when m.History.Any(static s => s.StepId is not null) => new MeasureFacts([.. m.History.Where(static s => s.StepId is not null).Select(static s => s.StepId!)]),
            _ => null,
        };
        Emit(_recordId, FactKind.Declaration, (byte)kind, string.Empty, payload);

        // A citation by id is a source like one given inline; a source record has no sources of its own.
        if (record.Sources.Count == 0 && record is not SourceRecord)
        {
            findings.Warning(string.Empty, ValidationCodes.RecordNoSources, "The record has no sources.");
        }

        Citations(record.Sources, "/sources/");

        switch (record)
        {
            case Actor actor:
                for (int i = 0; i < actor.Affiliations.Count; i++)
                {
                    if (actor.Affiliations[i].OrganizationId is { } organization)
                    {
                        Reference(organization.Value, Expect.Organization, new At("/affiliations/", i, "/organizationId"));
                    }
                }

                if (actor is Organization { ParentId: { } parent })
                {
                    Reference(parent.Value, Expect.Organization, "/parentId");
                    if (_parents.TryAdd(_recordId, new ParentEdge { ParentId = parent.Value, Ordinal = _ordinal, Seq = _seq++, Line = _line, Base = _base }))
                    {
                        _parentBytes += ParentOverhead + (2L * (_recordId.Length + parent.Value.Length + _base.Length));
                    }
                }

                break;

            case Detention detention:
                Reference(detention.SubjectId.Value, Expect.Person, "/subjectId");
                Emit(detention.SubjectId.Value, FactKind.DeathCheck, 0, string.Empty, new DeathCheckFacts(detention.EndedOn, detention.Status, detention.EndReason, null));
                Reference(detention.AuthorityId?.Value, Expect.Organization, "/authorityId");
                for (int i = 0; i < detention.Sentences.Count; i++)
                {
                    Reference(detention.Sentences[i].CourtId?.Value, Expect.Organization, new At("/sentences/", i, "/courtId"));
                    if (detention.Sentences[i].ProceedingId is { } proceedingId)
                    {
                        At path = new("/sentences/", i, "/proceedingId");
                        Reference(proceedingId.Value, Expect.Proceeding, path);
                        Emit(proceedingId.Value, FactKind.SentenceCheck, 0, path, new SubjectFacts(detention.SubjectId.Value));
                    }
                }

                for (int i = 0; i < detention.Designations.Count; i++)
                {
                    Reference(detention.Designations[i].ById?.Value, Expect.Actor, new At("/designations/", i, "/byId"));
                }

                for (int i = 0; i < detention.Placements.Count; i++)
                {
                    Reference(detention.Placements[i].FacilityId?.Value, Expect.Facility, new At("/placements/", i, "/facilityId"));
                }

                break;

            case Facility facility:
                Reference(facility.OperatorId?.Value, Expect.Organization, "/operatorId");
                break;

            case Incident incident:
                AddIncident(incident);
                break;

            case MassDetention massDetention:
                Reference(massDetention.AuthorityId?.Value, Expect.Organization, "/authorityId");
                for (int i = 0; i < massDetention.Counts.Count; i++)
                {
                    Reference(massDetention.Counts[i].ById?.Value, Expect.Actor, new At("/counts/", i, "/byId"));
                }

                for (int i = 0; i < massDetention.DetentionIds.Count; i++)
                {
                    At path = new("/detentionIds/", i);
                    Reference(massDetention.DetentionIds[i].Value, Expect.Detention, path);
                    Emit(massDetention.DetentionIds[i].Value, FactKind.MassDetentionCheck, 0, path, new MassDetentionFacts(massDetention.OccurredOn));
                }

                break;

            case Release release:
                Reference(release.AuthorityId?.Value, Expect.Organization, "/authorityId");
                for (int i = 0; i < release.Detainees.Count; i++)
                {
                    ReleasedDetainee detainee = release.Detainees[i];
                    Reference(detainee.SubjectId.Value, Expect.Person, new At("/detainees/", i, "/subjectId"));
                    Emit(detainee.SubjectId.Value, FactKind.DeathCheck, 0, new At("/detainees/", i), new DeathCheckFacts(null, null, null, release.ReleasedOn));
                    if (detainee.DetentionId is { } detentionId)
                    {
                        At path = new("/detainees/", i, "/detentionId");
                        Reference(detentionId.Value, Expect.Detention, path);
                        Emit(detentionId.Value, FactKind.ReleaseCheck, 0, path, new ReleaseFacts(detainee.SubjectId.Value, release.ReleasedOn));
                    }
                }

                break;

            case SanctionMeasure measure:
                Reference(measure.ImposedById.Value, Expect.Organization, "/imposedById");
                for (int i = 0; i < measure.History.Count; i++)
                {
                    Citations(measure.History[i].Sources, $"/history/{i}/sources/");
                }

                for (int i = 0; i < measure.Targets.Count; i++)
                {
                    Reference(measure.Targets[i].ActorId?.Value, Expect.Actor, new At("/targets/", i, "/actorId"));
                }

                break;

            case Proceeding proceeding:
                AddProceeding(proceeding);
                break;

            case Link link:
                Reference(link.FromId.Value, Expect.Any, "/fromId");
                Reference(link.ToId.Value, Expect.Any, "/toId");
                Reference(link.AssertedById?.Value, Expect.Actor, "/assertedById");
                for (int i = 0; i < link.DeniedBy.Count; i++)
                {
                    Reference(link.DeniedBy[i].ById?.Value, Expect.Actor, new At("/deniedBy/", i, "/byId"));
                }

                if (link.FromStepId is { } fromStep)
                {
                    Emit(link.FromId.Value, FactKind.StepCheck, 0, "/fromStepId", new StepFacts(fromStep));
                }

                if (link.ToStepId is { } toStep)
                {
                    Emit(link.ToId.Value, FactKind.StepCheck, 0, "/toStepId", new StepFacts(toStep));
                }

                break;
        }

        // The parents are counted but cannot be spilled: the facts get what remains of the limit, and at least half.
        if (_estimatedBytes > Math.Max(_memoryLimit - _parentBytes, _memoryLimit / 2))
        {
            Spill();
        }
    }

    // The references of a proceeding, and the checks of its defendants' detentions.
    private void AddProceeding(Proceeding proceeding)
    {
        Reference(proceeding.CourtId?.Value, Expect.Organization, "/courtId");
        for (int i = 0; i < proceeding.JudgeIds.Count; i++)
        {
            Reference(proceeding.JudgeIds[i].Value, Expect.Person, new At("/judgeIds/", i));
        }

        for (int i = 0; i < proceeding.ProsecutorIds.Count; i++)
        {
            Reference(proceeding.ProsecutorIds[i].Value, Expect.Person, new At("/prosecutorIds/", i));
        }

        for (int i = 0; i < proceeding.Defendants.Count; i++)
        {
            Defendant defendant = proceeding.Defendants[i];
            Reference(defendant.SubjectId.Value, Expect.Actor, new At("/defendants/", i, "/subjectId"));
            if (defendant.DetentionId is { } detentionId)
            {
                At path = new("/defendants/", i, "/detentionId");
                Reference(detentionId.Value, Expect.Detention, path);
                Emit(detentionId.Value, FactKind.SubjectCheck, 0, path, new SubjectFacts(defendant.SubjectId.Value));
            }

            for (int j = 0; j < defendant.Sentences.Count; j++)
            {
                Reference(defendant.Sentences[j].CourtId?.Value, Expect.Organization, new At($"/defendants/{i}/sentences/", j, "/courtId"));
            }
        }

        for (int i = 0; i < proceeding.Hearings.Count; i++)
        {
            Reference(proceeding.Hearings[i].CourtId?.Value, Expect.Organization, new At("/hearings/", i, "/courtId"));
        }
    }

    /// <summary>
    /// Joins the facts and returns the findings of the dataset rules, each with the ordinal of its record and its
    /// order within the record's dataset findings.
    /// </summary>
    /// <remarks>
    /// When nothing was spilled, the join is a hash join over the buffer in the order the facts were added (no sort);
    /// otherwise a merge of the sorted runs. Both give the same findings: the first declaration of an id owns it.
    /// </remarks>
    public List<(int Ordinal, int Seq, Finding Error)> Finish()
    {
        if (_runs.Count == 0)
        {
            // Nothing spilled, so the index of owners was built as the records came.
            Dictionary<string, int> owners = _owners!;
            Fact none = default;
            for (int i = 0; i < _facts.Count; i++)
            {
                ref Fact fact = ref _facts[i];
                bool owned = owners.TryGetValue(fact.Key, out int owner);
                if (fact.Kind == FactKind.Declaration && owner == i)
                {
                    OwnsId(fact);
                }

                if (fact.Kind == FactKind.Declaration ? owner == i
                    : fact.Kind == FactKind.Reference && owned && Fits((Kind)_facts[owner].Tag, (Expect)fact.Tag))
                {
                    continue; // the usual case, no finding: an id's first declaration, or a reference that resolves
                }

                Resolve(fact, owned, ref owned ? ref _facts[owner] : ref none);
            }
        }
        else
        {
            string? key = null;
            Fact owner = default;
            bool owned = false;
            foreach (Fact fact in Merged())
            {
                if (!string.Equals(fact.Key, key, StringComparison.Ordinal))
                {
                    key = fact.Key;
                    owned = false;
                }

                if (fact.Kind == FactKind.Declaration && !owned)
                {
                    owner = fact;
                    owned = true;
                    OwnsId(fact);
                }
                else
                {
                    Resolve(fact, owned, in owner);
                }
            }
        }

        FindParentCycles();
        Dispose();
        return _results;
    }

    // A declaration that owns its id: if it is an organization with a parent, its parent counts for the cycle rule.
    private void OwnsId(in Fact declaration)
    {
        if ((Kind)declaration.Tag == Kind.Organization)
        {
            ref ParentEdge edge = ref CollectionsMarshal.GetValueRefOrNullRef(_parents, declaration.Key);
            if (!Unsafe.IsNullRef(ref edge) && edge.Ordinal == declaration.Ordinal)
            {
                edge.Owns = true;
            }
        }
    }

    // Follows the chain of parents from every organization that owns its id (each organization is walked once), and
    // reports each cycle once, on its organization with the smallest id (ordinal order), so that neither the order of
    // the records nor the order of this walk changes what is found. A parent that is unresolved or not an
    // organization ends a chain (and has its own finding).
    private void FindParentCycles()
    {
        var path = new List<string>();
        foreach (string start in _parents.Keys)
        {
            string id = start;
            path.Clear();
            while (Owned(id) is { State: WalkState.NotSeen } edge)
            {
                CollectionsMarshal.GetValueRefOrNullRef(_parents, id).State = WalkState.OnPath;
                path.Add(id);
                id = edge.ParentId;
            }

            if (Owned(id) is { State: WalkState.OnPath })
            {
                int from = path.IndexOf(id);
                string first = path[from];
                for (int i = from + 1; i < path.Count; i++)
                {
                    first = string.CompareOrdinal(path[i], first) < 0 ? path[i] : first;
                }

                ParentEdge at = _parents[first];
                int length = path.Count - from;
                _findings.Base = at.Base;
                _findings.Line = at.Line;
                _findings.RecordId = first;
                _findings.Error("/parentId", ValidationCodes.OrganizationParentCycle, length == 1
                    ? "The organization is its own parent."
                    : $"The chain of parents leads back to this organization: a cycle of {length} organizations.");
                _results.Add((at.Ordinal, at.Seq, _sink[0]));
                _sink.Clear();
            }

            foreach (string done in path)
            {
                CollectionsMarshal.GetValueRefOrNullRef(_parents, done).State = WalkState.Done;
            }
        }
    }

    private ParentEdge? Owned(string id) => _parents.TryGetValue(id, out ParentEdge edge) && edge.Owns ? edge : null;

    // The findings of one fact against the declaration that owns its id (if any), added to _results with its place.
    private void Resolve(in Fact fact, bool owned, ref readonly Fact owner)
    {
        _findings.Base = fact.Base;
        _findings.Line = fact.Line;
        _findings.RecordId = fact.RecordId ?? fact.Key;
        switch (fact.Kind)
        {
            case FactKind.Declaration:
                _findings.Error("/id", ValidationCodes.DatasetDuplicateId, $"The id is already used by the record at {Where(owner)}.");
                break;

            case FactKind.Reference when !owned:
                _findings.Error(fact.Path, ValidationCodes.ReferenceUnresolved, $"No record of the dataset has the id '{fact.Key}'.");
                break;

            case FactKind.Reference when !Fits((Kind)owner.Tag, (Expect)fact.Tag):
                _findings.Error(fact.Path, ValidationCodes.ReferenceWrongType, $"'{fact.Key}' is a {Describe((Kind)owner.Tag)}, but this reference needs {Describe((Expect)fact.Tag)}.");
                break;

            case FactKind.ReleaseCheck when owned && owner.Payload is DetentionFacts detention:
                CheckRelease(detention, fact.Key, (ReleaseFacts)fact.Payload!, fact.Path, _findings);
                break;

            case FactKind.DeathCheck when owned && DeathRules && fact.Payload is IncidentDeathFacts died:
                CheckIncidentDeath(owner.Payload as PersonFacts, (Kind)owner.Tag, died, fact.Path, _findings);
                break;

            case FactKind.MassDetentionCheck when owned && owner.Payload is DetentionFacts detention:
                CheckMassDetention(detention, fact.Key, (MassDetentionFacts)fact.Payload!, fact.Path, _findings);
                break;

            case FactKind.SubjectCheck when owned && owner.Payload is DetentionFacts detention
                && !string.Equals(detention.SubjectId, ((SubjectFacts)fact.Payload!).SubjectId, StringComparison.Ordinal):
                _findings.Error(fact.Path, ValidationCodes.ProceedingDetentionOfOtherSubject, $"'{fact.Key}' is a detention of someone else than this defendant.");
                break;

            case FactKind.SentenceCheck when owned && owner.Payload is ProceedingFacts proceeding:
                CheckSentenceProceeding(proceeding, fact.Key, ((SubjectFacts)fact.Payload!).SubjectId, fact.Path, _findings);
                break;

            case FactKind.DeathCheck when owned && DeathRules:
                CheckDeath(owner.Payload as PersonFacts, (Kind)owner.Tag, (DeathCheckFacts)fact.Payload!, fact.Path, _findings);
                break;

            case FactKind.StepCheck when owned && (Kind)owner.Tag != Kind.SanctionMeasure:
                _findings.Error(fact.Path, ValidationCodes.LinkStepNotSanction, $"'{fact.Key}' is a {Describe((Kind)owner.Tag)}: only a sanction measure's history has steps.");
                break;

            case FactKind.StepCheck when owned && !(owner.Payload is MeasureFacts measure && measure.StepIds.Contains(((StepFacts)fact.Payload!).StepId, StringComparer.Ordinal)):
                _findings.Error(fact.Path, ValidationCodes.LinkStepUnresolved, $"The sanction measure '{fact.Key}' has no history entry with this step id.");
                break;

            case FactKind.IncidentCheck when owned && owner.Payload is DetentionFacts detention:
                CheckIncident(detention, fact.Key, (IncidentFacts)fact.Payload!, _findings);
                break;
        }

        foreach (Finding error in _sink)
        {
            _results.Add((fact.Ordinal, fact.Seq, error));
        }

        _sink.Clear();
    }

    /// <summary>Drops the facts and deletes the temporary files.</summary>
    public void Dispose()
    {
        _facts.Release();
        _parents.Clear();
        _owners?.Clear();
        foreach (Run run in _runs)
        {
            run.Dispose();
        }

        _runs.Clear();
    }

    // The rules of one released detainee against the detention the release names; findings is positioned on the release.
    private static void CheckRelease(DetentionFacts detention, string detentionId, ReleaseFacts release, At path, Findings findings)
    {
        if (!string.Equals(detention.SubjectId, release.SubjectId, StringComparison.Ordinal))
        {
            findings.Error(path, ValidationCodes.ReleaseDetentionOfOtherPerson, $"'{detentionId}' is a detention of another person than this detainee.");
            return;
        }

        if (detention.Status == DetentionStatus.Ongoing)
        {
            findings.Error(path, ValidationCodes.ReleaseDetentionOngoing, $"The detention '{detentionId}' is still \"ongoing\", but this release ends it.");
        }

        findings.Order(detention.StartedOn, release.ReleasedOn, path, ValidationCodes.ReleaseBeforeDetention, "The release is dated before the detention it ends began.");
        if (detention.EndedOn is PartialDate ended && !ended.Overlaps(release.ReleasedOn))
        {
            findings.Warning(path, ValidationCodes.ReleaseEndDateMismatch, $"The detention '{detentionId}' ends on another date than this release.");
        }
    }

    // A detention a mass detention lists began at the event: a warning when its start and the event's date have no day
    // in common (one may be known only to the month, the event may span days). findings is positioned on the mass detention.
    private static void CheckMassDetention(DetentionFacts detention, string detentionId, MassDetentionFacts massDetention, At path, Findings findings)
    {
        if (!detention.StartedOn.Overlaps(massDetention.OccurredOn))
        {
            findings.Warning(path, ValidationCodes.MassDetentionDetentionOutside, $"The detention '{detentionId}' did not start on the day of this mass detention.");
        }
    }

    // A detention's sentence against the proceeding it names: the detention's subject is one of its defendants, whose
    // entry there does not hold sentences too (the sentence is recorded once). Findings is positioned on the detention.
    private static void CheckSentenceProceeding(ProceedingFacts proceeding, string proceedingId, string subjectId, At path, Findings findings)
    {
        if (!proceeding.Defendants.Contains(subjectId, StringComparer.Ordinal))
        {
            findings.Warning(path, ValidationCodes.SentenceProceedingWithoutDefendant, $"The proceeding '{proceedingId}' has no defendant entry for this detention's subject.");
        }
        else if (proceeding.Sentenced.Contains(subjectId, StringComparer.Ordinal))
        {
            findings.Warning(path, ValidationCodes.ProceedingSentenceTwice, $"The proceeding '{proceedingId}' records sentences of this detention's subject too: a sentence is recorded once, in the detention or in the proceeding.");
        }
    }

    // The rules of a detention or a released detainee against the subject's death; findings is positioned on the
    // detention or the release. A subject that is not a person has its reference finding instead.
    private static void CheckDeath(PersonFacts? person, Kind subject, DeathCheckFacts check, At path, Findings findings)
    {
        if (subject != Kind.Person)
        {
            return;
        }

        if (person is null)
        {
            if (check.EndReason == DetentionEndReason.Death)
            {
                findings.Warning("/endReason", ValidationCodes.DetentionDeathDateMismatch, "The detention ended with the subject's death, but the person has no \"deathDate\".");
            }

            return;
        }

        PartialDate died = person.DeathDate;
        if (check.ReleasedOn is { } released)
        {
            // Only when certain: a date known to the year or month that may be the day of death is no finding.
            if (died.IsDefinitelyBefore(released))
            {
                findings.Error(path, ValidationCodes.ReleaseAfterDeath, "The detainee died before this release.");
            }

            return;
        }

        if (check.Status == DetentionStatus.Ongoing)
        {
            findings.Error("/status", ValidationCodes.DetentionOngoingAfterDeath, "The detention is \"ongoing\", but its subject has died.");
        }

        if (check.EndedOn is { } end && died.IsDefinitelyBefore(end))
        {
            findings.Error("/endedOn", ValidationCodes.DetentionEndsAfterDeath, "The detention ends after its subject's death.");
        }

        if (check.EndReason == DetentionEndReason.Death && check.EndedOn is { } ended && !ended.Overlaps(died))
        {
            findings.Warning("/endReason", ValidationCodes.DetentionDeathDateMismatch, "The detention ended with the subject's death, but on another date than the person's \"deathDate\".");
        }
    }

    // The references and checks of an incident: its detention must be one of a subject's (and is checked against the
    // detention's facts when the join meets them), and a death in custody is checked against each subject's death.
    private void AddIncident(Incident incident)
    {
        string[] subjects = new string[incident.SubjectIds.Count];
        for (int i = 0; i < subjects.Length; i++)
        {
            subjects[i] = incident.SubjectIds[i].Value;
            Reference(subjects[i], Expect.Person, new At("/subjectIds/", i));
            if (incident.Kind == IncidentKind.DeathInCustody)
            {
                Emit(subjects[i], FactKind.DeathCheck, 0, new At("/subjectIds/", i), new IncidentDeathFacts(incident.OccurredOn));
            }
        }

        if (incident.DetentionId is { } detentionId)
        {
            Reference(detentionId.Value, Expect.Detention, "/detentionId");
            // At the record (an empty path): the check's findings name their own pointers, which a spilled fact keeps.
            Emit(detentionId.Value, FactKind.IncidentCheck, 0, string.Empty, new IncidentFacts(subjects, incident.OccurredOn));
            _estimatedBytes += subjects.Sum(static s => 2L * s.Length + 32);
        }

        Reference(incident.FacilityId?.Value, Expect.Facility, "/facilityId");
        for (int i = 0; i < incident.PerpetratorIds.Count; i++)
        {
            Reference(incident.PerpetratorIds[i].Value, Expect.Actor, new At("/perpetratorIds/", i));
        }

        for (int i = 0; i < incident.Accounts.Count; i++)
        {
            Reference(incident.Accounts[i].ById?.Value, Expect.Actor, new At("/accounts/", i, "/byId"));
        }
    }

    // An incident against the detention it names; findings is positioned on the incident.
    private static void CheckIncident(DetentionFacts detention, string detentionId, IncidentFacts incident, Findings findings)
    {
        if (Array.IndexOf(incident.SubjectIds, detention.SubjectId) < 0)
        {
            findings.Error("/detentionId", ValidationCodes.IncidentDetentionOfOtherPerson, $"'{detentionId}' is a detention of a person who is not among the incident's subjects.");
            return;
        }

        // A warning, even when certain: an incident "around" custody may come just before the detention its record dates
        // from a later arrest (a disappearance before the official arrest).
        if (incident.OccurredOn.IsDefinitelyBefore(detention.StartedOn))
        {
            findings.Warning("/occurredOn", ValidationCodes.IncidentBeforeDetention, $"The incident is dated before the detention '{detentionId}' began.");
        }
    }

    // A death in custody against one subject's death; findings is positioned on the incident. A subject that is not a
    // person has its reference finding instead.
    private static void CheckIncidentDeath(PersonFacts? person, Kind subject, IncidentDeathFacts incident, At path, Findings findings)
    {
        if (subject != Kind.Person)
        {
            return;
        }

        if (person is null)
        {
            findings.Warning(path, ValidationCodes.IncidentDeathDateMismatch, "The incident is a death in custody, but this subject has no \"deathDate\".");
        }
        else if (!person.DeathDate.Overlaps(incident.OccurredOn))
        {
            findings.Warning(path, ValidationCodes.IncidentDeathDateMismatch, "The incident is a death in custody, but this subject's \"deathDate\" is another date.");
        }
    }

    private static string Where(Fact declaration)
        => declaration.Line is int line ? $"line {line}" : (declaration.Base.Length == 0 ? "/" : declaration.Base);

    // Format 1.1: each citation by id names a source record (prefix: the list's pointer followed by "/").
    private void Citations(IReadOnlyList<Source> sources, string prefix)
    {
        for (int i = 0; i < sources.Count; i++)
        {
            Reference(sources[i].SourceId?.Value, Expect.Source, new At(prefix, i, "/sourceId"));
        }
    }

    private void Reference(string? targetId, Expect expected, At path)
    {
        if (targetId is not null)
        {
            Emit(targetId, FactKind.Reference, (byte)expected, path, null);
        }
    }

    private void Emit(string key, FactKind kind, byte tag, At path, object? payload)
    {
        var fact = new Fact
        {
            Key = key,
            Kind = kind,
            Tag = tag,
            Ordinal = _ordinal,
            Seq = _seq++,
            Line = _line,
            Base = _base,
            Path = path,
            RecordId = kind == FactKind.Declaration ? null : _recordId,
            Payload = payload,
        };
        if (_owners is not null)
        {
            if (kind == FactKind.Declaration)
            {
                _owners.TryAdd(key, _facts.Count);
            }
            else if (_owners.TryGetValue(key, out int owner))
            {
                // The id is declared already, and the first declaration owns it for good: resolve now, as Finish would.
                // A death check waits for Finish (whether the death rules apply depends on the dataset's version, which
                // a document may declare after its records), unless there is nothing to check (no death date, and
                // no end by death).
                if (kind == FactKind.DeathCheck)
                {
                    if (_facts[owner].Payload is not PersonFacts && payload is DeathCheckFacts { EndReason: not DetentionEndReason.Death })
                    {
                        return;
                    }
                }
                else
                {
                    if (kind != FactKind.Reference || !Fits((Kind)_facts[owner].Tag, (Expect)tag))
                    {
                        Resolve(fact, owned: true, ref _facts[owner]);
                    }

                    return;
                }
            }
        }

        _facts.Add(fact);
        _estimatedBytes += FactOverhead + (2L * key.Length) + (payload switch { null => 0, MeasureFacts m => 96 + m.StepIds.Sum(static s => 32 + (2L * s.Length)), _ => 96 }) + (kind == FactKind.Declaration && _owners is not null ? OwnerOverhead : 0);
    }

    // Sorts the buffered facts into a new run on disk; merges the runs into one first when there are too many.
    private void Spill()
    {
        // From now on the first declaration of an id may be on disk: references wait for the merge.
        _owners = null;
        if (_runs.Count >= MaxRuns)
        {
            Run merged = Run.Create(_temporaryDirectory);
            foreach (Fact fact in Merge([.. _runs.Select(static r => r.Read())]))
            {
                merged.Write(fact);
            }

            foreach (Run old in _runs)
            {
                old.Dispose();
            }

            _runs.Clear();
            _runs.Add(merged.Complete());
            RunMerges++;
        }

        Run run = Run.Create(_temporaryDirectory);
        foreach (int i in _facts.SortedOrder())
        {
            run.Write(_facts[i]);
        }

        _runs.Add(run.Complete());
        RunsWritten++;
        _facts.Clear();
        _estimatedBytes = 0;
    }

    // Every fact of the runs and the buffer, in order of id (then kind, record, order within the record).
    private IEnumerable<Fact> Merged()
    {
        return Merge([.. _runs.Select(static r => r.Read()), BufferedInOrder()]);
    }

    private IEnumerator<Fact> BufferedInOrder()
    {
        foreach (int i in _facts.SortedOrder())
        {
            yield return _facts[i];
        }
    }

    private static IEnumerable<Fact> Merge(IEnumerator<Fact>[] sources)
    {
        var queue = new PriorityQueue<IEnumerator<Fact>, Fact>(sources.Length, FactOrder.Instance);
        foreach (IEnumerator<Fact> source in sources)
        {
            if (source.MoveNext())
            {
                queue.Enqueue(source, source.Current);
            }
        }

        while (queue.TryDequeue(out IEnumerator<Fact>? source, out Fact fact))
        {
            yield return fact;
            if (source.MoveNext())
            {
                queue.Enqueue(source, source.Current);
            }
            else
            {
                source.Dispose();
            }
        }
    }

    private static bool Fits(Kind kind, Expect expected) => expected switch
    {
        Expect.Any => true,
        Expect.Actor => kind is Kind.Person or Kind.Organization,
        Expect.Person => kind == Kind.Person,
        Expect.Organization => kind == Kind.Organization,
        Expect.Detention => kind == Kind.Detention,
        Expect.Facility => kind == Kind.Facility,
        Expect.Proceeding => kind == Kind.Proceeding,
        Expect.Source => kind == Kind.Source,
        _ => false,
    };

    private static string Describe(Kind kind) => kind switch
    {
        Kind.Person => "person",
        Kind.Organization => "organization",
        Kind.Detention => "detention",
        Kind.Release => "release",
        Kind.SanctionMeasure => "sanction measure",
        Kind.Facility => "facility",
        Kind.Incident => "incident",
        Kind.MassDetention => "mass detention",
        Kind.Proceeding => "proceeding",
        Kind.Source => "source",
        _ => "link",
    };

    private static string Describe(Expect expected) => expected switch
    {
        Expect.Actor => "a person or an organization",
        Expect.Person => "a person",
        Expect.Organization => "an organization",
        Expect.Detention => "a detention",
        Expect.Facility => "a facility",
        Expect.Proceeding => "a proceeding",
        Expect.Source => "a source record",
        _ => "a record",
    };

    /// <summary>
    /// One fact: a declaration of <see cref="Key"/> (tag: the record's kind; payload: a detention's facts), a reference
    /// to it (tag: what it must be) or a release check against it (payload: the detainee and date).
    /// </summary>
    internal struct Fact
    {
        public string Key;
        public FactKind Kind;
        public byte Tag;
        public int Ordinal;
        public int Seq;
        public int? Line;
        public string Base;
        public At Path;
        public string? RecordId;
        public object? Payload;
    }

    /// <summary>
    /// The facts in memory, in segments small enough to stay off the large object heap and never copied as they grow
    /// (a growing list of large structs would copy them and, past 85,000 bytes, churn the large object heap).
    /// </summary>
    private sealed class FactBuffer
    {
        private const int SegmentShift = 9; // 512 facts of about 80 bytes: 40 KB per segment
        private const int SegmentSize = 1 << SegmentShift;
        private readonly List<Fact[]> _segments = [];

        public int Count { get; private set; }

        public ref Fact this[int index] => ref _segments[index >> SegmentShift][index & (SegmentSize - 1)];

        public void Add(in Fact fact)
        {
            int segment = Count >> SegmentShift;
            if (segment == _segments.Count)
            {
                _segments.Add(new Fact[SegmentSize]);
            }

            _segments[segment][Count & (SegmentSize - 1)] = fact;
            Count++;
        }

        /// <summary>The indices of the facts in <see cref="FactOrder"/>.</summary>
        public int[] SortedOrder()
        {
            int[] order = new int[Count];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (x, y) => FactOrder.CompareInPlace(in this[x], in this[y]));
            return order;
        }

        /// <summary>Forgets the facts but keeps the segments, for the next run.</summary>
        public void Clear()
        {
            foreach (Fact[] segment in _segments)
            {
                Array.Clear(segment);
            }

            Count = 0;
        }

        /// <summary>Forgets the facts and the segments.</summary>
        public void Release()
        {
            _segments.Clear();
            Count = 0;
        }
    }

    private enum WalkState : byte
    {
        NotSeen,
        OnPath,
        Done,
    }

    /// <summary>An organization's parent, where the organization is, and whether it owns its id.</summary>
    private struct ParentEdge
    {
        public string ParentId;
        public int Ordinal;
        public int Seq;
        public int? Line;
        public string Base;
        public bool Owns;
        public WalkState State;
    }

    internal sealed record DetentionFacts(string SubjectId, PartialDate StartedOn, PartialDate? EndedOn, DetentionStatus Status);

    internal sealed record ReleaseFacts(string SubjectId, PartialDate ReleasedOn);

    /// <summary>What a detention listed by a mass detention is checked against: the event's date.</summary>
    internal sealed record MassDetentionFacts(PartialDate OccurredOn);

    /// <summary>A proceeding's defendants (subject ids) and those of them whose entry holds sentences.</summary>
    internal sealed record ProceedingFacts(string[] Defendants, string[] Sentenced);

    /// <summary>The subject a check needs: a defendant's, against their detention; a detention's, against the proceeding of its sentence.</summary>
    internal sealed record SubjectFacts(string SubjectId);

    /// <summary>The step ids of a sanction measure's history (format 1.1), for the links that name one.</summary>
    internal sealed record MeasureFacts(string[] StepIds);

    /// <summary>The step id a link names at one end (format 1.1).</summary>
    internal sealed record StepFacts(string StepId);

    /// <summary>A person's facts the death rules need.</summary>
    internal sealed record PersonFacts(PartialDate DeathDate);

    /// <summary>A detention's end (<see cref="ReleasedOn"/> null) or a released detainee's release (only <see cref="ReleasedOn"/>), checked against the subject's death.</summary>
    internal sealed record DeathCheckFacts(PartialDate? EndedOn, DetentionStatus? Status, DetentionEndReason? EndReason, PartialDate? ReleasedOn);

    /// <summary>A <c>deathInCustody</c> incident's date, checked against one subject's death (a <see cref="FactKind.DeathCheck"/>).</summary>
    internal sealed record IncidentDeathFacts(PartialDate OccurredOn);

    /// <summary>An incident's subjects and date, checked against the detention it names.</summary>
    internal sealed record IncidentFacts(string[] SubjectIds, PartialDate OccurredOn);

    private sealed class FactOrder : IComparer<Fact>
    {
        public static readonly FactOrder Instance = new();

        public int Compare(Fact x, Fact y) => CompareInPlace(in x, in y);

        public static int CompareInPlace(in Fact x, in Fact y)
        {
            int c = string.CompareOrdinal(x.Key, y.Key);
            if (c != 0)
            {
                return c;
            }

            c = x.Kind.CompareTo(y.Kind);
            if (c != 0)
            {
                return c;
            }

            c = x.Ordinal.CompareTo(y.Ordinal);
            return c != 0 ? c : x.Seq.CompareTo(y.Seq);
        }
    }

    /// <summary>A sorted run of facts in a temporary file, deleted when disposed.</summary>
    private sealed class Run : IDisposable
    {
        private readonly FileStream _file;
        private BinaryWriter? _writer;

        private Run(FileStream file)
        {
            _file = file;
            _writer = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true);
        }

        // On Unix the file is unlinked as soon as it is created: it lives on through the open stream only, so no way the
        // process ends (a kill included) leaves ids and pointers on disk. Windows deletes it when it is closed.
        public static Run Create(string? directory)
        {
            string path = Path.Combine(directory ?? Path.GetTempPath(), $"polev-index-{Guid.NewGuid():N}.tmp");
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.ReadWrite,
                Share = FileShare.None,
                BufferSize = 1 << 16,
                Options = (OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None) | FileOptions.SequentialScan,
            };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            var file = new FileStream(path, options);
            if (!OperatingSystem.IsWindows())
            {
                File.Delete(path);
            }

            return new Run(file);
        }

        public void Write(Fact fact)
        {
            BinaryWriter w = _writer!;
            w.Write(fact.Key);
            w.Write((byte)fact.Kind);
            w.Write(fact.Tag);
            w.Write7BitEncodedInt(fact.Ordinal);
            w.Write7BitEncodedInt(fact.Seq);
            w.Write7BitEncodedInt(fact.Line ?? -1);
            w.Write(fact.Base + fact.Path.ToString());
            if (fact.Kind != FactKind.Declaration)
            {
                w.Write(fact.RecordId!);
            }

            switch (fact.Payload)
            {
                case DetentionFacts d:
                    w.Write((byte)1);
                    w.Write(d.SubjectId);
                    w.Write(d.StartedOn.ToString());
                    w.Write(d.EndedOn?.ToString() ?? string.Empty);
                    w.Write((byte)d.Status);
                    break;

                case ReleaseFacts r:
                    w.Write((byte)2);
                    w.Write(r.SubjectId);
                    w.Write(r.ReleasedOn.ToString());
                    break;

                case PersonFacts p:
                    w.Write((byte)3);
                    w.Write(p.DeathDate.ToString());
                    break;

                case DeathCheckFacts c:
                    w.Write((byte)4);
                    w.Write(c.EndedOn?.ToString() ?? string.Empty);
                    w.Write((byte)(c.Status ?? 0));
                    w.Write((byte)(c.EndReason ?? 0));
                    w.Write(c.ReleasedOn?.ToString() ?? string.Empty);
                    break;

                case IncidentDeathFacts d:
                    w.Write((byte)5);
                    w.Write(d.OccurredOn.ToString());
                    break;

                case IncidentFacts f:
                    w.Write((byte)6);
                    w.Write(f.OccurredOn.ToString());
                    WriteStrings(w, f.SubjectIds);

                    break;

                case MassDetentionFacts m:
                    w.Write((byte)7);
                    w.Write(m.OccurredOn.ToString());
                    break;

                case ProceedingFacts p:
                    w.Write((byte)8);
                    WriteStrings(w, p.Defendants);
                    WriteStrings(w, p.Sentenced);

                    break;

                case SubjectFacts s:
                    w.Write((byte)9);
                    w.Write(s.SubjectId);
                    break;

                case MeasureFacts m:
                    w.Write((byte)10);
                    WriteStrings(w, m.StepIds);

                    break;

                case StepFacts s:
                    w.Write((byte)11);
                    w.Write(s.StepId);
                    break;

                default:
                    w.Write((byte)0);
                    break;
            }
        }

        private static void WriteStrings(BinaryWriter writer, string[] strings)
        {
            writer.Write7BitEncodedInt(strings.Length);
            foreach (string value in strings)
            {
                writer.Write(value);
            }
        }

        private static string[] ReadStrings(BinaryReader reader)
        {
            var strings = new string[reader.Read7BitEncodedInt()];
            for (int i = 0; i < strings.Length; i++)
            {
                strings[i] = reader.ReadString();
            }

            return strings;
        }

        public Run Complete()
        {
            _writer!.Dispose();
            _writer = null;
            return this;
        }

        public IEnumerator<Fact> Read()
        {
            _file.Position = 0;
            using var reader = new BinaryReader(_file, System.Text.Encoding.UTF8, leaveOpen: true);
            long length = _file.Length;
            while (_file.Position < length)
            {
                var fact = new Fact
                {
                    Key = reader.ReadString(),
                    Kind = (FactKind)reader.ReadByte(),
                    Tag = reader.ReadByte(),
                    Ordinal = reader.Read7BitEncodedInt(),
                    Seq = reader.Read7BitEncodedInt(),
                };
                int line = reader.Read7BitEncodedInt();
                fact.Line = line < 0 ? null : line;
                fact.Base = reader.ReadString();
                fact.Path = string.Empty;
                fact.RecordId = fact.Kind == FactKind.Declaration ? null : reader.ReadString();
                fact.Payload = reader.ReadByte() switch
                {
                    1 => new DetentionFacts(
                        reader.ReadString(),
                        PartialDate.Parse(reader.ReadString()),
                        reader.ReadString() is { Length: > 0 } ended ? PartialDate.Parse(ended) : null,
                        (DetentionStatus)reader.ReadByte()),
                    2 => new ReleaseFacts(reader.ReadString(), PartialDate.Parse(reader.ReadString())),
                    3 => new PersonFacts(PartialDate.Parse(reader.ReadString())),
                    4 => new DeathCheckFacts(
                        reader.ReadString() is { Length: > 0 } ended ? PartialDate.Parse(ended) : null,
                        reader.ReadByte() is byte status and > 0 ? (DetentionStatus)status : null,
                        reader.ReadByte() is byte reason and > 0 ? (DetentionEndReason)reason : null,
                        reader.ReadString() is { Length: > 0 } released ? PartialDate.Parse(released) : null),
                    5 => new IncidentDeathFacts(PartialDate.Parse(reader.ReadString())),
                    6 => ReadIncidentFacts(reader),
                    7 => new MassDetentionFacts(PartialDate.Parse(reader.ReadString())),
                    8 => new ProceedingFacts(ReadStrings(reader), ReadStrings(reader)),
                    9 => new SubjectFacts(reader.ReadString()),
                    10 => new MeasureFacts(ReadStrings(reader)),
                    11 => new StepFacts(reader.ReadString()),
                    _ => null,
                };
                yield return fact;
            }
        }

        private static IncidentFacts ReadIncidentFacts(BinaryReader reader)
        {
            PartialDate occurredOn = PartialDate.Parse(reader.ReadString());
            return new IncidentFacts(ReadStrings(reader), occurredOn);
        }

        public void Dispose()
        {
            _writer?.Dispose();
            _file.Dispose();
        }
    }
}
