using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Cases;

/// <summary>Reads the case.</summary>
public sealed class GetCaseHandler(ICrmStore store) : IRequestHandler<GetCase, ServiceCase>
{
    /// <inheritdoc />
    public Task<ServiceCase> Handle(GetCase request, CancellationToken cancellationToken) =>
        Task.FromResult(CaseRecords.Require(store, request.CaseId));
}
