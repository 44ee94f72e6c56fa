using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;

namespace Crm.Plugins.Hospital.Tests;

/// <summary>A hospital test host and the patients and episodes most tests start from.</summary>
internal static class HospitalScenario
{
    public static CrmTestHost Host() => CrmTestHost.Create(new HospitalPlugin());

    public static Money Eur(decimal amount) => new(amount, "EUR");

    public static IReadOnlyDictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    /// <summary>Maria Ivanova, 39, insured by the Health Insurance Fund, Russian-speaking, with an MRN and a personal code.</summary>
    public static Task<Customer> Patient(this CrmTestHost crm, string name = "Maria Ivanova") => crm.Send(new CreateCustomer
    {
        Name = name,
        Owner = "marta.kuusk",
        Contacts = [new ContactPoint(ContactKind.Phone, "+372 5390 6618"), new ContactPoint(ContactKind.Address, "Tuulemaa 7-34, 10312 Tallinn, Estonia")],
        Fields = Values(
            ("mrn", "00655870"), ("patient_personal_code", "48607150226"), ("patient_birth_date", new DateOnly(1986, 7, 15)),
            ("patient_gender", "female"), ("patient_language", "ru"), ("patient_contact_preference", "sms"),
            ("patient_coverage", "public_insurance"), ("patient_gp", "Dr Svetlana Kuznetsova, Lasnamäe Health Centre"),
            ("patient_allergies", "No known allergies")),
    });

    /// <summary>Anneli Saar, 67, on the orthopaedic waiting list: allergic to penicillin, with an emergency contact and the patient portal.</summary>
    public static Task<Customer> SurgicalPatient(this CrmTestHost crm) => crm.Send(new CreateCustomer
    {
        Name = "Anneli Saar",
        Owner = "liis.kask",
        Contacts = [new ContactPoint(ContactKind.Phone, "+372 5012 7734"), new ContactPoint(ContactKind.Address, "Randvere tee 41, 74001 Viimsi, Harju County, Estonia")],
        Fields = Values(
            ("mrn", "00412783"), ("patient_personal_code", "45804120318"), ("patient_birth_date", new DateOnly(1958, 4, 12)),
            ("patient_gender", "female"), ("patient_language", "et"), ("patient_contact_preference", "sms"),
            ("patient_coverage", "public_insurance"), ("patient_emergency_contact", "Kalle Saar (husband)"), ("patient_emergency_phone", "+372 5341 2290"),
            ("patient_gp", "Dr Merike Oja, Viimsi Family Health Centre"), ("patient_allergies", "Penicillin (rash)"), ("patient_portal_enrolled", true)),
    });

    /// <summary>A GP e-referral to neurology for migraine.</summary>
    public static Task<Deal> Referral(this CrmTestHost crm, Customer customer) => crm.Send(new OpenDeal
    {
        CustomerId = customer.Id,
        Funnel = "care_pathway",
        Title = "Neurology — frequent migraine",
        Amount = Eur(52),
        Fields = Values(("patient_referral_source", "gp"), ("hospital_department", "neurology"), ("e_referral_number", "2026000921"),
            ("episode_payer", "public_insurance")),
    });

    /// <summary>The referral triaged as 'soon' and booked with the neurologist on Tuesday 27 January at 10:30.</summary>
    public static async Task<Deal> BookedAppointment(this CrmTestHost crm, Customer customer)
    {
        var deal = await crm.Referral(customer);
        deal = await crm.Move(deal, "triage", ("triage_category", "soon"));
        return await crm.Move(deal, "appointment_booked", ("hospital_appointment_date", new DateOnly(2026, 1, 27)), ("hospital_appointment_time", "10:30"),
            ("attending_practitioner", "Dr Kristiina Laane, neurologist"), ("clinic_location", "Outpatient clinic, building B, 2nd floor, room 214"));
    }

    /// <summary>A total knee replacement at the first surgical consultation.</summary>
    public static Task<Deal> KneeReplacement(this CrmTestHost crm, Customer customer) => crm.Send(new OpenDeal
    {
        CustomerId = customer.Id,
        Funnel = "elective_surgery",
        Title = "Total knee replacement, right",
        Amount = Eur(7_800),
        Fields = Values(("hospital_department", "orthopaedics"), ("planned_procedure", "Total knee replacement, right knee"), ("patient_referral_source", "gp")),
    });

    /// <summary>The knee replacement assessed (ASA 2) and listed for <paramref name="surgeryDate"/>, by default Monday 16 February 2026.</summary>
    public static async Task<Deal> ListedKneeReplacement(this CrmTestHost crm, Customer customer, DateOnly? surgeryDate = null)
    {
        var deal = await crm.KneeReplacement(customer);
        deal = await crm.Move(deal, "pre_assessment");
        return await crm.Move(deal, "listed_for_surgery", ("asa_grade", 2), ("operating_surgeon", "Dr Andres Kuusk, orthopaedic surgeon"),
            ("surgery_date", surgeryDate ?? new DateOnly(2026, 2, 16)), ("episode_payer", "public_insurance"), ("encounter_class", "inpatient"));
    }

    /// <summary>The knee replacement done on 5 January, the patient discharged home with support on 8 January, reviewed in 6 weeks.</summary>
    public static async Task<Deal> DischargedKneeReplacement(this CrmTestHost crm, Customer customer)
    {
        var deal = await crm.ListedKneeReplacement(customer, new DateOnly(2026, 1, 5));
        deal = await crm.Move(deal, "admitted");
        return await crm.Move(deal, "discharged", ("discharge_date", new DateOnly(2026, 1, 8)), ("discharge_disposition", "home_with_support"),
            ("encounter_diagnosis", "M17.1"), ("patient_follow_up_weeks", 6),
            ("discharge_medication", "Paracetamol 1 g three times a day for 2 weeks; Enoxaparin 40 mg under the skin once a day for 14 days"));
    }

    public static Task<Deal> Move(this CrmTestHost crm, Deal deal, string stage, params (string Key, object? Value)[] fields) =>
        crm.Send(new MoveDeal { DealId = deal.Id, Stage = stage, Fields = Values(fields) });

    public static Task<Document> Render(this CrmTestHost crm, Customer customer, string template, Deal? deal = null) =>
        crm.Send(new RenderDocument { CustomerId = customer.Id, Template = template, DealId = deal?.Id });
}
