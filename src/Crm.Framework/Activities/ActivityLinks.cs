using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Storage;

namespace Crm.Framework.Activities;

/// <summary>Checks what an activity is about: the customer exists and is not merged away, the deal and the case exist and are the customer's.</summary>
public sealed class ActivityLinks(ICrmStore store)
{
    /// <summary>The customer id to keep: the one given, else the deal's customer. Throws when a link is broken.</summary>
    /// <exception cref="NotFoundException">The customer or deal does not exist.</exception>
    /// <exception cref="BusinessRuleException">The deal belongs to another customer.</exception>
    public string? Resolve(string? customerId, string? dealId, string? caseId)
    {
        if (customerId is not null) _ = store.RequireActiveCustomer(customerId);
        if (dealId is not null)
        {
            var deal = store.GetDeal(dealId) ?? throw new NotFoundException("deal", dealId);
            if (customerId is not null && deal.CustomerId != customerId)
                throw new BusinessRuleException($"Deal '{dealId}' belongs to customer '{deal.CustomerId}', not '{customerId}'; schedule the activity for that customer.");
            customerId = deal.CustomerId;
        }
        if (caseId is not null)
        {
            var serviceCase = store.GetRecord(CaseRecords.Kind, caseId)
                ?? throw new NotFoundException("case", caseId, "list the customer's cases with 'crm cases list --customer'");
            if (customerId is not null && serviceCase.CustomerId != customerId)
                throw new BusinessRuleException($"Case '{caseId}' belongs to customer '{serviceCase.CustomerId}', not '{customerId}'; schedule the activity for that customer.");
            customerId = serviceCase.CustomerId;
        }
        return customerId;
    }
}
