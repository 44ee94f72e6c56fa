using Crm.Framework.CallScripts;

namespace Crm.Plugins.Bank;

/// <summary>
/// The bank's call scripts: following up a mortgage offer so the customer books the notary, and chasing the
/// documents a loan application waits for. Advisers must not pressure a customer into credit: both scripts
/// restate the withdrawal rights and offer time to compare.
/// </summary>
public static class BankCallScripts
{
    /// <summary>A call about an issued mortgage offer, ending with a notary appointment.</summary>
    public static CallScript MortgageOfferFollowUp { get; } = new("mortgage_offer_follow_up", "Mortgage offer follow-up",
        "Walk the customer through the issued offer, answer questions on the rate and the costs, and book the notary.",
        [
            CallScriptStep.Say("Introduce yourself as their mortgage adviser and confirm you are speaking to the applicant (name and date of birth)."),
            CallScriptStep.Ask("Have you had a chance to read the offer letter we sent?", "yes", "not yet"),
            CallScriptStep.Say("Summarise the offer: amount, term, margin plus 6-month EURIBOR, the monthly instalment, the APRC and the arrangement fee."),
            CallScriptStep.Ask("Would you prefer the variable rate in the offer, or to fix the rate for the first five years?", "variable", "fixed for five years", "undecided"),
            CallScriptStep.Ask("Is the home insurance for the property arranged? The mortgage needs it from the day of signing.", "yes", "no"),
            CallScriptStep.Say("Remind them of the 14-day reflection period and that the offer is valid for 30 days."),
            CallScriptStep.Ask("Which notary and which day suit you for signing?"),
        ])
    {
        Funnel = BankFunnels.MortgageKey,
        Stage = BankFunnels.Approved,
        Objections =
        [
            new("The rate is higher than my friend got last year.", "Rates follow EURIBOR; compare the APRC rather than the rate. A larger down payment (loan-to-value under 70 %) lowers the margin — we can recalculate."),
            new("Another bank offered a lower margin.", "Ask for their offer in writing; within our pricing authority we can review the margin, and our offer has no early-repayment fee on a variable rate."),
            new("I want to wait until rates fall.", "A variable rate follows EURIBOR down automatically; waiting risks the purchase agreement and the seller's deadline."),
            new("The arrangement fee is too high.", "It is 0.5 % of the amount and part of the APRC; for premium package customers it can be halved — check the customer's package."),
        ],
        Closing = "Book the notary appointment, schedule it as a meeting on the card and send the list of documents to bring (ID, purchase agreement, insurance policy).",
    };

    /// <summary>A call to an applicant whose loan application waits for documents.</summary>
    public static CallScript LoanDocumentsChase { get; } = new("loan_documents_chase", "Loan documents chase",
        "Get the missing documents of a loan application so it can go to credit scoring.",
        [
            CallScriptStep.Say("Introduce yourself and the bank; confirm you are speaking to the applicant or, for a company, a board member."),
            CallScriptStep.Say("Explain that the application is waiting for documents before the credit check can start."),
            CallScriptStep.Ask("Which of these can you send today: last three payslips or the tax return, bank statements of other banks, the purchase agreement or invoice?"),
            CallScriptStep.Ask("Shall I send you a secure upload link in internet banking?", "yes", "will bring them to the branch"),
            CallScriptStep.Ask("Has anything changed since you applied: income, employer, other loans?", "no changes", "something changed"),
        ])
    {
        Funnel = BankFunnels.LoanOriginationKey,
        Stage = "kyc_documents",
        Objections =
        [
            new("Why do you need my other banks' statements?", "Responsible lending rules require us to check all your loan payments; the statements stay confidential and are only used for this decision."),
            new("I do not have time to collect everything.", "Send what you have today; we can fetch the tax return from the tax authority with your consent, and the income from the pension register."),
            new("Another lender approved me without documents.", "We check affordability so the payment stays under 50 % of net income; that protects you if rates rise."),
        ],
        Closing = "Agree a date for the documents, schedule a follow-up on the card for that day and confirm in writing what is still missing.",
    };
}
