using PoliticalEvents.Redaction;
using Xunit;

namespace PoliticalEvents.Tests.Redaction;

public sealed class ReferenceFilterTests
{
    [Fact]
    public void AnIdAdded_IsAlwaysFound_AndFewOthersAre()
    {
        var filter = new ReferenceFilter();
        string[] added = [.. Enumerable.Range(0, 200_000).Select(i => $"person-{i}")];
        foreach (string id in added)
        {
            filter.Add(id);
        }

        Assert.All(added, id => Assert.True(filter.MightContain(id)));
        // The hash is the same on every run, so this count is too: none, where the rate per full segment is about one
        // in two billion. (Double hashing gave one here: see ReferenceFilter.Probe.)
        int falseYes = Enumerable.Range(0, 200_000).Count(i => filter.MightContain($"detention-{i}"));
        Assert.Equal(0, falseYes);
    }

    [Fact]
    public void Memory_StopsGrowingAtTheBound_AndNoIdIsEverMissed()
    {
        var filter = new ReferenceFilter();
        for (int i = 0; i < 4_000_000; i++)
        {
            filter.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.True(filter.Bits <= ReferenceFilter.MaxBits, $"{filter.Bits} bits");
        Assert.Equal(4, filter.Segments);
        Assert.All(Enumerable.Range(0, 4_000).Select(i => (i * 997).ToString(System.Globalization.CultureInfo.InvariantCulture)), id => Assert.True(filter.MightContain(id)));
    }

    [Fact]
    public void Clear_ForgetsEveryId()
    {
        var filter = new ReferenceFilter();
        filter.Add("org-1");

        filter.Clear();

        Assert.False(filter.MightContain("org-1"));
        Assert.Equal(0, filter.Bits);
    }
}
