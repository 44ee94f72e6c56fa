using Crm.Framework.Documents;

namespace Crm.Plugins.Telecom;

/// <summary>The operator's documents: Scriban sources embedded from <c>Templates/*.scriban</c>.</summary>
public static class TelecomTemplates
{
    /// <summary>The contract summary of a mobile line, a broadband order, a business fleet or a renewal.</summary>
    public static DocumentTemplateDefinition ServiceContract { get; } = From("telecom_service_contract", "Contract summary") with
    {
        RequiresDeal = true,
        Description = "The contract summary the law requires before signing: services, speed, prices with the yearly rise in pounds and pence, minimum term, leaving and switching, accessibility.",
    };

    /// <summary>Confirms a port-in: the number, the donor operator and the day it moves.</summary>
    public static DocumentTemplateDefinition PortingConfirmation { get; } = From("number_porting_confirmation", "Number porting confirmation") with
    {
        RequiresDeal = true,
        Funnels = [TelecomFunnels.NewConnectionKey],
        Description = "Confirms the number, the donor operator and the porting date, what happens on the day and what to do if the switch is late. The PAC is never printed.",
    };

    /// <summary>The welcome letter with the number, the SIM and the tariff details.</summary>
    public static DocumentTemplateDefinition SimWelcomeLetter { get; } = From("sim_welcome_letter", "Welcome letter") with
    {
        RequiresDeal = true,
        Funnels = [TelecomFunnels.NewConnectionKey],
        Description = "Welcomes a new subscriber: number, SIM, tariff and allowance, device plan, getting started, the first bill and SIM-swap fraud advice.",
    };

    /// <summary>The end-of-contract notification with the best tariffs.</summary>
    public static DocumentTemplateDefinition EndOfContractNotification { get; } = From("end_of_contract_notification", "Your contract is coming to an end")
        with { Description = "Sent 10 to 40 days before the minimum term ends: the end date, what happens then, how to leave, and the best tariffs compared with the subscriber's average bill." };

    private static DocumentTemplateDefinition From(string key, string name) =>
        DocumentTemplateDefinition.FromResource(typeof(TelecomTemplates).Assembly, $"{key}.scriban", key, name);
}
