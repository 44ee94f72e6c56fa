using Crm.Framework.Storage;

namespace Crm.Framework.Customers;

/// <summary>How use cases look up the customer a new record is about: it must exist and not be merged away.</summary>
public static class CustomerReferences
{
    /// <summary>The customer <paramref name="id"/>, refusing one that does not exist or was merged into another.</summary>
    /// <exception cref="NotFoundException">No customer has the id.</exception>
    /// <exception cref="BusinessRuleException">The customer was merged; the message names the survivor to use instead.</exception>
    public static Customer RequireActiveCustomer(this ICrmStore store, string id, string? hint = null)
    {
        var customer = store.GetCustomer(id) ?? throw new NotFoundException("customer", id, hint);
        return customer.MergedInto is { } survivor
            ? throw new BusinessRuleException($"Customer '{id}' was merged into '{survivor}'; use '{survivor}' instead.")
            : customer;
    }
}
