using System.Text.Json;
using PoliticalEvents.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

public class WireNamesTests
{
    [Fact]
    public void Of_GivesWhatTheWriterWrites_ForEveryValueOfEveryEnumOfTheFormat()
    {
        Type[] enums = [.. typeof(Dataset).Assembly.GetExportedTypes().Where(static t => t.IsEnum && t.IsDefined(typeof(System.Text.Json.Serialization.JsonConverterAttribute), inherit: false))];
        Assert.Contains(typeof(SanctionKind), enums);
        int covered = 0;
        foreach (Type type in enums)
        {
            if (!PoliticalEventsJson.Options.TryGetTypeInfo(type, out _))
            {
                continue; // not part of a record (Severity, of findings)
            }

            covered++;
            foreach (object value in Enum.GetValues(type))
            {
                string written = JsonSerializer.Serialize(value, PoliticalEventsJson.Options.GetTypeInfo(type));
                string named = (string)typeof(WireNames).GetMethod(nameof(WireNames.Of))!.MakeGenericMethod(type).Invoke(null, [value])!;
                Assert.Equal(written, JsonSerializer.Serialize(named));
            }
        }

        Assert.True(covered >= 19, $"only {covered} enums of the format checked");
    }

    [Fact]
    public void Of_AnUndefinedValue_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => WireNames.Of((SanctionKind)999));
}
