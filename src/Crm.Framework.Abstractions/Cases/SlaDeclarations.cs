using Crm.Framework.Plugins;

namespace Crm.Framework.Cases;

/// <summary>Declaring SLA policies.</summary>
public static class SlaDeclarations
{
    /// <summary>The declaration kind of SLA policies.</summary>
    public const string Kind = "sla policy";

    /// <summary>Declares an SLA policy; policies are tried in declaration order (application first, then plugins).</summary>
    public static ICrmPluginBuilder AddSlaPolicy(this ICrmPluginBuilder builder, SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(policy);
        return builder.Declare(SlaDeclarations.Kind, policy.Key, policy);
    }
}
