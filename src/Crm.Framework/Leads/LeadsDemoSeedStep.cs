using Crm.Framework.Demo;
using Crm.Framework.Plugins;
using MediatR;

namespace Crm.Framework.Leads;

/// <summary>Captures the demo's <see cref="DemoData.InboundRequests"/> through <see cref="CaptureLead"/>, counting them as "lead requests".</summary>
public sealed class LeadsDemoSeedStep(IMediator mediator) : IDemoSeedStep
{
    /// <inheritdoc />
    public async Task SeedAfterCustomersAsync(DemoData data, DemoResult result, CancellationToken cancellationToken)
    {
        foreach (var request in data.InboundRequests)
        {
            await mediator.Send(request, cancellationToken);
            result.Count("lead requests");
        }
    }
}
