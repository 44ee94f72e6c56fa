using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Activities;

/// <summary>Reads one activity.</summary>
public sealed class GetActivityHandler(ICrmStore store) : IRequestHandler<GetActivity, Activity>
{
    /// <inheritdoc />
    public Task<Activity> Handle(GetActivity request, CancellationToken cancellationToken) =>
        Task.FromResult(ActivitySeries.Require(store, request.ActivityId));
}
