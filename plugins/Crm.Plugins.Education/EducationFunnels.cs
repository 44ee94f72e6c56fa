using Crm.Framework.Pipelines;

namespace Crm.Plugins.Education;

/// <summary>
/// The university's funnels. Each stage lists where a deal may go next and the deal fields it must have
/// on entry, so an application cannot reach a decision without its documents, nor an offer without its fees.
/// </summary>
public static class EducationFunnels
{
    /// <summary>Funnel key of <see cref="StudentAdmissions"/>.</summary>
    public const string StudentAdmissionsKey = "student_admissions";

    /// <summary>Funnel key of <see cref="Scholarships"/>.</summary>
    public const string ScholarshipsKey = "scholarships";

    /// <summary>Funnel key of <see cref="CorporateTraining"/>.</summary>
    public const string CorporateTrainingKey = "corporate_training";

    /// <summary>The admissions stage at which the university makes an offer.</summary>
    public const string AdmissionDecision = "admission_decision";

    /// <summary>The admissions stage at which the applicant has accepted the offer as their firm choice.</summary>
    public const string OfferAccepted = "offer_accepted";

    /// <summary>Undergraduate, postgraduate and research admissions: from the first enquiry to enrolment.</summary>
    public static FunnelDefinition StudentAdmissions { get; } = new(StudentAdmissionsKey, "Student admissions",
    [
        new("inquiry", "Inquiry", 0.05m) { Next = ["application", "withdrawn"], RequiredFields = ["programme_level"] },
        new("application", "Application submitted", 0.20m)
        {
            Next = ["documents_complete", "rejected", "withdrawn"],
            RequiredFields = ["programme_code", "programme_name", "intake_term", "study_mode"],
        },
        new("documents_complete", "Documents complete", 0.35m)
        {
            Next = [AdmissionDecision, "application", "rejected", "withdrawn"],
            RequiredFields = ["application_documents"],
        },
        new(AdmissionDecision, "Admission decision: offer made", 0.55m)
        {
            Next = [OfferAccepted, "declined"],
            RequiredFields = ["admission_offer_type", "tuition_fee", "tuition_fee_status"],
        },
        new(OfferAccepted, "Offer accepted (firm)", 0.85m) { Next = ["enrolled", "rejected", "withdrawn"] },
        new("enrolled", "Enrolled", 1m, StageKind.Won) { RequiredFields = ["student_enrolment_date"] },
        new("declined", "Offer declined by the applicant", 0m, StageKind.Lost),
        new("rejected", "Unsuccessful (rejected or conditions not met)", 0m, StageKind.Lost),
        new("withdrawn", "Withdrawn by the applicant", 0m, StageKind.Lost),
    ])
    {
        Description = "One deal per application: a person applying to several programmes has several. The amount is the first-year tuition fee. " +
                      "Enrolled means the student completed online enrolment and collected the student card.",
    };

    /// <summary>Scholarships, bursaries and funded studentships: from the application to the accepted award.</summary>
    public static FunnelDefinition Scholarships { get; } = new(ScholarshipsKey, "Scholarships",
    [
        new("application", "Application received", 0.20m) { Next = ["eligibility_check", "declined"], RequiredFields = ["scholarship_name", "scholarship_basis"] },
        new("eligibility_check", "Eligibility check", 0.35m) { Next = ["panel_review", "ineligible", "declined"], RequiredFields = ["programme_code"] },
        new("panel_review", "Selection panel", 0.50m) { Next = ["awarded", "not_awarded", "declined"] },
        new("awarded", "Awarded", 0.85m)
        {
            Next = ["accepted", "declined"],
            RequiredFields = ["scholarship_panel_score", "scholarship_award", "scholarship_years"],
        },
        new("accepted", "Award accepted", 1m, StageKind.Won),
        new("ineligible", "Not eligible", 0m, StageKind.Lost),
        new("not_awarded", "Not awarded by the panel", 0m, StageKind.Lost),
        new("declined", "Declined or withdrawn by the student", 0m, StageKind.Lost),
    ])
    {
        Description = "The amount is the total value of the award over all its years. An award is won when the student accepts it in the portal; " +
                      "eligibility needs the programme the student applied to.",
    };

    /// <summary>Executive education and CPD sold to employers: from the enquiry to the signed contract.</summary>
    public static FunnelDefinition CorporateTraining { get; } = new(CorporateTrainingKey, "Corporate training",
    [
        new("enquiry", "Enquiry", 0.10m) { Next = ["needs_analysis", "cancelled"], RequiredFields = ["programme_name"] },
        new("needs_analysis", "Training needs analysis", 0.25m) { Next = ["proposal_sent", "cancelled"] },
        new("proposal_sent", "Proposal sent", 0.50m)
        {
            Next = ["negotiation", "lost_to_competitor", "cancelled"],
            RequiredFields = ["training_delegates", "training_days", "training_delivery"],
        },
        new("negotiation", "Negotiation", 0.70m) { Next = ["contract_signed", "proposal_sent", "lost_to_competitor", "cancelled"] },
        new("contract_signed", "Contract signed", 1m, StageKind.Won) { RequiredFields = ["training_contract_ref"] },
        new("lost_to_competitor", "Lost to another provider", 0m, StageKind.Lost),
        new("cancelled", "Client did not proceed", 0m, StageKind.Lost),
    ])
    {
        Description = "Leadership, management and professional short courses for an employer's staff, often funded from the Apprenticeship Levy " +
                      "or a CPD budget. The amount is the contract value.",
    };
}
