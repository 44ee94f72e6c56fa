using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Customers;

public sealed class GetCustomerTimelineTests
{
    [Fact]
    public async Task Timeline_merges_interactions_deal_history_and_documents_newest_first()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer(fields: ("segment", "retail"));
        var other = await crm.NewCustomer("Someone Else");
        var start = crm.Clock.GetUtcNow();

        var call = await crm.Send(new LogInteraction { CustomerId = ada.Id, Channel = "phone", Subject = "Asked about loans", Outcome = "interested" });
        crm.Clock.Advance(TimeSpan.FromHours(1));
        var deal = await crm.NewLoan(ada.Id);
        crm.Clock.Advance(TimeSpan.FromHours(1));
        await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "review", Reason = "documents complete" });
        crm.Clock.Advance(TimeSpan.FromHours(1));
        var letter = await crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "welcome_letter" });
        crm.Clock.Advance(TimeSpan.FromHours(1));
        var earlier = await crm.Send(new LogInteraction
        {
            CustomerId = ada.Id, Channel = "email", Subject = "Old email", Direction = InteractionDirection.Outbound, OccurredAt = start.AddDays(-1),
        });
        await crm.Send(new LogInteraction { CustomerId = other.Id, Channel = "phone", Subject = "Not Ada's" });

        var timeline = await crm.Send(new GetCustomerTimeline(ada.Id));

        Assert.Equal(
            [
                ("document", letter.Id, "document rendered: Welcome letter"),
                ("deal", deal.Id, "deal Car loan: application → review (documents complete)"),
                ("deal", deal.Id, "deal opened: Car loan (10,000.00 EUR) at application"),
                ("interaction", call.Id, "phone inbound: Asked about loans → interested"),
                ("interaction", earlier.Id, "email outbound: Old email"),
            ],
            timeline.Select(e => (e.Kind, e.RecordId, e.Summary)));
        Assert.Equal([start.AddHours(3), start.AddHours(2), start.AddHours(1), start, start.AddDays(-1)], timeline.Select(e => e.At));
        Assert.All(timeline, e => Assert.Equal("tester", e.By));
    }

    [Fact]
    public async Task Deal_steps_made_at_the_same_instant_are_listed_newest_first()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var deal = await crm.NewLoan(ada.Id);

        await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "review" });
        await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "withdrawn", Reason = "bought cash" });

        Assert.Equal(
            ["deal Car loan: review → withdrawn (bought cash)", "deal Car loan: application → review", "deal opened: Car loan (10,000.00 EUR) at application"],
            (await crm.Send(new GetCustomerTimeline(ada.Id))).Select(e => e.Summary));
    }

    [Fact]
    public async Task Timeline_limit_keeps_the_newest_entries()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        for (var i = 1; i <= 3; i++)
        {
            await crm.Send(new LogInteraction { CustomerId = ada.Id, Channel = "phone", Subject = $"Call {i}" });
            crm.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        var timeline = await crm.Send(new GetCustomerTimeline(ada.Id, Limit: 2));

        Assert.Equal(["phone inbound: Call 3", "phone inbound: Call 2"], timeline.Select(e => e.Summary));
    }

    [Fact]
    public async Task Timeline_of_an_unknown_customer_is_not_found()
    {
        await using var crm = TestCrm.Create();

        await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new GetCustomerTimeline("C-MISSING")));
    }
}
