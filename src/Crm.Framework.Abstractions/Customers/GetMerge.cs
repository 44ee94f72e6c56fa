namespace Crm.Framework.Customers;

/// <summary>Reads one merge record.</summary>
/// <param name="MergeId">The merge id.</param>
public sealed record GetMerge(string MergeId) : ICrmQuery<CustomerMerge>;

/// <summary>The merges a customer took part in, as survivor or duplicate, newest first.</summary>
/// <param name="CustomerId">The customer id.</param>
public sealed record ListMerges(string CustomerId) : ICrmQuery<IReadOnlyList<CustomerMerge>>;
