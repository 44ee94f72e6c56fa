using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;

namespace Crm.Plugins.Education.Tests;

/// <summary>An education test host and the applicants and applications most tests start from.</summary>
internal static class EducationScenario
{
    public static CrmTestHost Host() => CrmTestHost.Create(new EducationPlugin());

    public static Money Gbp(decimal amount) => new(amount, "GBP");

    public static IReadOnlyDictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    /// <summary>A UK sixth-former applying through UCAS, with a declared support need.</summary>
    public static Task<Customer> HomeApplicant(this CrmTestHost crm, string name = "Amelia Hughes") => crm.Send(new CreateCustomer
    {
        Name = name,
        Owner = "sarah.jenkins",
        Contacts = [new ContactPoint(ContactKind.Email, "amelia.hughes08@gmail.com"), new ContactPoint(ContactKind.Address, "14 Chapel Lane, Kingsbridge, Devon TQ7 1AB")],
        Fields = Values(
            ("ucas_personal_id", "142-587-3390"), ("student_date_of_birth", new DateOnly(2008, 3, 11)), ("student_nationality", "GB"),
            ("student_status", "applicant"), ("entry_qualification", "a_levels"), ("english_test", "not_required"),
            ("student_support_needs", "Dyslexia: 25% extra time in examinations"), ("applicant_school", "Kingsbridge Community College")),
    });

    /// <summary>An international postgraduate applicant with a passport on file.</summary>
    public static Task<Customer> InternationalApplicant(this CrmTestHost crm, string name = "Priya Sharma") => crm.Send(new CreateCustomer
    {
        Name = name,
        Owner = "raj.patel",
        Contacts = [new ContactPoint(ContactKind.Address, "Flat 502, Sea Breeze Apartments, Bandra West, Mumbai 400050, India")],
        Fields = Values(
            ("student_date_of_birth", new DateOnly(2001, 9, 4)), ("student_passport_number", "Z4829175"), ("student_nationality", "IN"),
            ("student_status", "applicant"), ("entry_qualification", "bachelors"), ("english_test", "ielts_academic"), ("ielts_band", 7.5m)),
    });

    /// <summary>An application to BSc (Hons) Computer Science for September 2026, submitted through UCAS.</summary>
    public static Task<Deal> ComputerScience(this CrmTestHost crm, Customer customer) => crm.Send(new OpenDeal
    {
        CustomerId = customer.Id,
        Funnel = "student_admissions",
        Title = "BSc (Hons) Computer Science, September 2026",
        Amount = Gbp(9_790),
        Fields = Values(("programme_level", "undergraduate"), ("programme_code", "G400"), ("programme_name", "BSc (Hons) Computer Science"),
            ("intake_term", "202609"), ("study_mode", "full_time"), ("programme_length_years", 3)),
    });

    /// <summary>An application to MSc Data Science for September 2026.</summary>
    public static Task<Deal> DataScience(this CrmTestHost crm, Customer customer) => crm.Send(new OpenDeal
    {
        CustomerId = customer.Id,
        Funnel = "student_admissions",
        Title = "MSc Data Science, September 2026",
        Amount = Gbp(24_500),
        Fields = Values(("programme_level", "postgraduate_taught"), ("programme_code", "G5T1"), ("programme_name", "MSc Data Science"),
            ("intake_term", "202609"), ("study_mode", "full_time"), ("programme_length_years", 1), ("application_fee", Gbp(50))),
    });

    public static Task<Deal> Move(this CrmTestHost crm, Deal deal, string stage, params (string Key, object? Value)[] fields) =>
        crm.Send(new MoveDeal { DealId = deal.Id, Stage = stage, Fields = Values(fields) });

    /// <summary>Takes the Computer Science application to a conditional offer of AAA with a science practical.</summary>
    public static async Task<Deal> ConditionalOffer(this CrmTestHost crm, Customer customer)
    {
        var deal = await crm.ComputerScience(customer);
        deal = await crm.Move(deal, "application");
        deal = await crm.Move(deal, "documents_complete", ("application_documents", new[] { "transcript", "personal_statement", "reference" }));
        return await crm.Move(deal, "admission_decision", ("admission_offer_type", "conditional"),
            ("admission_offer_conditions", "AAA at A level including Mathematics; a pass in the practical endorsement of any science A level"),
            ("tuition_fee", Gbp(9_790)), ("tuition_fee_status", "home"));
    }

    /// <summary>Takes the Data Science application to an unconditional offer at the international fee.</summary>
    public static async Task<Deal> InternationalOffer(this CrmTestHost crm, Customer customer)
    {
        var deal = await crm.DataScience(customer);
        deal = await crm.Move(deal, "application");
        deal = await crm.Move(deal, "documents_complete",
            ("application_documents", new[] { "transcript", "degree_certificate", "reference", "personal_statement", "english_test_certificate", "passport" }));
        return await crm.Move(deal, "admission_decision", ("admission_offer_type", "unconditional"), ("tuition_fee", Gbp(24_500)), ("tuition_fee_status", "international"));
    }
}
