using Crm.Framework.Fields;

namespace Crm.Framework.Customers;

/// <summary>A person or organisation the company has a relationship with: the customer card.</summary>
public sealed record Customer
{
    /// <summary>The id, e.g. <c>C-7KQ2M9XH4T</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Person or organisation.</summary>
    public CustomerKind Kind { get; init; }

    /// <summary>Full name of the person or legal name of the organisation.</summary>
    public required string Name { get; init; }

    /// <summary>Emails, phones, addresses and handles.</summary>
    public IReadOnlyList<ContactPoint> Contacts { get; init; } = [];

    /// <summary>The user responsible for the relationship.</summary>
    public string? Owner { get; init; }

    /// <summary>Free tags, lower-case.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Lead, prospect, customer or former.</summary>
    public LifecycleStage Lifecycle { get; init; }

    /// <summary>Custom field values (target <see cref="FieldTarget.Customer"/>).</summary>
    public FieldValues Fields { get; init; } = FieldValues.Empty;

    /// <summary>When the card was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the card last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The customer this card was merged into as a duplicate; null for a card in use. Merged cards are kept for their history.</summary>
    public string? MergedInto { get; init; }

    /// <summary>Optimistic concurrency version: 1 after create, +1 per change.</summary>
    public long Version { get; init; }

    /// <summary>The first email, if any.</summary>
    public string? Email => Contacts.FirstOrDefault(c => c.Kind == ContactKind.Email)?.Value;

    /// <summary>The first phone, if any.</summary>
    public string? Phone => Contacts.FirstOrDefault(c => c.Kind == ContactKind.Phone)?.Value;
}
