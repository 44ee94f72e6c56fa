using Crm.Framework.Fields;

namespace Crm.Plugins.Telecom;

/// <summary>What an operator records on a contact: the store, the reason, the fault ticket and whether it was resolved first time.</summary>
public static class TelecomInteractionFields
{
    /// <summary>The retail store code rule shared by <see cref="RetailStoreCode"/>.</summary>
    public static FieldConstraints StoreCodeRule { get; } = new()
    {
        Pattern = "[A-Z]{3}[0-9]{3}",
        PatternDescription = "three capital letters and three digits, e.g. MAN014",
    };

    /// <summary>The store the contact happened in.</summary>
    public static FieldDefinition RetailStoreCode { get; } = new("retail_store_code", "Store", FieldType.Text, FieldTarget.Interaction)
    {
        Constraints = StoreCodeRule,
    };

    /// <summary>Why the subscriber got in touch: the reason code care reports are built on.</summary>
    public static FieldDefinition ContactReason { get; } = new("telecom_contact_reason", "Contact reason", FieldType.Choice, FieldTarget.Interaction)
    {
        Constraints = new()
        {
            Choices =
            [
                "new_connection", "upgrade", "porting", "billing", "technical_fault", "coverage", "roaming", "device_repair",
                "cancellation", "complaint",
            ],
        },
        Description = "Complaints must be resolved within eight weeks or the subscriber may go to the ADR scheme (Ombudsman Services or CISAS).",
    };

    /// <summary>The trouble ticket of a fault.</summary>
    public static FieldDefinition TroubleTicketRef { get; } = new("trouble_ticket_ref", "Trouble ticket", FieldType.Text, FieldTarget.Interaction)
    {
        Constraints = new() { Pattern = "TT[0-9]{7}", PatternDescription = "TT and seven digits, e.g. TT0418832" },
    };

    /// <summary>The contact was resolved without a callback or a second contact.</summary>
    public static FieldDefinition FirstContactResolution { get; } = new("first_contact_resolution", "Resolved first time", FieldType.Boolean, FieldTarget.Interaction)
    {
        Description = "First contact resolution (FCR), a care KPI.",
    };
}
