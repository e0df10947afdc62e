using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.TestHelpers;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Dates;

/// <summary>The wire form through <see cref="PoliticalEventsJson.Options"/> and through record reading.</summary>
public sealed partial class PartialDateTests
{
    [Theory]
    [MemberData(nameof(EveryPrecisionAndQualifier))]
    public void Json_ValidString_ReadsAndWritesTheSameText(string text)
    {
        string json = Wire.Quote(text);

        PartialDate date = Wire.Read<PartialDate>(json);

        Assert.Equal(PartialDate.Parse(text), date);
        Assert.Equal(json, Wire.Write(date));
    }

    [Fact]
    public void Json_EscapedString_IsUnescapedBeforeParsing()
        => Assert.Equal(PartialDate.Parse("2020-09~"), Wire.Read<PartialDate>("\"\\u0032020-09\\u007E\""));

    [Fact]
    public void Json_NullForNullable_ReadsNull()
        => Assert.Null(Wire.Read<PartialDate?>("null"));

    [Theory]
    [InlineData("2020")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[\"2020\"]")]
    public void Json_NotAString_FailsWithTypeCode(string json)
        => Assert.Equal("type", Wire.ErrorCode<PartialDate>(json));

    [Theory]
    [InlineData("\"2020-13\"", "pattern")]
    [InlineData("\"2020-1\"", "pattern")]
    [InlineData("\"\"", "pattern")]
    [InlineData("\"2021-02-30\"", "date.notReal")]
    [InlineData("\"2023-02-29\"", "date.notReal")]
    [InlineData("\"0000\"", "date.notReal")]
    public void Json_InvalidString_FailsWithRuleCode(string json, string code)
        => Assert.Equal(code, Wire.ErrorCode<PartialDate>(json));

    [Theory]
    [InlineData("1980")]
    [InlineData("1980-05~")]
    [InlineData("1980-05-17?")]
    public void ReadRecord_PersonBirthDate_ReadsEveryPrecision(string birthDate)
    {
        ReadResult<Record> result = Wire.ReadRecord($$"""{"type":"person","id":"person-1","name":"A. N. Other","birthDate":"{{birthDate}}"}""");

        Person person = Assert.IsType<Person>(result.Value);
        Assert.Equal(PartialDate.Parse(birthDate), person.BirthDate);
    }

    [Fact]
    public void ReadRecord_DetentionStartedOn_RoundTripsTheText()
    {
        string json = Wire.DetentionStartedOn("\"2020-09~\"");

        Detention detention = Assert.IsType<Detention>(Wire.ReadRecord(json).Value);

        Assert.Equal(PartialDate.Parse("2020-09~"), detention.StartedOn);
        Assert.Equal(json, PoliticalEventsJson.ToJson(detention));
    }

    [Theory]
    [InlineData("2020", "type")]
    [InlineData("null", "type")]
    [InlineData("false", "type")]
    [InlineData("\"2020-13\"", "pattern")]
    [InlineData("\"2021-02-30\"", "date.notReal")]
    public void ReadRecord_BadStartedOn_ReportsCodeAndPath(string startedOn, string code)
    {
        Finding error = Wire.RecordError(Wire.DetentionStartedOn(startedOn));

        Assert.Equal(code, error.Code);
        Assert.Equal("/startedOn", error.Path);
    }
}
