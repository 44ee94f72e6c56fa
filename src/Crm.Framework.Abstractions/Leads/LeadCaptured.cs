using Crm.Framework.Customers;

namespace Crm.Framework.Leads;

/// <summary>A request from someone new created a lead, now owned by <see cref="Customer"/>'s owner.</summary>
/// <param name="Request">The captured request.</param>
/// <param name="Customer">The new lead.</param>
/// <param name="OccurredAt">When it was captured.</param>
public sealed record LeadCaptured(LeadRequest Request, Customer Customer, DateTimeOffset OccurredAt) : IDomainEvent;
