using Crm.Framework.CallScripts;
using Crm.Framework.Plugins;

namespace Crm.Plugins.Automotive;

/// <summary>
/// The dealers' scripts: the sales executive's call the day after a test drive, and the service advisor's call
/// that turns a service or MOT reminder into a workshop booking.
/// </summary>
public static class AutomotiveCallScripts
{
    /// <summary>The day after the test drive: impressions, part-exchange, finance, the next step.</summary>
    public static CallScript TestDriveFollowUp { get; } = new("automotive_test_drive_follow_up", "Test drive follow-up",
        "Turn yesterday's test drive into a configured quotation with the part-exchange and the finance",
        [
            CallScriptStep.Say("Introduce yourself from the dealer and thank them for coming in for the test drive."),
            CallScriptStep.Ask("How did the car feel on your usual roads?", "loved it", "has doubts", "prefers another model"),
            CallScriptStep.Ask("Which trim and powertrain are you leaning towards?"),
            CallScriptStep.Ask("Will you part-exchange your current car?", "yes", "no", "selling privately"),
            CallScriptStep.Ask("How would you like to pay?", "cash", "pcp", "hp", "contract hire"),
            CallScriptStep.Say("Offer to send a configurator quote with the part-exchange valuation and a finance quotation."),
        ])
    {
        Funnel = AutomotiveFunnels.VehicleSaleKey,
        Stage = "test_drive",
        Objections =
        [
            new CallScriptObjection("Another brand offers a longer warranty", "Our 3-year warranty extends to 5 years and 100,000 miles for £695, and a 3-year service plan fixes the servicing cost."),
            new CallScriptObjection("The monthly payment is too high", "We can raise the deposit with the part-exchange equity, lengthen the term or lower the annual mileage; the manufacturer's deposit contribution still applies this month."),
            new CallScriptObjection("I want to wait for the new model year", "The current model is in stock for delivery this quarter; the new one is not due until the autumn and is expected to cost more."),
        ],
        Closing = "Book the appraisal of the part-exchange and a showroom appointment to sign the quotation; send the configurator quote today.",
    };

    /// <summary>A car due a service or MOT: book it in with the right job, date and courtesy car.</summary>
    public static CallScript ServiceReminder { get; } = new("automotive_service_reminder", "Service and MOT reminder",
        "Book a car that is due its service or MOT into the customer's servicing dealer",
        [
            CallScriptStep.Say("Introduce yourself as the service advisor and say the car is due its service or MOT."),
            CallScriptStep.Ask("What is the mileage today?"),
            CallScriptStep.Ask("Have you noticed any warning lights, noises or anything else we should look at?", "no", "yes"),
            CallScriptStep.Say("Check the service plan and the warranty expiry on the card: a plan covers the service, the MOT is paid separately."),
            CallScriptStep.Ask("Would you like a courtesy car, to wait, or a collection and delivery?", "courtesy car", "wait", "collect and deliver"),
        ])
    {
        Funnel = AutomotiveFunnels.WorkshopServiceKey,
        Stage = "booked",
        Objections =
        [
            new CallScriptObjection("A local garage is cheaper", "A Norvik service keeps the warranty and the manufacturer's goodwill, includes the software updates and is fixed-price; we match a like-for-like written quote on tyres and brakes."),
            new CallScriptObjection("The car is running fine", "The service keeps the warranty valid; the MOT is a legal requirement, and we can do both on the same visit."),
            new CallScriptObjection("I cannot be without the car", "We can collect it from home or work and bring it back the same day, or lend you a courtesy car."),
        ],
        Closing = "Confirm the date, the job and the courtesy car, and send the service booking confirmation.",
    };

    /// <summary>Declares the scripts.</summary>
    public static ICrmPluginBuilder AddAutomotiveCallScripts(this ICrmPluginBuilder builder) => builder
        .AddCallScript(TestDriveFollowUp)
        .AddCallScript(ServiceReminder);
}
