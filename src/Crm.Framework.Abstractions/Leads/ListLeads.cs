using Crm.Framework.Customers;

namespace Crm.Framework.Leads;

/// <summary>Customers in the lead stage, newest first, with where they came from.</summary>
public sealed record ListLeads : ICrmQuery<IReadOnlyList<LeadSummary>>
{
    /// <summary>Only leads of this owner.</summary>
    public string? Owner { get; init; }

    /// <summary>At most this many. Default 50.</summary>
    public int Limit { get; init; } = 50;
}

/// <summary>A lead and the request that created it.</summary>
/// <param name="Customer">The lead's card.</param>
/// <param name="Channel">The channel of the request that created it; null for a lead entered by hand.</param>
/// <param name="Source">The source of that request.</param>
public sealed record LeadSummary(Customer Customer, string? Channel, string? Source);
