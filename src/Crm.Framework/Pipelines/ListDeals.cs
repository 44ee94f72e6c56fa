using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Pipelines;

/// <summary>Lists deals from the store.</summary>
public sealed class ListDealsHandler(ICrmStore store) : IRequestHandler<ListDeals, IReadOnlyList<Deal>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Deal>> Handle(ListDeals request, CancellationToken cancellationToken) =>
        Task.FromResult(store.FindDeals(request));
}

/// <summary>Reads one deal.</summary>
public sealed class GetDealHandler(ICrmStore store) : IRequestHandler<GetDeal, Deal>
{
    /// <inheritdoc />
    public Task<Deal> Handle(GetDeal request, CancellationToken cancellationToken) =>
        Task.FromResult(store.GetDeal(request.DealId) ?? throw new NotFoundException("deal", request.DealId, "list deals with 'crm deals list'"));
}
