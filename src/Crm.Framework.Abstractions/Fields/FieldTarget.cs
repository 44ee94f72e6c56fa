namespace Crm.Framework.Fields;

/// <summary>The kind of record a custom field belongs to.</summary>
public enum FieldTarget
{
    /// <summary>A customer (person or organisation).</summary>
    Customer,
    /// <summary>A deal in a funnel.</summary>
    Deal,
    /// <summary>An interaction (call, visit, email...).</summary>
    Interaction,
}
