using Crm.Framework.Auditing;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;

namespace Crm.Framework.Tests.Behaviors;

public sealed class LimitValidatorsTests
{
    [Fact]
    public async Task List_queries_refuse_a_limit_below_one_or_above_ten_thousand_naming_the_limit()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.Send(new CreateCustomer { Name = "Ada", Fields = TestCrm.Fields(("source", "web")) });

        var deals = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new ListDeals { Limit = 0 }));
        var audit = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new GetAuditTrail(Limit: -1)));
        var timeline = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new GetCustomerTimeline(ada.Id, 10_001)));

        Assert.All(new[] { deals, audit, timeline }, e => Assert.Contains("'limit'", e.Message));
        Assert.Contains("must be between 1 and 10000", deals.Message);
    }
}
