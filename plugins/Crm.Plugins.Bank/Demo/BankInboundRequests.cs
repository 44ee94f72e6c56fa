using Crm.Framework.Leads;

namespace Crm.Plugins.Bank.Demo;

/// <summary>
/// Requests that arrive after the customers are seeded: two from existing customers (recognised by email and by
/// phone), two new leads (an online mortgage application shared among the retail advisers, a caller from a
/// Lithuanian number routed to Vilnius), and the online application submitted twice, which changes nothing.
/// </summary>
internal static class BankInboundRequests
{
    private static readonly CaptureLead MortgageApplication = new()
    {
        Channel = "web_form",
        Name = "Karl Mägi",
        Email = "karl.magi@gmail.com",
        Phone = "+372 5521 8830",
        Subject = "Mortgage pre-approval for a flat in Tartu",
        Message = "We are buying a 3-room flat in Tartu for about 190 000 EUR and need a mortgage of 160 000 EUR. What do we need for a pre-approval?",
        Source = "google_ads",
        Campaign = "mortgage_spring_2026",
        ExternalId = "WEB-2026-018842",
    };

    public static IReadOnlyList<CaptureLead> All() =>
    [
        new CaptureLead
        {
            Channel = BankChannels.InternetBanking.Key,
            Email = "kristiina@lepplaw.ee",
            Subject = "Co-borrower for the Kalamaja mortgage",
            Message = "Can my husband join the mortgage application as a co-borrower? He is self-employed.",
            ExternalId = "IB-MSG-7741023",
        },
        new CaptureLead
        {
            Channel = "phone",
            Name = "Andres Kuusk",
            Phone = "+372 5112 0476",
            Message = "Asked whether the bank has answered his complaint yet",
        },
        MortgageApplication,
        new CaptureLead
        {
            Channel = "phone",
            Name = "Gintarė Jonaitytė",
            Phone = "+370 612 33 918",
            Message = "Car loan for a used Toyota RAV4, about 18 000 EUR over five years",
            Source = "radio_ad",
        },
        // The form's submit button pressed twice: the same submission id, so it is recognised and not captured again.
        MortgageApplication,
    ];
}
