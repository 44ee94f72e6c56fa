using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Fields;

public sealed class FieldRulesTests
{
    private static Task<CrmValidationException> Refused(CrmTestHost crm, params (string Key, object? Value)[] fields) =>
        Assert.ThrowsAsync<CrmValidationException>(() => crm.NewCustomer("Ada", fields));

    [Fact]
    public async Task An_unknown_field_key_is_refused_listing_every_known_key_of_the_target()
    {
        await using var crm = TestCrm.Create();

        var error = await Refused(crm, ("credit_scor", "700"));

        Assert.Equal(
            "Field 'credit_scor' is not a customer field; known customer fields: backup_phone, billing_email, birth_date, credit_score, "
            + "interests, monthly_income, national_id, newsletter, nickname, referred_by, segment, source, website.",
            error.Message);
    }

    [Fact]
    public async Task A_field_of_another_target_is_unknown_here()
    {
        await using var crm = TestCrm.Create();

        var error = await Refused(crm, ("collateral", "car"));

        Assert.Contains("'collateral' is not a customer field", error.Message);
    }

    [Fact]
    public async Task Without_declared_fields_the_error_says_none_are_declared()
    {
        await using var crm = CrmTestHost.Create();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Ada", Fields = TestCrm.Fields(("segment", "retail")) }));

        Assert.Contains("no customer fields are declared (is the industry plugin enabled?)", error.Message);
    }

    [Theory]
    [InlineData("credit_score", "900", "Field 'credit_score' value '900' must be between 300 and 850.")]
    [InlineData("nickname", "Augusta Ada King", "Field 'nickname' value 'Augusta Ada King' must be at most 12 characters long.")]
    [InlineData("segment", "gold", "Field 'segment' value 'gold' must be one of: retail, sme, corporate.")]
    [InlineData("monthly_income", "1500 USD", "Field 'monthly_income' value '1500 USD' must be in EUR.")]
    [InlineData("birth_date", "10.12.1815", "Field 'birth_date' value '10.12.1815' must be a date written yyyy-MM-dd.")]
    public async Task A_constraint_error_names_the_field_the_value_and_the_rule(string key, string value, string message)
    {
        await using var crm = TestCrm.Create();

        var error = await Refused(crm, (key, value));

        Assert.Equal(message, error.Message);
        var broken = Assert.Single(error.Errors);
        Assert.Equal((key, (object)value), (broken.Field, broken.Value!));
    }

    [Fact]
    public async Task A_pattern_error_uses_the_pattern_description_and_masks_a_sensitive_value()
    {
        await using var crm = TestCrm.Create();

        var error = await Refused(crm, ("national_id", "8512-1012345"));

        Assert.Equal("Field 'national_id' value '***' must be 11 digits.", error.Message);
        Assert.DoesNotContain("8512", error.Message);
        Assert.Equal("***", Assert.Single(error.Errors).Value);
    }

    [Fact]
    public async Task A_sensitive_value_is_masked_when_searching_with_it_too()
    {
        await using var crm = TestCrm.Create();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new FindCustomers { FieldKey = "national_id", FieldValue = "8512-1012345" }));

        Assert.DoesNotContain("8512", error.Message);
    }

    [Fact]
    public async Task Clearing_a_required_field_is_refused_and_clearing_an_optional_one_removes_it()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer("Ada", ("nickname", "ada"));

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new UpdateCustomer { CustomerId = ada.Id, Fields = TestCrm.Fields(("source", null)) }));
        var cleared = await crm.Send(new UpdateCustomer { CustomerId = ada.Id, Fields = TestCrm.Fields(("nickname", "")) });

        Assert.Equal("Field 'source' is required and cannot be cleared.", error.Message);
        Assert.Equal(["source"], cleared.Fields.Keys);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_required_text_field_cannot_be_cleared_with_blank_text(string? blank)
    {
        await using var crm = TestCrm.Create(app: b => b.AddField(new FieldDefinition("tax_number", "Tax number", FieldType.Text, FieldTarget.Customer) { Required = true }));
        var acme = await crm.NewCustomer("Acme", ("tax_number", "GB123"));

        await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new UpdateCustomer { CustomerId = acme.Id, Fields = TestCrm.Fields(("tax_number", blank)) }));

        Assert.Equal("GB123", crm.Store.GetCustomer(acme.Id)!.Fields["tax_number"]);
    }

    [Fact]
    public async Task A_required_text_field_is_not_given_by_blank_text_on_create_and_is_reported_once()
    {
        await using var crm = TestCrm.Create(app: b => b.AddField(new FieldDefinition("tax_number", "Tax number", FieldType.Text, FieldTarget.Customer) { Required = true }));

        var error = await Refused(crm, ("tax_number", "  "));

        Assert.Equal("tax_number", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task Values_are_stored_as_canonical_primitives_on_the_card()
    {
        await using var crm = TestCrm.Create();

        var ada = await crm.NewCustomer("Ada",
            ("credit_score", "720"), ("monthly_income", "3200 eur"), ("birth_date", new DateOnly(1815, 12, 10)), ("newsletter", "yes"),
            ("interests", "cards, LOANS"), ("billing_email", "Ada@Example.com"), ("backup_phone", "+44 20 7946 0018"));

        Assert.Equal(720m, ada.Fields.GetNumber("credit_score"));
        Assert.Equal(Money.Of(3200m, "EUR"), ada.Fields.GetMoney("monthly_income"));
        Assert.Equal(new DateOnly(1815, 12, 10), ada.Fields.GetDate("birth_date"));
        Assert.True(ada.Fields.GetBoolean("newsletter"));
        Assert.Equal("cards, loans", ada.Fields.GetText("interests"));
        Assert.Equal("ada@example.com", ada.Fields.GetText("billing_email"));
        Assert.Equal("+442079460018", ada.Fields.GetText("backup_phone"));
    }
}
