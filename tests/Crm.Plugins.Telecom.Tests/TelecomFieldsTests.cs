using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using static Crm.Plugins.Telecom.Tests.TelecomScenario;

namespace Crm.Plugins.Telecom.Tests;

public sealed class TelecomFieldsTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public async Task Churn_risk_score_outside_0_100_is_refused_naming_the_field_and_the_rule(int score)
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Grace Thompson", Fields = Values(("churn_risk_score", score)) }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("churn_risk_score", broken.Field);
        Assert.Equal("must be between 0 and 100", broken.Rule);
        Assert.Contains("'churn_risk_score'", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(37)]
    public async Task A_contract_term_beyond_36_months_or_below_one_is_refused(int months)
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "new_connection", Title = "SIM Only 10GB", Amount = Gbp(120),
            Fields = Values(("contract_term_months", months)),
        }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("contract_term_months", broken.Field);
        Assert.Equal("must be between 1 and 36", broken.Rule);
    }

    [Fact]
    public async Task The_identity_document_number_is_masked_in_the_validation_message()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "James Okafor", Fields = Values(("subscriber_id_number", "okafj-801215")) }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("subscriber_id_number", broken.Field);
        Assert.Equal("***", broken.Value);
        Assert.Contains("6 to 20 capital letters and digits", error.Message);
        Assert.DoesNotContain("okafj-801215", error.Message);
    }

    [Fact]
    public async Task A_malformed_porting_code_is_refused_without_showing_it()
    {
        await using var crm = Host();
        var deal = await crm.SignedIphoneDeal(await crm.Subscriber());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "port_scheduled",
            ("sim_iccid", "8944110068012345678"), ("porting_donor_operator", "vodafone"), ("porting_msisdn", "447700900318"),
            ("porting_code", "VF-38492"), ("porting_date", new DateOnly(2026, 1, 16))));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("porting_code", broken.Field);
        Assert.Equal("***", broken.Value);
        Assert.Equal("must be a PAC: three capital letters and six digits, e.g. ABC123456", broken.Rule);
        Assert.DoesNotContain("VF-38492", error.Message);
    }

    [Theory]
    [InlineData("07700900318")]
    [InlineData("+447700900318")]
    [InlineData("4477009003181234")]
    public async Task An_msisdn_must_be_in_international_format_without_the_plus(string msisdn)
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "James Okafor", Fields = Values(("msisdn", msisdn)) }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("msisdn", broken.Field);
        Assert.Contains("international format without + or 00", broken.Rule);
    }

    [Fact]
    public async Task A_subscriber_is_found_by_msisdn()
    {
        await using var crm = Host();
        var james = await crm.Subscriber();
        await crm.Send(new CreateCustomer { Name = "Aisha Khan", Fields = Values(("msisdn", "447700900455")) });

        var found = await crm.Send(new FindCustomers { FieldKey = "msisdn", FieldValue = "447700900318" });

        Assert.Equal(james.Id, Assert.Single(found).Id);
    }

    [Theory]
    [InlineData("8944110068012345678", true)]
    [InlineData("89441100680123456789", true)]
    [InlineData("894411006801234567", false)]
    [InlineData("7944110068012345678", false)]
    public async Task An_iccid_has_19_or_20_digits_starting_with_89(string iccid, bool valid)
    {
        await using var crm = Host();
        var deal = await crm.IphoneDeal(await crm.Subscriber());

        var update = () => crm.Send(new MoveDeal { DealId = deal.Id, Stage = "offer", Fields = Values(("sim_iccid", iccid)) });

        if (valid) Assert.Equal(iccid, (await update()).Fields.GetText("sim_iccid"));
        else Assert.Equal("sim_iccid", Assert.Single((await Assert.ThrowsAsync<CrmValidationException>(update)).Errors).Field);
    }

    [Fact]
    public async Task The_tariff_plan_must_be_in_the_catalogue()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Grace Thompson", Fields = Values(("current_tariff_plan", "unlimited_plus")) }));

        Assert.Equal("current_tariff_plan", Assert.Single(error.Errors).Field);
        Assert.Contains("sim_only_10gb", Assert.Single(error.Errors).Rule);
    }

    [Fact]
    public async Task Marketing_permissions_take_only_known_channels()
    {
        await using var crm = Host();

        var ok = await crm.Send(new CreateCustomer { Name = "Emma Richardson", Fields = Values(("subscriber_marketing_channels", new[] { "sms", "email" })) });
        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Emma Richardson", Fields = Values(("subscriber_marketing_channels", new[] { "sms", "fax" })) }));

        Assert.Equal(["sms", "email"], Assert.IsType<string[]>(ok.Fields["subscriber_marketing_channels"]));
        Assert.Equal("subscriber_marketing_channels", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task A_store_visit_records_a_store_code_like_MAN014_and_a_contact_reason()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();

        var visit = await crm.Send(new LogInteraction
        {
            CustomerId = customer.Id, Channel = "retail_store", Subject = "Asked about iPhone 16 deals",
            Fields = Values(("retail_store_code", "MAN014"), ("telecom_contact_reason", "upgrade")),
        });
        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new LogInteraction
        {
            CustomerId = customer.Id, Channel = "retail_store", Subject = "Asked about iPhone 16 deals",
            Fields = Values(("retail_store_code", "Manchester Arndale")),
        }));

        Assert.Equal("MAN014", visit.Fields.GetText("retail_store_code"));
        Assert.Equal("upgrade", visit.Fields.GetText("telecom_contact_reason"));
        Assert.Equal("must be three capital letters and three digits, e.g. MAN014", Assert.Single(error.Errors).Rule);
    }

    [Fact]
    public async Task A_fault_report_through_ussd_or_an_engineer_visit_uses_the_telecom_channels()
    {
        await using var crm = Host();
        var customer = await crm.Subscriber();

        var ussd = await crm.Send(new LogInteraction { CustomerId = customer.Id, Channel = "ussd", Subject = "Checked the allowance with *100#" });
        var visit = await crm.Send(new LogInteraction
        {
            CustomerId = customer.Id, Channel = "field_technician", Subject = "Replaced the ONT", Direction = InteractionDirection.Outbound,
            Fields = Values(("trouble_ticket_ref", "TT0418832"), ("first_contact_resolution", true)),
        });

        Assert.Equal("ussd", ussd.Channel);
        Assert.Equal("TT0418832", visit.Fields.GetText("trouble_ticket_ref"));
        Assert.True(visit.Fields.GetBoolean("first_contact_resolution"));
    }
}
