using Crm.Framework.Customers;
using Crm.Framework.Interactions;

namespace Crm.Framework.Plugins;

/// <summary>
/// Demo data a plugin ships: customer cards with their interactions, deals and documents, seeded
/// through the normal use cases so every record passes the same validation a user's would.
/// </summary>
/// <param name="Customers">The customers to create, in order.</param>
public sealed partial record DemoData(IReadOnlyList<DemoCustomer> Customers);

/// <summary>One demo customer and what happened with them.</summary>
/// <param name="Card">The card to create.</param>
public sealed partial record DemoCustomer(CreateCustomer Card)
{
    /// <summary>Interactions to log.</summary>
    public IReadOnlyList<DemoInteraction> Interactions { get; init; } = [];
    /// <summary>Deals to open and move.</summary>
    public IReadOnlyList<DemoDeal> Deals { get; init; } = [];
    /// <summary>Template keys to render for the customer (for their first deal in the template's funnels when the template needs one).</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];
}

/// <summary>A demo interaction.</summary>
/// <param name="Channel">Channel key.</param>
/// <param name="Subject">Subject.</param>
/// <param name="DaysAgo">How many days before seeding it happened.</param>
public sealed record DemoInteraction(string Channel, string Subject, int DaysAgo)
{
    /// <summary>Direction. Default inbound.</summary>
    public InteractionDirection Direction { get; init; } = InteractionDirection.Inbound;
    /// <summary>Notes.</summary>
    public string? Notes { get; init; }
    /// <summary>Outcome.</summary>
    public string? Outcome { get; init; }
    /// <summary>Interaction field values.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();
}

/// <summary>A demo deal: opened in <paramref name="Funnel"/>, then moved through <see cref="Path"/>.</summary>
/// <param name="Funnel">Funnel key.</param>
/// <param name="Title">Title.</param>
/// <param name="Amount">Amount.</param>
public sealed record DemoDeal(string Funnel, string Title, Money Amount)
{
    /// <summary>Deal field values set on open.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();
    /// <summary>The stages to move through after opening, in order, each with the fields to set on entry.</summary>
    public IReadOnlyList<DemoStep> Path { get; init; } = [];
    /// <summary>Expected close, in days from seeding.</summary>
    public int? ClosesInDays { get; init; }
}

/// <summary>One move of a demo deal.</summary>
/// <param name="Stage">Target stage key.</param>
public sealed record DemoStep(string Stage)
{
    /// <summary>Fields to set with the move.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();
    /// <summary>The reason (required for a lost stage).</summary>
    public string? Reason { get; init; }
}
