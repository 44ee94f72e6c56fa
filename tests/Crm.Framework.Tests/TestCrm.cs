using Crm.Framework.Auditing;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using Crm.Framework.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Tests;

/// <summary>Test hosts on <see cref="TestSchema"/> and the few steps most tests start with.</summary>
public static class TestCrm
{
    /// <summary>
    /// A host on the test schema; <paramref name="app"/> declares more, <paramref name="services"/> adds services,
    /// <paramref name="options"/> changes anything else (store, user, plugins).
    /// </summary>
    public static CrmTestHost Create(Action<ICrmPluginBuilder>? app = null, Action<IServiceCollection>? services = null, Action<CrmTestHostOptions>? options = null) =>
        CrmTestHost.Create(o =>
        {
            o.App = b =>
            {
                TestSchema.Declare(b);
                app?.Invoke(b);
            };
            o.Services = services;
            options?.Invoke(o);
        });

    /// <summary>Creates a customer with the required <c>source</c> field and any other fields given.</summary>
    public static Task<Customer> NewCustomer(this CrmTestHost crm, string name = "Ada Lovelace", params (string Key, object? Value)[] fields)
    {
        var values = new Dictionary<string, object?> { ["source"] = "web" };
        foreach (var (key, value) in fields) values[key] = value;
        return crm.Send(new CreateCustomer { Name = name, Fields = values });
    }

    /// <summary>Opens a loan deal of <paramref name="amount"/> EUR (or another currency) for the customer.</summary>
    public static Task<Deal> NewLoan(this CrmTestHost crm, string customerId, decimal amount = 10_000m, string currency = "EUR") =>
        crm.Send(new OpenDeal { CustomerId = customerId, Funnel = TestSchema.LoanFunnel, Title = "Car loan", Amount = new Money(amount, currency) });

    /// <summary>Moves a loan deal to approval, giving the collateral approval requires.</summary>
    public static async Task<Deal> ToApproval(this CrmTestHost crm, Deal deal)
    {
        await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "review" });
        return await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "approval", Fields = new Dictionary<string, object?> { ["collateral"] = "car" } });
    }

    /// <summary>The whole audit trail, newest first.</summary>
    public static Task<IReadOnlyList<AuditEntry>> Audit(this CrmTestHost crm, string? entityId = null) =>
        crm.Send(new GetAuditTrail(entityId));

    /// <summary>Builds a field dictionary.</summary>
    public static Dictionary<string, object?> Fields(params (string Key, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value);
}
