namespace Crm.Framework.Tests.Fields;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("1500 eur", "1500.00 EUR")]
    [InlineData(" -12.5   USD ", "-12.50 USD")]
    public void Money_reads_an_amount_and_a_currency(string text, string canonical)
    {
        Assert.True(Money.TryParse(text, out var money));
        Assert.Equal(canonical, money.ToString());
    }

    [Theory]
    [InlineData("1,5 EUR")]
    [InlineData("1,500 EUR")]
    [InlineData("EUR 1500")]
    [InlineData("1500")]
    [InlineData("1500 EURO")]
    [InlineData(null)]
    public void Money_refuses_text_it_could_misread(string? text)
    {
        Assert.False(Money.TryParse(text, out _));
    }
}
