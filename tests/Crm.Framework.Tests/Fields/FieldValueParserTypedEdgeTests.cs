using Crm.Framework.Fields;

namespace Crm.Framework.Tests.Fields;

public sealed class FieldValueParserTypedEdgeTests
{
    private static readonly FieldDefinition Score = TestSchema.CustomerFields.Single(f => f.Key == "credit_score");

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e30)]
    public void A_double_that_is_no_decimal_number_is_refused_not_thrown(double raw)
    {
        Assert.False(FieldValueParser.TryParse(Score, raw, out _, out var rule));
        Assert.Equal("must be a number (e.g. 42 or 3.75)", rule);
    }

    [Fact]
    public void A_float_is_read_as_the_decimal_it_shows()
    {
        var rate = new FieldDefinition("rate", "Rate", FieldType.Number, FieldTarget.Deal);

        Assert.True(FieldValueParser.TryParse(rate, 0.1f, out var value, out var rule), rule);
        Assert.Equal(0.1m, value);
    }
}

public sealed class FieldValueParserTypedMoneyTests
{
    private static readonly FieldDefinition Income = TestSchema.CustomerFields.Single(f => f.Key == "monthly_income");

    [Fact]
    public void Typed_money_gets_the_same_upper_case_currency_as_text()
    {
        Assert.True(FieldValueParser.TryParse(Income, new Money(1500m, "eur"), out var value, out var rule), rule);
        Assert.Equal("1500.00 EUR", value);
    }

    [Theory]
    [InlineData("euro")]
    [InlineData("")]
    [InlineData(null)]
    public void Typed_money_without_a_currency_code_is_refused(string? currency)
    {
        var fee = new FieldDefinition("fee", "Fee", FieldType.Money, FieldTarget.Deal);

        Assert.False(FieldValueParser.TryParse(fee, new Money(10m, currency!), out var value, out var rule), $"accepted as {value}");
        Assert.Equal("must be an amount and a currency, e.g. '1500.00 EUR'", rule);
    }
}
