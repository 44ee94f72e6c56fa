using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Auditing;

/// <summary>Reads the audit trail from the store.</summary>
public sealed class GetAuditTrailHandler(ICrmStore store) : IRequestHandler<GetAuditTrail, IReadOnlyList<AuditEntry>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> Handle(GetAuditTrail request, CancellationToken cancellationToken) =>
        Task.FromResult(store.ReadAudit(request.EntityId, request.Limit));
}
