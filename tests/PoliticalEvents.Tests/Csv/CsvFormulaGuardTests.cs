using CsCheck;
using PoliticalEvents.Csv;
using Xunit;

namespace PoliticalEvents.Tests.Csv;

public sealed class CsvFormulaGuardTests
{
    private static readonly Gen<string> Tricky = Gen.Char["'=+-@\t\r a\"x,"].Array[0, 8].Select(chars => new string(chars));

    [Fact]
    public void RestoreAfterNeutralize_IsTheIdentity()
        => Gen.OneOf(Tricky, Gen.String).Sample(text => Assert.Equal(text, CsvFormulaGuard.Restore(CsvFormulaGuard.Neutralize(text))), iter: 5000);

    [Fact]
    public void Neutralized_NeverStartsWithATriggerCharacter()
        => Gen.OneOf(Tricky, Gen.String).Sample(text =>
        {
            string cell = CsvFormulaGuard.Neutralize(text);
            Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
        }, iter: 5000);

    [Theory]
    [InlineData("'=x", "=x")]
    [InlineData("''=x", "'=x")]
    [InlineData("'Twas", "'Twas")]
    [InlineData("'", "'")]
    [InlineData("=x", "=x")]
    public void Restore_RemovesOneApostropheOnlyFromTheGuardedForm(string cell, string text)
    {
        Assert.Equal(text, CsvFormulaGuard.Restore(cell));
    }
}
