using Crm.Framework.Customers;
using Crm.Framework.Plugins;

namespace Crm.Framework.Cases;

/// <summary>Reading the declared SLA policies from the schema.</summary>
public static class SlaSchema
{
    /// <summary>Every declared SLA policy, in the order tried (application first, then plugins).</summary>
    public static IEnumerable<SlaPolicy> SlaPolicies(this CrmSchema schema) => schema.All<SlaPolicy>(SlaDeclarations.Kind);

    /// <summary>The first declared policy that applies to a case of <paramref name="type"/> for <paramref name="customer"/>, else <see cref="SlaPolicy.Standard"/>.</summary>
    public static SlaPolicy SlaPolicyFor(this CrmSchema schema, CaseType type, Customer customer) =>
        schema.SlaPolicies().FirstOrDefault(p => p.AppliesTo(type, customer)) ?? SlaPolicy.Standard;

    /// <summary>
    /// The policy a case was opened under. A case whose policy is no longer declared (its plugin was removed)
    /// keeps its stored deadlines and is measured in <see cref="SlaPolicy.Standard"/>'s hours from then on.
    /// </summary>
    public static SlaPolicy SlaPolicyOf(this CrmSchema schema, ServiceCase @case) =>
        schema.Find<SlaPolicy>(SlaDeclarations.Kind, @case.SlaPolicy) ?? SlaPolicy.Standard;
}
