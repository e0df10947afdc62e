using System.Text;
using NodaTime;
using PoliticalEvents.Serialization;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>
/// The writers refuse, with one exception type naming the record, the place and the rule, what the reader would refuse
/// (and, for a whole dataset, ids used twice); they wrote such records as unreadable JSON or failed on them with a
/// NullReferenceException. The message never holds the record's contents.
/// </summary>
public sealed class WriteRefusalTests
{
    // Every text of the sample holds this, so a message that quoted any of them would show it.
    private const string Secret = "Zyxwv";

    private static Person Person() => new()
    {
        Id = (RecordId)"p-1",
        Name = Secret + " Kalesnikava",
        Roles = ["opposition"],
        Nationalities = [CountryCode.Parse("BY")],
        Sources = [new Source { Title = Secret + " report", AccessedOn = new LocalDate(2025, 12, 14) }],
        Notes = Secret + " notes",
    };

    private static Organization Organization() => new() { Id = (RecordId)"org-1", Kind = OrganizationKind.State, Name = Secret + " State", Country = CountryCode.Parse("BY") };

    private static Detention Detention() => new()
    {
        Id = (RecordId)"det-1",
        SubjectId = (PersonId)"p-1",
        Country = CountryCode.Parse("BY"),
        StartedOn = PartialDate.Parse("2020-09-07"),
        EndedOn = new DateOnly(2025, 12, 13),
        Status = DetentionStatus.Ended,
        Charges = [new Charge { Law = Secret + " Code", Article = "361" }],
        Sentences = [new Sentence { ImposedOn = PartialDate.Parse("2021-09-06"), Kind = SentenceKind.Imprisonment, Term = Term.Parse("P11Y") }],
    };

    private static Release Release() => new()
    {
        Id = (RecordId)"rel-1",
        ReleasedOn = new DateOnly(2025, 12, 13),
        Kind = ReleaseKind.Pardon,
        Detainees = [new ReleasedDetainee { SubjectId = (PersonId)"p-1", DetentionId = (DetentionId)"det-1" }],
    };

    private static SanctionMeasure Measure() => new()
    {
        Id = (RecordId)"sanction-1",
        ImposedById = (OrganizationId)"org-1",
        Kind = SanctionKind.AssetFreeze,
        Targets = [SanctionTarget.ForSector(Secret + " potash")],
        History = [new SanctionEvent { Action = SanctionAction.Imposed, On = PartialDate.Parse("2021-08"), Sources = [new Source { Url = WebUrl.Parse("https://example.org/" + Secret) }] }],
    };

    private static Dataset Sample(params Record[] replacing)
    {
        Record[] records = [Person(), Organization(), Detention(), Release(), Measure()];
        foreach (Record record in replacing)
        {
            records[Array.FindIndex(records, r => r.GetType() == record.GetType())] = record;
        }

        return new Dataset { Title = Secret + " dataset", Records = records };
    }

    // What each refused dataset is refused for: the code, the pointer in the document, the index of the record (null for
    // the metadata). By name, so that test names do not print the datasets.
    private static readonly Dictionary<string, (Func<Dataset> Build, string Code, string Pointer, int? Index)> Cases = new()
    {
        ["default record id"] = (() => Sample(Person() with { Id = default }), "required", "/records/0/id", 0),
        ["default subject id"] = (() => Sample(Detention() with { SubjectId = default }), "required", "/records/2/subjectId", 2),
        ["default country"] = (() => Sample(Detention() with { Country = default }), "required", "/records/2/country", 2),
        ["default optional id"] = (() => Sample(Detention() with { AuthorityId = default(OrganizationId) }), "value.default", "/records/2/authorityId", 2),
        ["default term"] = (() => Sample(Detention() with { Sentences = [Detention().Sentences[0] with { Term = default(Term) }] }), "value.default", "/records/2/sentences/0/term", 2),
        ["default nationality"] = (() => Sample(Person() with { Nationalities = [CountryCode.Parse("BY"), default] }), "value.default", "/records/0/nationalities/1", 0),
        ["default URL in a history source"] = (() => Sample(Measure() with { History = [Measure().History[0] with { Sources = [new Source { Url = default(WebUrl) }] }] }), "value.default", "/records/4/history/0/sources/0/url", 4),
        ["null required list"] = (() => Sample(Release() with { Detainees = null! }), "required", "/records/3/detainees", 3),
        ["null targets"] = (() => Sample(Measure() with { Targets = null! }), "required", "/records/4/targets", 4),
        ["null history"] = (() => Sample(Measure() with { History = null! }), "required", "/records/4/history", 4),
        ["null record"] = (() => new Dataset { Title = "T", Records = [Person(), null!] }, "item.null", "/records/1", 1),
        ["null source"] = (() => Sample(Person() with { Sources = [null!] }), "item.null", "/records/0/sources/0", 0),
        ["null detainee"] = (() => Sample(Release() with { Detainees = [null!] }), "item.null", "/records/3/detainees/0", 3),
        ["null role"] = (() => Sample(Person() with { Roles = ["opposition", null!] }), "item.null", "/records/0/roles/1", 0),
        ["null organization name"] = (() => Sample(Organization() with { Name = null! }), "required", "/records/1/name", 1),
        ["null charge law"] = (() => Sample(Detention() with { Charges = [new Charge { Law = null!, Article = "361" }] }), "required", "/records/2/charges/0/law", 2),
        ["null actor name value"] = (() => Sample(Person() with { Names = [new ActorName { Value = null! }] }), "required", "/records/0/names/0/value", 0),
        ["undefined enum"] = (() => Sample(Measure() with { Kind = default }), "enum", "/records/4/kind", 4),
        ["undefined enum in a list"] = (() => Sample(Detention() with { Conditions = [(DetentionCondition)999] }), "enum", "/records/2/conditions/0", 2),
        ["text too long"] = (() => Sample(Person() with { Notes = Secret + new string('x', 100_000) }), "maxLength", "/records/0/notes", 0),
        ["half a surrogate pair"] = (() => Sample(Person() with { Name = Secret + "\uD835" }), "text.encoding", "/records/0/name", 0),
        ["not the ISO calendar"] = (() => Sample(Person() with { Sources = [new Source { Title = "t", AccessedOn = new LocalDate(2025, 12, 1, CalendarSystem.Julian) }] }), "date.calendar", "/records/0/sources/0/accessedOn", 0),
        ["null title"] = (() => Sample() with { Title = null! }, "required", "/title", null),
        ["null format version"] = (() => Sample() with { FormatVersion = null! }, "required", "/formatVersion", null),
        ["null publisher name"] = (() => Sample() with { Publisher = new Publisher { Name = null! } }, "required", "/publisher/name", null),
        ["title too long"] = (() => Sample() with { Title = Secret + new string('t', 100_000) }, "maxLength", "/title", null),
    };

    public static TheoryData<string> AllCases() => [.. Cases.Keys];

    // The cases of a record that can be written on its own.
    public static TheoryData<string> RecordCases() => [.. Cases.Keys.Where(name => Cases[name].Index is not null && name != "null record")];

    [Theory]
    [MemberData(nameof(AllCases))]
    public async Task WholeDatasetWriters_Refuse(string name)
    {
        (Func<Dataset> build, string code, string pointer, int? index) = Cases[name];
        Dataset dataset = build();
        foreach ((string writer, Func<Task> write) in WholeDatasetWriters(dataset))
        {
            AssertRefusal(writer, await Assert.ThrowsAsync<DatasetWriteException>(write), dataset, code, pointer, index);
        }

        AssertRefusal("JsonLines.WriteAsync(dataset)", await Assert.ThrowsAsync<DatasetWriteException>(() => JsonLines.WriteAsync(new MemoryStream(), dataset)), dataset, code, InLine(pointer), index);
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public async Task StreamingWriters_Refuse(string name)
    {
        (Func<Dataset> build, string code, string pointer, int? index) = Cases[name];
        Dataset dataset = build();
        Dataset metadata = dataset with { Records = [] };
        AssertRefusal(
            "WriteDatasetAsync(metadata, records)",
            await Assert.ThrowsAsync<DatasetWriteException>(() => PoliticalEventsJson.WriteDatasetAsync(new MemoryStream(), metadata, Arrive(dataset.Records))),
            dataset,
            code,
            pointer,
            index);
        AssertRefusal(
            "JsonLines.WriteAsync(header, records)",
            await Assert.ThrowsAsync<DatasetWriteException>(() => JsonLines.WriteAsync(new MemoryStream(), metadata, Arrive(dataset.Records))),
            dataset,
            code,
            InLine(pointer),
            index);
    }

    [Theory]
    [MemberData(nameof(RecordCases))]
    public void ToJsonOfTheRecord_Refuses(string name)
    {
        (Func<Dataset> build, string code, string pointer, int? index) = Cases[name];
        Record record = build().Records[index!.Value];

        DatasetWriteException error = Assert.Throws<DatasetWriteException>(() => PoliticalEventsJson.ToJson(record));

        Assert.Equal((code, InLine(pointer), (int?)null), (error.Code, error.Path, error.RecordIndex));
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("The record (" + record.TypeName + " ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateIds_RefusedByTheWholeDatasetWriters_NamingBothRecords()
    {
        Dataset dataset = Sample(Release() with { Id = (RecordId)"det-1" });

        foreach ((string writer, Func<Task> write) in WholeDatasetWriters(dataset).Append(("JsonLines.WriteAsync(dataset)", () => JsonLines.WriteAsync(new MemoryStream(), dataset))))
        {
            DatasetWriteException error = await Assert.ThrowsAsync<DatasetWriteException>(write);

            Assert.Equal(("dataset.duplicateId", 3, "det-1"), (error.Code, error.RecordIndex, error.RecordId?.Value));
            Assert.EndsWith("/id", error.Path, StringComparison.Ordinal);
            Assert.Contains("index 2", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
            _ = writer;
        }
    }

    [Fact]
    public async Task DuplicateIds_PassedOnByTheWritersOfRecordsAsTheyArrive()
    {
        // polev convert --force writes what it could read, duplicates included, and reports them as validation errors.
        Dataset dataset = Sample(Release() with { Id = (RecordId)"det-1" });
        using var document = new MemoryStream();
        using var lines = new MemoryStream();

        await PoliticalEventsJson.WriteDatasetAsync(document, dataset with { Records = [] }, Arrive(dataset.Records));
        await JsonLines.WriteAsync(lines, dataset, Arrive(dataset.Records));

        Assert.Equal(5, PoliticalEventsJson.ReadDataset(document.ToArray()).GetValueOrThrow().Records.Count);
        lines.Position = 0;
        Assert.Equal(5, (await JsonLines.ReadDatasetAsync(lines)).Dataset!.Records.Count);
    }

    [Fact]
    public async Task NullRecords_OfTheWholeDataset_Refused()
    {
        Dataset dataset = Sample() with { Records = null! };

        foreach ((string writer, Func<Task> write) in WholeDatasetWriters(dataset).Append(("JsonLines.WriteAsync(dataset)", () => JsonLines.WriteAsync(new MemoryStream(), dataset))))
        {
            DatasetWriteException error = await Assert.ThrowsAsync<DatasetWriteException>(write);
            Assert.Equal(("required", "/records", (int?)null), (error.Code, error.Path, error.RecordIndex));
            _ = writer;
        }
    }

    [Fact]
    public async Task StreamingWriters_CheckEachRecordAsItArrives()
    {
        static async IAsyncEnumerable<Record> Records()
        {
            yield return Person();
            await Task.Yield();
            yield return Organization() with { Name = null! };
            throw new InvalidOperationException("The writer asked for a record after the one it refuses.");
        }

        Dataset metadata = new() { Title = "T", Records = [] };

        Assert.Equal(1, (await Assert.ThrowsAsync<DatasetWriteException>(() => PoliticalEventsJson.WriteDatasetAsync(new MemoryStream(), metadata, Records()))).RecordIndex);
        Assert.Equal(1, (await Assert.ThrowsAsync<DatasetWriteException>(() => JsonLines.WriteAsync(new MemoryStream(), null, Records()))).RecordIndex);
    }

    [Fact]
    public void Message_NamesIndexTypeIdPlaceAndCode()
    {
        DatasetWriteException error = Assert.Throws<DatasetWriteException>(() => PoliticalEventsJson.ToJson(Sample(Detention() with { SubjectId = default })));

        Assert.Equal(
            "The record at index 2 (detention det-1) cannot be written: /records/2/subjectId is required but holds a default PersonId, which has no value (required).",
            error.Message);
        Assert.IsType<InvalidOperationException>(error, exactMatch: false);
    }

    [Fact]
    public void Message_OfARecordWithoutId_SaysSo()
    {
        DatasetWriteException error = Assert.Throws<DatasetWriteException>(() => PoliticalEventsJson.ToJson(Sample(Person() with { Id = default })));

        Assert.Equal("The record at index 0 (person without an id) cannot be written: /records/0/id is required but holds a default RecordId, which has no value (required).", error.Message);
        Assert.Null(error.RecordId);
    }

    [Fact]
    public void ValidSample_IsWrittenByEveryWriter_AndReadsBack()
    {
        Dataset dataset = Sample();

        string json = PoliticalEventsJson.ToJson(dataset);

        Assert.Equal(dataset, PoliticalEventsJson.ReadDataset(Encoding.UTF8.GetBytes(json)).GetValueOrThrow());
        Assert.All(dataset.Records, r => PoliticalEventsJson.ToJson(r));
    }

    private static void AssertRefusal(string writer, DatasetWriteException error, Dataset dataset, string code, string pointer, int? index)
    {
        Assert.True((code, pointer, index) == (error.Code, error.Path, error.RecordIndex), $"{writer}: {error.Code} {error.Path} {error.RecordIndex}");
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        Assert.Contains("(" + code + ").", error.Message, StringComparison.Ordinal);
        if (index is { } i && dataset.Records[i] is { } record && record.Id.Value.Length > 0)
        {
            Assert.Equal(record.Id, error.RecordId);
            Assert.Contains($"index {i} ({record.TypeName} {record.Id.Value})", error.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(error.RecordId);
        }
    }

    private static IEnumerable<(string Writer, Func<Task> Write)> WholeDatasetWriters(Dataset dataset) =>
    [
        ("WriteDataset", () => Task.Run(() => PoliticalEventsJson.WriteDataset(new MemoryStream(), dataset))),
        ("WriteDatasetAsync(dataset)", () => PoliticalEventsJson.WriteDatasetAsync(new MemoryStream(), dataset)),
        ("ToJson(dataset)", () => Task.Run(() => PoliticalEventsJson.ToJson(dataset, indented: false))),
    ];

    // JSON Lines pointers are within the line: /records/3/subjectId is /subjectId there; /title stays /title.
    private static string InLine(string pointer)
    {
        if (!pointer.StartsWith("/records/", StringComparison.Ordinal))
        {
            return pointer;
        }

        int slash = pointer.IndexOf('/', "/records/".Length);
        return slash < 0 ? string.Empty : pointer[slash..];
    }

    private static async IAsyncEnumerable<Record> Arrive(IEnumerable<Record> records)
    {
        foreach (Record record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }
}
