namespace Crm.Framework.Pipelines;

/// <summary>Reads one deal by id. Throws <see cref="NotFoundException"/> when there is none.</summary>
/// <param name="DealId">The deal id.</param>
public sealed record GetDeal(string DealId) : ICrmQuery<Deal>;
