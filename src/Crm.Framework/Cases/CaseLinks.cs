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

    /// <summary>
    /// Checks an order id. Orders are kept by another feature area that this kernel does not have yet, so the case
    /// stores the id as given and only its shape is checked here; this is the one place to add the existence check.
    /// </summary>
    public static string CheckOrder(string orderId)
    {
        var id = orderId.Trim();
        if (id.Length == 0 || id.Any(char.IsWhiteSpace))
            throw new CrmValidationException("order", orderId, "must be an order id without spaces, e.g. O-7KQ2M9XH4T");
        return id;
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
