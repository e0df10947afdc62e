using System.Globalization;
using CsCheck;
using PoliticalEvents.Csv.Sheets;
using PoliticalEvents.Tests.Generators;
using Xunit;

namespace PoliticalEvents.Tests.Csv;

/// <summary>The forms of dates, sentences and charges a sheet may use.</summary>
public sealed class SheetValueTests
{
    [Theory]
    [InlineData("2020-09-07", "2020-09-07")]
    [InlineData("2020-09", "2020-09")]
    [InlineData("2020", "2020")]
    [InlineData("2020-09~", "2020-09~")]
    [InlineData(" 2020? ", "2020?")]
    [InlineData("07.09.2020", "2020-09-07")]
    [InlineData("7.9.2020", "2020-09-07")]
    [InlineData("09.2020", "2020-09")]
    [InlineData("12.04.1970 г.", "1970-04-12")]
    [InlineData("2020/09/07", "2020-09-07")]
    [InlineData("2020/9", "2020-09")]
    [InlineData("2020年9月7日", "2020-09-07")]
    [InlineData("2020年9月", "2020-09")]
    [InlineData("2020年", "2020")]
    [InlineData("7 September 2020", "2020-09-07")]
    [InlineData("7 Sept. 2020", "2020-09-07")]
    [InlineData("September 7, 2020", "2020-09-07")]
    [InlineData("september 2020", "2020-09")]
    [InlineData("april 2026", "2026-04")]
    [InlineData("7 сентября 2020", "2020-09-07")]
    [InlineData("сентябрь 2020", "2020-09")]
    [InlineData("7 верасня 2020", "2020-09-07")]
    [InlineData("c. 1952", "1952~")]
    [InlineData("circa 1952", "1952~")]
    [InlineData("approx. 2020-05", "2020-05~")]
    [InlineData("1952?", "1952?")]
    [InlineData("07.09.2020?", "2020-09-07?")]
    [InlineData("c. 2020?", "2020%")]
    [InlineData("около 1952", "1952~")]
    public void Date_AcceptedForms(string cell, string expected)
    {
        Assert.Null(SheetDates.TryParse(cell, out PartialDate date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("1952-08021", "not a date (")]
    [InlineData("19812", "not a date (")]
    [InlineData("1954-02-29", "not a real calendar date")]
    [InlineData("2021-13", "not a real calendar date")]
    [InlineData("31.04.2020", "not a real calendar date")]
    [InlineData("0000", "not a real calendar date")]
    [InlineData("7/9/2020", "not a date: day/month/year with slashes is ambiguous")]
    [InlineData("09/07/20", "not a date: day/month/year with slashes is ambiguous")]
    [InlineData("20-09-07", "not a date (")]
    [InlineData("2020-9-7", "not a date (")]
    [InlineData("Minsk 2020", "not a date (")]
    [InlineData("44081", "not a date (")]
    [InlineData("since 2020", "not a date (")]
    public void Date_RefusedForms(string cell, string problem)
    {
        Assert.StartsWith(problem, SheetDates.TryParse(cell, out _), StringComparison.Ordinal);
    }

    [Fact]
    public void Date_EveryPartialDateOfTheFormat_ReadsAsItself()
        => RecordGenerators.PartialDate.Where(date => !date.IsInterval).Sample(date => // a sheet cell is one date: "2020/9" is a month there, so intervals are not read
        {
            Assert.Null(SheetDates.TryParse(date.ToString(), out PartialDate read));
            Assert.Equal(date, read);
        }, iter: 2000);

    [Fact]
    public void Date_EveryDayWrittenDayMonthYear_ReadsAsThatDay()
        => RecordGenerators.Day(1000, 9999).Sample(day =>
        {
            Assert.Null(SheetDates.TryParse(day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), out PartialDate read));
            Assert.Equal(PartialDate.FromDate(day), read);
            Assert.Null(SheetDates.TryParse(day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), out read));
            Assert.Equal(PartialDate.FromDate(day), read);
        }, iter: 2000);

    [Theory]
    [InlineData("5 years", SentenceKind.Imprisonment, "P5Y", null)]
    [InlineData("1 year", SentenceKind.Imprisonment, "P1Y", null)]
    [InlineData("3 years 6 months", SentenceKind.Imprisonment, "P3Y6M", null)]
    [InlineData("3 years and 6 months", SentenceKind.Imprisonment, "P3Y6M", null)]
    [InlineData("4 1/2 years", SentenceKind.Imprisonment, "P4Y6M", null)]
    [InlineData("4½ years", SentenceKind.Imprisonment, "P4Y6M", null)]
    [InlineData("1.5 years", SentenceKind.Imprisonment, "P1Y6M", null)]
    [InlineData("2,25 years", SentenceKind.Imprisonment, "P2Y3M", null)]
    [InlineData("18 months", SentenceKind.Imprisonment, "P18M", null)]
    [InlineData("15 days", SentenceKind.Imprisonment, "P15D", null)]
    [InlineData("2 weeks", SentenceKind.Imprisonment, "P2W", null)]
    [InlineData("11 years' imprisonment", SentenceKind.Imprisonment, "P11Y", null)]
    [InlineData("11 years of imprisonment in a general-security penal colony", SentenceKind.Imprisonment, "P11Y", "general-security penal colony")]
    [InlineData("5 years strict regime", SentenceKind.Imprisonment, "P5Y", "strict regime")]
    [InlineData("3 years restricted freedom", SentenceKind.RestrictedFreedom, "P3Y", null)]
    [InlineData("2 years suspended", SentenceKind.Suspended, "P2Y", null)]
    [InlineData("suspended imprisonment 2 years", SentenceKind.Suspended, "P2Y", null)]
    [InlineData("1 year house arrest", SentenceKind.HouseArrest, "P1Y", null)]
    [InlineData("life", SentenceKind.LifeImprisonment, null, null)]
    [InlineData("Life imprisonment", SentenceKind.LifeImprisonment, null, null)]
    [InlineData("death", SentenceKind.Death, null, null)]
    [InlineData("death penalty", SentenceKind.Death, null, null)]
    [InlineData("fine", SentenceKind.Fine, null, null)]
    [InlineData("5 лет", SentenceKind.Imprisonment, "P5Y", null)]
    [InlineData("3 года 6 месяцев", SentenceKind.Imprisonment, "P3Y6M", null)]
    [InlineData("1 год 6 мес.", SentenceKind.Imprisonment, "P1Y6M", null)]
    [InlineData("2 г. 6 мес. лишения свободы", SentenceKind.Imprisonment, "P2Y6M", null)]
    [InlineData("15 суток", SentenceKind.Imprisonment, "P15D", null)]
    [InlineData("150 years", SentenceKind.Imprisonment, "P150Y", null)] // a real cumulative sentence: format 1.1 allows up to 1,000 years
    [InlineData("5 лет колонии строгого режима", SentenceKind.Imprisonment, "P5Y", "колонии строгого режима")]
    [InlineData("2 года ограничения свободы", SentenceKind.RestrictedFreedom, "P2Y", null)]
    [InlineData("3 года условно", SentenceKind.Suspended, "P3Y", null)]
    [InlineData("пожизненное лишение свободы", SentenceKind.LifeImprisonment, null, null)]
    [InlineData("4 гады пазбаўлення волі", SentenceKind.Imprisonment, "P4Y", null)]
    public void Sentence_AcceptedForms(string cell, SentenceKind kind, string? term, string? regime)
    {
        Assert.Null(SheetSentences.TryParse(cell, out List<SheetSentence> sentences));
        SheetSentence sentence = Assert.Single(sentences);
        Assert.Equal((kind, term, regime), (sentence.Kind, sentence.Term?.ToString(), sentence.Regime));
    }

    [Fact]
    public void Sentence_SeveralSeparatedBySemicolons()
    {
        Assert.Null(SheetSentences.TryParse("2 years; 12 years", out List<SheetSentence> sentences));
        Assert.Equal(["P2Y", "P12Y"], sentences.Select(s => s.Term?.ToString()));
    }

    [Theory]
    [InlineData("several years", "not a sentence (")]
    [InlineData("5", "not a sentence (")]
    [InlineData("imprisonment", "not a sentence: imprisonment, restricted freedom, a suspended sentence and house arrest need a term")]
    [InlineData("restricted freedom", "not a sentence: imprisonment, restricted freedom")]
    [InlineData("life 25 years", "not one sentence: life imprisonment and death have no term")]
    [InlineData("fine 100 basic units", "not a sentence (")]
    [InlineData("fine 2 years", "not a sentence: a fine has no term")]
    [InlineData("3 years restricted freedom house arrest", "not one sentence: it names more than one kind of penalty")]
    [InlineData("1.3 years", "not a term in whole months")]
    [InlineData("1.5 months", "not a term in whole months, weeks or days")]
    [InlineData("1001 years", "not a term the format allows")]
    [InlineData("2 years; several", "sentence 2 is not a sentence (")]
    public void Sentence_RefusedForms(string cell, string problem)
    {
        Assert.StartsWith(problem, SheetSentences.TryParse(cell, out _), StringComparison.Ordinal);
    }

    // Issue 11, item 10: a number of 2^31 or more (or more than a decimal holds) crashed the import with an OverflowException.
    [Theory]
    [InlineData("2147483648 years")]
    [InlineData("2147483647 years")]
    [InlineData("99999999999 months")]
    [InlineData("2147483648 days")]
    [InlineData("4294967296 weeks")]
    [InlineData("99999999999999999999999999999999 years")]
    [InlineData("99999999999999999999999999999.5 years")]
    [InlineData("1000000 days")]
    [InlineData("2147483648 ½ years")]
    [InlineData("5 лет 99999999999 месяцев")]
    [InlineData("2000000000 days 2000000000 days")]
    public void Sentence_TermWhoseNumberOverflows_IsRefused_NotAnException(string cell)
    {
        Assert.StartsWith("not a term the format allows (more than zero, at most 1,000 years)", SheetSentences.TryParse(cell, out List<SheetSentence> sentences), StringComparison.Ordinal);
        Assert.Empty(sentences);
    }

    [Fact]
    public void Sentence_ManyTermsThatAddUpPastAnInt_AreRefused()
    {
        // Each part is small, the sum is not: 3,000 parts of 999,999 days.
        string cell = string.Join(' ', Enumerable.Repeat("999999 days", 3000));
        Assert.StartsWith("not a term the format allows", SheetSentences.TryParse(cell, out _), StringComparison.Ordinal);
    }

    // Issue 11, item 13: the minus sign was dropped, "-5 years" became P5Y.
    [Theory]
    [InlineData("-5 years")]
    [InlineData("\u22125 years")]
    [InlineData("- 5 years")]
    [InlineData("  -  5 years")]
    [InlineData("\u2013 5 years")]
    [InlineData("\uFF0D5 years")]
    [InlineData("\uFE635 years")]
    [InlineData("3 years -6 months")]
    [InlineData("imprisonment -5 years")]
    [InlineData("-1.5 years")]
    [InlineData("(-5 years)")]
    [InlineData("2 years; -5 years")]
    [InlineData("-5 лет")]
    public void Sentence_NegativeTerm_IsRefused(string cell)
    {
        string text = System.Text.RegularExpressions.Regex.Unescape(cell);
        string? problem = SheetSentences.TryParse(text, out List<SheetSentence> sentences);
        Assert.NotNull(problem);
        Assert.Contains("a term is positive, and this one has a minus sign", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("imprisonment - 5 years", "P5Y")]
    [InlineData("лишение свободы — 5 лет", "P5Y")]
    [InlineData("5 years - strict regime", "P5Y")]
    public void Sentence_SpacedDashBetweenWordsAndATerm_IsPunctuation(string cell, string term)
    {
        Assert.Null(SheetSentences.TryParse(cell, out List<SheetSentence> sentences));
        Assert.Equal(term, Assert.Single(sentences).Term?.ToString());
    }

    [Fact]
    public void Sentence_EveryTermInYearsAndMonths_ReadsAsThatTerm()
        => Gen.Select(Gen.Int[0, 30], Gen.Int[0, 11]).Where(t => t.Item1 + t.Item2 > 0).Sample((years, months) =>
        {
            string text = (years > 0 ? $"{years} years " : string.Empty) + (months > 0 ? $"{months} months" : string.Empty);
            Assert.Null(SheetSentences.TryParse(text, out List<SheetSentence> sentences));
            Assert.Equal(Term.Of(years, months), Assert.Single(sentences).Term);
        }, iter: 500);

    [Theory]
    [InlineData("Art. 342 Part 1 Criminal Code", "Criminal Code|342|1|")]
    [InlineData("Article 342, Part 1 of the Criminal Code", "Criminal Code|342|1|")]
    [InlineData("Art. 342(1) Criminal Code", "Criminal Code|342|1|")]
    [InlineData("Part 1 of Article 342 of the Criminal Code", "Criminal Code|342|1|")]
    [InlineData("Art. 361-1, 357 of the Criminal Code", "Criminal Code|361-1||;Criminal Code|357||")]
    [InlineData("Arts. 342 and 361-1 Criminal Code", "Criminal Code|342||;Criminal Code|361-1||")]
    [InlineData("Art. 342 Part 1 Criminal Code; Art. 130 Part 3 Criminal Code", "Criminal Code|342|1|;Criminal Code|130|3|")]
    [InlineData("Art. 293 Criminal Code — participation in mass riots", "Criminal Code|293||participation in mass riots")]
    [InlineData("Art. 24: spreading false news", "Decree|24||spreading false news")]
    [InlineData("Criminal Code, Art. 342", "Criminal Code|342||")]
    [InlineData("ч. 2 ст. 293 УК", "УК|293|2|")]
    [InlineData("ч.2 ст.293 УК РБ", "УК РБ|293|2|")]
    [InlineData("ст. 342 ч. 1 УК", "УК|342|1|")]
    [InlineData("ч. 1 ст. 342, ч. 3 ст. 361-1 УК", "УК|342|1|;УК|361-1|3|")]
    [InlineData("арт. 342 ч. 1 КК", "КК|342|1|")]
    [InlineData("ст. 20.2 КоАП", "КоАП|20.2||")]
    [InlineData("§ 130 StGB", "StGB|130||")]
    [InlineData("342", "Decree|342||")]
    [InlineData("Art. 72 (Penal Code)", "Penal Code|72||")]
    public void Charges_AcceptedForms(string cell, string expected)
    {
        Assert.Null(SheetCharges.TryParse(cell, "Decree", out List<Charge> charges));
        Assert.Equal(expected, string.Join(";", charges.Select(c => $"{c.Law}|{c.Article}|{c.Part}|{c.Description}")));
    }

    [Theory]
    [InlineData("hooliganism", null, "the charge is not an article reference")]
    [InlineData("Art. 342", null, "the charge names no law")]
    [InlineData("Art. 342 Criminal Code; mass riots", null, "charge 2 is not an article reference")]
    [InlineData("Criminal Code, Art. 342 and then some", "Decree", "the charge is not an article reference")]
    public void Charges_RefusedForms(string cell, string? law, string problem)
    {
        Assert.StartsWith(problem, SheetCharges.TryParse(cell, law, out _), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/a, \"https://example.org/b, https://example.org/c\"", new[] { "https://example.org/a", "https://example.org/b", "https://example.org/c" })]
    [InlineData("<https://example.org/a>", new[] { "https://example.org/a" })]
    [InlineData("«https://example.org/a»; 'https://example.org/b'.", new[] { "https://example.org/a", "https://example.org/b" })]
    [InlineData("(https://example.org/a)", new[] { "https://example.org/a" })]
    [InlineData("https://example.org/wiki/A_(B)", new[] { "https://example.org/wiki/A_(B)" })]
    public void Sources_UrlsInQuotesOrBrackets_AreUrls(string cell, string[] urls)
    {
        // Lists kept by hand wrap links in quotes or angle brackets and separate them with commas; those marks are not a title.
        Assert.Null(SheetSources.TryParse(cell, out List<PoliticalEvents.Source> sources));

        Assert.Equal(urls, sources.Select(s => s.Url?.Value));
        Assert.All(sources, s => Assert.Null(s.Title));
    }
}
