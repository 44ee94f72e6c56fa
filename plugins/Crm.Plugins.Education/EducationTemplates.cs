using Crm.Framework.Documents;

namespace Crm.Plugins.Education;

/// <summary>The university's letters: Scriban sources embedded from <c>Templates/*.scriban</c>.</summary>
public static class EducationTemplates
{
    /// <summary>The offer of a place, conditional or unconditional, with the fees and how to reply.</summary>
    public static DocumentTemplateDefinition AdmissionOfferLetter { get; } = From("admission_offer_letter", "Offer of a place") with
    {
        RequiresDeal = true,
        Funnels = [EducationFunnels.StudentAdmissionsKey],
        Description = "The admission decision for an application: programme, intake, conditions, tuition fee, deposit and visa steps, and how to accept.",
    };

    /// <summary>The letter confirming a student's enrolment, which students show to banks, councils and embassies.</summary>
    public static DocumentTemplateDefinition EnrolmentConfirmation { get; } = From("enrolment_confirmation", "Confirmation of enrolment") with
    {
        RequiresDeal = true,
        Funnels = [EducationFunnels.StudentAdmissionsKey],
        Description = "Confirms that the student is enrolled: student number, programme, mode, start and expected end of studies.",
    };

    /// <summary>The list of supporting documents an application still needs.</summary>
    public static DocumentTemplateDefinition MissingDocumentsRequest { get; } = From("missing_documents_request", "Supporting documents needed") with
    {
        RequiresDeal = true,
        Funnels = [EducationFunnels.StudentAdmissionsKey],
        Description = "Lists the documents the programme level needs that have not been received, with the deadline and how to upload them.",
    };

    /// <summary>The award letter of a scholarship, bursary or studentship.</summary>
    public static DocumentTemplateDefinition ScholarshipAwardLetter { get; } = From("scholarship_award_letter", "Scholarship award") with
    {
        RequiresDeal = true,
        Funnels = [EducationFunnels.ScholarshipsKey],
        Description = "Announces the award with its value a year, its length and total, how it is paid, the conditions for keeping it and how to accept.",
    };

    private static DocumentTemplateDefinition From(string key, string name) =>
        DocumentTemplateDefinition.FromResource(typeof(EducationTemplates).Assembly, $"{key}.scriban", key, name);
}
