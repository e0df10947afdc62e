using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Tests.TestHelpers;
using Xunit;

namespace PoliticalEvents.Tests.Places;

public sealed class CountryCodeParsingTests
{
    [Fact]
    public void CountryCode_Parsable_RoundTripsAndOverloadsAgree()
        => ParsableContract.Check(RecordGenerators.Country, "ABKUXYZbkuy1 É");

    [Fact]
    public void TryParse_NullString_IsFalse()
        => Assert.False(CountryCode.TryParse((string?)null, out _));

    [Fact]
    public void ParseSpan_ASlice_ParsesOnlyTheSlice()
        => Assert.Equal(CountryCode.Parse("BY"), CountryCode.Parse("BY, LT".AsSpan(0, 2)));
}
