using CsCheck;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Tests.TestHelpers;
using Xunit;

namespace PoliticalEvents.Tests.Ids;

/// <summary>Every id type parses as <see cref="IParsable{TSelf}"/>, <see cref="ISpanParsable{TSelf}"/> and <see cref="IUtf8SpanParsable{TSelf}"/>, and converts explicitly from a string.</summary>
public sealed class IdParsingTests
{
    private const string Alphabet = "aZ09.-_ é\u0301/";

    [Fact]
    public void RecordId_Parsable_RoundTripsAndOverloadsAgree()
        => ParsableContract.CheckWithUtf8(RecordGenerators.IdText.Select(t => new RecordId(t)), Alphabet);

    [Fact]
    public void ActorId_Parsable_RoundTripsAndOverloadsAgree()
        => ParsableContract.CheckWithUtf8(RecordGenerators.IdText.Select(t => new ActorId(t)), Alphabet);

    [Fact]
    public void PersonId_Parsable_RoundTripsAndOverloadsAgree()
        => ParsableContract.CheckWithUtf8(RecordGenerators.IdText.Select(t => new PersonId(t)), Alphabet);

    [Fact]
    public void OrganizationId_Parsable_RoundTripsAndOverloadsAgree()
        => ParsableContract.CheckWithUtf8(RecordGenerators.IdText.Select(t => new OrganizationId(t)), Alphabet);

    [Fact]
    public void DetentionId_Parsable_RoundTripsAndOverloadsAgree()
        => ParsableContract.CheckWithUtf8(RecordGenerators.IdText.Select(t => new DetentionId(t)), Alphabet);

    [Fact]
    public void ExplicitConversion_ValidText_IsTheIdOfThatText()
    {
        Assert.Equal(new PersonId("maria-kalesnikava"), (PersonId)"maria-kalesnikava");
        Assert.Equal(new RecordId("release-2025-12-13"), (RecordId)"release-2025-12-13");
        Assert.Equal(new ActorId("us-treasury"), (ActorId)"us-treasury");
        Assert.Equal(new OrganizationId("belaruskali"), (OrganizationId)"belaruskali");
        Assert.Equal(new DetentionId("det-1"), (DetentionId)"det-1");
    }

    [Theory]
    [MemberData(nameof(IdTests.Invalid), MemberType = typeof(IdTests))]
    public void ExplicitConversionAndParse_InvalidText_ThrowFormatExceptionWithoutTheText(string text)
    {
        Exception[] errors =
        [
            Assert.Throws<FormatException>(() => (RecordId)text),
            Assert.Throws<FormatException>(() => (ActorId)text),
            Assert.Throws<FormatException>(() => (PersonId)text),
            Assert.Throws<FormatException>(() => (OrganizationId)text),
            Assert.Throws<FormatException>(() => (DetentionId)text),
            Assert.Throws<FormatException>(() => PersonId.Parse(text)),
            Assert.Throws<FormatException>(() => PersonId.Parse(text.AsSpan())),
        ];

        foreach (Exception error in errors)
        {
            Assert.StartsWith("Not a valid id: expected 1-128 characters", error.Message, StringComparison.Ordinal);
            Assert.True(text.Trim().Length < 3 || !error.Message.Contains(text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ExplicitConversionAndParse_Null_ThrowArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => (PersonId)(string)null!);
        Assert.Throws<ArgumentNullException>(() => RecordId.Parse(null!));
    }

    [Fact]
    public void Constructor_InvalidText_StillThrowsArgumentException()
        => Assert.Throws<ArgumentException>(() => new PersonId("not an id"));

    [Fact]
    public void TryParse_Span_ParsesASliceWithoutTheRest()
    {
        Assert.True(PersonId.TryParse("person-1, person-2".AsSpan(0, 8), out PersonId id));
        Assert.Equal("person-1", id.Value);
        Assert.False(PersonId.TryParse("person-1, person-2".AsSpan(0, 9), out _));
    }
}
