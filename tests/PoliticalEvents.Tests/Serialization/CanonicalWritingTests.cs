using System.Text;
using PoliticalEvents.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>Writing omits null, empty optional arrays, false and "public", so a document has one canonical form.</summary>
public sealed class CanonicalWritingTests
{
    [Fact]
    public void ToJson_PersonWithNullsEmptyListsAndDefaults_OnlyWhatIsSet()
    {
        var person = new Person
        {
            Id = new RecordId("p1"),
            Name = "A",
            Names = [],
            Identifiers = [],
            Affiliations = [],
            Roles = [],
            Anonymous = false,
            Gender = null,
            BirthDate = null,
            Nationalities = [],
            Sources = [],
            Notes = null,
            Confidentiality = Confidentiality.Public,
        };

        Assert.Equal("""{"type":"person","id":"p1","name":"A"}""", PoliticalEventsJson.ToJson(person));
    }

    [Fact]
    public void ToJson_SentenceNotInAbsentia_InAbsentiaOmitted()
    {
        var detention = new Detention
        {
            Id = new RecordId("d1"),
            SubjectId = new PersonId("p1"),
            Country = CountryCode.Parse("BY"),
            StartedOn = PartialDate.Parse("2020"),
            Status = DetentionStatus.Ongoing,
            Sentences = [new Sentence { ImposedOn = PartialDate.Parse("2021"), Kind = SentenceKind.Fine, InAbsentia = false }],
            Designations = [new Designation { By = "V", Status = DesignationStatus.PoliticalPrisoner, Criteria = [] }],
        };

        Assert.Equal(
            """{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","sentences":[{"imposedOn":"2021","kind":"fine"}],"designations":[{"by":"V","status":"politicalPrisoner"}]}""",
            PoliticalEventsJson.ToJson(detention));
    }

    [Fact]
    public void ToJson_LinkNotDisputed_DisputedOmitted()
    {
        var link = new Link { Id = new RecordId("l1"), Kind = LinkKind.PartOf, FromId = new RecordId("a"), ToId = new RecordId("b"), Disputed = false };

        Assert.Equal("""{"type":"link","id":"l1","kind":"partOf","fromId":"a","toId":"b"}""", PoliticalEventsJson.ToJson(link));
    }

    [Theory]
    [InlineData(Confidentiality.Public, "")]
    [InlineData(Confidentiality.Restricted, ",\"confidentiality\":\"restricted\"")]
    [InlineData(Confidentiality.Confidential, ",\"confidentiality\":\"confidential\"")]
    public void ToJson_Confidentiality_PublicOmittedOthersWritten(Confidentiality confidentiality, string expected)
    {
        var person = new Person { Id = new RecordId("p1"), Name = "A", Confidentiality = confidentiality };

        Assert.Equal("{\"type\":\"person\",\"id\":\"p1\",\"name\":\"A\"" + expected + "}", PoliticalEventsJson.ToJson(person));
    }

    [Fact]
    public void ToJson_ReleaseWithEmptyRequiredLists_RequiredListsStillWritten()
    {
        var release = new Release { Id = new RecordId("r1"), ReleasedOn = PartialDate.Parse("2025"), Kind = ReleaseKind.Unknown, Detainees = [new ReleasedDetainee { SubjectId = new PersonId("p1"), Conditions = [] }] };
        var measure = new SanctionMeasure { Id = new RecordId("s1"), ImposedById = new OrganizationId("o1"), Kind = SanctionKind.Other, Targets = [], History = [] };

        Assert.Equal("""{"type":"release","id":"r1","releasedOn":"2025","kind":"unknown","detainees":[{"subjectId":"p1"}]}""", PoliticalEventsJson.ToJson(release));
        Assert.Equal("""{"type":"sanctionMeasure","id":"s1","imposedById":"o1","kind":"other","targets":[],"history":[]}""", PoliticalEventsJson.ToJson(measure));
    }

    [Fact]
    public void ToJson_NonAsciiAndHtmlCharacters_WrittenAsUtf8QuotesAndControlsEscaped()
    {
        var person = new Person { Id = new RecordId("p1"), Name = "Марыя «Маша» <&> 刘晓波 عبير ქართული", Notes = "say \"no\"\\\n\t\u0001" };

        Assert.Equal(
            "{\"type\":\"person\",\"id\":\"p1\",\"name\":\"Марыя «Маша» <&> 刘晓波 عبير ქართული\",\"notes\":\"say \\\"no\\\"\\\\\\n\\t\\u0001\"}",
            PoliticalEventsJson.ToJson(person));
    }

    [Fact]
    public void ToJson_CharactersOutsideTheBasicPlane_EscapedAsSurrogatePairsAndReadBack()
    {
        // System.Text.Json's encoders always escape supplementary-plane characters; the form is still canonical.
        var person = new Person { Id = new RecordId("p1"), Name = "👩🏽‍⚖️ 𝔄" };

        string json = PoliticalEventsJson.ToJson(person);

        Assert.Contains("\\uD83D\\uDC69", json, StringComparison.Ordinal);
        Person read = Assert.IsType<Person>(PoliticalEventsJson.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow());
        Assert.Equal(person.Name, read.Name);
        Assert.Equal(json, PoliticalEventsJson.ToJson(read));
    }

    [Fact]
    public void ToJson_Dataset_TwoSpaceIndentationAndFinalNewline()
    {
        var dataset = new Dataset { FormatVersion = "1.0", Title = "t", Records = [new Person { Id = new RecordId("p1"), Roles = ["a"] }] };

        Assert.Equal(
            "{\n  \"formatVersion\": \"1.0\",\n  \"title\": \"t\",\n  \"records\": [\n    {\n      \"type\": \"person\",\n      \"id\": \"p1\",\n      \"roles\": [\n        \"a\"\n      ]\n    }\n  ]\n}\n",
            PoliticalEventsJson.ToJson(dataset));
    }

    [Fact]
    public async Task WriteDatasetAsync_SameBytesAsWriteDataset()
    {
        var dataset = new Dataset { FormatVersion = "1.0", Title = "Ж", Records = [new Person { Id = new RecordId("p1"), Name = "Ж" }] };
        using var sync = new MemoryStream();
        using var async = new MemoryStream();

        PoliticalEventsJson.WriteDataset(sync, dataset);
        await PoliticalEventsJson.WriteDatasetAsync(async, dataset);

        Assert.Equal(sync.ToArray(), async.ToArray());
        Assert.Equal(PoliticalEventsJson.ToJson(dataset), Encoding.UTF8.GetString(sync.ToArray()));
        Assert.False(sync.ToArray().AsSpan().StartsWith("\uFEFF"u8));
    }
}
