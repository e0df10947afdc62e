using System.Text;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Validation;

/// <summary>
/// One convention for every list whose items are unique (<c>uniqueItems</c>): the finding is at the list, as JSON
/// Schema reports it, once per later mention, and the message gives the mention's position.
/// </summary>
public sealed class UniqueItemsTests
{
    private static readonly ValidationOptions Options = new() { Today = new NodaTime.LocalDate(2026, 1, 1) };

    private const string Person = """{"type":"person","id":"p1","name":"A","sources":[{"title":"S"}]}""";

    private const string Detention = """{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","sources":[{"title":"S"}]}""";

    public static TheoryData<string, string, string> Cases => new()
    {
        // name, the record with a list naming one item three times (record 2, after the person and the detention), the list
        {
            "incident subjects",
            """{"type":"incident","id":"i1","kind":"torture","subjectIds":["p1","p1","p1"],"occurredOn":"2021-08","sources":[{"title":"S"}]}""",
            "/records/2/subjectIds"
        },
        {
            "mass detention's detentions",
            """{"type":"massDetention","id":"m1","occurredOn":"2020","country":"BY","counts":[{"value":250,"qualifier":"atLeast","by":"Viasna"}],"detentionIds":["d1","d1","d1"],"sources":[{"title":"S"}]}""",
            "/records/2/detentionIds"
        },
        {
            "a combination's sentences",
            """{"type":"detention","id":"d2","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","sentences":[{"imposedOn":"2021","kind":"imprisonment","term":"P3Y"},{"imposedOn":"2022","kind":"imprisonment","term":"P2Y","combination":{"kind":"consecutive","withIndexes":[0,0,0]}}],"sources":[{"title":"S"}]}""",
            "/records/2/sentences/1/combination/withIndexes"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ARepeatedItem_IsFoundAtTheList_OncePerLaterMention_WithItsPosition(string name, string record, string list)
    {
        Record[] records = [.. new[] { Person, Detention, record }.Select(json => DatasetReader.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow())];
        ValidationResult result = DatasetValidator.Validate(new Dataset { FormatVersion = "1.1", Title = "T", Records = records }, Options);

        Finding[] repeats = [.. result.Findings.Where(f => f.Code == ValidationCodes.UniqueItems)];
        Assert.True(repeats.Length == 2, $"{name}: {string.Join(", ", result.Findings.Select(f => $"{f.Code} {f.Path}"))}");
        Assert.All(repeats, f => Assert.Equal((Severity.Error, list), (f.Severity, f.Path)));
        Assert.Contains("1", repeats[0].Message, StringComparison.Ordinal);
        Assert.Contains("2", repeats[1].Message, StringComparison.Ordinal);
    }
}
