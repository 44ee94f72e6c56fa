namespace Crm.Framework.Customers;

/// <summary>
/// Finds customers. Every criterion given must match; none given lists all. Ordered by name.
/// </summary>
public sealed record FindCustomers : ICrmQuery<IReadOnlyList<Customer>>
{
    /// <summary>Part of the name, any case.</summary>
    public string? Name { get; init; }

    /// <summary>An email, any case.</summary>
    public string? Email { get; init; }

    /// <summary>A phone number in any common notation.</summary>
    public string? Phone { get; init; }

    /// <summary>A custom field key to match with <see cref="FieldValue"/> (uses the field's index when it has one).</summary>
    public string? FieldKey { get; init; }

    /// <summary>The value the field must have, in text form.</summary>
    public string? FieldValue { get; init; }

    /// <summary>Only this lifecycle stage.</summary>
    public LifecycleStage? Lifecycle { get; init; }

    /// <summary>Only customers with this tag.</summary>
    public string? Tag { get; init; }

    /// <summary>At most this many. Default 500.</summary>
    public int Limit { get; init; } = 500;
}
