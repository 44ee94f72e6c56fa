using Crm.Framework.Customers;

namespace Crm.Framework.Storage;

/// <summary>What the store is asked for when finding customers. Values are already normalised.</summary>
public sealed record CustomerQuery
{
    /// <summary>Part of the name, compared case-insensitively.</summary>
    public string? NameContains { get; init; }
    /// <summary>An email, lower-case.</summary>
    public string? Email { get; init; }
    /// <summary>A phone, as + and digits.</summary>
    public string? Phone { get; init; }
    /// <summary>A custom field key.</summary>
    public string? FieldKey { get; init; }
    /// <summary>The canonical value the field must equal.</summary>
    public object? FieldValue { get; init; }
    /// <summary>Only this lifecycle stage.</summary>
    public LifecycleStage? Lifecycle { get; init; }
    /// <summary>Only customers with this tag (lower-case).</summary>
    public string? Tag { get; init; }
    /// <summary>Also customers merged into another (<see cref="Customer.MergedInto"/>); by default they are skipped.</summary>
    public bool IncludeMerged { get; init; }
    /// <summary>At most this many.</summary>
    public int Limit { get; init; } = 500;
}
