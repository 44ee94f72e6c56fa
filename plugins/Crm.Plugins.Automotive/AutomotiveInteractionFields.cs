using Crm.Framework.Fields;

namespace Crm.Plugins.Automotive;

/// <summary>What a dealer records on an interaction: where it happened, the demonstrator and licence check of a test drive, and how a breakdown ended.</summary>
public static class AutomotiveInteractionFields
{
    /// <summary>The dealer the interaction took place at or was handled by.</summary>
    public static FieldDefinition DealerCode { get; } = new("dealer_code", "Dealer", FieldType.Text, FieldTarget.Interaction)
    {
        Constraints = AutomotiveCustomerFields.DealerCodeRule,
    };

    /// <summary>The registration of the demonstrator driven on a test drive.</summary>
    public static FieldDefinition DemonstratorReg { get; } = new("demonstrator_reg", "Demonstrator", FieldType.Text, FieldTarget.Interaction)
    {
        Constraints = AutomotiveCustomerFields.RegistrationRule,
    };

    /// <summary>The driving licence was checked with the DVLA before the test drive.</summary>
    public static FieldDefinition LicenceChecked { get; } = new("driving_licence_checked", "Licence checked (DVLA)", FieldType.Boolean, FieldTarget.Interaction)
    {
        Description = "The photocard was seen and the entitlement and penalty points checked with a DVLA check code; the dealer's insurance requires it.",
    };

    /// <summary>How a roadside assistance call-out ended.</summary>
    public static FieldDefinition RoadsideOutcome { get; } = new("roadside_outcome", "Roadside outcome", FieldType.Choice, FieldTarget.Interaction)
    {
        Constraints = new() { Choices = ["fixed_at_roadside", "recovered_to_dealer", "recovered_home", "onward_travel"] },
        Description = "Fixed on the spot, recovered to the nearest dealer or home, or onward travel (hire car, hotel, rail) arranged.",
    };
}
