using Crm.Framework.CallScripts;

namespace Crm.Plugins.Education;

/// <summary>The calls the university makes from a script: the offer holder call and the corporate training proposal follow-up.</summary>
public static class EducationCallScripts
{
    /// <summary>The admissions officer's call to an applicant who has just received an offer.</summary>
    public static CallScript OfferHolderCall { get; } = new("edu_offer_holder_call", "Offer holder call",
        "Congratulate a new offer holder, answer what stands between them and a firm acceptance, and invite them to the applicant day.",
        [
            CallScriptStep.Say("Introduce yourself from the admissions team, confirm you are speaking to the applicant, and congratulate them on the offer."),
            CallScriptStep.Ask("Have you had a chance to read the offer and its conditions?", "yes", "not yet"),
            CallScriptStep.Ask("Is there anything about the course, the conditions or the fees you would like to ask?"),
            CallScriptStep.Ask("Have you applied for accommodation? First-year students who make us their firm choice are guaranteed a room.", "yes", "not yet", "living at home"),
            CallScriptStep.Ask("Would you like to come to an applicant day to meet the teaching team and current students?", "yes", "no"),
        ])
    {
        Funnel = EducationFunnels.StudentAdmissionsKey,
        Stage = EducationFunnels.AdmissionDecision,
        Objections =
        [
            new("I am waiting for my other offers", "That is fine; you can reply once you have heard from all your choices, by the UCAS deadline. Make us your insurance choice if we are second."),
            new("I am worried about the cost", "Home students pay through Student Finance, repaid only above the income threshold; our bursary and the scholarships are on the fees page."),
            new("The entry grades are too high for me", "Tell us your predicted grades; the foundation year route and contextual offers may apply, and we review near-misses in August."),
        ],
        Closing = "Book the applicant day, note the reply you expect and when, and send the accommodation and finance links by email after the call.",
    };

    /// <summary>The business development manager's call after an employer received a training proposal.</summary>
    public static CallScript TrainingProposalFollowUp { get; } = new("edu_training_proposal_follow_up", "Training proposal follow-up",
        "Move an employer's training proposal to negotiation and a signed contract.",
        [
            CallScriptStep.Say("Introduce yourself from the Business School's executive education team and refer to the proposal and its date."),
            CallScriptStep.Ask("Has the proposal been shared with the people who decide on the budget?", "yes", "not yet"),
            CallScriptStep.Ask("Does the programme cover the skills gaps from the needs analysis, or should we adjust modules?", "covers them", "adjust"),
            CallScriptStep.Ask("Will you fund it from the Apprenticeship Levy, a levy transfer or the training budget?", "levy", "levy transfer", "training budget"),
            CallScriptStep.Ask("Which start dates would work for releasing the delegates?"),
        ])
    {
        Funnel = EducationFunnels.CorporateTrainingKey,
        Stage = "proposal_sent",
        Objections =
        [
            new("A private provider is cheaper", "Our programme carries university credit and professional accreditation, and the delegates can count it towards a master's."),
            new("We cannot release staff for six days", "We can run it blended: half the days live online in two-hour sessions, and the campus days at your site."),
            new("We have no budget this year", "A levy payer can fund apprenticeships from the levy; a non-payer can receive a levy transfer from a larger employer, which we can help arrange."),
        ],
        Closing = "Agree a meeting to go through the contract terms and move the deal to negotiation; send the revised proposal the same day.",
    };
}
