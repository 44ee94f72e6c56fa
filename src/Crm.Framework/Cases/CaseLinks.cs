using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using Crm.Framework.Teams;

namespace Crm.Framework.Cases;

/// <summary>What a case points at — its deal, its order, its team — checked in one place.</summary>
public static class CaseLinks
{
    /// <summary>Refuses a deal that does not exist or belongs to another customer.</summary>
    public static void CheckDeal(ICrmStore store, string dealId, string customerId)
    {
        var deal = store.GetDeal(dealId) ?? throw new NotFoundException("deal", dealId, "list the customer's deals with 'crm deals list --customer'");
        if (deal.CustomerId != customerId)
            throw new BusinessRuleException($"Deal '{dealId}' belongs to customer '{deal.CustomerId}', not '{customerId}'; link a deal of the case's customer.");
    }

    /// <summary>The order's id for an order given by id or number; refuses one that does not exist or belongs to another customer.</summary>
    public static string CheckOrder(ICrmStore store, string orderIdOrNumber, string customerId)
    {
        var key = orderIdOrNumber.Trim();
        var order = store.GetRecord(Sales.SalesRecords.Orders, key)
            ?? store.FindRecords(Sales.SalesRecords.Orders, new RecordKey("number", key)).FirstOrDefault()
            ?? throw new NotFoundException("order", key, "list the customer's orders with 'crm orders list --customer'");
        if (order.CustomerId != customerId)
            throw new BusinessRuleException($"Order '{order.Number}' belongs to customer '{order.CustomerId}', not '{customerId}'; link an order of the case's customer.");
        return order.Id;
    }

    /// <summary>
    /// The owner of a case given to <paramref name="team"/> without a named owner: the member with the fewest active
    /// cases, the earlier in the team's rotation order on a tie.
    /// </summary>
    public static string LeastBusyMember(ICrmStore store, TeamDefinition team) =>
        team.Members.OrderBy(m => CaseRecords.Active(store, m).Count).First();

    /// <summary>The team <paramref name="key"/>, or a <see cref="NotFoundException"/> listing the teams there are.</summary>
    public static TeamDefinition RequireTeam(CrmSchema schema, string key) => schema.RequireTeam(key.Trim());
}
