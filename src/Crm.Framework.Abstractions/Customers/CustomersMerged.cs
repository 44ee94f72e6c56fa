namespace Crm.Framework.Customers;

/// <summary>A duplicate card was merged into a survivor.</summary>
/// <param name="Merge">What the merge did.</param>
/// <param name="Survivor">The survivor after the merge.</param>
/// <param name="OccurredAt">When.</param>
public sealed record CustomersMerged(CustomerMerge Merge, Customer Survivor, DateTimeOffset OccurredAt) : IDomainEvent;
