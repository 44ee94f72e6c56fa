using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using static Crm.Plugins.Pharmacy.Tests.PharmacyScenario;

namespace Crm.Plugins.Pharmacy.Tests;

public sealed class PharmacyFieldsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(91)]
    public async Task A_days_supply_outside_1_to_90_is_refused_naming_the_field_and_the_rule(int days)
    {
        await using var crm = Host();
        var patient = await crm.Patient();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Prescription(patient, [.. Atorvastatin.Where(f => f.Key != "rx_days_supply"), ("rx_days_supply", days)]));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("rx_days_supply", broken.Field);
        Assert.Equal("must be between 1 and 90", broken.Rule);
        Assert.Contains($"'rx_days_supply' value '{days}'", error.Message);
    }

    [Fact]
    public async Task More_than_11_refills_are_refused()
    {
        await using var crm = Host();
        var patient = await crm.Patient();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Prescription(patient, [.. Atorvastatin.Where(f => f.Key != "rx_refills_remaining"), ("rx_refills_remaining", 12)]));

        Assert.Equal(("rx_refills_remaining", "must be between 0 and 11"), (Assert.Single(error.Errors).Field, error.Errors[0].Rule));
    }

    [Fact]
    public async Task A_malformed_ndc_is_refused_without_echoing_it()
    {
        await using var crm = Host();
        var patient = await crm.Patient();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Prescription(patient, [.. Atorvastatin.Where(f => f.Key != "rx_ndc_code"), ("rx_ndc_code", "0093505798")]));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("rx_ndc_code", broken.Field);
        Assert.Equal("***", broken.Value);
        Assert.Contains("5-4-2 billing format", error.Message);
        Assert.DoesNotContain("0093505798", error.Message);
    }

    [Fact]
    public async Task An_adherence_figure_above_100_percent_is_refused_and_masked()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Maria Gonzalez", Fields = Values(("rx_adherence_pdc", 104)) }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("rx_adherence_pdc", broken.Field);
        Assert.Equal("must be between 0 and 100", broken.Rule);
        Assert.Equal("***", broken.Value);
        Assert.DoesNotContain("104", error.Message);
    }

    [Fact]
    public async Task Allergies_must_come_from_the_list_the_interaction_check_knows()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Maria Gonzalez", Fields = Values(("rx_allergies", new[] { "sulfonamides", "shellfish" })) }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("rx_allergies", broken.Field);
        Assert.StartsWith("must only contain: nkda, penicillins", broken.Rule);
        Assert.DoesNotContain("shellfish", error.Message);
    }

    [Theory]
    [InlineData("rx_bin", "61001", "six-digit Rx BIN")]
    [InlineData("rx_member_id", "h8r4q72k19", "6 to 20 capital letters and digits")]
    [InlineData("rx_home_store", "412", "four-digit store number")]
    [InlineData("rx_facility_npi", "3932457810", "10-digit NPI")]
    public async Task Card_and_registry_numbers_must_have_their_format(string key, string value, string described)
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Maria Gonzalez", Fields = Values((key, value)) }));

        Assert.Equal(key, Assert.Single(error.Errors).Field);
        Assert.Contains(described, error.Message);
    }

    [Theory]
    [InlineData("20 mg", true)]
    [InlineData("90 mcg/actuation", true)]
    [InlineData("100 units/mL", true)]
    [InlineData("5-325 mg", true)]
    [InlineData("100-62.5-25 mcg/actuation", true)]
    [InlineData("20mg", false)]
    [InlineData("twenty mg", false)]
    public async Task Strength_is_an_amount_and_a_unit(string strength, bool accepted)
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var script = Atorvastatin.Where(f => f.Key != "rx_strength").Append(("rx_strength", strength)).ToArray();

        var error = await Record.ExceptionAsync(() => crm.Prescription(patient, script));

        if (accepted) Assert.Null(error);
        else Assert.Equal("rx_strength", Assert.Single(Assert.IsType<CrmValidationException>(error).Errors).Field);
    }

    [Fact]
    public async Task A_patient_is_found_by_date_of_birth_as_the_counter_asks_for_it()
    {
        await using var crm = Host();
        var maria = await crm.Patient();
        await crm.Send(new CreateCustomer { Name = "Frank DeLuca", Fields = Values(("rx_birth_date", new DateOnly(1940, 11, 9))) });

        var found = await crm.Send(new FindCustomers { FieldKey = "rx_birth_date", FieldValue = "1958-04-22" });

        Assert.Equal(maria.Id, Assert.Single(found).Id);
    }

    [Fact]
    public async Task A_counter_visit_records_the_store_and_the_counseling()
    {
        await using var crm = Host();
        var patient = await crm.Patient();

        var visit = await crm.Send(new LogInteraction
        {
            CustomerId = patient.Id, Channel = "pharmacy_counter", Subject = "Picked up atorvastatin",
            Fields = Values(("rx_store_number", "0412"), ("rx_counseling", "declined")),
        });
        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new LogInteraction
        {
            CustomerId = patient.Id, Channel = "drive_through", Subject = "Picked up atorvastatin", Fields = Values(("rx_counseling", "maybe")),
        }));

        Assert.Equal("0412", visit.Fields.GetText("rx_store_number"));
        Assert.Equal("declined", visit.Fields.GetText("rx_counseling"));
        Assert.Equal("must be one of: provided, declined", Assert.Single(error.Errors).Rule);
    }

    [Fact]
    public async Task A_copay_must_be_in_dollars()
    {
        await using var crm = Host();
        var deal = await crm.Prescription(await crm.Patient());
        deal = await crm.Move(deal, "claim_adjudication");

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "verified",
            ("rx_claim_status", "paid"), ("rx_copay", new Money(5, "EUR")), ("rx_dur_alert", "none"), ("rx_pharmacist", Okafor)));

        Assert.Equal("rx_copay", Assert.Single(error.Errors).Field);
    }
}
