using CsCheck;
using PoliticalEvents.SanctionsLists;
using PoliticalEvents.Tests.Generators;
using Xunit;

namespace PoliticalEvents.Tests.SanctionsLists;

/// <summary>A list's alternative birth dates become the one date that holds them all, and claims no more.</summary>
public class BirthDateSpanTests
{
    [Theory]
    [InlineData("1979,1980,1981", "1979/1981")]
    [InlineData("1981,1979", "1979/1981")]
    [InlineData("1964-11-21,1965", "1964-11-21/1965")]
    [InlineData("1970~,1971-03-04", "1970~/1971-03-04")]
    [InlineData("../1960,1962", "../1962")]
    [InlineData("1968/1972,1975", "1968/1975")]
    [InlineData("1958-12-10", "1958-12-10")]
    public void Alternatives_BecomeTheirSpan(string dates, string span)
        => Assert.Equal(PartialDate.Parse(span), EntryParts.BirthDateSpan([.. dates.Split(',').Select(PartialDate.Parse)]));

    [Fact]
    public void NoDate_NoSpan() => Assert.Null(EntryParts.BirthDateSpan([]));

    // Every alternative lies within the span, and the span starts and ends with an alternative: it is the smallest
    // such date, so it claims neither more nor (beyond the gaps between them) less than the list.
    [Fact]
    public void Span_HoldsEachAlternative_AndNoMore()
    {
        RecordGenerators.PartialDate.List[1, 5].Sample(dates =>
        {
            PartialDate span = EntryParts.BirthDateSpan(dates)!.Value;

            Assert.All(dates, d => Assert.True(span.Earliest <= d.Earliest && d.Latest <= span.Latest));
            Assert.Equal(dates.Min(d => d.Earliest), span.Earliest);
            Assert.Equal(dates.Max(d => d.Latest), span.Latest);
        });
    }
}
