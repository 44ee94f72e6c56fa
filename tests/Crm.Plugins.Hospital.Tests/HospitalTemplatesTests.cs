using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;
using static Crm.Plugins.Hospital.Tests.HospitalScenario;

namespace Crm.Plugins.Hospital.Tests;

public sealed class HospitalTemplatesTests
{
    [Fact]
    public async Task Appointment_letter_matches_the_golden_file()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var deal = await crm.BookedAppointment(patient);

        var document = await crm.Render(patient, "outpatient_appointment_letter", deal);

        GoldenFile.Verify("outpatient_appointment_letter", document.Content);
    }

    [Fact]
    public async Task Appointment_letter_for_a_video_consultation_of_a_child_matches_the_golden_file()
    {
        await using var crm = Host();
        var child = await crm.Send(new CreateCustomer
        {
            Name = "Sofia Petrova",
            Owner = "marta.kuusk",
            Contacts = [new ContactPoint(ContactKind.Phone, "+372 5533 2107")],
            Fields = Values(("mrn", "00720488"), ("patient_birth_date", new DateOnly(2017, 5, 3)), ("patient_language", "et"),
                ("patient_coverage", "self_pay"), ("patient_contact_preference", "patient_portal")),
        });
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = child.Id, Funnel = "care_pathway", Title = "Dermatology video consultation — eczema", Amount = Eur(60),
            Fields = Values(("patient_referral_source", "self_referral"), ("hospital_department", "dermatology"), ("episode_payer", "self_pay"),
                ("encounter_class", "virtual")),
        });
        deal = await crm.Move(deal, "triage", ("triage_category", "routine"));
        deal = await crm.Move(deal, "appointment_booked", ("hospital_appointment_date", new DateOnly(2026, 1, 20)), ("hospital_appointment_time", "16:15"),
            ("attending_practitioner", "Dr Eva Kõiv, dermatologist"));

        var document = await crm.Render(child, "outpatient_appointment_letter", deal);

        GoldenFile.Verify("outpatient_appointment_letter.video_child", document.Content);
    }

    [Fact]
    public async Task Pre_admission_instructions_match_the_golden_file()
    {
        await using var crm = Host();
        var patient = await crm.SurgicalPatient();
        var deal = await crm.ListedKneeReplacement(patient);

        var document = await crm.Render(patient, "pre_admission_instructions", deal);

        GoldenFile.Verify("pre_admission_instructions", document.Content);
    }

    [Fact]
    public async Task Discharge_summary_after_surgery_matches_the_golden_file()
    {
        await using var crm = Host();
        var patient = await crm.SurgicalPatient();
        var deal = await crm.DischargedKneeReplacement(patient);

        var document = await crm.Render(patient, "discharge_summary", deal);

        GoldenFile.Verify("discharge_summary", document.Content);
    }

    [Fact]
    public async Task Discharge_summary_after_an_outpatient_visit_matches_the_golden_file()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var deal = await crm.BookedAppointment(patient);
        deal = await crm.Move(deal, "treated", ("encounter_class", "ambulatory"), ("encounter_diagnosis", "G43.0"), ("patient_follow_up_weeks", 8),
            ("discharge_medication", "Propranolol 40 mg twice a day; Sumatriptan 50 mg at the start of an attack, at most 2 tablets a day"));

        var document = await crm.Render(patient, "discharge_summary", deal);

        GoldenFile.Verify("discharge_summary.outpatient", document.Content);
    }

    [Fact]
    public async Task Check_up_quote_for_an_employer_matches_the_golden_file()
    {
        await using var crm = Host();
        var company = await crm.Send(new CreateCustomer
        {
            Name = "Muuga Port Logistics AS",
            Kind = CustomerKind.Organization,
            Owner = "erik.vaher",
            Contacts = [new ContactPoint(ContactKind.Address, "Sadama tee 11, 74115 Maardu, Harju County, Estonia")],
            Fields = Values(("oh_contract_number", "OH-2024-031"), ("oh_employee_count", 180)),
        });
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = company.Id, Funnel = "health_checkup", Title = "Occupational health examinations", Amount = Eur(2_925),
            Fields = Values(("checkup_package", "occupational")),
        });
        deal = await crm.Move(deal, "quoted", ("checkup_headcount", 45), ("checkup_price_per_person", Eur(65)), ("checkup_date", new DateOnly(2026, 2, 9)));

        var document = await crm.Render(company, "checkup_package_quote", deal);

        GoldenFile.Verify("checkup_package_quote", document.Content);
    }

    [Fact]
    public async Task Check_up_quote_for_a_person_matches_the_golden_file()
    {
        await using var crm = Host();
        var patient = await crm.Patient("Helena Rebane");
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = patient.Id, Funnel = "health_checkup", Title = "Women's health check", Amount = Eur(260),
            Fields = Values(("checkup_package", "womens_health")),
        });
        deal = await crm.Move(deal, "quoted", ("checkup_headcount", 1), ("checkup_price_per_person", Eur(260)));

        var document = await crm.Render(patient, "checkup_package_quote", deal);

        GoldenFile.Verify("checkup_package_quote.person", document.Content);
    }

    [Fact]
    public async Task Pre_admission_instructions_work_out_the_fasting_times_from_the_arrival_time()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var deal = await crm.ListedKneeReplacement(patient);
        deal = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "pre_assessment" });
        deal = await crm.Move(deal, "listed_for_surgery", ("hospital_appointment_time", "12:30"), ("encounter_class", "day_case"));

        var content = (await crm.Render(patient, "pre_admission_instructions", deal)).Content;

        Assert.Contains("| Arrive at | 12:30 |", content);
        Assert.Contains("suck sweets after 06:30 on the day", content);
        Assert.Contains("are fine until 10:30.", content);
        Assert.Contains("An adult must take you home", content);
    }

    [Fact]
    public async Task Appointment_letter_says_what_is_not_booked_yet()
    {
        await using var crm = Host();
        var patient = await crm.Patient();
        var deal = await crm.Referral(patient);

        var content = (await crm.Render(patient, "outpatient_appointment_letter", deal)).Content;

        Assert.Contains("| Day | to be confirmed |", content);
        Assert.Contains("| Time | to be confirmed |", content);
        Assert.Contains("| With | a doctor of the clinic |", content);
    }

    [Fact]
    public async Task Every_letter_needs_a_deal()
    {
        await using var crm = Host();
        var patient = await crm.Patient();

        foreach (var template in crm.Schema.Templates)
        {
            var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Render(patient, template.Key));
            Assert.Equal("deal", Assert.Single(error.Errors).Field);
        }
    }

    [Fact]
    public async Task No_letter_prints_the_personal_code_or_the_insurance_number()
    {
        await using var crm = Host();
        var patient = await crm.Send(new CreateCustomer
        {
            Name = "Liisa Mägi",
            Fields = Values(("mrn", "00533102"), ("patient_personal_code", "47109280314"), ("patient_coverage", "private_insurance"),
                ("patient_insurer", "ERGO Insurance SE"), ("patient_insurance_number", "ERG-77410295")),
        });
        var surgery = await crm.DischargedKneeReplacement(patient);
        var checkup = await crm.Send(new OpenDeal
        {
            CustomerId = patient.Id, Funnel = "health_checkup", Title = "Basic health check", Amount = Eur(95), Fields = Values(("checkup_package", "basic")),
        });

        foreach (var template in crm.Schema.Templates)
        {
            var content = (await crm.Render(patient, template.Key, template.Key == "checkup_package_quote" ? checkup : surgery)).Content;
            Assert.DoesNotContain("47109280314", content);
            Assert.DoesNotContain("ERG-77410295", content);
        }
    }
}
