using System.Globalization;

namespace PoliticalEvents.Csv;

/// <summary>
/// Writes a dataset as CSV tables (<see cref="CsvTables"/>): one table per record type, child tables for structured
/// lists, the sources of every record, and the metadata. Records stream through: each is written as it comes, with one
/// open writer per table, so memory does not grow with the dataset.
/// </summary>
/// <remarks>
/// <para>Every table is created with its header row at once, even if it stays empty, so an export always has the same
/// files and columns. <see cref="Complete"/> writes <see cref="CsvTables.Manifest"/>, the number of rows of every
/// other table, which lets the importer tell a complete table from one cut short; an export is whole only once
/// <see cref="Complete"/> has run.</para>
/// <para>Confidential and restricted records are written like the others, with their <c>confidentiality</c> column;
/// <see cref="CsvExportReport.ByConfidentiality"/> counts them, so a tool can warn before the files are shared.</para>
/// </remarks>
public sealed class CsvExporter : IDisposable
{
    private readonly ITableRows _tables;
    private readonly List<Finding> _losses = [];
    private readonly long[] _byConfidentiality = new long[3];
    private long _records;
    private bool _hasMetadata;
    private bool _completed;

    /// <summary>Creates every table and writes its header.</summary>
    /// <param name="createTable">Opens a new, empty stream for a table's file name (<see cref="CsvTables.All"/>); the exporter closes it.</param>
    public CsvExporter(Func<string, Stream> createTable)
        : this(new CsvTableRows(createTable ?? throw new ArgumentNullException(nameof(createTable))))
    {
    }

    /// <summary>Writes the rows of the tables to <paramref name="tables"/>: the same rows in another format (Parquet).</summary>
    internal CsvExporter(ITableRows tables) => _tables = tables;

    /// <summary>Writes a whole dataset into tables made by <paramref name="createTable"/>.</summary>
    /// <returns>What was written and what could not be carried.</returns>
    public static CsvExportReport Export(Dataset dataset, Func<string, Stream> createTable)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var exporter = new CsvExporter(createTable);
        exporter.WriteMetadata(dataset);
        foreach (Record record in dataset.Records)
        {
            exporter.Write(record);
        }

        return exporter.Complete();
    }

    /// <summary>Writes records as they stream in, and the metadata when there is some.</summary>
    /// <param name="records">The records, in dataset order.</param>
    /// <param name="metadata">The dataset's metadata (its records are ignored), or a function that gives it once the records are read (a document's metadata may come last); null for none.</param>
    /// <param name="createTable">Opens a new, empty stream for a table's file name.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    public static async Task<CsvExportReport> ExportAsync(IAsyncEnumerable<Record> records, Func<Dataset?>? metadata, Func<string, Stream> createTable, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var exporter = new CsvExporter(createTable);
        await foreach (Record record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            exporter.Write(record);
        }

        if (metadata?.Invoke() is { } header)
        {
            exporter.WriteMetadata(header);
        }

        return exporter.Complete();
    }

    /// <summary>Writes the dataset's metadata (title, publisher …; not its records) as the one row of <see cref="CsvTables.Dataset"/>.</summary>
    /// <exception cref="InvalidOperationException">Metadata was written already, or the export is complete.</exception>
    public void WriteMetadata(Dataset metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ThrowIfCompleted();
        if (_hasMetadata)
        {
            throw new InvalidOperationException("The dataset's metadata was written already.");
        }

        _hasMetadata = true;
        Row(CsvTables.Dataset,
            metadata.Schema, metadata.FormatVersion, metadata.Title, metadata.Description, metadata.Publisher?.Name,
            metadata.Publisher?.Url?.Value, metadata.License, Cells.Of(metadata.CreatedAt));
    }

    /// <summary>Writes one record: its row, the rows of its lists, and its sources.</summary>
    /// <exception cref="InvalidOperationException">The export is complete.</exception>
    public void Write(Record record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ThrowIfCompleted();
        string index = _records.ToString(CultureInfo.InvariantCulture);
        string id = record.Id.Value;
        string? notes = record.Notes;
        string? modifiedAt = Cells.Of(record.ModifiedAt);
        string? confidentiality = Cells.Name<Confidentiality>(record.Confidentiality);
        switch (record)
        {
            case Person person:
                Row(CsvTables.Persons, index, id, person.Name, Cells.Of(person.Anonymous), Cells.Name(person.Gender), Cells.Of(person.BirthDate),
                    Cells.Of(person.DeathDate), Cells.List(person.Nationalities.Select(static n => n.Value)), Roles(person), modifiedAt, notes, confidentiality);
                WriteActorLists(person);
                for (int i = 0; i < person.BirthPlaces.Count; i++)
                {
                    Row(CsvTables.PersonBirthPlaces, id, Index(i), person.BirthPlaces[i].Locality, person.BirthPlaces[i].Country?.Value);
                }

                for (int i = 0; i < person.IdentityDocuments.Count; i++)
                {
                    IdentityDocument document = person.IdentityDocuments[i];
                    Row(CsvTables.PersonIdentityDocuments, id, Index(i), Cells.Name(document.Kind), document.Number, document.Country?.Value, Cells.Of(document.IssuedOn), Cells.Of(document.ExpiresOn));
                }

                break;
            case Organization organization:
                Row(CsvTables.Organizations, index, id, Cells.Name<OrganizationKind>(organization.Kind), organization.Name, organization.Country?.Value,
                    organization.ParentId?.Value, Cells.Of(organization.FoundedOn), organization.LegalForm, Roles(organization), modifiedAt, notes, confidentiality);
                WriteActorLists(organization);
                break;
            case Detention detention:
                Row(CsvTables.Detentions, index, id, detention.SubjectId.Value, detention.Country.Value, detention.AuthorityId?.Value, Cells.Of(detention.StartedOn),
                    Cells.Of(detention.EndedOn), Cells.Name<DetentionStatus>(detention.Status), Cells.Name(detention.EndReason), Cells.Name(detention.Kind), Cells.Names(detention.Conditions), modifiedAt, notes, confidentiality);
                WriteDetentionLists(detention);
                break;
            case Release release:
                Row(CsvTables.Releases, index, id, Cells.Of(release.ReleasedOn), release.AuthorityId?.Value, Cells.Name<ReleaseKind>(release.Kind),
                    release.ReportedCount is { } count ? Cells.Of(count.Value) : null, Cells.Name(release.ReportedCount?.Qualifier), release.ReportedCount?.By, modifiedAt, notes, confidentiality);
                for (int i = 0; i < release.Detainees.Count; i++)
                {
                    ReleasedDetainee detainee = release.Detainees[i];
                    Row(CsvTables.ReleaseDetainees, id, Index(i), detainee.SubjectId.Value, detainee.DetentionId?.Value, detainee.Destination?.Value, Cells.Names(detainee.Conditions));
                }

                break;
            case SanctionMeasure measure:
                if (measure.Program is { Code: null, Name: null })
                {
                    _losses.Add(Loss(id, "/program", "a sanction programme with neither code nor name says nothing and has no cell of its own; it is not exported."));
                }

                Row(CsvTables.SanctionMeasures, index, id, measure.ImposedById.Value, Cells.Name<SanctionKind>(measure.Kind), measure.Program?.Code, measure.Program?.Name,
                    measure.LegalBasis?.Citation, measure.LegalBasis?.Url?.Value, measure.Reason, modifiedAt, notes, confidentiality);
                WriteSanctionLists(measure);
                break;
            case Link link:
                Row(CsvTables.Links, index, id, Cells.Name<LinkKind>(link.Kind), link.FromId.Value, link.ToId.Value, Cells.Of(link.On), link.AssertedBy,
                    link.AssertedById?.Value, Cells.Of(link.Disputed), Cells.Name(link.Confidence), link.FromStepId, link.ToStepId, modifiedAt, notes, confidentiality);
                for (int i = 0; i < link.DeniedBy.Count; i++)
                {
                    LinkDenial denial = link.DeniedBy[i];
                    Row(CsvTables.LinkDenials, id, Index(i), denial.By, denial.ById?.Value, Cells.Of(denial.On));
                }

                break;
            case SourceRecord source:
                Row(CsvTables.SourceRecords, index, id, source.Url?.Value, source.Title, source.Publisher, Cells.Of(source.PublishedOn), Cells.Of(source.AccessedOn),
                    source.Language?.Value, source.ArchiveUrl?.Value, Cells.Name(source.Kind), modifiedAt, notes, confidentiality);
                break;
            case Facility facility:
                Row(CsvTables.Facilities, index, id, facility.Name, Cells.Name(facility.Kind), facility.Country.Value, facility.Locality, facility.OperatorId?.Value,
                    Cells.Of(facility.Location?.Latitude), Cells.Of(facility.Location?.Longitude), modifiedAt, notes, confidentiality);
                for (int i = 0; i < facility.Identifiers.Count; i++)
                {
                    ExternalIdentifier identifier = facility.Identifiers[i];
                    Row(CsvTables.FacilityIdentifiers, id, Index(i), identifier.Scheme, identifier.Value);
                }

                break;
            case Incident incident:
                Row(CsvTables.Incidents, index, id, Cells.Name<IncidentKind>(incident.Kind), incident.DetentionId?.Value, Cells.Of(incident.OccurredOn),
                    incident.FacilityId?.Value, modifiedAt, notes, confidentiality);
                WriteIncidentLists(incident);
                break;
            case MassDetention massDetention:
                Row(CsvTables.MassDetentions, index, id, Cells.Of(massDetention.OccurredOn), massDetention.Country.Value, massDetention.Locality,
                    Cells.Of(massDetention.Location?.Latitude), Cells.Of(massDetention.Location?.Longitude), massDetention.AuthorityId?.Value, massDetention.Context, modifiedAt, notes, confidentiality);
                for (int i = 0; i < massDetention.Counts.Count; i++)
                {
                    AttributedCount attributed = massDetention.Counts[i];
                    Row(CsvTables.MassDetentionCounts, id, Index(i), Cells.Of(attributed.Value), Cells.Name<CountQualifier>(attributed.Qualifier), attributed.By, attributed.ById?.Value, Cells.Of(attributed.AsOf));
                }

                for (int i = 0; i < massDetention.DetentionIds.Count; i++)
                {
                    Row(CsvTables.MassDetentionDetentions, id, Index(i), massDetention.DetentionIds[i].Value);
                }

                break;
            case Proceeding proceeding:
                Row(CsvTables.Proceedings, index, id, proceeding.Country.Value, proceeding.CaseNumber, proceeding.CourtId?.Value,
                    Cells.List(proceeding.JudgeIds.Select(static j => j.Value)), Cells.List(proceeding.ProsecutorIds.Select(static p => p.Value)), Cells.Of(proceeding.OpenedOn),
                    modifiedAt, notes, confidentiality);
                WriteProceedingLists(proceeding);
                break;
            default:
                throw new ArgumentException($"{record.GetType().Name} is not a record type of the format.", nameof(record));
        }

        WriteSources(id, null, record.Sources);
        _byConfidentiality[(int)record.Confidentiality]++;
        _records++;
    }

    /// <summary>
    /// Writes <see cref="CsvTables.Manifest"/> (once), flushes every table and reports what was written. Nothing can be
    /// written after it; calling it again gives the same report. The tables stay open until the exporter is disposed.
    /// </summary>
    public CsvExportReport Complete()
    {
        if (!_completed)
        {
            _completed = true;
            foreach (string table in CsvTables.Counted)
            {
                Row(CsvTables.Manifest, table, _tables.Count(table).ToString(CultureInfo.InvariantCulture));
            }
        }

        _tables.Flush();
        return new CsvExportReport
        {
            Rows = [.. CsvTables.All.Select(t => new KeyValuePair<string, long>(t, _tables.Count(t)))],
            Records = _records,
            HasMetadata = _hasMetadata,
            Findings = [.. _losses],
            ByConfidentiality = [.. Enum.GetValues<Confidentiality>().Select(c => new KeyValuePair<Confidentiality, long>(c, _byConfidentiality[(int)c]))],
        };
    }

    /// <summary>Flushes and closes every table.</summary>
    public void Dispose() => _tables.Dispose();

    private void Row(string table, params ReadOnlySpan<string?> cells) => _tables.Write(table, cells);

    private void ThrowIfCompleted()
    {
        if (_completed)
        {
            throw new InvalidOperationException("The export is complete: its manifest counts the rows written, and no more can be added.");
        }
    }

    private static string Index(int index) => index.ToString(CultureInfo.InvariantCulture);

    // A value the tables cannot carry: a warning at its place in the record (CsvCodes.Loss).
    private static Finding Loss(string recordId, string path, string message)
        => new() { Code = CsvCodes.Loss, Severity = Severity.Warning, RecordId = recordId, Path = path, Message = message };

    private string? Roles(Actor actor)
    {
        for (int i = 0; i < actor.Roles.Count; i++)
        {
            if (!Cells.FitsInList(actor.Roles[i]))
            {
                _losses.Add(Loss(actor.Id.Value, $"/roles/{i}", "a role that is empty, has a ';' or begins or ends with a space cannot be told apart in the roles cell (a valid role never can)."));
            }
        }

        return Cells.List(actor.Roles);
    }

    private void WriteActorLists(Actor actor)
    {
        string id = actor.Id.Value;
        for (int i = 0; i < actor.Names.Count; i++)
        {
            ActorName name = actor.Names[i];
            Row(CsvTables.ActorNames, id, Index(i), name.Value, name.Language?.Value, Cells.Name(name.Kind), name.Given, name.Family, name.Patronymic);
        }

        for (int i = 0; i < actor.Addresses.Count; i++)
        {
            Address address = actor.Addresses[i];
            Row(CsvTables.ActorAddresses, id, Index(i), address.Full, address.Street, address.Locality, address.Region, address.PostalCode, address.Country?.Value);
        }

        for (int i = 0; i < actor.Contacts.Count; i++)
        {
            Row(CsvTables.ActorContacts, id, Index(i), Cells.Name<ContactKind>(actor.Contacts[i].Kind), actor.Contacts[i].Value);
        }

        for (int i = 0; i < actor.Identifiers.Count; i++)
        {
            ExternalIdentifier identifier = actor.Identifiers[i];
            Row(CsvTables.ActorIdentifiers, id, Index(i), identifier.Scheme, identifier.Value);
        }

        for (int i = 0; i < actor.Affiliations.Count; i++)
        {
            Affiliation affiliation = actor.Affiliations[i];
            Row(CsvTables.ActorAffiliations, id, Index(i), affiliation.OrganizationId?.Value, affiliation.Role, Cells.Of(affiliation.From), Cells.Of(affiliation.Until));
        }
    }

    private void WriteDetentionLists(Detention detention)
    {
        string id = detention.Id.Value;
        for (int i = 0; i < detention.Charges.Count; i++)
        {
            Charge charge = detention.Charges[i];
            Row(CsvTables.DetentionCharges, id, Index(i), charge.Law, charge.Article, charge.Part, Cells.Of(charge.On), Cells.Name(charge.Status), charge.Description);
        }

        for (int i = 0; i < detention.Sentences.Count; i++)
        {
            Row(CsvTables.DetentionSentences, [id, Index(i), .. SentenceCells(detention.Sentences[i])]);
        }

        for (int i = 0; i < detention.Placements.Count; i++)
        {
            Placement placement = detention.Placements[i];
            Row(CsvTables.DetentionPlacements, id, Index(i), placement.Facility, placement.FacilityId?.Value, Cells.Name(placement.FacilityKind), placement.Locality, Cells.Of(placement.From), Cells.Of(placement.Until));
        }

        for (int i = 0; i < detention.Designations.Count; i++)
        {
            Designation designation = detention.Designations[i];
            Row(CsvTables.DetentionDesignations, id, Index(i), designation.By, designation.ById?.Value, Cells.Name<DesignationStatus>(designation.Status), Cells.Of(designation.On),
                Cells.Of(designation.WithdrawnOn), Cells.Names(designation.Criteria));
        }
    }

    private void WriteProceedingLists(Proceeding proceeding)
    {
        string id = proceeding.Id.Value;
        for (int i = 0; i < proceeding.Defendants.Count; i++)
        {
            Defendant defendant = proceeding.Defendants[i];
            Row(CsvTables.ProceedingDefendants, id, Index(i), defendant.SubjectId.Value, defendant.DetentionId?.Value,
                Cells.Of(defendant.Verdict?.On), Cells.Name(defendant.Verdict?.Outcome), defendant.Verdict is { } verdict ? Cells.Of(verdict.InAbsentia) : null);
            for (int j = 0; j < defendant.Charges.Count; j++)
            {
                Charge charge = defendant.Charges[j];
                Row(CsvTables.ProceedingDefendantCharges, id, Index(i), Index(j), charge.Law, charge.Article, charge.Part, Cells.Of(charge.On), Cells.Name(charge.Status), charge.Description);
            }

            for (int j = 0; j < defendant.Sentences.Count; j++)
            {
                Sentence sentence = defendant.Sentences[j];
                if (sentence.ProceedingId is not null)
                {
                    _losses.Add(Loss(id, $"/defendants/{i}/sentences/{j}/proceedingId", "a sentence of a proceeding's defendant is that proceeding's own and names no proceedingId (valid data has none); the table has no cell for it."));
                }

                Row(CsvTables.ProceedingDefendantSentences, [id, Index(i), Index(j), .. SentenceCells(sentence, ownProceeding: false)]);
            }
        }

        for (int i = 0; i < proceeding.Hearings.Count; i++)
        {
            Hearing hearing = proceeding.Hearings[i];
            Row(CsvTables.ProceedingHearings, id, Index(i), Cells.Of(hearing.On), Cells.Name(hearing.Kind), hearing.CourtId?.Value, Cells.Of(hearing.ClosedToPublic), hearing.Notes);
        }
    }

    // The cells of a sentence, after its owner's key and its index (CsvTables' sentence columns).
    // ownProceeding: whether the table has the sentence's proceedingId (a proceeding's defendants' sentences have none).
    private static string?[] SentenceCells(Sentence sentence, bool ownProceeding = true) =>
    [
        Cells.Of(sentence.ImposedOn), Cells.Name<SentenceKind>(sentence.Kind), sentence.Term?.ToString(), sentence.Court,
        sentence.CourtId?.Value, Cells.Of(sentence.InAbsentia), Cells.Name(sentence.AppealStatus), sentence.Regime,
        sentence.Fine?.Amount.ToString(CultureInfo.InvariantCulture), sentence.Fine?.Currency.Value,
        .. ownProceeding ? [sentence.ProceedingId?.Value] : Array.Empty<string?>(),
        Cells.Name(sentence.Combination?.Kind), sentence.Combination is { } combination ? Cells.List(combination.WithIndexes.Select(Cells.Of)) : null,
        sentence.ReplacesIndex is int replaces ? Cells.Of(replaces) : null, sentence.Credited?.ToString(),
    ];

    private void WriteIncidentLists(Incident incident)
    {
        string id = incident.Id.Value;
        for (int i = 0; i < incident.SubjectIds.Count; i++)
        {
            Row(CsvTables.IncidentSubjects, id, Index(i), incident.SubjectIds[i].Value);
        }

        for (int i = 0; i < incident.PerpetratorIds.Count; i++)
        {
            Row(CsvTables.IncidentPerpetrators, id, Index(i), incident.PerpetratorIds[i].Value);
        }

        for (int i = 0; i < incident.Accounts.Count; i++)
        {
            IncidentAccount account = incident.Accounts[i];
            Row(CsvTables.IncidentAccounts, id, Index(i), account.By, account.ById?.Value, Cells.Of(account.On), account.Summary);
        }
    }

    private void WriteSanctionLists(SanctionMeasure measure)
    {
        string id = measure.Id.Value;
        for (int i = 0; i < measure.Targets.Count; i++)
        {
            SanctionTarget target = measure.Targets[i];
            Row(CsvTables.SanctionTargets, id, Index(i), target.ActorId?.Value, target.Sector, target.Country?.Value, Cells.Of(target.ListedOn), Cells.Of(target.DelistedOn),
                target.ListingId, target.Reason, target.DelistingReason);
        }

        for (int i = 0; i < measure.History.Count; i++)
        {
            SanctionEvent step = measure.History[i];
            Row(CsvTables.SanctionHistory, id, Index(i), Cells.Name<SanctionAction>(step.Action), Cells.Of(step.On), step.Description, step.LegalBasis?.Citation, step.LegalBasis?.Url?.Value, step.StepId);
            WriteSources(id, i, step.Sources);
        }
    }

    private void WriteSources(string recordId, int? historyIndex, IReadOnlyList<Source> sources)
    {
        string? history = historyIndex is int h ? Index(h) : null;
        for (int i = 0; i < sources.Count; i++)
        {
            Source source = sources[i];
            Row(CsvTables.Sources, recordId, history, Index(i), source.SourceId?.Value, source.Url?.Value, source.Title, source.Publisher, Cells.Of(source.PublishedOn),
                Cells.Of(source.AccessedOn), source.Quote, source.Page, source.Language?.Value, source.ArchiveUrl?.Value, Cells.Name(source.Kind));
        }
    }
}
