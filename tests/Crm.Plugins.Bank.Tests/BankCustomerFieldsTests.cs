using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using static Crm.Plugins.Bank.Tests.BankScenario;

namespace Crm.Plugins.Bank.Tests;

public sealed class BankCustomerFieldsTests
{
    [Theory]
    [InlineData(299)]
    [InlineData(851)]
    public async Task Credit_score_outside_300_850_is_refused_naming_the_field(int score)
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Jaan Kask", Fields = Values(("credit_score", score)) }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("credit_score", broken.Field);
        Assert.Equal("must be between 300 and 850", broken.Rule);
        Assert.Contains("'credit_score'", error.Message);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(850)]
    public async Task Credit_score_at_the_ends_of_the_scale_is_kept(int score)
    {
        await using var crm = Host();

        var customer = await crm.Send(new CreateCustomer { Name = "Jaan Kask", Fields = Values(("credit_score", score)) });

        Assert.Equal(score, customer.Fields.GetNumber("credit_score"));
    }

    [Fact]
    public async Task National_id_is_masked_in_the_validation_message()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Mari Tamm", Fields = Values(("national_id", "48813140278")) }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("national_id", broken.Field);
        Assert.Equal("***", broken.Value);
        Assert.Contains("11-digit personal code", error.Message);
        Assert.DoesNotContain("48813140278", error.Message);
    }

    [Fact]
    public async Task A_customer_is_found_by_national_id()
    {
        await using var crm = Host();
        var mari = await crm.Person();
        await crm.Send(new CreateCustomer { Name = "Jaan Kask", Fields = Values(("national_id", "37911022159")) });

        var found = await crm.Send(new FindCustomers { FieldKey = "national_id", FieldValue = "48803140278" });

        Assert.Equal(mari.Id, Assert.Single(found).Id);
    }

    [Fact]
    public async Task Segment_must_be_one_of_the_bank_segments()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Mari Tamm", Fields = Values(("segment", "vip")) }));

        Assert.Equal("must be one of: retail, affluent, private, sme, corporate", Assert.Single(error.Errors).Rule);
    }

    [Fact]
    public async Task Annual_income_cannot_be_negative()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Mari Tamm", Fields = Values(("annual_income", Eur(-1))) }));

        Assert.Equal("annual_income", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task Registration_number_must_be_a_register_code()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new CreateCustomer
        {
            Name = "Baltic Timber OÜ", Kind = CustomerKind.Organization, Fields = Values(("registration_number", "EE14236717")),
        }));

        Assert.Equal("must be the 8- or 9-digit commercial register code", Assert.Single(error.Errors).Rule);
    }

    [Fact]
    public async Task A_branch_visit_records_a_branch_code_like_TLN01()
    {
        await using var crm = Host();
        var customer = await crm.Person();

        var visit = await crm.Send(new LogInteraction
        {
            CustomerId = customer.Id, Channel = "branch_visit", Subject = "Asked about a renovation loan", Fields = Values(("branch_code", "TLN01")),
        });
        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new LogInteraction
        {
            CustomerId = customer.Id, Channel = "branch_visit", Subject = "Asked about a renovation loan", Fields = Values(("branch_code", "Tallinn")),
        }));

        Assert.Equal("TLN01", visit.Fields.GetText("branch_code"));
        Assert.Equal("branch_code", Assert.Single(error.Errors).Field);
    }
}
