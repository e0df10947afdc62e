using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Tests.TestHelpers;
using Xunit;

namespace PoliticalEvents.Tests.Terms;

public sealed class TermParsingTests
{
    [Fact]
    public void Term_Parsable_RoundTripsAndOverloadsAgree()
        => ParsableContract.Check(RecordGenerators.Term, "P0123456789YMWDT- é");

    [Fact]
    public void TryParse_NullString_IsFalse()
        => Assert.False(Term.TryParse((string?)null, out _));

    [Fact]
    public void ParseSpan_ASlice_ParsesOnlyTheSlice()
        => Assert.Equal(Term.Of(years: 4, months: 6), Term.Parse("P4Y6M; appeal".AsSpan(0, 5)));
}
