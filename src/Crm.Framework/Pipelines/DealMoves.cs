using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;

namespace Crm.Framework.Pipelines;

/// <summary>Records a checked stage move: the deal write, its events and the customer's promotion on a win.</summary>
internal static class DealMoves
{
    public static Deal Apply(Deal before, FunnelDefinition funnel, StageDefinition target, FieldValues fields, string? reason,
        ICrmStore store, UnitOfWork work, CrmSchema schema, DateTimeOffset now, string by)
    {
        var after = DealRules.Move(before, funnel, target, fields, reason, schema, now, by);
        work.Update(EntityKinds.Deal, after.Id, before, after, before.Version);
        work.Raise(new DealStageChanged(after, before.Stage, after.Stage, now));
        if (target.IsClosed) work.Raise(new DealClosed(after, target.Kind == StageKind.Won, now));
        if (target.Kind == StageKind.Won && store.GetCustomer(after.CustomerId) is { } customer)
            DealRules.PromoteCustomer(customer, LifecycleStage.Customer, work, now);
        return after;
    }
}
