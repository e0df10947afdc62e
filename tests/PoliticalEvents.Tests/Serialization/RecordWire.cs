using System.Text;
using System.Text.Json;
using PoliticalEvents.Serialization;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>Shared checks for every record type: exact wire form, read-back equality, and value equality.</summary>
internal static class RecordWire
{
    /// <summary>
    /// Writes <paramref name="record"/> and expects exactly <paramref name="expectedJson"/>; reads that back, alone and
    /// inside a dataset document, and expects a record equal to the original.
    /// </summary>
    public static void WritesAndReadsBack(Record record, string expectedJson)
    {
        string json = PoliticalEventsJson.ToJson(record);
        Assert.Equal(expectedJson, json);
        Assert.Equal(["type", "id"], JsonShape.PropertyNames(json).Take(2));

        Record read = PoliticalEventsJson.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow();
        Assert.Equal(record.GetType(), read.GetType());
        Assert.Equal(record, read);
        Assert.Equal(record.GetHashCode(), read.GetHashCode());

        var dataset = new Dataset { FormatVersion = "1.0", Title = "t", Records = [record] };
        Dataset readDataset = PoliticalEventsJson.ReadDataset(Encoding.UTF8.GetBytes(PoliticalEventsJson.ToJson(dataset))).GetValueOrThrow();
        Assert.Equal(record, Assert.Single(readDataset.Records));
    }

    /// <summary>Two separately built values are equal both ways, with equal hash codes, without being the same object.</summary>
    public static void EqualByValue<T>(T left, T right) where T : class, IEquatable<T>
    {
        Assert.NotSame(left, right);
        Assert.True(left.Equals(right));
        Assert.True(right.Equals(left));
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    /// <summary>Each variant differs from <paramref name="original"/> (typically in one element of one list).</summary>
    public static void EachDiffers<T>(T original, params T[] variants) where T : class, IEquatable<T>
    {
        Assert.NotEmpty(variants);
        foreach (T variant in variants)
        {
            Assert.False(original.Equals(variant), "Expected the variant to differ.");
            Assert.False(variant.Equals(original), "Expected the variant to differ.");
        }
    }

    /// <summary>The wire text of an enum value (or any value) written alone.</summary>
    public static string Text<T>(T value) => JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(value, PoliticalEventsJson.Options))!;
}
