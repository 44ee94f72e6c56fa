using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using static Crm.Plugins.Hospital.Tests.HospitalScenario;

namespace Crm.Plugins.Hospital.Tests;

public sealed class HospitalFieldsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public async Task Asa_grade_outside_1_to_6_is_refused_naming_the_field_and_masking_the_value(int grade)
    {
        await using var crm = Host();
        var deal = await crm.KneeReplacement(await crm.Patient());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new MoveDeal { DealId = deal.Id, Stage = "pre_assessment", Fields = Values(("asa_grade", grade)) }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("asa_grade", broken.Field);
        Assert.Equal("must be between 1 and 6", broken.Rule);
        Assert.Equal("***", broken.Value);
        Assert.Contains("'asa_grade'", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5_001)]
    public async Task Check_up_headcount_outside_1_to_5000_is_refused_and_shown_because_it_is_not_health_data(int people)
    {
        await using var crm = Host();
        var customer = await crm.Patient();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "health_checkup", Title = "Basic health check", Amount = Eur(95),
            Fields = Values(("checkup_package", "basic"), ("checkup_headcount", people)),
        }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("checkup_headcount", broken.Field);
        Assert.Equal("must be between 1 and 5000", broken.Rule);
        Assert.Equal(people, Convert.ToInt32(broken.Value));
    }

    [Fact]
    public async Task A_malformed_personal_code_is_refused_without_echoing_it()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Maria Ivanova", Fields = Values(("patient_personal_code", "48613150226")) }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("patient_personal_code", broken.Field);
        Assert.Equal("***", broken.Value);
        Assert.Contains("11-digit personal code", error.Message);
        Assert.DoesNotContain("48613150226", error.Message);
    }

    [Fact]
    public async Task A_diagnosis_must_be_an_icd10_code_and_is_masked_in_the_message()
    {
        await using var crm = Host();
        var deal = await crm.BookedAppointment(await crm.Patient());

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Move(deal, "treated", ("encounter_class", "ambulatory"), ("encounter_diagnosis", "migraine")));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("encounter_diagnosis", broken.Field);
        Assert.Equal("must be an ICD-10 code such as I20.9 or M17.1", broken.Rule);
        Assert.DoesNotContain("migraine", error.Message);
    }

    [Fact]
    public async Task A_patient_is_found_by_medical_record_number()
    {
        await using var crm = Host();
        var maria = await crm.Patient();
        await crm.Send(new CreateCustomer { Name = "Jüri Tamm", Fields = Values(("mrn", "00198240")) });

        var found = await crm.Send(new FindCustomers { FieldKey = "mrn", FieldValue = "00655870" });

        Assert.Equal(maria.Id, Assert.Single(found).Id);
    }

    [Fact]
    public async Task Health_cover_must_be_one_of_the_kinds_of_cover()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Maria Ivanova", Fields = Values(("patient_coverage", "nhs")) }));

        Assert.Equal("must be one of: public_insurance, private_insurance, employer_scheme, self_pay, ehic", Assert.Single(error.Errors).Rule);
    }

    [Fact]
    public async Task An_appointment_time_is_a_24_hour_clock_time()
    {
        await using var crm = Host();
        var deal = await crm.Referral(await crm.Patient());
        deal = await crm.Move(deal, "triage", ("triage_category", "soon"));

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Move(deal, "appointment_booked",
            ("hospital_appointment_date", new DateOnly(2026, 1, 27)), ("hospital_appointment_time", "10.30am"), ("attending_practitioner", "Dr Kristiina Laane")));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("hospital_appointment_time", broken.Field);
        Assert.Equal("must be a 24-hour time such as 09:30", broken.Rule);
    }

    [Fact]
    public async Task An_occupational_health_contract_number_has_the_hospital_format()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new CreateCustomer
        {
            Name = "Muuga Port Logistics AS", Kind = CustomerKind.Organization, Fields = Values(("oh_contract_number", "2024/31")),
        }));

        Assert.Equal("must be OH-, the year and a 3-digit serial, e.g. OH-2025-014", Assert.Single(error.Errors).Rule);
    }

    [Fact]
    public async Task A_portal_message_records_the_friends_and_family_test_answer_and_a_complaint()
    {
        await using var crm = Host();
        var patient = await crm.Patient();

        var feedback = await crm.Send(new LogInteraction
        {
            CustomerId = patient.Id, Channel = "patient_portal", Subject = "Waited 3 hours in the emergency department",
            Fields = Values(("hospital_unit", "emergency"), ("fft_response", "poor"), ("patient_complaint", true)),
        });
        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new LogInteraction
        {
            CustomerId = patient.Id, Channel = "patient_portal", Subject = "Rated the visit", Fields = Values(("fft_response", "5 stars")),
        }));

        Assert.Equal("poor", feedback.Fields.GetText("fft_response"));
        Assert.True(feedback.Fields.GetBoolean("patient_complaint"));
        Assert.Equal("fft_response", Assert.Single(error.Errors).Field);
    }
}
