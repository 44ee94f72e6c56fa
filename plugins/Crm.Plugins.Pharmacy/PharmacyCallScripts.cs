using Crm.Framework.CallScripts;

namespace Crm.Plugins.Pharmacy;

/// <summary>The calls the pharmacy makes from a script: the refill reminder call and the medication review invitation.</summary>
public static class PharmacyCallScripts
{
    /// <summary>The technician's call when a reminder text got no answer and a maintenance refill is due.</summary>
    public static CallScript RefillReminderCall { get; } = new("rx_refill_reminder_call", "Refill reminder call",
        "Keep a patient on their maintenance medicine when the refill is due and the reminder text was not answered.",
        [
            CallScriptStep.Say("Introduce yourself from the pharmacy; confirm the patient's name and date of birth before naming any medicine."),
            CallScriptStep.Ask("Your refill is due this week. Would you like us to fill it?", "yes, today", "yes, later this week", "no"),
            CallScriptStep.Ask("Are you still taking it as directed, or has your doctor changed anything?", "as directed", "changed", "stopped"),
            CallScriptStep.Ask("Pick-up at the counter, the drive-through, or free delivery?", "counter", "drive-through", "delivery"),
            CallScriptStep.Ask("Would you like your maintenance medicines synchronised to one pick-up day a month?", "yes", "no"),
        ])
    {
        Funnel = PharmacyFunnels.RefillKey,
        Stage = "reminder_sent",
        Objections =
        [
            new("I still have tablets left", "Fine; we will text you again in a week. If you are skipping doses because of side effects, the pharmacist can talk to you now."),
            new("It costs too much", "Ask the pharmacist to check a 90-day supply, a preferred generic, the manufacturer's savings card or the plan's low-income subsidy."),
            new("I moved to mail order", "We can transfer the prescription; tell us which pharmacy so the refills are not filled twice."),
        ],
        Closing = "Move the refill to refill_requested with the pick-up day, or to lapsed, discontinued or transferred_out with the reason; offer the pharmacist if anything changed.",
    };

    /// <summary>The pharmacist's call inviting an eligible patient to a comprehensive or targeted medication review.</summary>
    public static CallScript MedicationReviewInvitation { get; } = new("rx_medication_review_invitation", "Medication review invitation",
        "Book an eligible patient for a free medication review (Medicare Part D MTM or a plan's targeted review).",
        [
            CallScriptStep.Say("Introduce yourself as the patient's pharmacist and say the drug plan covers a free review of all their medicines."),
            CallScriptStep.Say("Explain it takes about 30 minutes, in the consultation room or by phone, and ends with a written medication list and action plan."),
            CallScriptStep.Ask("Would you like to book it?", "yes", "not now", "no"),
            CallScriptStep.Ask("Please bring every medicine, vitamin, inhaler and eye drop you use, including from other pharmacies. Which day suits you?"),
            CallScriptStep.Ask("Would you like a family member or carer to join?", "yes", "no"),
        ])
    {
        Funnel = PharmacyFunnels.MedicationReviewKey,
        Stage = "invited",
        Objections =
        [
            new("My doctor already checks my medicines", "The review is shared with your doctor; pharmacists often find duplicates or interactions between prescribers."),
            new("Is there a catch or a cost?", "There is no cost to you; your plan pays the pharmacy for the review, and you are not asked to buy anything."),
            new("I have no time", "We can do it by phone in about 30 minutes, in the evening or on Saturday."),
        ],
        Closing = "Schedule it (move the deal to scheduled with the review date and the pharmacist) and text the patient the list of what to bring.",
    };
}
