using Crm.Framework.CallScripts;

namespace Crm.Plugins.Telecom;

/// <summary>
/// The operator's call scripts: the retention call to a subscriber who asked for a PAC, and the needs analysis
/// of a business fleet. The PAC rules come first: the code is given at once and no offer may delay it.
/// </summary>
public static class TelecomCallScripts
{
    /// <summary>The retention call after a PAC request.</summary>
    public static CallScript PacRetentionCall { get; } = new("pac_retention_call", "PAC request — retention call",
        "Understand why the subscriber wants to leave and make one fair offer, without delaying the PAC they are entitled to.",
        [
            CallScriptStep.Say("Introduce yourself from the retention team and pass security (account number and date of birth)."),
            CallScriptStep.Say("Confirm the PAC was sent by text and is valid for 30 days; the switch will not be delayed by this call."),
            CallScriptStep.Ask("What is the main reason you are thinking of leaving?", "price", "coverage", "handset offer elsewhere", "customer service", "other"),
            CallScriptStep.Ask("Which tariff or offer are you comparing us with?"),
            CallScriptStep.Ask("How much data do you use in a typical month? (check the last three bills)"),
            CallScriptStep.Say("Make one offer that fits the usage (loyalty price, SIM-only, a roaming add-on) and state the total for the minimum term."),
            CallScriptStep.Ask("Would you like to take the offer today?", "yes", "needs time", "no, leaving"),
        ])
    {
        Funnel = TelecomFunnels.ContractRenewalKey,
        Stage = TelecomFunnels.PacRequested,
        Objections =
        [
            new("Three offers unlimited data for £18.", "Match the allowance, not the headline: offer Unlimited at the loyalty price for 24 months, or SIM Only 50GB at £15 if the bills show under 30 GB."),
            new("The signal at home is poor.", "Check coverage at the postcode together; turn on Wi-Fi Calling and offer a signal booster. Never promise coverage the checker does not show."),
            new("I just want my PAC.", "Confirm it was sent by text and read it out if asked; thank them and end the call. No offer may delay the code."),
            new("I am out of contract and paying too much.", "Move them to the best current tariff at once; there is no fee and the new term starts today."),
        ],
        Closing = "If they accept, recontract and send the contract summary; if not, confirm the PAC, the leaving date and the final bill. Log the reason on the card either way.",
    };

    /// <summary>The first conversation with a business about its fleet.</summary>
    public static CallScript FleetNeedsAnalysis { get; } = new("fleet_needs_analysis", "Business fleet — needs analysis",
        "Learn how many lines the company needs, how they are used and when the current contract ends, to write the proposal.",
        [
            CallScriptStep.Say("Introduce yourself as their business account manager and confirm who decides and who signs."),
            CallScriptStep.Ask("How many people need a phone or a data SIM, and how many more in the next year?"),
            CallScriptStep.Ask("Which network are you on now, and when does that contract end?"),
            CallScriptStep.Ask("Do the teams work at fixed sites, on the road or abroad?", "fixed sites", "on the road", "abroad", "mixed"),
            CallScriptStep.Ask("Do the users' data needs differ a lot (a shared pool can be cheaper than unlimited per line)?", "yes", "no"),
            CallScriptStep.Ask("Do you need devices, mobile device management or card-machine backup SIMs?"),
            CallScriptStep.Say("Offer a free coverage check at each site and summarise what the proposal will contain."),
        ])
    {
        Funnel = TelecomFunnels.BusinessFleetKey,
        Stage = "needs_analysis",
        Objections =
        [
            new("We are still in contract with our current network.", "Plan the move for the contract end; a contract can be signed now with the lines ported on that date, and a buy-out is possible for larger fleets."),
            new("Your price per line is higher.", "Compare the total: a shared data pool and co-terminated lines usually cost less than unlimited on every line."),
            new("Coverage at our warehouse is poor.", "Book the site survey before the proposal; indoor coverage can be fixed with a small cell where the fleet justifies it."),
        ],
        Closing = "Record the number of lines on the deal, book the site coverage check and a proposal meeting within two weeks.",
    };
}
