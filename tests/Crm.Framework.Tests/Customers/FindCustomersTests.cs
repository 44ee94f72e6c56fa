using Crm.Framework.Customers;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Customers;

public sealed class FindCustomersTests
{
    private static async Task<CrmTestHost> ThreeCustomers()
    {
        var crm = TestCrm.Create();
        await crm.Send(new CreateCustomer
        {
            Name = "Ada Lovelace",
            Tags = ["vip"],
            Contacts = [new ContactPoint(ContactKind.Email, "ada@example.com"), new ContactPoint(ContactKind.Phone, "+44 20 7946 0018")],
            Fields = TestCrm.Fields(("source", "web"), ("segment", "retail"), ("national_id", "12345678901")),
        });
        await crm.Send(new CreateCustomer
        {
            Name = "Charles Babbage",
            Lifecycle = LifecycleStage.Customer,
            Contacts = [new ContactPoint(ContactKind.Email, "charles@example.com")],
            Fields = TestCrm.Fields(("source", "referral"), ("segment", "corporate")),
        });
        await crm.Send(new CreateCustomer
        {
            Name = "Grace Hopper",
            Tags = ["VIP", "navy"],
            Fields = TestCrm.Fields(("source", "branch"), ("segment", "retail")),
        });
        return crm;
    }

    private static async Task<string[]> Names(CrmTestHost crm, FindCustomers query) =>
        (await crm.Send(query)).Select(c => c.Name).ToArray();

    [Fact]
    public async Task Without_criteria_every_customer_is_listed_by_name()
    {
        await using var crm = await ThreeCustomers();

        Assert.Equal(["Ada Lovelace", "Charles Babbage", "Grace Hopper"], await Names(crm, new FindCustomers()));
    }

    [Theory]
    [InlineData("love")]
    [InlineData("LOVELACE")]
    [InlineData(" ada ")]
    public async Task Finds_by_part_of_the_name_in_any_case(string name)
    {
        await using var crm = await ThreeCustomers();

        Assert.Equal(["Ada Lovelace"], await Names(crm, new FindCustomers { Name = name }));
    }

    [Fact]
    public async Task Finds_by_email_in_any_case()
    {
        await using var crm = await ThreeCustomers();

        Assert.Equal(["Charles Babbage"], await Names(crm, new FindCustomers { Email = " Charles@EXAMPLE.com " }));
    }

    [Theory]
    [InlineData("+442079460018")]
    [InlineData("+44 (20) 7946-0018")]
    [InlineData("+44.20.7946.0018")]
    [InlineData("020 7946 0018")]
    public async Task Finds_by_phone_written_in_another_notation(string phone)
    {
        await using var crm = await ThreeCustomers();

        Assert.Equal(["Ada Lovelace"], await Names(crm, new FindCustomers { Phone = phone }));
    }

    [Fact]
    public async Task Finds_by_custom_field_value_in_its_text_form()
    {
        await using var crm = await ThreeCustomers();

        Assert.Equal(["Ada Lovelace", "Grace Hopper"], await Names(crm, new FindCustomers { FieldKey = "segment", FieldValue = "RETAIL" }));
        Assert.Equal(["Ada Lovelace"], await Names(crm, new FindCustomers { FieldKey = "national_id", FieldValue = "12345678901" }));
    }

    [Fact]
    public async Task Finds_by_a_number_field_written_with_other_trailing_zeros()
    {
        await using var crm = TestCrm.Create();
        await crm.NewCustomer("Ada", ("credit_score", "720.00"));

        Assert.Equal(["Ada"], await Names(crm, new FindCustomers { FieldKey = "credit_score", FieldValue = "720" }));
        Assert.Equal(["Ada"], await Names(crm, new FindCustomers { FieldKey = "credit_score", FieldValue = "720.0" }));
    }

    [Fact]
    public async Task Finds_by_tag_in_any_case_and_by_lifecycle()
    {
        await using var crm = await ThreeCustomers();

        Assert.Equal(["Ada Lovelace", "Grace Hopper"], await Names(crm, new FindCustomers { Tag = "Vip" }));
        Assert.Equal(["Charles Babbage"], await Names(crm, new FindCustomers { Lifecycle = LifecycleStage.Customer }));
    }

    [Fact]
    public async Task Every_criterion_given_must_match()
    {
        await using var crm = await ThreeCustomers();

        Assert.Equal(["Grace Hopper"], await Names(crm, new FindCustomers { Tag = "vip", Name = "grace", FieldKey = "segment", FieldValue = "retail" }));
        Assert.Empty(await Names(crm, new FindCustomers { Tag = "vip", Lifecycle = LifecycleStage.Customer }));
    }

    [Fact]
    public async Task Limit_caps_the_result()
    {
        await using var crm = await ThreeCustomers();

        Assert.Equal(["Ada Lovelace", "Charles Babbage"], await Names(crm, new FindCustomers { Limit = 2 }));
    }

    [Fact]
    public async Task An_unknown_field_key_is_refused_listing_the_known_customer_fields()
    {
        await using var crm = await ThreeCustomers();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new FindCustomers { FieldKey = "segmnet", FieldValue = "retail" }));

        Assert.Equal("segmnet", Assert.Single(error.Errors).Field);
        Assert.Contains("known customer fields: backup_phone, billing_email, birth_date, credit_score", error.Message);
    }

    [Fact]
    public async Task A_field_value_the_field_cannot_hold_is_refused()
    {
        await using var crm = await ThreeCustomers();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new FindCustomers { FieldKey = "segment", FieldValue = "gold" }));

        Assert.Contains("must be one of: retail, sme, corporate", error.Message);
    }

    [Fact]
    public async Task A_field_key_without_a_value_and_an_unreadable_phone_are_refused()
    {
        await using var crm = await ThreeCustomers();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new FindCustomers { FieldKey = "segment", Phone = "call me" }));

        Assert.Equal(["phone", "field"], error.Errors.Select(e => e.Field));
    }
}
