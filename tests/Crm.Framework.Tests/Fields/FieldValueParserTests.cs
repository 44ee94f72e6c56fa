using Crm.Framework.Fields;

namespace Crm.Framework.Tests.Fields;

public sealed class FieldValueParserTests
{
    private static FieldDefinition Field(string key) =>
        TestSchema.CustomerFields.Concat(TestSchema.DealFields).Single(f => f.Key == key);

    private static object? Parsed(string key, object raw)
    {
        Assert.True(FieldValueParser.TryParse(Field(key), raw, out var value, out var rule), rule);
        return value;
    }

    private static string Refused(string key, object raw)
    {
        Assert.False(FieldValueParser.TryParse(Field(key), raw, out var value, out var rule), $"accepted as {value}");
        Assert.Null(value);
        return rule!;
    }

    public static TheoryData<string, object, object> TextAndTypedValues => new()
    {
        { "nickname", "  Ada  ", "Ada" },
        { "nickname", 42, "42" },
        { "credit_score", "720", 720m },
        { "credit_score", " 700.25 ", 700.25m },
        { "credit_score", 720, 720m },
        { "credit_score", 720L, 720m },
        { "credit_score", 720.5m, 720.5m },
        { "credit_score", 720.5d, 720.5m },
        { "monthly_income", "1500 eur", "1500.00 EUR" },
        { "monthly_income", " 1500.5   EUR ", "1500.50 EUR" },
        { "monthly_income", new Money(1500m, "EUR"), "1500.00 EUR" },
        { "birth_date", "1815-12-10", "1815-12-10" },
        { "birth_date", new DateOnly(1815, 12, 10), "1815-12-10" },
        { "birth_date", new DateTime(1815, 12, 10, 13, 0, 0), "1815-12-10" },
        { "newsletter", "yes", true },
        { "newsletter", "TRUE", true },
        { "newsletter", "1", true },
        { "newsletter", "No", false },
        { "newsletter", false, false },
        { "segment", "SME", "sme" },
        { "segment", " corporate ", "corporate" },
        { "interests", "Loans, cards", new[] { "loans", "cards" } },
        { "interests", "loans,loans", new[] { "loans" } },
        { "interests", new[] { "Savings" }, new[] { "savings" } },
        { "interests", new List<string> { "cards", "loans" }, new[] { "cards", "loans" } },
        { "billing_email", " Ada@Example.COM ", "ada@example.com" },
        { "backup_phone", "+44 (20) 7946-0018", "+442079460018" },
        { "website", " https://example.com/ada ", "https://example.com/ada" },
        { "referred_by", " C-7KQ2M9XH4T ", "C-7KQ2M9XH4T" },
        { "national_id", "12345678901", "12345678901" },
    };

    [Theory]
    [MemberData(nameof(TextAndTypedValues))]
    public void Every_field_type_parses_text_and_typed_values_to_its_canonical_primitive(string key, object raw, object expected)
    {
        var value = Parsed(key, raw);

        Assert.Equal(expected, value);
        Assert.Equal(expected.GetType(), value!.GetType());
    }

    public static TheoryData<string, object, string> BrokenValues => new()
    {
        { "credit_score", "seven hundred", "must be a number (e.g. 42 or 3.75)" },
        { "credit_score", "900", "must be between 300 and 850" },
        { "credit_score", 299, "must be between 300 and 850" },
        { "credit_score", true, "must be a number (e.g. 42 or 3.75)" },
        { "monthly_income", "1500", "must be an amount and a currency, e.g. '1500.00 EUR'" },
        { "monthly_income", "1500 euros", "must be an amount and a currency, e.g. '1500.00 EUR'" },
        { "monthly_income", "1500 USD", "must be in EUR" },
        { "monthly_income", "-1 EUR", "must be at least 0" },
        { "birth_date", "10/12/1815", "must be a date written yyyy-MM-dd" },
        { "birth_date", "1815-13-10", "must be a date written yyyy-MM-dd" },
        { "newsletter", "maybe", "must be true or false" },
        { "segment", "gold", "must be one of: retail, sme, corporate" },
        { "interests", "loans, gold", "must only contain: loans, savings, cards" },
        { "interests", 7, "must be a list of choices separated by commas" },
        { "billing_email", "ada.example.com", "must be an email address like name@example.com" },
        { "billing_email", "ada@example", "must be an email address like name@example.com" },
        { "backup_phone", "call me", "must be a phone number like +44 20 7946 0018" },
        { "backup_phone", "123", "must be a phone number like +44 20 7946 0018" },
        { "website", "ftp://example.com", "must be an absolute http(s) URL" },
        { "website", "example.com", "must be an absolute http(s) URL" },
        { "referred_by", "   ", "must be a record id" },
        { "nickname", "Augusta Ada King", "must be at most 12 characters long" },
        { "national_id", "1234567890", "must be 11 digits" },
        { "national_id", "1234567890a", "must be 11 digits" },
        { "loan_term_months", "0", "must be between 1 and 360" },
        { "loan_term_months", "1,5", "must be a number (e.g. 42 or 3.75)" },
        { "loan_term_months", "1,000", "must be a number (e.g. 42 or 3.75)" },
        { "monthly_income", "1,5 EUR", "must be an amount and a currency, e.g. '1500.00 EUR'" },
        { "monthly_income", "2,500.00 EUR", "must be an amount and a currency, e.g. '1500.00 EUR'" },
    };

    [Theory]
    [MemberData(nameof(BrokenValues))]
    public void A_value_the_field_cannot_hold_is_refused_with_the_rule(string key, object raw, string rule)
    {
        Assert.Equal(rule, Refused(key, raw));
    }

    [Theory]
    [InlineData("720.0")]
    [InlineData("720.000")]
    [InlineData(" 720 ")]
    public void A_number_has_one_canonical_text_whatever_its_trailing_zeros(string raw)
    {
        Assert.Equal("720", FieldValues.Format(Parsed("credit_score", raw)!));
        Assert.Equal("720", FieldValues.Format(Parsed("credit_score", 720.00m)!));
        Assert.Equal("720.5", FieldValues.Format(Parsed("credit_score", "720.50")!));
    }

    [Fact]
    public void A_pattern_must_match_the_whole_text()
    {
        Assert.Equal("must be 11 digits", Refused("national_id", "x12345678901x"));
    }

    [Fact]
    public void A_value_that_makes_the_pattern_time_out_is_refused_not_thrown()
    {
        var field = new FieldDefinition("code", "Code", FieldType.Text, FieldTarget.Deal)
        {
            Constraints = new FieldConstraints { Pattern = "(a+)+", PatternDescription = "letters a" },
        };

        Assert.False(FieldValueParser.TryParse(field, new string('a', 40) + "!", out _, out var rule));
        Assert.Equal("must be letters a", rule);
    }

    [Fact]
    public void A_pattern_without_a_description_shows_the_pattern()
    {
        var field = new FieldDefinition("postcode", "Postcode", FieldType.Text, FieldTarget.Customer)
        {
            Constraints = new FieldConstraints { Pattern = "[0-9]{5}", MinLength = 5 },
        };

        Assert.False(FieldValueParser.TryParse(field, "1234a", out _, out var rule));
        Assert.Equal("must be in the form [0-9]{5}", rule);
        Assert.False(FieldValueParser.TryParse(field, "1234", out _, out rule));
        Assert.Equal("must be at least 5 characters long", rule);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e30)]
    public void A_double_that_is_no_decimal_number_is_refused_not_thrown(double raw)
    {
        Assert.False(FieldValueParser.TryParse(Field("credit_score"), raw, out _, out var rule));
        Assert.Equal("must be a number (e.g. 42 or 3.75)", rule);
    }

    [Fact]
    public void A_float_is_read_as_the_decimal_it_shows()
    {
        var rate = new FieldDefinition("rate", "Rate", FieldType.Number, FieldTarget.Deal);

        Assert.True(FieldValueParser.TryParse(rate, 0.1f, out var value, out var rule), rule);
        Assert.Equal(0.1m, value);
    }

    [Fact]
    public void Typed_money_gets_the_same_upper_case_currency_as_text()
    {
        Assert.True(FieldValueParser.TryParse(Field("monthly_income"), new Money(1500m, "eur"), out var value, out var rule), rule);
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
