using System.Text;
using CsCheck;
using NodaTime;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.TestHelpers;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Terms;

public sealed class TermTests
{
    private static readonly LocalDate Origin = new(2000, 1, 1);
    private static readonly LocalDate AThousandYearsLater = new(3000, 1, 1);

    [Theory]
    [InlineData("P11Y", 11, 0, 0, 0)]
    [InlineData("P4Y6M", 4, 6, 0, 0)]
    [InlineData("P15D", 0, 0, 0, 15)]
    [InlineData("P2W", 0, 0, 2, 0)]
    [InlineData("P1Y2M3W4D", 1, 2, 3, 4)]
    [InlineData("P18M", 0, 18, 0, 0)]
    [InlineData("P100Y", 100, 0, 0, 0)]
    [InlineData("P1200M", 0, 1200, 0, 0)]
    [InlineData("P36525D", 0, 0, 0, 36525)]
    [InlineData("P99Y11M4W3D", 99, 11, 4, 3)]
    [InlineData("P150Y", 150, 0, 0, 0)]
    [InlineData("P1000Y", 1000, 0, 0, 0)]
    [InlineData("P12000M", 0, 12000, 0, 0)]
    [InlineData("P365243D", 0, 0, 0, 365243)]
    public void Parse_ValidTerm_ReadsComponentsAndRoundTrips(string text, int years, int months, int weeks, int days)
    {
        Term term = Term.Parse(text);

        Assert.Equal((years, months, weeks, days), (term.Years, term.Months, term.Weeks, term.Days));
        Assert.False(term.IsDefault);
        Assert.Equal(text, term.ToString());
        Assert.Equal(term, Term.Of(years, months, weeks, days));
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("P0Y")]
    [InlineData("P0D")]
    [InlineData("P01Y")]
    [InlineData("P1Y0M")]
    [InlineData("PT5H")]
    [InlineData("P1YT5H")]
    [InlineData("P1M1Y")]
    [InlineData("P1D1W")]
    [InlineData("P1W1M")]
    [InlineData("P1Y1Y")]
    [InlineData("P1Y2M2M")]
    [InlineData("P1Y2")]
    [InlineData("P1")]
    [InlineData("PY")]
    [InlineData("1Y")]
    [InlineData("p1Y")]
    [InlineData("P1y")]
    [InlineData("P-1Y")]
    [InlineData("P+1Y")]
    [InlineData("P1.5Y")]
    [InlineData("P1,5Y")]
    [InlineData(" P1Y")]
    [InlineData("P1Y ")]
    [InlineData("P10000Y")]
    [InlineData("P100000M")]
    [InlineData("P1234567D")]
    [InlineData("P\u0661Y")] // Arabic-Indic one
    public void TryParse_Malformed_ReturnsFalse(string text)
    {
        Assert.False(Term.TryParse(text, out Term term));
        Assert.True(term.IsDefault);
        Assert.Throws<FormatException>(() => Term.Parse(text));
    }

    [Theory]
    [InlineData("P1001Y")]
    [InlineData("P1000Y1D")]
    [InlineData("P999Y13M")]
    [InlineData("P12001M")]
    [InlineData("P52178W")]
    [InlineData("P365244D")]
    [InlineData("P9999Y")]
    [InlineData("P99999M")]
    public void TryParse_LongerThanAThousandYears_ReturnsFalse(string text)
        => Assert.False(Term.TryParse(text, out _));

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
        => Assert.Throws<ArgumentNullException>(() => Term.Parse(null!));

    [Fact]
    public void Of_NoComponent_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Term.Of());

    [Theory]
    [InlineData(-1, 0, 0, 0)]
    [InlineData(0, -1, 0, 0)]
    [InlineData(0, 0, -1, 0)]
    [InlineData(0, 0, 0, -1)]
    [InlineData(5, 0, 0, -1)]
    [InlineData(1001, 0, 0, 0)]
    [InlineData(1000, 0, 0, 1)]
    [InlineData(10000, 0, 0, 0)]
    [InlineData(0, 100000, 0, 0)]
    [InlineData(0, 0, 0, 1_000_000)]
    public void Of_NegativeOrTooLong_Throws(int years, int months, int weeks, int days)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Term.Of(years, months, weeks, days));

    [Fact]
    public void Of_NamedComponents_BuildsTheTerm()
    {
        Assert.Equal(Term.Parse("P2W"), Term.Of(weeks: 2));
        Assert.Equal(Term.Parse("P100Y"), Term.Of(years: 100));
    }

    [Fact]
    public void Period_AnyTerm_KeepsTheUnitsTheCourtUsed()
    {
        Period period = Term.Parse("P1Y2M3W4D").Period;

        Assert.Equal(new PeriodBuilder { Years = 1, Months = 2, Weeks = 3, Days = 4 }.Build(), period);
        Assert.Equal(3, period.Weeks);
        Assert.Equal(4, period.Days);
        Assert.Equal(Period.FromMonths(18), Term.Parse("P18M").Period);
    }

    [Fact]
    public void Default_Value_IsNotAValidTerm()
    {
        Term term = default;

        Assert.True(term.IsDefault);
        Assert.Equal("P0D", term.ToString());
        Assert.False(Term.TryParse(term.ToString(), out _));
        Assert.Equal(Period.Zero, term.Period);
    }

    [Fact]
    public void Equality_ValueContract_Holds()
        => ValueContract.AssertEquality(
            Term.Parse("P4Y6M"),
            Term.Of(4, 6),
            Term.Parse("P4Y"),
            Term.Parse("P54M"),
            Term.Parse("P4Y6M1D"),
            Term.Parse("P4Y6M1W"),
            default);

    [Fact]
    public void Equality_SameLengthInOtherUnits_IsAnotherTerm()
    {
        // Sentences are pronounced in the court's units: 18 months is not written as 1 year 6 months.
        Assert.NotEqual(Term.Parse("P18M"), Term.Parse("P1Y6M"));
        Assert.NotEqual(Term.Parse("P2W"), Term.Parse("P14D"));
    }

    [Fact]
    public void Properties_AnyComponents_ParseExactlyWhenWithinAThousandYearsAndRoundTrip()
        => Gen.Select(Gen.Int[0, 1100], Gen.Int[0, 13000], Gen.Int[0, 53000], Gen.Int[0, 370000])
            .SelectMany((y, m, w, d) => Gen.Int[0, 15].Select(mask => (y: (mask & 1) != 0 ? y : 0, m: (mask & 2) != 0 ? m : 0, w: (mask & 4) != 0 ? w : 0, d: (mask & 8) != 0 ? d : 0)))
            .Where(c => c != (0, 0, 0, 0))
            .Sample(c =>
            {
                string text = Text(c.y, c.m, c.w, c.d);
                Period period = new PeriodBuilder { Years = c.y, Months = c.m, Weeks = c.w, Days = c.d }.Build();
                bool withinLimit = Origin + period <= AThousandYearsLater;

                Assert.Equal(withinLimit, Term.TryParse(text, out Term term));
                if (withinLimit)
                {
                    Assert.Equal(text, term.ToString());
                    Assert.Equal(term, Term.Parse(term.ToString()));
                    Assert.Equal(term, Term.Of(c.y, c.m, c.w, c.d));
                    Assert.Equal(period, term.Period);
                    Assert.Equal(term, Wire.Read<Term>(Wire.Write(term)));
                }
                else
                {
                    Assert.Equal("term.outOfRange", Wire.ErrorCode<Term>(Wire.Quote(text)));
                }
            }, iter: 5_000);

    [Fact]
    public void TryParse_AnyString_NeverThrowsAndAcceptsOnlyCanonicalText()
        => Gen.OneOf(Gen.String, Gen.Char["P0123456789YMWDT"].Array[0, 12].Select(chars => new string(chars))).Sample(text =>
        {
            bool accepted = Term.TryParse(text, out Term term);
            if (accepted)
            {
                Assert.Equal(text, term.ToString());
            }

            Wire.AssertReadAgrees<Term>(text, accepted);
        }, iter: 20_000);

    [Fact]
    public void Json_ValidString_ReadsAndWritesTheSameText()
    {
        Assert.Equal(Term.Parse("P4Y6M"), Wire.Read<Term>("\"P4Y6M\""));
        Assert.Equal("\"P4Y6M\"", Wire.Write(Term.Parse("P4Y6M")));
        Assert.Null(Wire.Read<Term?>("null"));
    }

    [Theory]
    [InlineData("11", "type")]
    [InlineData("null", "type")]
    [InlineData("{}", "type")]
    [InlineData("\"P0Y\"", "pattern")]
    [InlineData("\"P1M1Y\"", "pattern")]
    [InlineData("\"PT5H\"", "pattern")]
    [InlineData("\"P1001Y\"", "term.outOfRange")]
    public void Json_InvalidValue_FailsWithRuleCode(string json, string code)
        => Assert.Equal(code, Wire.ErrorCode<Term>(json));

    [Fact]
    public void ReadRecord_SentenceTerm_IsRead()
    {
        Detention detention = Assert.IsType<Detention>(Wire.ReadRecord(DetentionWithTerm("\"P4Y6M\"")).Value);

        Assert.Equal(Term.Parse("P4Y6M"), Assert.Single(detention.Sentences).Term);
    }

    [Theory]
    [InlineData("\"P1001Y\"", "term.outOfRange")]
    [InlineData("\"P01Y\"", "pattern")]
    [InlineData("11", "type")]
    public void ReadRecord_BadSentenceTerm_ReportsCodeAndPath(string term, string code)
    {
        Finding error = Wire.RecordError(DetentionWithTerm(term));

        Assert.Equal(code, error.Code);
        Assert.Equal("/sentences/0/term", error.Path);
    }

    private static string DetentionWithTerm(string termJson)
        => $$"""{"type":"detention","id":"det-1","subjectId":"person-1","country":"BY","startedOn":"2020-09-07","status":"ongoing","sentences":[{"imposedOn":"2021-05","kind":"imprisonment","term":{{termJson}}}]}""";

    private static string Text(int years, int months, int weeks, int days)
    {
        var text = new StringBuilder("P");
        Append(years, 'Y');
        Append(months, 'M');
        Append(weeks, 'W');
        Append(days, 'D');
        return text.ToString();

        void Append(int value, char unit)
        {
            if (value != 0)
            {
                text.Append(value).Append(unit);
            }
        }
    }
}
