using System.Text;
using CsCheck;
using NodaTime;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.TestHelpers;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Validation;

/// <summary>
/// Names and the other texts that identify someone or something are one line of visible text: blank is
/// <c>text.blank</c>, a control or invisible format character is <c>text.invisibleCharacter</c>.
/// </summary>
public sealed class TextRulesTests
{
    private static readonly ValidationOptions Options = new() { Today = new LocalDate(2026, 1, 1) };

    // Every checked text: a record in JSON with the placeholder TEXT (a JSON string's contents), and the pointer of it.
    public static TheoryData<string, string> CheckedTexts() => new()
    {
        { """{"type":"person","id":"p1","name":"TEXT"}""", "/name" },
        { """{"type":"organization","id":"o1","kind":"ngo","name":"TEXT"}""", "/name" },
        { """{"type":"person","id":"p1","name":"A","names":[{"value":"B"},{"value":"TEXT"}]}""", "/names/1/value" },
        { """{"type":"organization","id":"o1","kind":"ngo","name":"A","names":[{"value":"TEXT","kind":"alias"}]}""", "/names/0/value" },
        { """{"type":"person","id":"p1","name":"A","identifiers":[{"scheme":"acme-register","value":"TEXT"}]}""", "/identifiers/0/value" },
        { """{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","designations":[{"by":"TEXT","status":"politicalPrisoner"}]}""", "/designations/0/by" },
        { """{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","placements":[{"facility":"TEXT"}]}""", "/placements/0/facility" },
        { """{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","placements":[{"facility":"F","locality":"TEXT"}]}""", "/placements/0/locality" },
        { """{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","sentences":[{"imposedOn":"2021","kind":"fine","court":"TEXT"}]}""", "/sentences/0/court" },
        { """{"type":"release","id":"r1","releasedOn":"2025","kind":"pardon","detainees":[{"subjectId":"p1"}],"reportedCount":{"value":5,"qualifier":"atLeast","by":"TEXT"}}""", "/reportedCount/by" },
        { """{"type":"link","id":"l1","kind":"relatedTo","fromId":"a","toId":"b","assertedBy":"TEXT"}""", "/assertedBy" },
        { """{"type":"person","id":"p1","name":"A","sources":[{"title":"T"},{"title":"T","publisher":"TEXT"}]}""", "/sources/1/publisher" },
        { """{"type":"sanctionMeasure","id":"s1","imposedById":"o1","kind":"assetFreeze","targets":[{"country":"BY"}],"history":[{"action":"imposed","on":"2021","sources":[{"title":"T","publisher":"TEXT"}]}]}""", "/history/0/sources/0/publisher" },
    };

    [Theory]
    [MemberData(nameof(CheckedTexts))]
    public void CheckedText_Blank_IsTextBlank(string record, string pointer)
    {
        foreach (string blank in (string[])[" ", "   ", "\\u00A0", "\\u3000", "\\u2002\\u2003", "\\u200C", " \\u200D "])
        {
            Finding error = Assert.Single(Errors(record, blank));
            Assert.Equal((ValidationCodes.TextBlank, pointer), (error.Code, error.Path));
        }
    }

    [Theory]
    [MemberData(nameof(CheckedTexts))]
    public void CheckedText_ControlOrInvisibleCharacter_IsTextInvisibleCharacter(string record, string pointer)
    {
        foreach (string text in (string[])["\\u0000", "A\\u0000", "Anna\\tB", "Anna\\nB", "\\u0085", "\\u200B", "An\\u200Bna", "An\\u00ADna", "Anna\\uFEFF", "\\u202EannA", "A\\u2066B\\u2069", "A\\u200EB", "A\\uDB40\\uDC41", "A\\u2060"])
        {
            Finding error = Assert.Single(Errors(record, text));
            Assert.Equal((ValidationCodes.TextInvisibleCharacter, pointer), (error.Code, error.Path));
        }
    }

    [Theory]
    [MemberData(nameof(CheckedTexts))]
    public void CheckedText_JoinersLettersMarksAndEmoji_AreValid(string record, string pointer)
    {
        // Persian with ZWNJ, Devanagari with ZWJ, an emoji ZWJ sequence with a variation selector, a combining accent,
        // right-to-left text, inner and no-break spaces.
        foreach (string text in (string[])["\\u0646\\u0631\\u06AF\\u0633 \\u0645\\u062D\\u0645\\u062F\\u06CC", "\\u0645\\u06CC\\u200C\\u062E\\u0648\\u0627\\u0647\\u0645", "\\u0915\\u094D\\u200D\\u0937", "\\uD83D\\uDC69\\uD83C\\uDFFD\\u200D\\u2696\\uFE0F", "Zoe\\u0308", "\\u05E9\\u05DC\\u05D5\\u05DD", "Ales\\u00A0Bialiatski", "A", "\\u2116 1"])
        {
            Assert.Empty(Errors(record, text));
            Assert.DoesNotContain(Validate(record.Replace("TEXT", text, StringComparison.Ordinal)), e => e.Path == pointer);
        }
    }

    [Fact]
    public void EmptyText_IsMinLengthWhereTheSchemaSaysSo_ElseBlank()
    {
        Assert.Equal([(ValidationCodes.MinLength, "/name")], Codes("""{"type":"person","id":"p1","name":""}"""));
        Assert.Equal([(ValidationCodes.MinLength, "/names/0/value")], Codes("""{"type":"person","id":"p1","name":"A","names":[{"value":""}]}"""));
        Assert.Equal([(ValidationCodes.MinLength, "/identifiers/0/value")], Codes("""{"type":"person","id":"p1","name":"A","identifiers":[{"scheme":"viasna","value":""}]}"""));
        Assert.Equal([(ValidationCodes.TextBlank, "/assertedBy")], Codes("""{"type":"link","id":"l1","kind":"relatedTo","fromId":"a","toId":"b","assertedBy":""}"""));
        Assert.Equal([(ValidationCodes.TextBlank, "/placements/0/locality")], Codes("""{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","placements":[{"facility":"F","locality":""}]}"""));
    }

    [Fact]
    public void KnownSchemeValue_WithAnInvisibleCharacter_IsOnePatternFinding()
        => Assert.Equal([(ValidationCodes.Pattern, "/identifiers/0/value")], Codes("""{"type":"person","id":"p1","name":"A","identifiers":[{"scheme":"wikidata","value":"Q4\u200B2"}]}"""));

    [Fact]
    public void FreeTextsAndTitles_AreNotChecked()
    {
        // Notes, quotes, descriptions and reasons may hold line breaks; titles, citations and legal provisions are copied
        // from documents with their soft hyphens and direction marks.
        const string Hidden = "a\\n\\t\\u00AD\\u200E\\u200Bb";
        Assert.Empty(Codes($$"""{"type":"person","id":"p1","name":"A","notes":"{{Hidden}}","sources":[{"title":"{{Hidden}}","quote":"{{Hidden}}"}]}"""));
        Assert.Empty(Codes($$"""{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","charges":[{"law":"{{Hidden}}","article":"{{Hidden}}","part":"{{Hidden}}","description":"{{Hidden}}"}],"sentences":[{"imposedOn":"2021","kind":"fine","regime":"{{Hidden}}"}]}"""));
        Assert.Empty(Codes($$"""{"type":"sanctionMeasure","id":"s1","imposedById":"o1","kind":"assetFreeze","program":{"code":"{{Hidden}}","name":"{{Hidden}}"},"legalBasis":{"citation":"{{Hidden}}"},"reason":"{{Hidden}}","targets":[{"sector":"{{Hidden}}"}],"history":[{"action":"imposed","on":"2021","description":"{{Hidden}}"}]}"""));
        Assert.Empty(Codes($$"""{"type":"person","id":"p1","name":"A","affiliations":[{"organizationId":"o1","role":"{{Hidden}}"}]}"""));
    }

    [Fact]
    public void DatasetPublisherName_IsChecked_TheTitleIsNot()
    {
        ValidationResult result = DatasetValidator.ValidateDocument(
            """{"formatVersion":"1.0","title":"T\u200B","publisher":{"name":"Viasna\u200B"},"records":[]}"""u8, Options);

        Finding error = Assert.Single(result.Findings);
        Assert.Equal((ValidationCodes.TextInvisibleCharacter, "/publisher/name"), (error.Code, error.Path));
        Assert.Equal(ValidationCodes.TextBlank, Assert.Single(DatasetValidator.ValidateDocument("""{"formatVersion":"1.0","title":"T","publisher":{"name":" "},"records":[]}"""u8, Options).Findings).Code);
    }

    [Fact]
    public void Messages_NameThePropertyAndPosition_NeverTheText()
    {
        Finding invisible = Assert.Single(Errors("""{"type":"person","id":"p1","name":"TEXT"}""", "Secret\\u200BName"));
        Finding control = Assert.Single(Errors("""{"type":"person","id":"p1","name":"TEXT"}""", "\\uD83D\\uDE00Secret\\u0000"));
        Finding blank = Assert.Single(Errors("""{"type":"person","id":"p1","name":"A","names":[{"value":"TEXT"}]}""", "\\u00A0"));

        Assert.Equal("\"name\" holds an invisible format character (such as a zero-width space, a soft hyphen or a direction mark) at character 7: a name or identifying text is one line of visible characters.", invisible.Message);
        Assert.Equal("\"name\" holds a control character (such as a tab, a line break or NUL) at character 8: a name or identifying text is one line of visible characters.", control.Message);
        Assert.Equal("\"value\" is blank: it holds no visible character.", blank.Message);
        Assert.All([invisible, control, blank], e => Assert.DoesNotContain("Secret", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Record_InTheModel_IsCheckedLikeTheWire()
    {
        var person = new Person { Id = new("p1"), Name = "A", Names = [new ActorName { Value = "B\u0000" }] };

        Finding error = Assert.Single(DatasetValidator.Validate(person).Findings);

        Assert.Equal((ValidationCodes.TextInvisibleCharacter, "/names/0/value"), (error.Code, error.Path));
        Finding lone = Assert.Single(DatasetValidator.Validate(person with { Names = [new ActorName { Value = "B" + '\uD800' }] }).Findings);
        Assert.Contains("half of a surrogate pair", lone.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_AnyText_FindingExactlyWhenBlankOrHidingACharacter()
        => Gen.OneOf(Gen.String, Gen.Char["Aa \u00A0\u3000\u0000\t\u0085\u00AD\u200B\u200C\u200D\u202E\uFEFF\u0301"].Array[1, 6].Select(c => new string(c))).Sample(text =>
        {
            bool hidden = UnicodeReference.HasControlOrFormat(text);
            bool blank = text.All(c => char.IsWhiteSpace(c) || c is '\u200C' or '\u200D');
            string? expected = text.Length == 0 ? ValidationCodes.MinLength
                : hidden ? ValidationCodes.TextInvisibleCharacter : blank ? ValidationCodes.TextBlank : null;

            var person = new Person { Id = new("p1"), Name = "A", Names = [new ActorName { Value = text }] };
            IReadOnlyList<Finding> errors = DatasetValidator.Validate(person).Findings;

            Assert.Equal(expected, errors.SingleOrDefault()?.Code);
            Assert.All(errors, e => Assert.DoesNotContain('\n', e.Message));
        }, iter: 5_000);

    // The errors (not warnings) of the record with TEXT replaced by the given JSON string contents.
    private static IReadOnlyList<Finding> Errors(string record, string text)
        => [.. Validate(record.Replace("TEXT", text, StringComparison.Ordinal)).Where(e => e.Severity == Severity.Error)];

    private static List<(string, string)> Codes(string record)
        => [.. Validate(record).Where(e => e.Severity == Severity.Error).Select(e => (e.Code, e.Path))];

    private static IReadOnlyList<Finding> Validate(string json)
    {
        ReadResult<Record> read = PoliticalEventsJson.ReadRecord(Encoding.UTF8.GetBytes(json));
        Assert.True(read.Findings.Count == 0, string.Join("\n", read.Findings));
        return DatasetValidator.Validate(read.Value!, Options).Findings;
    }
}
