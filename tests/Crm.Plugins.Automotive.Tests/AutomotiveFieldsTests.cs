using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using static Crm.Plugins.Automotive.Tests.AutomotiveScenario;

namespace Crm.Plugins.Automotive.Tests;

public sealed class AutomotiveFieldsTests
{
    [Theory]
    [InlineData(-0.1)]
    [InlineData(30)]
    public async Task An_apr_outside_0_to_29_9_percent_is_refused_naming_the_field(double apr)
    {
        await using var crm = Host();
        var deal = await crm.QuotedOsprey(await crm.Driver());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "finance_proposal",
            ("motor_finance_type", "pcp"), ("motor_finance_deposit", Gbp(3_000)), ("motor_finance_term_months", 36), ("motor_finance_apr", (decimal)apr)));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("motor_finance_apr", broken.Field);
        Assert.Equal("must be between 0 and 29.9", broken.Rule);
        Assert.Contains("'motor_finance_apr'", error.Message);
    }

    [Fact]
    public async Task A_zero_percent_apr_offer_is_kept()
    {
        await using var crm = Host();
        var deal = await crm.QuotedOsprey(await crm.Driver());

        deal = await crm.Move(deal, "finance_proposal",
            ("motor_finance_type", "hp"), ("motor_finance_deposit", Gbp(5_000)), ("motor_finance_term_months", 24), ("motor_finance_apr", 0m));

        Assert.Equal(0m, deal.Fields.GetNumber("motor_finance_apr"));
    }

    [Fact]
    public async Task A_malformed_driving_licence_number_is_refused_and_masked_in_the_message()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Sarah Whitfield", Fields = Values(("driving_licence_number", "WHITF852146S9")) }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("driving_licence_number", broken.Field);
        Assert.Equal("***", broken.Value);
        Assert.Contains("16-character DVLA licence number", error.Message);
        Assert.DoesNotContain("WHITF852146S9", error.Message);
    }

    [Fact]
    public async Task A_customer_is_found_by_driving_licence_number_and_by_registration()
    {
        await using var crm = Host();
        var sarah = await crm.Driver();
        await crm.Send(new CreateCustomer { Name = "James Okafor", Fields = Values(("driving_licence_number", "OKAFO907031J99XK"), ("current_vehicle_reg", "MA24 WPE")) });

        var byLicence = await crm.Send(new FindCustomers { FieldKey = "driving_licence_number", FieldValue = "WHITF852146S99AB" });
        var byReg = await crm.Send(new FindCustomers { FieldKey = "current_vehicle_reg", FieldValue = "LD19 KXR" });

        Assert.Equal(sarah.Id, Assert.Single(byLicence).Id);
        Assert.Equal(sarah.Id, Assert.Single(byReg).Id);
    }

    [Theory]
    [InlineData("SNKA4H2F7TM10423")]   // 16 characters
    [InlineData("SNKA4H2F7TM1O4233")]  // the letter O
    [InlineData("SNKA4H2F7TM1Q4233")]  // the letter Q
    public async Task A_vin_must_be_17_characters_without_I_O_or_Q(string vin)
    {
        await using var crm = Host();
        var deal = await crm.OspreyOnPcp(await crm.Driver());
        deal = await crm.Move(deal, "ordered", ("factory_order_number", "NK26000412"), ("production_slot", "2026-W05"));

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Move(deal, "ready_for_delivery", ("vin", vin), ("vehicle_delivery_date", new DateOnly(2026, 2, 27))));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("vin", broken.Field);
        Assert.Equal("must be a 17-character VIN without the letters I, O and Q", broken.Rule);
    }

    [Fact]
    public async Task Buyer_type_must_be_one_of_the_dealer_channels()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Sarah Whitfield", Fields = Values(("vehicle_buyer_type", "vip")) }));

        Assert.Equal("must be one of: private, business_user, fleet, rental, motability", Assert.Single(error.Errors).Rule);
    }

    [Fact]
    public async Task Options_must_come_from_the_option_list()
    {
        await using var crm = Host();
        var deal = await crm.OspreyLead(await crm.Driver());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "test_drive",
            ("test_drive_date", new DateOnly(2026, 1, 20)), ("vehicle_options", new[] { "panoramic_roof", "rocket_boosters" })));

        Assert.Equal("vehicle_options", Assert.Single(error.Errors).Field);
        Assert.StartsWith("must only contain: metallic_paint, panoramic_roof", error.Errors[0].Rule);
    }

    [Fact]
    public async Task A_test_drive_records_the_demonstrator_and_the_licence_check()
    {
        await using var crm = Host();
        var customer = await crm.Driver();

        var drive = await crm.Send(new LogInteraction
        {
            CustomerId = customer.Id, Channel = "test_drive", Subject = "Test drive in the Osprey",
            Fields = Values(("dealer_code", "LN014"), ("demonstrator_reg", "LK25 NVK"), ("driving_licence_checked", true)),
        });
        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new LogInteraction
        {
            CustomerId = customer.Id, Channel = "test_drive", Subject = "Test drive in the Osprey", Fields = Values(("dealer_code", "Park Royal")),
        }));

        Assert.Equal("LK25 NVK", drive.Fields.GetText("demonstrator_reg"));
        Assert.True(drive.Fields.GetBoolean("driving_licence_checked"));
        Assert.Equal("must be a dealer code of two capital letters and three digits, e.g. LN014", Assert.Single(error.Errors).Rule);
    }

    [Fact]
    public async Task A_roadside_call_out_records_how_it_ended()
    {
        await using var crm = Host();
        var customer = await crm.Driver();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new LogInteraction
        {
            CustomerId = customer.Id, Channel = "roadside_assistance", Subject = "Flat battery", Fields = Values(("roadside_outcome", "abandoned")),
        }));

        Assert.Equal("roadside_outcome", Assert.Single(error.Errors).Field);
    }
}
