using System.Text;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Serialization;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Detentions;

/// <summary>
/// What format 1.1 added to a sentence: a fine with its currency, the proceeding, how a sentence combines with or
/// replaces earlier ones of its list (by position), and time credited; on the wire, in the 1.0 gate and in the rules.
/// </summary>
public sealed class SentenceAdditionsTests
{
    private static readonly ValidationOptions Options = new() { Today = new NodaTime.LocalDate(2026, 1, 1) };

    private const string Head = """{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","sentences":[""";

    private static Record Detention(string sentences)
        => DatasetReader.ReadRecord(Encoding.UTF8.GetBytes(Head + sentences + "]}")).GetValueOrThrow();

    // The findings of one record, but the references (the detention's subject is not in these datasets).
    private static string[] Findings(string sentences)
        => [.. DatasetValidator.Validate(Detention(sentences), Options).Findings
            .Where(f => f.Code is not (ValidationCodes.ReferenceUnresolved or ValidationCodes.RecordNoSources))
            .Select(f => $"{f.Severity} {f.Code} {f.Path}")];

    [Fact]
    public void Sentence_WithEveryAddition_WritesEachAndReadsBackEqual()
    {
        var detention = new Detention
        {
            Id = new RecordId("d1"),
            SubjectId = new PersonId("p1"),
            Country = CountryCode.Parse("BY"),
            StartedOn = PartialDate.Parse("2020-09-07"),
            Status = DetentionStatus.Ongoing,
            Sentences =
            [
                new Sentence { ImposedOn = PartialDate.Parse("2020-12"), Kind = SentenceKind.Suspended, Term = Term.Parse("P3Y") },
                new Sentence
                {
                    ImposedOn = PartialDate.Parse("2021-09-06"),
                    Kind = SentenceKind.Imprisonment,
                    Term = Term.Parse("P11Y"),
                    Fine = new Fine { Amount = 1500.50m, Currency = CurrencyCode.Parse("BYN") },
                    ProceedingId = new RecordId("case-1"),
                    Combination = new SentenceCombination { Kind = SentenceCombinationKind.Aggregate, WithIndexes = [0] },
                    Credited = Term.Parse("P1Y"),
                },
                new Sentence { ImposedOn = PartialDate.Parse("2022"), Kind = SentenceKind.Imprisonment, Term = Term.Parse("P3Y"), ReplacesIndex = 0 },
            ],
        };

        RecordWire.WritesAndReadsBack(detention, Head.Replace("\"2020\"", "\"2020-09-07\"", StringComparison.Ordinal)
            + """{"imposedOn":"2020-12","kind":"suspended","term":"P3Y"},"""
            + """{"imposedOn":"2021-09-06","kind":"imprisonment","term":"P11Y","fine":{"amount":1500.50,"currency":"BYN"},"proceedingId":"case-1","combination":{"kind":"aggregate","withIndexes":[0]},"credited":"P1Y"},"""
            + """{"imposedOn":"2022","kind":"imprisonment","term":"P3Y","replacesIndex":0}]}""");
    }

    [Theory]
    [InlineData("1500", "1500")]
    [InlineData("0", "0")]
    [InlineData("1500.5", "1500.5")]
    [InlineData("1.5e3", "1500")]
    [InlineData("12345678901234567890.25", "12345678901234567890.25")]
    public void FineAmount_IsAnyNumber_WrittenAsTheDecimalRead(string amount, string written)
    {
        Record record = Detention("{\"imposedOn\":\"2021\",\"kind\":\"fine\",\"fine\":{\"amount\":" + amount + ",\"currency\":\"BYR\"}}");
        Assert.Contains("\"fine\":{\"amount\":" + written + ",\"currency\":\"BYR\"}", PoliticalEventsJson.ToJson(record), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"amount":"100","currency":"BYN"}""", "type", "/records/0/sentences/0/fine/amount")]
    [InlineData("""{"amount":1e400,"currency":"BYN"}""", "json.invalid", "/records/0/sentences/0/fine/amount")]
    [InlineData("""{"amount":100,"currency":"byn"}""", "pattern", "/records/0/sentences/0/fine/currency")]
    [InlineData("""{"amount":100,"currency":"BYNX"}""", "pattern", "/records/0/sentences/0/fine/currency")]
    [InlineData("""{"amount":100}""", "required", "/records/0/sentences/0/fine")]
    public void Fine_ThatCannotBeRead_IsRefusedAtItsPlace(string fine, string code, string pointer)
    {
        byte[] json = Encoding.UTF8.GetBytes("""{"formatVersion":"1.1","title":"T","records":[""" + Head + """{"imposedOn":"2021","kind":"fine","fine":""" + fine + "}]}]}");
        Finding finding = Assert.Single(DatasetValidator.Validate(json, DatasetFormat.Document, Options).Findings, f => f.Severity == Severity.Error);
        Assert.Equal((code, pointer), (finding.Code, finding.Path));
    }

    [Theory]
    [InlineData("BYN", true)]
    [InlineData("BYR", true)]
    [InlineData("XAU", true)]
    [InlineData("byn", false)]
    [InlineData("BY", false)]
    [InlineData("BYNN", false)]
    [InlineData("B1N", false)]
    [InlineData("", false)]
    public void CurrencyCode_IsThreeUpperCaseLetters(string text, bool valid)
    {
        Assert.Equal(valid, CurrencyCode.TryParse(text, out CurrencyCode code));
        Assert.Equal(valid ? text : string.Empty, code.Value);
        Assert.Equal(valid, CurrencyCode.TryParse(text.AsSpan(), out _));
        if (!valid)
        {
            Assert.Throws<FormatException>(() => CurrencyCode.Parse(text));
        }
    }

    [Theory]
    [InlineData("""{"imposedOn":"2021","kind":"fine","fine":{"amount":10,"currency":"BYN"}}""", "/sentences/0/fine")]
    [InlineData("""{"imposedOn":"2021","kind":"imprisonment","term":"P2Y","proceedingId":"c1"}""", "/sentences/0/proceedingId")]
    [InlineData("""{"imposedOn":"2021","kind":"imprisonment","term":"P2Y","credited":"P3M"}""", "/sentences/0/credited")]
    public void EachAdditionOnItsOwn_IsFoundByTheGate(string sentence, string pointer)
        => Assert.Equal([pointer], FormatFeatures.Of(Detention(sentence)).Select(f => f.Pointer));

    [Fact]
    public void CombinationAndReplacement_AreFoundByTheGate()
        => Assert.Equal(
            ["/sentences/1/combination", "/sentences/2/replacesIndex"],
            FormatFeatures.Of(Detention("""
                {"imposedOn":"2020","kind":"suspended","term":"P2Y"},
                {"imposedOn":"2021","kind":"imprisonment","term":"P5Y","combination":{"kind":"consecutive","withIndexes":[0]}},
                {"imposedOn":"2022","kind":"imprisonment","term":"P2Y","replacesIndex":0}
                """)).Select(f => f.Pointer));

    [Theory]
    // An aggregate that absorbs the earlier sentence; sentences served one after the other, or at once.
    [InlineData("""{"imposedOn":"2020","kind":"imprisonment","term":"P3Y"},{"imposedOn":"2021-09-06","kind":"imprisonment","term":"P11Y","combination":{"kind":"aggregate","withIndexes":[0]}}""")]
    [InlineData("""{"imposedOn":"2020","kind":"imprisonment","term":"P3Y"},{"imposedOn":"2020","kind":"imprisonment","term":"P1Y"},{"imposedOn":"2021","kind":"imprisonment","term":"P2Y","combination":{"kind":"consecutive","withIndexes":[0,1]}}""")]
    [InlineData("""{"imposedOn":"2021-05","kind":"imprisonment","term":"P3Y"},{"imposedOn":"2021","kind":"restrictedFreedom","term":"P1Y","combination":{"kind":"concurrent","withIndexes":[0]}}""")]
    // A suspended sentence made real; an unpaid fine replaced; a fine of unknown amount; a fine on top of prison.
    [InlineData("""{"imposedOn":"2020-12","kind":"suspended","term":"P2Y"},{"imposedOn":"2022-05-10","kind":"imprisonment","term":"P2Y","replacesIndex":0}""")]
    [InlineData("""{"imposedOn":"2020","kind":"fine","fine":{"amount":0.5,"currency":"EUR"}},{"imposedOn":"2021","kind":"restrictedFreedom","term":"P6M","replacesIndex":0}""")]
    [InlineData("""{"imposedOn":"2021","kind":"fine"}""")]
    [InlineData("""{"imposedOn":"2021","kind":"imprisonment","term":"P8Y","fine":{"amount":0,"currency":"BYN"},"credited":"P1Y2M15D"}""")]
    public void SentencesAsDocumentersKnowThem_AreValid(string sentences)
        => Assert.Empty(Findings(sentences));

    [Theory]
    [InlineData("""{"imposedOn":"2021","kind":"fine","fine":{"amount":-1,"currency":"BYN"}}""", "Error minimum /sentences/0/fine/amount")]
    [InlineData("""{"imposedOn":"2021","kind":"suspended","term":"P2Y","replacesIndex":0}""", "Error sentence.indexNotEarlier /sentences/0/replacesIndex")]
    [InlineData("""{"imposedOn":"2021","kind":"suspended","term":"P2Y","replacesIndex":1},{"imposedOn":"2022","kind":"imprisonment","term":"P2Y"}""", "Error sentence.indexNotEarlier /sentences/0/replacesIndex")]
    [InlineData("""{"imposedOn":"2021","kind":"suspended","term":"P2Y"},{"imposedOn":"2022","kind":"imprisonment","term":"P2Y","replacesIndex":5}""", "Error sentence.indexNotEarlier /sentences/1/replacesIndex")]
    [InlineData("""{"imposedOn":"2021","kind":"suspended","term":"P2Y"},{"imposedOn":"2022","kind":"imprisonment","term":"P2Y","replacesIndex":-1}""", "Error minimum /sentences/1/replacesIndex")]
    [InlineData("""{"imposedOn":"2021","kind":"suspended","term":"P2Y"},{"imposedOn":"2022","kind":"imprisonment","term":"P2Y","combination":{"kind":"aggregate","withIndexes":[1]}}""", "Error sentence.indexNotEarlier /sentences/1/combination/withIndexes/0")]
    [InlineData("""{"imposedOn":"2021","kind":"suspended","term":"P2Y"},{"imposedOn":"2022","kind":"imprisonment","term":"P2Y","combination":{"kind":"aggregate","withIndexes":[0,0]}}""", "Error uniqueItems /sentences/1/combination/withIndexes")]
    [InlineData("""{"imposedOn":"2021","kind":"suspended","term":"P2Y"},{"imposedOn":"2022","kind":"imprisonment","term":"P2Y","combination":{"kind":"aggregate","withIndexes":[]}}""", "Error minItems /sentences/1/combination/withIndexes")]
    [InlineData("""{"imposedOn":"2022-05","kind":"suspended","term":"P2Y"},{"imposedOn":"2021","kind":"imprisonment","term":"P2Y","replacesIndex":0}""", "Error sentence.beforeReferenced /sentences/1/replacesIndex")]
    [InlineData("""{"imposedOn":"2022-05","kind":"imprisonment","term":"P2Y"},{"imposedOn":"2022-04-30","kind":"imprisonment","term":"P9Y","combination":{"kind":"aggregate","withIndexes":[0]}}""", "Error sentence.beforeReferenced /sentences/1/combination/withIndexes/0")]
    public void SentenceRelationsThatCannotHold_AreErrors(string sentences, string expected)
        => Assert.Equal([expected], Findings(sentences));

    [Fact]
    public void SentenceReferencedOnADayItMayShare_IsNoFinding()
        => Assert.Empty(Findings("""{"imposedOn":"2022-05","kind":"suspended","term":"P2Y"},{"imposedOn":"2022","kind":"imprisonment","term":"P2Y","replacesIndex":0}"""));
}
