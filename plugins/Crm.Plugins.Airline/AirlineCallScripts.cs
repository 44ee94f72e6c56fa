using Crm.Framework.CallScripts;
using Crm.Framework.Plugins;

namespace Crm.Plugins.Airline;

/// <summary>
/// The call centre's and the group desk's scripts: the reminder before a held booking's ticketing time limit
/// runs out, and the follow-up of a group quote before its option date.
/// </summary>
public static class AirlineCallScripts
{
    /// <summary>A held booking whose ticketing time limit is near: pay, change or release the seats.</summary>
    public static CallScript TicketingTimeLimit { get; } = new("airline_ttl_reminder", "Ticketing time limit reminder",
        "Get a held booking paid and ticketed before its ticketing time limit releases the seats",
        [
            CallScriptStep.Say("Introduce yourself from the reservations team and give the booking reference (PNR)."),
            CallScriptStep.Say("Read back the flights, the names as in the passports and the fare that is held."),
            CallScriptStep.Ask("Are the names, dates and flights still right?", "yes", "change needed"),
            CallScriptStep.Say("Tell them when the option expires and that the fare is not guaranteed after it."),
            CallScriptStep.Ask("Would you like to add checked bags or choose seats together before we ticket?", "bags", "seats", "both", "no"),
            CallScriptStep.Ask("How would you like to pay?", "card by phone", "payment link", "in the app"),
        ])
    {
        Funnel = AirlineFunnels.FlightBookingKey,
        Stage = "on_hold",
        Objections =
        [
            new CallScriptObjection("The fare is cheaper on a comparison site", "Compare the total: our fare includes a cabin bag and 8 kg; check the bags and the change fee on theirs. We can price a lower class if one is open."),
            new CallScriptObjection("We have not decided on the dates yet", "Economy Flex changes free of charge; otherwise we can extend the option once by 24 hours while seats are left in the class."),
            new CallScriptObjection("We want to pay with miles", "Award seats are booked from the miles balance in the app; we can re-price the booking as an award if the class is open."),
        ],
        Closing = "Take the payment, issue the e-tickets and confirm the e-ticket numbers by the passenger's preferred channel; otherwise note the new option date.",
    };

    /// <summary>A group quote before its option date: deposit, names, free seats.</summary>
    public static CallScript GroupQuoteFollowUp { get; } = new("airline_group_quote_follow_up", "Group quote follow-up",
        "Turn a quoted group into a deposit before the option date, or release the group space",
        [
            CallScriptStep.Say("Introduce yourself from the group desk and refer to the quote and its option date."),
            CallScriptStep.Ask("Has the group been confirmed on your side?", "confirmed", "waiting for numbers", "cancelled"),
            CallScriptStep.Ask("How many passengers are travelling now?"),
            CallScriptStep.Say("Explain the terms: 10% deposit to confirm, names 21 days and tickets 14 days before departure, one free seat per 20 paying passengers."),
            CallScriptStep.Ask("Do you need sports equipment, extra bags or special assistance for anyone?", "yes", "no"),
        ])
    {
        Funnel = AirlineFunnels.GroupBookingKey,
        Stage = "quoted",
        Objections =
        [
            new CallScriptObjection("A charter would be cheaper", "A charter is paid in full up front and cannot shrink; our group fare needs only 10% now and you can return up to 10% of the seats at the name deadline."),
            new CallScriptObjection("We do not know the final numbers", "Confirm on today's estimate: the number can go down by 10% without a fee when you send the names."),
            new CallScriptObjection("The deposit is not refundable", "It is credited to the tickets; if we cancel or change the schedule it is refunded in full."),
        ],
        Closing = "Agree the passenger count, send the deposit invoice and the name list form, and put the deposit due date in the diary.",
    };

    /// <summary>Declares the scripts.</summary>
    public static ICrmPluginBuilder AddAirlineCallScripts(this ICrmPluginBuilder builder) => builder
        .AddCallScript(TicketingTimeLimit)
        .AddCallScript(GroupQuoteFollowUp);
}
