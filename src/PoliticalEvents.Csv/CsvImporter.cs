using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Csv;

/// <summary>
/// Reads the tables <see cref="CsvExporter"/> writes back into records: the inverse of the export, so that a dataset
/// exported and imported again is equal to the original (except for what <see cref="CsvExportReport.Findings"/> lists).
/// </summary>
/// <remarks>
/// <para>Reading is strict and all or nothing: a cell of the wrong form, an unknown column, a row of a child table
/// whose record is not in its record table, or two rows with the same index are errors that name the table, row and
/// column, and then no record is returned. The records are not validated here (references, dates in order …): do that
/// with <see cref="DatasetValidator"/>.</para>
/// <para>The tables are a contract, so that nothing is lost unnoticed: every table of <see cref="CsvTables.All"/> must
/// be there (<see cref="CsvCodes.TableMissing"/>), with every column of its table and no other
/// (<see cref="CsvCodes.Header"/>); every row has a field for every column (<see cref="CsvCodes.RowTooShort"/>) and
/// ends with a line break (<see cref="CsvCodes.Truncated"/>); every table has the number of rows
/// <see cref="CsvTables.Manifest"/> gives for it (<see cref="CsvCodes.RowCount"/>); and every record has a readable
/// <c>confidentiality</c> cell — an empty or unknown one is an error, never read as public.</para>
/// <para>Tables may have been edited: rows may be in any order (the <c>index</c> columns give the order; rows without
/// an index come after, in table order), columns too (they are found by their header), and rows may be added or
/// deleted when the manifest's count is changed with them. The child tables are held in memory while the record
/// tables are read.</para>
/// </remarks>
public static class CsvImporter
{
    private const string IdExpectation = "an id (" + "1-128 characters: letters A-Z or a-z, digits, '.' and '-', starting and ending with a letter or digit)";
    private const string DateExpectation = "a partial date (YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %; or an interval such as 2020/2021 or ../2025-11-30)";
    private const string DayExpectation = "a date (YYYY-MM-DD)";
    private const string CountryExpectation = "a country code (ISO 3166-1 alpha-2, upper case)";
    private const string LanguageExpectation = "a language tag (BCP 47, e.g. be or be-Latn)";
    private const string UrlExpectation = "an absolute http or https URL";
    private const string TermExpectation = "a term (ISO 8601 years, months, weeks, days: P5Y, P3Y6M)";
    private const string InstantExpectation = "an instant (ISO 8601 in UTC, e.g. 2025-12-14T09:30:00Z)";
    private const string CountExpectation = "a whole number";
    private const string CoordinateExpectation = "a number of degrees (e.g. 53.9 or -27.56)";
    private const string IndexExpectation = "a whole number (a position in a list, from 0)";
    private const string AmountExpectation = "an amount (a number with a '.' before any decimals, e.g. 1500.50)";
    private const string CurrencyExpectation = "a currency code (ISO 4217, three upper-case letters)";

    /// <summary>Reads the tables of a directory written by an export.</summary>
    /// <param name="directory">The directory; a file of <see cref="CsvTables.All"/> that is not there is an error.</param>
    public static CsvImportResult ImportDirectory(string directory)
        => Import(table =>
        {
            string path = Path.Combine(directory, table);
            return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024) : null;
        });

    /// <summary>Reads the tables given by <paramref name="openTable"/>.</summary>
    /// <param name="openTable">Opens a table by file name (<see cref="CsvTables.All"/>), or returns null when there is no such table (an error); the importer closes the stream.</param>
    public static CsvImportResult Import(Func<string, Stream?> openTable)
    {
        ArgumentNullException.ThrowIfNull(openTable);
        var findings = new List<Finding>();
        var files = new Dictionary<string, TableFile>(StringComparer.Ordinal);
        // The dataset table comes first: the version it declares says whether the columns format 1.1 added may be missing.
        bool declares10 = false;
        foreach (string table in CsvTables.All)
        {
            Stream? stream = openTable(table);
            files[table] = stream is null && declares10 && CsvTables.AddedInFormat11(table)
                ? TableFile.Empty(table, findings) // 1.0 tables, written before 1.1 added this one
                : TableFile.Read(table, stream, findings, declares10);
            if (table == CsvTables.Dataset)
            {
                declares10 = files[table].Rows.FirstOrDefault()?.Text("formatVersion") == "1.0";
            }
        }

        TableManifest.Check(files, findings, declares10);
        var reader = new Assembler(files);
        Dataset? metadata = reader.Metadata();
        List<Record> records = reader.Records();
        if (findings.Any(static f => f.Severity == Severity.Error))
        {
            return new CsvImportResult { Records = [], Findings = [.. Sorted(findings)] };
        }

        return new CsvImportResult
        {
            Dataset = metadata is null ? null : metadata with { Records = records },
            Records = records,
            Findings = [.. Sorted(findings)],
        };
    }

    private static IEnumerable<Finding> Sorted(List<Finding> findings)
    {
        var order = CsvTables.All.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        return findings.Select((f, i) => (f, i)).OrderBy(p => p.f.Table is { } t ? order.GetValueOrDefault(t, -1) : -1).ThenBy(p => p.f.Row ?? 0).ThenBy(p => p.i).Select(p => p.f);
    }

    private static bool ParseRecordId(string text, out RecordId id) => RecordId.TryParse(text, out id);

    private static bool ParsePersonId(string text, out PersonId id) => PersonId.TryParse(text, out id);

    private static bool ParseOrganizationId(string text, out OrganizationId id) => OrganizationId.TryParse(text, out id);

    private static bool ParseActorId(string text, out ActorId id) => ActorId.TryParse(text, out id);

    private static bool ParseDetentionId(string text, out DetentionId id) => DetentionId.TryParse(text, out id);

    private static bool ParseDate(string text, out PartialDate date) => PartialDate.TryParse(text.AsSpan(), out date);

    private static bool ParseDay(string text, out LocalDate day)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        day = result.Success ? result.Value : default;
        return result.Success;
    }

    private static bool ParseInstant(string text, out Instant instant)
    {
        ParseResult<Instant> result = InstantPattern.ExtendedIso.Parse(text);
        instant = result.Success ? result.Value : default;
        return result.Success;
    }

    private static bool ParseCountry(string text, out CountryCode code) => CountryCode.TryParse(text, out code);

    private static bool ParseLanguage(string text, out LanguageTag tag) => LanguageTag.TryParse(text, out tag);

    private static bool ParseUrl(string text, out WebUrl url) => WebUrl.TryParse(text, out url);

    private static bool ParseTerm(string text, out Term term) => Term.TryParse(text, out term);

    private static bool ParseCoordinate(string text, out double value)
        => double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    private static bool ParseAmount(string text, out decimal amount) => decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);

    private static bool ParseCurrency(string text, out CurrencyCode code) => CurrencyCode.TryParse(text, out code);

    private static bool ParseIndex(string text, out int index) => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out index);

    private static bool ParseCount(string text, out int count) => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out count);

    private static bool ParseText(string text, out string value)
    {
        value = text;
        return true;
    }

    /// <summary>An item of a child table, with where it goes.</summary>
    private readonly record struct Child<T>(int? Index, int Order, T Item);

    /// <summary>Builds records from the tables, attaching the child rows to their records.</summary>
    private sealed class Assembler
    {
        private readonly Dictionary<string, TableFile> _files;
        private readonly Dictionary<string, List<(TableRow Row, int? Index, object Item)>> _children = new(StringComparer.Ordinal);

        public Assembler(Dictionary<string, TableFile> files)
        {
            _files = files;
        }

        public Dataset? Metadata()
        {
            TableFile file = _files[CsvTables.Dataset];
            if (file.Rows.Count == 0)
            {
                return null;
            }

            foreach (TableRow extra in file.Rows.Skip(1))
            {
                extra.Error("title", CsvCodes.Value, "is a second metadata row; dataset.csv has at most one.");
            }

            TableRow row = file.Rows[0];
            string? publisherName = row.Text("publisher.name");
            WebUrl? publisherUrl = row.Value<WebUrl>("publisher.url", ParseUrl, UrlExpectation);
            if (publisherName is null && publisherUrl is not null)
            {
                row.Error("publisher.name", CsvCodes.Missing, "is empty, but the publisher has a URL and needs a name.");
            }

            return new Dataset
            {
                Schema = row.Text("$schema"),
                FormatVersion = row.Required("formatVersion"),
                Title = row.Required("title"),
                Description = row.Text("description"),
                Publisher = publisherName is null ? null : new Publisher { Name = publisherName, Url = publisherUrl },
                License = row.Text("license"),
                CreatedAt = row.Value<Instant>("createdAt", ParseInstant, InstantExpectation),
                Records = [],
            };
        }

        public List<Record> Records()
        {
            // The child tables first, grouped by their record's id; the record tables then take their children.
            Group(CsvTables.ActorNames, "actorId", row => new ActorName
            {
                Value = row.Required("value"),
                Language = row.Value<LanguageTag>("language", ParseLanguage, LanguageExpectation),
                Kind = row.Name<NameKind>("kind"),
                Given = row.Text("given"),
                Family = row.Text("family"),
                Patronymic = row.Text("patronymic"),
            });
            Group(CsvTables.ActorAddresses, "actorId", row => new Address
            {
                Full = row.Text("full"),
                Street = row.Text("street"),
                Locality = row.Text("locality"),
                Region = row.Text("region"),
                PostalCode = row.Text("postalCode"),
                Country = row.Value<CountryCode>("country", ParseCountry, CountryExpectation),
            });
            Group(CsvTables.ActorContacts, "actorId", row => new Contact { Kind = row.RequiredName<ContactKind>("kind"), Value = row.Required("value") });
            Group(CsvTables.PersonBirthPlaces, "personId", row => new BirthPlace
            {
                Locality = row.Text("locality"),
                Country = row.Value<CountryCode>("country", ParseCountry, CountryExpectation),
            });
            Group(CsvTables.PersonIdentityDocuments, "personId", row => new IdentityDocument
            {
                Kind = row.Name<IdentityDocumentKind>("kind"),
                Number = row.Required("number"),
                Country = row.Value<CountryCode>("country", ParseCountry, CountryExpectation),
                IssuedOn = row.Value<PartialDate>("issuedOn", ParseDate, DateExpectation),
                ExpiresOn = row.Value<PartialDate>("expiresOn", ParseDate, DateExpectation),
            });
            Group(CsvTables.ActorIdentifiers, "actorId", row => new ExternalIdentifier { Scheme = row.Required("scheme"), Value = row.Required("value") });
            Group(CsvTables.ActorAffiliations, "actorId", row => new Affiliation
            {
                OrganizationId = row.Value<OrganizationId>("organizationId", ParseOrganizationId, IdExpectation),
                Role = row.Text("role"),
                From = row.Value<PartialDate>("from", ParseDate, DateExpectation),
                Until = row.Value<PartialDate>("until", ParseDate, DateExpectation),
            });
            Group(CsvTables.DetentionCharges, "detentionId", ChargeOf);
            Group(CsvTables.DetentionSentences, "detentionId", SentenceOf);
            Group(CsvTables.DetentionPlacements, "detentionId", row => new Placement
            {
                Facility = row.Text("facility"),
                FacilityId = row.Value<RecordId>("facilityId", ParseRecordId, IdExpectation),
                FacilityKind = row.Name<FacilityKind>("facilityKind"),
                Locality = row.Text("locality"),
                From = row.Value<PartialDate>("from", ParseDate, DateExpectation),
                Until = row.Value<PartialDate>("until", ParseDate, DateExpectation),
            });
            Group(CsvTables.DetentionDesignations, "detentionId", row => new Designation
            {
                By = row.Required("by"),
                ById = row.Value<ActorId>("byId", ParseActorId, IdExpectation),
                Status = row.RequiredName<DesignationStatus>("status"),
                On = row.Value<PartialDate>("on", ParseDate, DateExpectation),
                WithdrawnOn = row.Value<PartialDate>("withdrawnOn", ParseDate, DateExpectation),
                Criteria = row.Names<WgadCategory>("criteria"),
            });
            Group(CsvTables.ReleaseDetainees, "releaseId", row => new ReleasedDetainee
            {
                SubjectId = row.RequiredValue<PersonId>("subjectId", ParsePersonId, IdExpectation),
                DetentionId = row.Value<DetentionId>("detentionId", ParseDetentionId, IdExpectation),
                Destination = row.Value<CountryCode>("destination", ParseCountry, CountryExpectation),
                Conditions = row.Names<ReleaseCondition>("conditions"),
            });
            Group(CsvTables.SanctionTargets, "sanctionMeasureId", row => new SanctionTarget
            {
                ActorId = row.Value<ActorId>("actorId", ParseActorId, IdExpectation),
                Sector = row.Text("sector"),
                Country = row.Value<CountryCode>("country", ParseCountry, CountryExpectation),
                ListedOn = row.Value<PartialDate>("listedOn", ParseDate, DateExpectation),
                DelistedOn = row.Value<PartialDate>("delistedOn", ParseDate, DateExpectation),
                ListingId = row.Text("listingId"),
                Reason = row.Text("reason"),
                DelistingReason = row.Text("delistingReason"),
            });
            Group(CsvTables.SanctionHistory, "sanctionMeasureId", row => new SanctionEvent
            {
                Action = row.RequiredName<SanctionAction>("action"),
                On = row.RequiredValue<PartialDate>("on", ParseDate, DateExpectation),
                Description = row.Text("description"),
                LegalBasis = LegalBasisOf(row),
                StepId = row.Text("stepId"),
            });
            Group(CsvTables.LinkDenials, "linkId", row => new LinkDenial
            {
                By = row.Required("by"),
                ById = row.Value<ActorId>("byId", ParseActorId, IdExpectation),
                On = row.Value<PartialDate>("on", ParseDate, DateExpectation),
            });
            Group(CsvTables.FacilityIdentifiers, "facilityId", row => new ExternalIdentifier { Scheme = row.Required("scheme"), Value = row.Required("value") });
            Group<object>(CsvTables.IncidentSubjects, "incidentId", row => row.RequiredValue<PersonId>("subjectId", ParsePersonId, IdExpectation));
            Group<object>(CsvTables.IncidentPerpetrators, "incidentId", row => row.RequiredValue<ActorId>("perpetratorId", ParseActorId, IdExpectation));
            Group(CsvTables.IncidentAccounts, "incidentId", row => new IncidentAccount
            {
                By = row.Required("by"),
                ById = row.Value<ActorId>("byId", ParseActorId, IdExpectation),
                On = row.Value<PartialDate>("on", ParseDate, DateExpectation),
                Summary = row.Required("summary"),
            });
            Group(CsvTables.MassDetentionCounts, "massDetentionId", row => new AttributedCount
            {
                Value = row.RequiredValue<int>("value", ParseCount, CountExpectation),
                Qualifier = row.RequiredName<CountQualifier>("qualifier"),
                By = row.Required("by"),
                ById = row.Value<ActorId>("byId", ParseActorId, IdExpectation),
                AsOf = row.Value<PartialDate>("asOf", ParseDate, DateExpectation),
            });
            Group<object>(CsvTables.MassDetentionDetentions, "massDetentionId", row => row.RequiredValue<DetentionId>("detentionId", ParseDetentionId, IdExpectation));
            GroupProceedingLists();
            GroupSources();

            var records = new List<(TableRow Row, int? Index, Record Record)>();
            ReadRecords(records, CsvTables.Persons, Person);
            ReadRecords(records, CsvTables.Organizations, Organization);
            ReadRecords(records, CsvTables.Detentions, Detention);
            ReadRecords(records, CsvTables.Releases, Release);
            ReadRecords(records, CsvTables.SanctionMeasures, SanctionMeasure);
            ReadRecords(records, CsvTables.Links, Link);
            ReadRecords(records, CsvTables.Facilities, Facility);
            ReadRecords(records, CsvTables.Incidents, Incident);
            ReadRecords(records, CsvTables.MassDetentions, MassDetention);
            ReadRecords(records, CsvTables.Proceedings, Proceeding);
            ReadRecords(records, CsvTables.SourceRecords, SourceRecord);

            // What is left over belongs to no record.
            foreach ((string key, List<(TableRow Row, int? Index, object Item)> rows) in _children)
            {
                foreach ((TableRow row, _, _) in rows)
                {
                    string column = ParentColumn(row.Table);
                    string within = row.Table == CsvTables.Sources && row.Text("historyIndex") is not null ? " (or whose history has no step with this historyIndex)"
                        : row.Table is CsvTables.ProceedingDefendantCharges or CsvTables.ProceedingDefendantSentences ? " (or whose defendants have no entry with this defendantIndex)"
                        : string.Empty;
                    row.Error(column, CsvCodes.Orphan, $"names a record that {ParentTables(row.Table)} does not have{within}.");
                }
            }

            return Ordered(records, "index", static r => r.Index, static r => r.Row).ConvertAll(static r => r.Record);
        }

        private static string ParentColumn(string table) => table switch
        {
            CsvTables.ActorNames or CsvTables.ActorIdentifiers or CsvTables.ActorAffiliations or CsvTables.ActorAddresses or CsvTables.ActorContacts => "actorId",
            CsvTables.DetentionCharges or CsvTables.DetentionSentences or CsvTables.DetentionPlacements or CsvTables.DetentionDesignations => "detentionId",
            CsvTables.ReleaseDetainees => "releaseId",
            CsvTables.SanctionTargets or CsvTables.SanctionHistory => "sanctionMeasureId",
            CsvTables.LinkDenials => "linkId",
            CsvTables.PersonBirthPlaces or CsvTables.PersonIdentityDocuments => "personId",
            CsvTables.FacilityIdentifiers => "facilityId",
            CsvTables.IncidentSubjects or CsvTables.IncidentPerpetrators or CsvTables.IncidentAccounts => "incidentId",
            CsvTables.MassDetentionCounts or CsvTables.MassDetentionDetentions => "massDetentionId",
            CsvTables.ProceedingDefendants or CsvTables.ProceedingDefendantCharges or CsvTables.ProceedingDefendantSentences or CsvTables.ProceedingHearings => "proceedingId",
            _ => "recordId",
        };

        private static string ParentTables(string table) => ParentColumn(table) switch
        {
            "actorId" => "neither persons.csv nor organizations.csv",
            "detentionId" => CsvTables.Detentions,
            "releaseId" => CsvTables.Releases,
            "sanctionMeasureId" => CsvTables.SanctionMeasures,
            "linkId" => CsvTables.Links,
            "personId" => CsvTables.Persons,
            "facilityId" => CsvTables.Facilities,
            "incidentId" => CsvTables.Incidents,
            "massDetentionId" => CsvTables.MassDetentions,
            "proceedingId" => CsvTables.Proceedings,
            _ => "no record table",
        };

        private static LegalBasis? LegalBasisOf(TableRow row)
        {
            string? citation = row.Text("legalBasis.citation");
            WebUrl? url = row.Value<WebUrl>("legalBasis.url", ParseUrl, UrlExpectation);
            if (citation is null && url is not null)
            {
                row.Error("legalBasis.citation", CsvCodes.Missing, "is empty, but the legal basis has a URL and needs a citation.");
            }

            return citation is null ? null : new LegalBasis { Citation = citation, Url = url };
        }

        private void Group<T>(string table, string parentColumn, Func<TableRow, T> build) where T : class
        {
            foreach (TableRow row in _files[table].Rows)
            {
                string parent = row.Required(parentColumn);
                if (parent.Length > 0 && !RecordId.IsValid(parent))
                {
                    row.Error(parentColumn, CsvCodes.Value, "not " + IdExpectation + ".");
                }

                Add(Key(table, parent), row, row.Index(), build(row));
            }
        }

        // The child tables of proceedings: defendants and hearings by proceeding, and the defendants' charges and
        // sentences by proceeding and defendantIndex.
        private void GroupProceedingLists()
        {
            Group(CsvTables.ProceedingDefendants, "proceedingId", row =>
            {
                VerdictOutcome? outcome = row.Name<VerdictOutcome>("verdict.outcome");
                PartialDate? on = row.Value<PartialDate>("verdict.on", ParseDate, DateExpectation);
                bool inAbsentia = row.Flag("verdict.inAbsentia");
                if (outcome is null && (on is not null || inAbsentia))
                {
                    row.Error("verdict.outcome", CsvCodes.Missing, "is empty, but the verdict has a date or is in absentia and needs an outcome.");
                }

                return new Defendant
                {
                    SubjectId = row.RequiredValue<ActorId>("subjectId", ParseActorId, IdExpectation),
                    DetentionId = row.Value<DetentionId>("detentionId", ParseDetentionId, IdExpectation),
                    Verdict = outcome is { } o ? new Verdict { On = on, Outcome = o, InAbsentia = inAbsentia } : null,
                };
            });
            Group(CsvTables.ProceedingHearings, "proceedingId", row => new Hearing
            {
                On = row.RequiredValue<PartialDate>("on", ParseDate, DateExpectation),
                Kind = row.Name<HearingKind>("kind"),
                CourtId = row.Value<OrganizationId>("courtId", ParseOrganizationId, IdExpectation),
                ClosedToPublic = row.Flag("closedToPublic"),
                Notes = row.Text("notes"),
            });
            GroupByDefendant(CsvTables.ProceedingDefendantCharges, ChargeOf);
            GroupByDefendant(CsvTables.ProceedingDefendantSentences, static row => SentenceOf(row, ownProceeding: false));
        }

        private void GroupByDefendant<T>(string table, Func<TableRow, T> build) where T : class
        {
            foreach (TableRow row in _files[table].Rows)
            {
                string proceeding = row.Required("proceedingId");
                if (proceeding.Length > 0 && !RecordId.IsValid(proceeding))
                {
                    row.Error("proceedingId", CsvCodes.Value, "not " + IdExpectation + ".");
                }

                int? defendant = row.Index("defendantIndex");
                if (defendant is null && row.Text("defendantIndex") is null)
                {
                    row.Error("defendantIndex", CsvCodes.Missing, "is empty, but the row belongs to a defendant of the proceeding.");
                }

                Add(DefendantKey(table, proceeding, defendant ?? -1), row, row.Index(), build(row));
            }
        }

        // The rows of one defendant entry of a proceeding in a table of defendants' lists.
        private static string DefendantKey(string table, string proceedingId, int defendantIndex)
            => Key(table, proceedingId) + "\u0000" + defendantIndex.ToString(CultureInfo.InvariantCulture);

        // Format 1.1: a source given once. Its sources (none, in valid data) are read like any record's, so that a row of
        // sources.csv naming it is not lost but refused by validation.
        private static Record SourceRecord(TableRow row, RecordId id) => new SourceRecord
        {
            Id = id,
            Url = row.Value<WebUrl>("url", ParseUrl, UrlExpectation),
            Title = row.Text("title"),
            Publisher = row.Text("publisher"),
            PublishedOn = row.Value<PartialDate>("publishedOn", ParseDate, DateExpectation),
            AccessedOn = row.Value<LocalDate>("accessedOn", ParseDay, DayExpectation),
            Language = row.Value<LanguageTag>("language", ParseLanguage, LanguageExpectation),
            ArchiveUrl = row.Value<WebUrl>("archiveUrl", ParseUrl, UrlExpectation),
            Kind = row.Name<SourceKind>("kind"),
        };

        private Record Proceeding(TableRow row, RecordId id)
        {
            // Each defendant takes the charges and sentences given for its index.
            List<Defendant> defendants = Take(Key(CsvTables.ProceedingDefendants, id.Value)).ConvertAll(entry => entry.Index is int d
                ? (Defendant)entry.Item with
                {
                    Charges = Take(DefendantKey(CsvTables.ProceedingDefendantCharges, id.Value, d)).ConvertAll(static r => (Charge)r.Item),
                    Sentences = Take(DefendantKey(CsvTables.ProceedingDefendantSentences, id.Value, d)).ConvertAll(static r => (Sentence)r.Item),
                }
                : (Defendant)entry.Item);
            return new Proceeding
            {
                Id = id,
                Country = row.RequiredValue<CountryCode>("country", ParseCountry, CountryExpectation),
                CaseNumber = row.Text("caseNumber"),
                CourtId = row.Value<OrganizationId>("courtId", ParseOrganizationId, IdExpectation),
                JudgeIds = row.List<PersonId>("judgeIds", ParsePersonId, IdExpectation),
                ProsecutorIds = row.List<PersonId>("prosecutorIds", ParsePersonId, IdExpectation),
                OpenedOn = row.Value<PartialDate>("openedOn", ParseDate, DateExpectation),
                Defendants = defendants,
                Hearings = Children<Hearing>(CsvTables.ProceedingHearings, id),
            };
        }

        private void GroupSources()
        {
            foreach (TableRow row in _files[CsvTables.Sources].Rows)
            {
                string record = row.Required("recordId");
                int? history = row.Index("historyIndex");
                WebUrl? url = row.Value<WebUrl>("url", ParseUrl, UrlExpectation);
                var source = new Source
                {
                    SourceId = row.Value<RecordId>("sourceId", ParseRecordId, IdExpectation),
                    Url = url,
                    Title = row.Text("title"),
                    Publisher = row.Text("publisher"),
                    PublishedOn = row.Value<PartialDate>("publishedOn", ParseDate, DateExpectation),
                    AccessedOn = row.Value<LocalDate>("accessedOn", ParseDay, DayExpectation),
                    Quote = row.Text("quote"),
                    Page = row.Text("page"),
                    Language = row.Value<LanguageTag>("language", ParseLanguage, LanguageExpectation),
                    ArchiveUrl = row.Value<WebUrl>("archiveUrl", ParseUrl, UrlExpectation),
                    Kind = row.Name<SourceKind>("kind"),
                };
                string key = history is int h ? HistoryKey(record, h) : Key(CsvTables.Sources, record);
                Add(key, row, row.Index(), source);
            }
        }

        private static string Key(string table, string parent) => table + "\u0000" + parent;

        // The sources of one step of a sanction measure's history.
        private static string HistoryKey(string measureId, int historyIndex)
            => Key(CsvTables.Sources, measureId) + "\u0000" + historyIndex.ToString(CultureInfo.InvariantCulture);

        private void Add(string key, TableRow row, int? index, object item)
        {
            if (!_children.TryGetValue(key, out var list))
            {
                _children[key] = list = [];
            }

            list.Add((row, index, item));
        }

        /// <summary>The children filed under <paramref name="key"/>, in list order, each with its index; removed from what is left over.</summary>
        private List<(TableRow Row, int? Index, object Item)> Take(string key)
            => _children.Remove(key, out var rows) ? Ordered(rows, "index", static r => r.Index, static r => r.Row) : [];

        private List<T> Children<T>(string table, RecordId id) => Take(Key(table, id.Value)).ConvertAll(static r => (T)r.Item);

        private List<Source> SourcesOf(RecordId id) => Children<Source>(CsvTables.Sources, id);

        private static List<TItem> Ordered<TItem>(List<TItem> items, string column, Func<TItem, int?> index, Func<TItem, TableRow> row)
        {
            var seen = new HashSet<int>();
            foreach (TItem item in items)
            {
                if (index(item) is int i && !seen.Add(i))
                {
                    row(item).Error(column, CsvCodes.DuplicateIndex, "gives an index another row of the same list gives already.");
                }
            }

            // A stable sort: rows without an index keep their order, after the indexed ones.
            return [.. items.Select((item, order) => (item, order)).OrderBy(p => index(p.item) ?? int.MaxValue).ThenBy(p => p.order).Select(p => p.item)];
        }

        private void ReadRecords(List<(TableRow Row, int? Index, Record Record)> records, string table, Func<TableRow, RecordId, Record> build)
        {
            foreach (TableRow row in _files[table].Rows)
            {
                RecordId id = row.RequiredValue<RecordId>("id", ParseRecordId, IdExpectation);
                int? index = row.Index();
                Record record = build(row, id.Value is { Length: > 0 } ? id : new RecordId("missing"));
                records.Add((row, index, record with
                {
                    ModifiedAt = row.Value<Instant>("modifiedAt", ParseInstant, InstantExpectation),
                    Sources = SourcesOf(record.Id),
                    Notes = row.Text("notes"),
                    // Never a default: a record whose confidentiality cannot be read must not become public.
                    Confidentiality = row.RequiredName<Confidentiality>("confidentiality"),
                }));
            }
        }

        private List<string> Roles(TableRow row) => row.List<string>("roles", ParseText, "a role");

        private void ActorLists(RecordId id, out List<ActorName> names, out List<ExternalIdentifier> identifiers, out List<Affiliation> affiliations, out List<Address> addresses, out List<Contact> contacts)
        {
            contacts = Children<Contact>(CsvTables.ActorContacts, id);
            names = Children<ActorName>(CsvTables.ActorNames, id);
            identifiers = Children<ExternalIdentifier>(CsvTables.ActorIdentifiers, id);
            affiliations = Children<Affiliation>(CsvTables.ActorAffiliations, id);
            addresses = Children<Address>(CsvTables.ActorAddresses, id);
        }

        private Record Person(TableRow row, RecordId id)
        {
            ActorLists(id, out var names, out var identifiers, out var affiliations, out var addresses, out var contacts);
            return new Person
            {
                Id = id,
                Name = row.Text("name"),
                Anonymous = row.Flag("anonymous"),
                Gender = row.Name<Gender>("gender"),
                BirthDate = row.Value<PartialDate>("birthDate", ParseDate, DateExpectation),
                DeathDate = row.Value<PartialDate>("deathDate", ParseDate, DateExpectation),
                Nationalities = row.List<CountryCode>("nationalities", ParseCountry, CountryExpectation),
                BirthPlaces = Children<BirthPlace>(CsvTables.PersonBirthPlaces, id),
                IdentityDocuments = Children<IdentityDocument>(CsvTables.PersonIdentityDocuments, id),
                Roles = Roles(row),
                Names = names,
                Identifiers = identifiers,
                Affiliations = affiliations,
                Addresses = addresses,
                Contacts = contacts,
            };
        }

        private Record Organization(TableRow row, RecordId id)
        {
            ActorLists(id, out var names, out var identifiers, out var affiliations, out var addresses, out var contacts);
            return new Organization
            {
                Id = id,
                Kind = row.RequiredName<OrganizationKind>("kind"),
                Name = row.Required("name"),
                Country = row.Value<CountryCode>("country", ParseCountry, CountryExpectation),
                ParentId = row.Value<OrganizationId>("parentId", ParseOrganizationId, IdExpectation),
                FoundedOn = row.Value<PartialDate>("foundedOn", ParseDate, DateExpectation),
                LegalForm = row.Text("legalForm"),
                Roles = Roles(row),
                Names = names,
                Identifiers = identifiers,
                Affiliations = affiliations,
                Addresses = addresses,
                Contacts = contacts,
            };
        }

        private Record Detention(TableRow row, RecordId id) => new Detention
        {
            Id = id,
            SubjectId = row.RequiredValue<PersonId>("subjectId", ParsePersonId, IdExpectation),
            Country = row.RequiredValue<CountryCode>("country", ParseCountry, CountryExpectation),
            AuthorityId = row.Value<OrganizationId>("authorityId", ParseOrganizationId, IdExpectation),
            StartedOn = row.RequiredValue<PartialDate>("startedOn", ParseDate, DateExpectation),
            EndedOn = row.Value<PartialDate>("endedOn", ParseDate, DateExpectation),
            Status = row.RequiredName<DetentionStatus>("status"),
            EndReason = row.Name<DetentionEndReason>("endReason"),
            Kind = row.Name<DetentionKind>("kind"),
            Conditions = row.Names<DetentionCondition>("conditions"),
            Charges = Children<Charge>(CsvTables.DetentionCharges, id),
            Sentences = Children<Sentence>(CsvTables.DetentionSentences, id),
            Placements = Children<Placement>(CsvTables.DetentionPlacements, id),
            Designations = Children<Designation>(CsvTables.DetentionDesignations, id),
        };

        // A row of a table of charges.
        private static Charge ChargeOf(TableRow row) => new()
        {
            Law = row.Required("law"),
            Article = row.Text("article"),
            Part = row.Text("part"),
            Description = row.Text("description"),
            On = row.Value<PartialDate>("on", ParseDate, DateExpectation),
            Status = row.Name<ChargeStatus>("status"),
        };

        // A row of a table of sentences; the 1.1 columns of a nested object (fine, combination) need each other.
        private static Sentence SentenceOf(TableRow row) => SentenceOf(row, ownProceeding: true);

        // ownProceeding: whether the table has the sentence's proceedingId (a proceeding's defendants' sentences have none).
        private static Sentence SentenceOf(TableRow row, bool ownProceeding)
        {
            decimal? amount = row.Value<decimal>("fine.amount", ParseAmount, AmountExpectation);
            CurrencyCode? currency = row.Value<CurrencyCode>("fine.currency", ParseCurrency, CurrencyExpectation);
            if (amount is null != currency is null)
            {
                row.Error(amount is null ? "fine.amount" : "fine.currency", CsvCodes.Missing, "is empty, but a fine needs both an amount and a currency.");
            }

            SentenceCombinationKind? kind = row.Name<SentenceCombinationKind>("combination.kind");
            List<int> withIndexes = row.List<int>("combination.withIndexes", ParseIndex, IndexExpectation);
            if (kind is null && withIndexes.Count > 0)
            {
                row.Error("combination.kind", CsvCodes.Missing, "is empty, but the combination names sentences and needs a kind.");
            }
            else if (kind is not null && withIndexes.Count == 0)
            {
                row.Error("combination.withIndexes", CsvCodes.Missing, "is empty, but a combination names at least one earlier sentence.");
            }

            return new Sentence
            {
                ImposedOn = row.RequiredValue<PartialDate>("imposedOn", ParseDate, DateExpectation),
                Kind = row.RequiredName<SentenceKind>("kind"),
                Term = row.Value<Term>("term", ParseTerm, TermExpectation),
                Court = row.Text("court"),
                CourtId = row.Value<OrganizationId>("courtId", ParseOrganizationId, IdExpectation),
                InAbsentia = row.Flag("inAbsentia"),
                AppealStatus = row.Name<AppealStatus>("appealStatus"),
                Regime = row.Text("regime"),
                Fine = amount is decimal a && currency is { } c ? new Fine { Amount = a, Currency = c } : null,
                ProceedingId = ownProceeding ? row.Value<RecordId>("proceedingId", ParseRecordId, IdExpectation) : null,
                Combination = kind is { } k && withIndexes.Count > 0 ? new SentenceCombination { Kind = k, WithIndexes = withIndexes } : null,
                ReplacesIndex = row.Value<int>("replacesIndex", ParseIndex, IndexExpectation),
                Credited = row.Value<Term>("credited", ParseTerm, TermExpectation),
            };
        }

        private Record Release(TableRow row, RecordId id)
        {
            int? value = row.Value<int>("reportedCount.value", ParseCount, CountExpectation);
            CountQualifier? qualifier = row.Name<CountQualifier>("reportedCount.qualifier");
            string? by = row.Text("reportedCount.by");
            if (value is null && (qualifier is not null || by is not null))
            {
                row.Error("reportedCount.value", CsvCodes.Missing, "is empty, but the reported count has a qualifier or a source and needs a value.");
            }
            else if (value is not null && qualifier is null)
            {
                row.Error("reportedCount.qualifier", CsvCodes.Missing, "is empty, but the reported count needs a qualifier.");
            }

            return new Release
            {
                Id = id,
                ReleasedOn = row.RequiredValue<PartialDate>("releasedOn", ParseDate, DateExpectation),
                AuthorityId = row.Value<OrganizationId>("authorityId", ParseOrganizationId, IdExpectation),
                Kind = row.RequiredName<ReleaseKind>("kind"),
                Detainees = Children<ReleasedDetainee>(CsvTables.ReleaseDetainees, id),
                ReportedCount = value is int v && qualifier is { } q ? new ReportedCount { Value = v, Qualifier = q, By = by } : null,
            };
        }

        private Record SanctionMeasure(TableRow row, RecordId id)
        {
            string? code = row.Text("program.code");
            string? name = row.Text("program.name");

            // Each step of the history takes the sources given for its index.
            List<SanctionEvent> history = Take(Key(CsvTables.SanctionHistory, id.Value)).ConvertAll(step => step.Index is int h
                ? (SanctionEvent)step.Item with { Sources = Take(HistoryKey(id.Value, h)).ConvertAll(static r => (Source)r.Item) }
                : (SanctionEvent)step.Item);

            return new SanctionMeasure
            {
                Id = id,
                ImposedById = row.RequiredValue<OrganizationId>("imposedById", ParseOrganizationId, IdExpectation),
                Kind = row.RequiredName<SanctionKind>("kind"),
                Program = code is null && name is null ? null : new SanctionProgram { Code = code, Name = name },
                LegalBasis = LegalBasisOf(row),
                Reason = row.Text("reason"),
                Targets = Children<SanctionTarget>(CsvTables.SanctionTargets, id),
                History = history,
            };
        }

        // The location.latitude and location.longitude cells of a facility or a mass detention: both or neither.
        private static GeoLocation? LocationOf(TableRow row)
        {
            double? latitude = row.Value<double>("location.latitude", ParseCoordinate, CoordinateExpectation);
            double? longitude = row.Value<double>("location.longitude", ParseCoordinate, CoordinateExpectation);
            bool hasLatitude = row.Text("location.latitude") is not null;
            if (hasLatitude != (row.Text("location.longitude") is not null))
            {
                row.Error(hasLatitude ? "location.longitude" : "location.latitude", CsvCodes.Missing, "is empty, but a location needs both its latitude and its longitude.");
            }

            return latitude is double lat && longitude is double lon ? new GeoLocation { Latitude = lat, Longitude = lon } : null;
        }

        private Record Facility(TableRow row, RecordId id)
        {
            GeoLocation? location = LocationOf(row);
            return new Facility
            {
                Id = id,
                Name = row.Required("name"),
                Kind = row.Name<FacilityKind>("kind"),
                Country = row.RequiredValue<CountryCode>("country", ParseCountry, CountryExpectation),
                Locality = row.Text("locality"),
                OperatorId = row.Value<OrganizationId>("operatorId", ParseOrganizationId, IdExpectation),
                Location = location,
                Identifiers = Children<ExternalIdentifier>(CsvTables.FacilityIdentifiers, id),
            };
        }

        private Record Incident(TableRow row, RecordId id) => new Incident
        {
            Id = id,
            Kind = row.RequiredName<IncidentKind>("kind"),
            SubjectIds = Children<PersonId>(CsvTables.IncidentSubjects, id),
            DetentionId = row.Value<DetentionId>("detentionId", ParseDetentionId, IdExpectation),
            OccurredOn = row.RequiredValue<PartialDate>("occurredOn", ParseDate, DateExpectation),
            FacilityId = row.Value<RecordId>("facilityId", ParseRecordId, IdExpectation),
            PerpetratorIds = Children<ActorId>(CsvTables.IncidentPerpetrators, id),
            Accounts = Children<IncidentAccount>(CsvTables.IncidentAccounts, id),
        };

        private Record MassDetention(TableRow row, RecordId id) => new MassDetention
        {
            Id = id,
            OccurredOn = row.RequiredValue<PartialDate>("occurredOn", ParseDate, DateExpectation),
            Country = row.RequiredValue<CountryCode>("country", ParseCountry, CountryExpectation),
            Locality = row.Text("locality"),
            Location = LocationOf(row),
            AuthorityId = row.Value<OrganizationId>("authorityId", ParseOrganizationId, IdExpectation),
            Context = row.Text("context"),
            Counts = Children<AttributedCount>(CsvTables.MassDetentionCounts, id),
            DetentionIds = Children<DetentionId>(CsvTables.MassDetentionDetentions, id),
        };

        private Record Link(TableRow row, RecordId id) => new Link
        {
            Id = id,
            Kind = row.RequiredName<LinkKind>("kind"),
            FromId = row.RequiredValue<RecordId>("fromId", ParseRecordId, IdExpectation),
            ToId = row.RequiredValue<RecordId>("toId", ParseRecordId, IdExpectation),
            On = row.Value<PartialDate>("on", ParseDate, DateExpectation),
            AssertedBy = row.Text("assertedBy"),
            AssertedById = row.Value<ActorId>("assertedById", ParseActorId, IdExpectation),
            Disputed = row.Flag("disputed"),
            Confidence = row.Name<Confidence>("confidence"),
            FromStepId = row.Text("fromStepId"),
            ToStepId = row.Text("toStepId"),
            DeniedBy = Children<LinkDenial>(CsvTables.LinkDenials, id),
        };
    }
}
