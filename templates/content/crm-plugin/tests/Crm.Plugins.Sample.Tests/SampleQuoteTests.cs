using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;

namespace Crm.Plugins.Sample.Tests;

/// <summary>The quote, rendered through the real pipeline (in-memory store, fake clock), against a golden file.</summary>
public sealed class SampleQuoteTests
{
    [Fact]
    public async Task Quote_for_a_proposal_matches_the_golden_file()
    {
        await using var crm = CrmTestHost.Create(new SamplePlugin());
        var customer = await crm.Send(new CreateCustomer
        {
            Name = "Ada Lovelace",
            Owner = "grace.hopper",
            Contacts = [new ContactPoint(ContactKind.Address, "12 St James's Square, London")],
            Fields = Values(("sample_segment", "consumer"), ("sample_customer_number", "AL-1815")),
        });
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = SampleFunnels.SalesKey, Title = "Premium package", Amount = new Money(4_800, "EUR"),
            ExpectedClose = new DateOnly(2026, 2, 28),
        });
        deal = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "qualified", Fields = Values(("sample_product", "premium")) });
        deal = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "proposal", Fields = Values(("sample_quoted_price", "4500 EUR")) });

        var document = await crm.Send(new RenderDocument { CustomerId = customer.Id, Template = SampleTemplates.Quote.Key, DealId = deal.Id });

        GoldenFile.Verify("quote", document.Content);
    }

    [Fact]
    public async Task A_deal_cannot_get_a_proposal_without_a_quoted_price()
    {
        await using var crm = CrmTestHost.Create(new SamplePlugin());
        var customer = await crm.Send(new CreateCustomer { Name = "Charles Babbage" });
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = SampleFunnels.SalesKey, Title = "Standard package", Amount = new Money(900, "EUR"),
            Fields = Values(("sample_product", "standard")),
        });
        deal = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "qualified" });

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new MoveDeal { DealId = deal.Id, Stage = "proposal" }));

        Assert.Contains(error.Errors, e => e.Field == "sample_quoted_price");
    }

    private static IReadOnlyDictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);
}
