using Crm.Framework.Auditing;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Behaviors;

/// <summary>
/// Appends one audit entry per changed record — who, what, when and the changed values (sensitive
/// ones masked) — to the unit of work, so it commits in the same transaction as the change. Each write
/// is attributed to the use case that made it, also when one command sends another.
/// </summary>
public sealed class AuditBehavior<TRequest, TResponse>(UnitOfWork work, ICurrentUser user, TimeProvider clock, CrmIds ids, AuditDiff diff)
    : IPipelineBehavior<TRequest, TResponse>
{
    /// <inheritdoc />
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICrmCommand<TResponse> || !work.IsActive) return await next();

        var outermost = work.CurrentAction is null;
        work.PushAction(typeof(TRequest).Name);
        TResponse response;
        try
        {
            response = await next();
        }
        finally
        {
            work.PopAction();
        }
        if (!outermost) return response;

        var now = clock.GetUtcNow();
        foreach (var write in work.Changes.Writes)
        {
            work.Changes.Append(new AuditEntry
            {
                Id = ids.New(CrmIds.Audit),
                At = now,
                Actor = user.Name,
                Action = write.Action ?? typeof(TRequest).Name,
                EntityKind = write.Kind,
                EntityId = write.Id,
                Changes = diff.Between(write.Before, write.Entity),
            });
        }
        return response;
    }
}
