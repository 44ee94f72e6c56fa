using Crm.Framework.Storage;

namespace Crm.Framework.Activities;

/// <summary>Checks what an activity is about: the customer exists, the deal exists and is the customer's.</summary>
public sealed class ActivityLinks(ICrmStore store)
{
    /// <summary>The customer id to keep: the one given, else the deal's customer. Throws when a link is broken.</summary>
    /// <exception cref="NotFoundException">The customer or deal does not exist.</exception>
    /// <exception cref="BusinessRuleException">The deal belongs to another customer.</exception>
    public string? Resolve(string? customerId, string? dealId, string? caseId)
    {
        if (customerId is not null) _ = store.GetCustomer(customerId) ?? throw new NotFoundException("customer", customerId);
        if (dealId is not null)
        {
            var deal = store.GetDeal(dealId) ?? throw new NotFoundException("deal", dealId);
            if (customerId is not null && deal.CustomerId != customerId)
                throw new BusinessRuleException($"Deal '{dealId}' belongs to customer '{deal.CustomerId}', not '{customerId}'; schedule the activity for that customer.");
            customerId = deal.CustomerId;
        }
        CheckCase(caseId);
        return customerId;
    }

    // Service cases are kept by another feature area; until they are in the kernel the case id is stored as
    // given. This is the one place to look it up once they are.
    private static void CheckCase(string? caseId)
    {
        if (caseId is not null && string.IsNullOrWhiteSpace(caseId))
            throw new CrmValidationException("case", caseId, "must be a case id");
    }
}
