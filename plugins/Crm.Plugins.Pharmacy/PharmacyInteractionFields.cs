using Crm.Framework.Fields;

namespace Crm.Plugins.Pharmacy;

/// <summary>What a pharmacy records on an interaction: the store, the counseling and reported side effects.</summary>
public static class PharmacyInteractionFields
{
    /// <summary>The store the interaction took place at or was handled by.</summary>
    public static FieldDefinition StoreNumber { get; } = new("rx_store_number", "Store", FieldType.Text, FieldTarget.Interaction)
    {
        Constraints = PharmacyCustomerFields.StoreNumberRule,
    };

    /// <summary>Whether the pharmacist's offer to counsel was taken up.</summary>
    public static FieldDefinition Counseling { get; } = new("rx_counseling", "Counseling", FieldType.Choice, FieldTarget.Interaction)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Choices = ["provided", "declined"] },
        Description = "The pharmacist must offer to counsel on a new prescription (OBRA '90); record whether the patient accepted or declined.",
    };

    /// <summary>The patient reported a side effect or a suspected adverse drug reaction.</summary>
    public static FieldDefinition SideEffectReported { get; } = new("rx_side_effect_reported", "Side effect reported", FieldType.Boolean, FieldTarget.Interaction)
    {
        Sensitivity = Sensitivity.Sensitive,
        Description = "The pharmacist assesses it, tells the prescriber if needed and reports serious reactions to FDA MedWatch.",
    };
}
