namespace Crm.Framework.Activities;

/// <summary>An activity was put in someone's calendar (also each new occurrence of a recurring one).</summary>
/// <param name="Activity">The activity as scheduled.</param>
/// <param name="OccurredAt">When.</param>
public sealed record ActivityScheduled(Activity Activity, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>An activity was done.</summary>
/// <param name="Activity">The activity as completed.</param>
/// <param name="OccurredAt">When.</param>
public sealed record ActivityCompleted(Activity Activity, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>An activity was called off.</summary>
/// <param name="Activity">The activity as cancelled.</param>
/// <param name="OccurredAt">When.</param>
public sealed record ActivityCancelled(Activity Activity, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The owner was told an activity is overdue (when its overdue reminder was delivered).</summary>
/// <param name="Activity">The overdue activity.</param>
/// <param name="OccurredAt">When the owner was told.</param>
public sealed record ActivityOverdue(Activity Activity, DateTimeOffset OccurredAt) : IDomainEvent;
