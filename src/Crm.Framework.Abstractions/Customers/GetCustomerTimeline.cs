namespace Crm.Framework.Customers;

/// <summary>Everything that happened with a customer — interactions, deals, documents — newest first.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Limit">At most this many entries. Default 200.</param>
public sealed record GetCustomerTimeline(string CustomerId, int Limit = 200) : ICrmQuery<IReadOnlyList<TimelineEntry>>;

/// <summary>One line of the customer timeline.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Kind"><c>interaction</c>, <c>deal</c> (opened, moved, closed) or <c>document</c>.</param>
/// <param name="RecordId">The interaction, deal or document id.</param>
/// <param name="Summary">One line for people.</param>
/// <param name="By">Who did it, when known.</param>
public sealed record TimelineEntry(DateTimeOffset At, string Kind, string RecordId, string Summary, string? By);
