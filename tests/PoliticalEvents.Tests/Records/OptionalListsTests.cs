using System.Collections;
using System.Reflection;
using PoliticalEvents.Serialization;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Records;

public sealed class OptionalListsTests
{
    public static TheoryData<string> MinimalRecords => new()
    {
        """{"type":"person","id":"p1","name":"A"}""",
        """{"type":"organization","id":"o1","kind":"ngo","name":"O"}""",
        """{"type":"detention","id":"d1","subjectId":"p1","country":"BY","startedOn":"2020","status":"ongoing","designations":[{"by":"V","status":"politicalPrisoner"}]}""",
        """{"type":"release","id":"r1","releasedOn":"2025","kind":"pardon","detainees":[{"subjectId":"p1"}]}""",
        """{"type":"sanctionMeasure","id":"s1","imposedById":"o1","kind":"other","targets":[{"sector":"potash"}],"history":[{"action":"imposed","on":"2021"}]}""",
        """{"type":"link","id":"l1","kind":"relatedTo","fromId":"r1","toId":"s1"}""",
    };

    [Theory]
    [MemberData(nameof(MinimalRecords))]
    public void ReadRecord_OptionalListsAbsent_EmptyNotNull(string json)
    {
        Record record = PoliticalEventsJson.ReadRecord(TestFilesUtf8(json)).GetValueOrThrow();

        List<string> lists = [];
        AssertListsNotNull(record, record.GetType().Name, lists);
        Assert.Contains(lists, l => l.EndsWith(".Sources", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(MinimalRecords))]
    public void ReadRecord_OptionalListsAbsent_HashCodeEqualsThatOfTheRecordWritten(string json)
    {
        Record record = PoliticalEventsJson.ReadRecord(TestFilesUtf8(json)).GetValueOrThrow();
        Record again = PoliticalEventsJson.ReadRecord(TestFilesUtf8(PoliticalEventsJson.ToJson(record))).GetValueOrThrow();
        Record copy = record with { };

        Assert.Equal(record, again);
        Assert.Equal(record.GetHashCode(), again.GetHashCode());
        Assert.Equal(record.GetHashCode(), copy.GetHashCode());
    }

    [Fact]
    public void Person_ListsInitialisedWithNull_Empty()
    {
        var person = new Person { Id = new RecordId("p1"), Name = "A", Roles = null!, Names = null!, Sources = null!, Nationalities = null! };

        Assert.Empty(person.Roles);
        Assert.Empty(person.Names);
        Assert.Empty(person.Sources);
        Assert.Empty(person.Nationalities);
        Assert.Equal(new Person { Id = new RecordId("p1"), Name = "A" }.GetHashCode(), person.GetHashCode());
    }

    private static byte[] TestFilesUtf8(string json) => System.Text.Encoding.UTF8.GetBytes(json);

    // Every public IReadOnlyList<T> property of the value and of the objects it holds is non-null.
    private static void AssertListsNotNull(object value, string path, List<string> seen)
    {
        foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Type type = property.PropertyType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                object? list = property.GetValue(value);
                Assert.True(list is not null, $"{path}.{property.Name} is null.");
                seen.Add(path + "." + property.Name);
                foreach (object? item in (IEnumerable)list!)
                {
                    if (item is not null && item.GetType().Namespace?.StartsWith("PoliticalEvents", StringComparison.Ordinal) == true && !item.GetType().IsValueType)
                    {
                        AssertListsNotNull(item, path + "." + property.Name + "[]", seen);
                    }
                }
            }
        }
    }
}
