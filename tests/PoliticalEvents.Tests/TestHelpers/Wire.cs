using System.Text;
using System.Text.Json;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.TestHelpers;

/// <summary>Reads and writes values through the public wire options, as a user of the library would.</summary>
internal static class Wire
{
    /// <summary>Reads one JSON value of type <typeparamref name="T"/> with <see cref="PoliticalEventsJson.Options"/>.</summary>
    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, PoliticalEventsJson.Options)!;

    /// <summary>Writes one value with <see cref="PoliticalEventsJson.Options"/>.</summary>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, PoliticalEventsJson.Options);

    /// <summary>A JSON string literal holding <paramref name="text"/> (non-ASCII and control characters escaped).</summary>
    public static string Quote(string text) => JsonSerializer.Serialize(text);

    /// <summary>Reads <paramref name="json"/> as <typeparamref name="T"/>, expecting the library's converter to reject it; returns the code.</summary>
    public static string ErrorCode<T>(string json)
    {
        WireFormatException error = Assert.Throws<WireFormatException>(() => Read<T>(json));
        return error.Code;
    }

    /// <summary>
    /// Reads <paramref name="text"/> as a JSON string holding a <typeparamref name="T"/>: it must be accepted exactly when
    /// <paramref name="accepted"/> (what the type's own TryParse says) and then write back as the same text, and be rejected
    /// only with a <see cref="JsonException"/> (which the readers turn into an error), never with another exception.
    /// </summary>
    public static void AssertReadAgrees<T>(string text, bool accepted)
    {
        T value;
        try
        {
            value = Read<T>(Quote(text));
        }
        catch (JsonException)
        {
            Assert.False(accepted, $"The wire rejects a {typeof(T).Name} that TryParse accepts: {text}");
            return;
        }

        Assert.True(accepted, $"The wire accepts a {typeof(T).Name} that TryParse rejects: {text}");
        Assert.Equal(text, value!.ToString());
    }

    /// <summary>Reads one record through <see cref="PoliticalEventsJson.ReadRecord"/>.</summary>
    public static ReadResult<Record> ReadRecord(string json) => PoliticalEventsJson.ReadRecord(Encoding.UTF8.GetBytes(json));

    /// <summary>Reads one record expecting exactly one error, and returns it.</summary>
    public static Finding RecordError(string json)
    {
        ReadResult<Record> result = ReadRecord(json);
        Assert.False(result.Succeeded, "Expected the record to be rejected.");
        return Assert.Single(result.Findings);
    }

    /// <summary>A minimal valid detention whose <c>startedOn</c> is the given raw JSON value.</summary>
    public static string DetentionStartedOn(string startedOnJson)
        => $$"""{"type":"detention","id":"det-1","subjectId":"person-1","country":"BY","startedOn":{{startedOnJson}},"status":"ongoing"}""";
}
