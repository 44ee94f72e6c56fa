using Crm.Framework.Fields;

namespace Crm.Plugins.Bank;

/// <summary>What a bank records on an interaction: where it happened and whether it is a complaint.</summary>
public static class BankInteractionFields
{
    /// <summary>The branch code rule shared by <see cref="BranchCode"/> and the customer's home branch.</summary>
    public static FieldConstraints BranchCodeRule { get; } = new()
    {
        Pattern = "[A-Z]{3}[0-9]{2}",
        PatternDescription = "three capital letters and two digits, e.g. TLN01",
    };

    /// <summary>The branch the interaction took place at or was handled by.</summary>
    public static FieldDefinition BranchCode { get; } = new("branch_code", "Branch", FieldType.Text, FieldTarget.Interaction)
    {
        Constraints = BranchCodeRule,
    };

    /// <summary>The interaction is a complaint and goes to the complaints register.</summary>
    public static FieldDefinition Complaint { get; } = new("complaint", "Complaint", FieldType.Boolean, FieldTarget.Interaction)
    {
        Description = "Dissatisfaction expressed by the customer; it must be answered and reported to the regulator.",
    };
}
