using System.Text.Json;
using CsCheck;
using Record = PoliticalEvents.Record;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>The hand-written writer writes exactly what the source-generated serializer writes.</summary>
public sealed class CanonicalWriterTests
{
    [Fact]
    public void Write_GivesTheSerializersBytes_ForEveryRecordOfRandomDatasets()
        => RecordGenerators.Dataset.Sample(
            dataset =>
            {
                foreach (Record record in dataset.Records)
                {
                    foreach (bool indented in (bool[])[false, true])
                    {
                        Assert.Equal(Serializer(record, indented), Canonical(record, indented));
                    }
                }
            },
            iter: 300,
            print: dataset => PoliticalEventsJson.ToJson(dataset));

    [Fact]
    public void Write_DefaultId_ThrowsLikeTheSerializer()
    {
        var person = new PoliticalEvents.Person { Id = default, Name = "N" };

        Assert.Throws<InvalidOperationException>(() => Canonical(person, indented: false));
        Assert.Throws<InvalidOperationException>(() => Serializer(person, indented: false));
    }

    private static string Serializer(Record record, bool indented)
        => Write(writer => JsonSerializer.Serialize(writer, record, PoliticalEventsJson.RecordTypeInfo), indented);

    private static string Canonical(Record record, bool indented) => Write(writer => CanonicalWriter.Write(writer, record), indented);

    private static string Write(Action<Utf8JsonWriter> write, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, PoliticalEventsJson.WriterOptions(indented)))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
