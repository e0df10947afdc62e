using System.Text;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>Error messages locate a problem and name the rule; they never repeat the value that broke it.</summary>
public sealed class ErrorMessagePrivacyTests
{
    private const string Secret = "Ciχanoŭskaja-SECRET";

    private static string Document(string record) => """{"formatVersion":"1.0","title":"t","records":[""" + record + "]}";

    private static string Person(string extra) => """{"type":"person","id":"p1","name":"A" """ + extra + "}";

    // § stands for the secret value.
    public static TheoryData<string> InputsWithASecretValue => new(new[]
    {
        Document("""{"type":"§","id":"p1"}"""),
        Document("""{"id":"p1","type":{"§":"§"}}"""),
        Document(Person(""","gender":"§" """)),
        Document(Person(""","birthDate":"§" """)),
        Document("""{"type":"person","id":"§","name":"A"}"""),
        Document(Person(""","sources":[{"url":"https://§ x"}]""")),
        Document(Person(""","sources":[{"title":"x","accessedOn":"§"}]""")),
        Document(Person(""","sources":[{"title":"x","language":"§"}]""")),
        Document(Person(""","nationalities":["§"]""")),
        Document(Person(""","nickname":"§" """)),
        Document(Person(""","notes":"x","notes":"§" """)),
        Document(Person(""","roles":[{"§":1}]""")),
        Document("""{"type":"person","id":"p1","name":{"§":"§"}}"""),
        Document("""{"type":"release","id":"r1","releasedOn":"2025","kind":"pardon","detainees":[{"subjectId":"p1"}],"reportedCount":{"value":"§","qualifier":"exact"}}"""),
        Document("""{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","sentences":[{"imposedOn":"2021","kind":"fine","term":"§"}]}"""),
        Document("""{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"§","status":"ongoing"}"""),
        """{"formatVersion":"1.0","title":"t","createdAt":"§","records":[]}""",
        Document(Person(""","notes":"§" "x" """)),
        Document(Person(""","notes":"§""")),
    }.Select(input => input.Replace("§", Secret, StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(InputsWithASecretValue))]
    public void ReadDataset_BadValue_MessageDoesNotRepeatIt(string input)
    {
        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadDataset(Encoding.UTF8.GetBytes(input)));

        Assert.DoesNotContain("SECRET", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SECRET", error.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("PoliticalEvents.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDataset_InvalidUtf8InsideASecretValue_MessageDoesNotRepeatIt()
    {
        byte[] input = [.. Encoding.UTF8.GetBytes(Document(Person(",\"notes\":\"" + Secret))), 0xC0, 0xAF, .. "\"}]}"u8];

        Finding error = ErrorAssert.Single(PoliticalEventsJson.ReadDataset(input));

        Assert.Equal(("json.encoding", "/records/0/notes"), (error.Code, error.Path));
        Assert.DoesNotContain("SECRET", error.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
