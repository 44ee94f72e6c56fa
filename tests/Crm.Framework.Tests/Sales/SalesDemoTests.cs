using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Tests.Sales;

public sealed class SalesDemoTests
{
    [Fact]
    public async Task Demo_quotes_are_created_sent_accepted_and_their_orders_advanced_through_the_use_cases()
    {
        await using var crm = SalesCrm.Create();
        var data = new DemoData(
        [
            new DemoCustomer(new CreateCustomer { Name = "Ada Lovelace", Fields = TestCrm.Fields(("source", "web")) })
            {
                Deals = [new DemoDeal(TestSchema.LoanFunnel, "Car loan", Money.Of(10_000m, "EUR"))],
                Quotes =
                [
                    new DemoQuote(TestSchema.LoanFunnel, [new DemoQuoteLine("consulting_day", 2)]) { Accept = true, OrderPath = [OrderStatus.Confirmed] },
                    new DemoQuote(TestSchema.LoanFunnel, [new DemoQuoteLine("consulting_day") { Discount = Discount.Percent(50) }]),
                ],
            },
        ]);

        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(data);

        Assert.Equal(2, result.Seeded["quotes"]);
        Assert.Equal(1, result.Seeded["orders"]);
        var order = crm.Store.FindRecords(SalesRecords.Orders).Single();
        Assert.Equal((OrderStatus.Confirmed, 1920m), (order.Status, order.Total.Amount));
        Assert.Equal(QuoteStatus.Draft, crm.Store.FindRecords(SalesRecords.Quotes, new Crm.Framework.Storage.RecordKey("status", "draft")).Single().Status);
    }
}
