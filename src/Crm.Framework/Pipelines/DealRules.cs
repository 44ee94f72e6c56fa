using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;

namespace Crm.Framework.Pipelines;

/// <summary>The funnel rules every stage move obeys, shared by <see cref="MoveDeal"/> and <see cref="CloseDeal"/>.</summary>
internal static class DealRules
{
    /// <summary>Moves <paramref name="deal"/> to <paramref name="target"/> after checking the transition, the lost reason and the required fields.</summary>
    public static Deal Move(Deal deal, FunnelDefinition funnel, StageDefinition target, FieldValues fields, string? reason, CrmSchema schema, DateTimeOffset now, string by)
    {
        var current = OpenStage(deal, funnel);
        if (!current.Allows(target.Key))
        {
            var allowed = current.Next.Count == 0 ? funnel.Stages.Where(s => s.Key != current.Key).Select(s => s.Key) : current.Next;
            throw new BusinessRuleException(
                $"Deal '{deal.Id}' cannot move from '{current.Key}' to '{target.Key}' in funnel '{funnel.Key}'; allowed next stages: {string.Join(", ", allowed)}.");
        }
        if (target.Kind == StageKind.Lost && string.IsNullOrWhiteSpace(reason))
            throw new CrmValidationException("reason", null, $"is required to close deal '{deal.Id}' as lost at '{target.Key}'; say why it was lost");
        RequireFields(funnel, target, fields, schema);

        var status = target.Kind switch { StageKind.Won => DealStatus.Won, StageKind.Lost => DealStatus.Lost, _ => DealStatus.Open };
        return deal with
        {
            Stage = target.Key,
            Status = status,
            Fields = fields,
            LostReason = target.Kind == StageKind.Lost ? reason!.Trim() : null,
            ClosedAt = target.IsClosed ? now : null,
            History = [.. deal.History, new StageChange(deal.Stage, target.Key, now, by, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim())],
            UpdatedAt = now,
            Version = deal.Version + 1,
        };
    }

    /// <summary>The deal's current stage, or a <see cref="BusinessRuleException"/> when the deal is closed or the stage is gone.</summary>
    public static StageDefinition OpenStage(Deal deal, FunnelDefinition funnel)
    {
        var current = funnel.FindStage(deal.Stage)
            ?? throw new BusinessRuleException($"Deal '{deal.Id}' is at stage '{deal.Stage}', which funnel '{funnel.Key}' no longer has; move it with a funnel migration.");
        return current.IsClosed
            ? throw new BusinessRuleException($"Deal '{deal.Id}' is already closed as {current.Kind.ToString().ToLowerInvariant()} at '{current.Key}'; open a new deal instead.")
            : current;
    }

    /// <summary>Throws naming every field <paramref name="stage"/> requires that <paramref name="fields"/> lacks.</summary>
    public static void RequireFields(FunnelDefinition funnel, StageDefinition stage, FieldValues fields, CrmSchema schema)
    {
        var missing = stage.RequiredFields.Where(k => !fields.ContainsKey(k)).ToList();
        if (missing.Count == 0) return;
        throw new CrmValidationException(missing.Select(k => new ValidationError(k, null,
            $"is required to enter stage '{stage.Key}' of funnel '{funnel.Key}' ({schema.FindField(FieldTarget.Deal, k)?.Label ?? k}); pass it as --field {k}=...")).ToList());
    }

    /// <summary>Moves the customer forward in the lifecycle when a sales event reaches <paramref name="reached"/>.</summary>
    public static void PromoteCustomer(Customer customer, LifecycleStage reached, UnitOfWork work, DateTimeOffset now)
    {
        var lifecycle = Lifecycle.Promote(customer.Lifecycle, reached);
        if (lifecycle == customer.Lifecycle) return;
        var after = customer with { Lifecycle = lifecycle, UpdatedAt = now, Version = customer.Version + 1 };
        work.Update(EntityKinds.Customer, customer.Id, customer, after, customer.Version);
        work.Raise(new CustomerUpdated(customer, after, now));
    }
}
