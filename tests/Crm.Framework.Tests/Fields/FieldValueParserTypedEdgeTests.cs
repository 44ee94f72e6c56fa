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
