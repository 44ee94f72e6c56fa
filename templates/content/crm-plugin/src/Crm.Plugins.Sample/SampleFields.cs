using Crm.Framework.Fields;

namespace Crm.Plugins.Sample;

/// <summary>
/// The custom fields of the Sample plugin. Keys are snake_case and must be unique among all loaded
/// plugins, so they start with the industry name.
/// </summary>
public static class SampleFields
{
    /// <summary>Who the customer is to the business; people search by it.</summary>
    public static FieldDefinition Segment { get; } = new("sample_segment", "Segment", FieldType.Choice, FieldTarget.Customer)
    {
        Constraints = new() { Choices = ["consumer", "small_business", "enterprise"] },
        Indexed = true,
    };

    /// <summary>The customer's number in the company's other systems.</summary>
    public static FieldDefinition CustomerNumber { get; } = new("sample_customer_number", "Customer number", FieldType.Text, FieldTarget.Customer)
    {
        Constraints = new() { Pattern = "[A-Z]{2}-[0-9]{4,8}", PatternDescription = "two capital letters, a dash and 4 to 8 digits, e.g. AB-1234" },
        Indexed = true,
    };

    /// <summary>What the customer wants to buy; needed to qualify the deal.</summary>
    public static FieldDefinition Product { get; } = new("sample_product", "Product", FieldType.Choice, FieldTarget.Deal)
    {
        Constraints = new() { Choices = ["standard", "premium", "custom"] },
    };

    /// <summary>The price in the quote; needed to send the proposal.</summary>
    public static FieldDefinition QuotedPrice { get; } = new("sample_quoted_price", "Quoted price", FieldType.Money, FieldTarget.Deal)
    {
        Constraints = new() { Min = 0 },
    };

    /// <summary>The signed contract's number, known once the deal is won.</summary>
    public static FieldDefinition ContractNumber { get; } = new("sample_contract_number", "Contract number", FieldType.Text, FieldTarget.Deal)
    {
        Constraints = new() { MaxLength = 32 },
    };
}
