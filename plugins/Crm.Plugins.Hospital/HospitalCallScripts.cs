using Crm.Framework.CallScripts;

namespace Crm.Plugins.Hospital;

/// <summary>The calls the hospital's staff make from a script: following up a check-up quote and the pre-operative phone check.</summary>
public static class HospitalCallScripts
{
    /// <summary>The corporate client manager's call after an employer received a check-up or occupational health quote.</summary>
    public static CallScript CheckupQuoteFollowUp { get; } = new("hospital_checkup_quote_follow_up", "Check-up quote follow-up",
        "Turn an employer's quoted check-ups or occupational health examinations into booked examination days.",
        [
            CallScriptStep.Say("Introduce yourself as the hospital's corporate client manager and refer to the quote sent on the date in the deal."),
            CallScriptStep.Ask("Has the management had a chance to look at the quote?", "yes, approved", "yes, with questions", "not yet"),
            CallScriptStep.Ask("Is the headcount still right, and are there roles with night shifts, noise or work at height we should examine for?"),
            CallScriptStep.Ask("Would you like the examinations on our premises or with our mobile team on site?", "at the hospital", "on site"),
            CallScriptStep.Ask("Which weeks suit you, and how many employees can be away from work at the same time?"),
        ])
    {
        Funnel = HospitalFunnels.HealthCheckupKey,
        Stage = "quoted",
        Objections =
        [
            new("Another provider is cheaper", "Our price includes the hearing and vision tests and the occupational health doctor's written decision; "
                + "from 40 employees we come to you with the mobile team at no extra charge."),
            new("We do not want the hospital to share our employees' results", "You receive only the fitness-for-work decision and the restrictions; "
                + "the results themselves go to the employee, as the Occupational Health and Safety Act requires."),
            new("We will do it next year", "Examinations are due within four months of starting a job with a health risk and then as the risk assessment says; "
                + "the Labour Inspectorate asks for the decisions in an inspection."),
        ],
        Closing = "Agree the first examination day, book it (move the deal to booked with the check-up date) and send the list template for employees' names.",
    };

    /// <summary>The surgical coordinator's call a few days before a planned operation.</summary>
    public static CallScript PreOperativeCheck { get; } = new("hospital_pre_operative_check", "Pre-operative phone check",
        "Make sure a listed patient is still fit, prepared and coming, so that no operating slot is lost on the day.",
        [
            CallScriptStep.Say("Introduce yourself as the surgical coordinator and confirm the patient's name and date of birth before anything else."),
            CallScriptStep.Ask("Can you confirm the operation day and arrival time in your letter?", "confirmed", "needs to change"),
            CallScriptStep.Ask("Have you had a cold, a fever, an infection or a new illness in the last two weeks?", "no", "yes"),
            CallScriptStep.Ask("Do you take blood thinners, diabetes medicines or weight-loss injections, and did the anaesthetist tell you when to stop them?", "none", "yes, instructed", "yes, not instructed"),
            CallScriptStep.Say("Repeat the fasting times: no food from six hours before arrival, clear drinks until two hours before."),
            CallScriptStep.Ask("Who will take you home, and is someone with you the first night?", "arranged", "not arranged"),
        ])
    {
        Funnel = HospitalFunnels.ElectiveSurgeryKey,
        Stage = "listed_for_surgery",
        Objections =
        [
            new("I would like to postpone", "Your place on the waiting list is kept; offer the next free date and tell the waiting list coordinator the reason."),
            new("I am afraid of the anaesthetic", "The anaesthetist sees you on the morning of the operation and explains the options; most cataract and hernia patients go home the same day."),
            new("I have no one to take me home", "Patient transport can be arranged through the ward; for a day case someone must stay with you for 24 hours, "
                + "otherwise we book an overnight stay."),
        ],
        Closing = "If anything answered 'yes' or 'not arranged', tell the pre-assessment nurse today; otherwise repeat the arrival time and where to come.",
    };
}
