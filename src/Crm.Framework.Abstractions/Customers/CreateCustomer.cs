using Crm.Framework.Fields;

namespace Crm.Framework.Customers;

/// <summary>Creates a customer card. Returns the saved customer.</summary>
public sealed record CreateCustomer : ICrmCommand<Customer>
{
    /// <summary>Full name or legal name. Required.</summary>
    public required string Name { get; init; }

    /// <summary>Person (default) or organisation.</summary>
    public CustomerKind Kind { get; init; } = CustomerKind.Person;

    /// <summary>Where the relationship starts. Default: lead.</summary>
    public LifecycleStage Lifecycle { get; init; } = LifecycleStage.Lead;

    /// <summary>Contact points; emails and phones are normalised.</summary>
    public IReadOnlyList<ContactPoint> Contacts { get; init; } = [];

    /// <summary>The responsible user; default: the current user.</summary>
    public string? Owner { get; init; }

    /// <summary>Tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Custom field values by key: text to parse, or typed values (decimal, int, bool, DateOnly, Money, string[]).</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();
}
