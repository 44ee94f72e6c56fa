using Crm.Framework.Leads;

namespace Crm.Framework.Plugins;

public sealed partial record DemoData
{
    /// <summary>
    /// Inbound requests captured after the customers are seeded, in order: some from seeded customers (matched),
    /// some from new people (leads), a repeat or two (recognised as duplicates).
    /// </summary>
    public IReadOnlyList<CaptureLead> InboundRequests { get; init; } = [];
}
