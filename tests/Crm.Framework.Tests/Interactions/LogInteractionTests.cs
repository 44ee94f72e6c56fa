using Crm.Framework.Interactions;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Interactions;

public sealed class LogInteractionTests
{
    [Fact]
    public async Task LogInteraction_keeps_the_touch_on_the_customer_by_the_current_user_now()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();

        var call = await crm.Send(new LogInteraction
        {
            CustomerId = ada.Id,
            Channel = TestSchema.BranchVisit,
            Subject = "  Came in about a car loan ",
            Direction = InteractionDirection.Inbound,
            Outcome = "interested",
            Fields = TestCrm.Fields(("call_minutes", "12")),
        });

        Assert.StartsWith("I-", call.Id);
        Assert.Equal("Came in about a car loan", call.Subject);
        Assert.Equal(crm.Clock.GetUtcNow(), call.OccurredAt);
        Assert.Equal("tester", call.LoggedBy);
        Assert.Equal(12m, call.Fields["call_minutes"]);
        Assert.Equal(call, crm.Store.GetInteraction(call.Id));
        Assert.Equal([call], crm.Store.InteractionsOf(ada.Id, 10));
    }

    [Fact]
    public async Task An_unknown_channel_is_refused_listing_the_kernel_and_app_channels()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new LogInteraction { CustomerId = ada.Id, Channel = "pigeon", Subject = "Coo" }));

        Assert.Equal(
            "Field 'channel' value 'pigeon' is not a known channel; known channels: "
            + "branch_visit, email, letter, live_chat, meeting, messenger, note, phone, social, walk_in, web_form.",
            error.Message);
        Assert.Empty(crm.Store.InteractionsOf(ada.Id, 10));
    }

    [Fact]
    public async Task A_subject_is_required_and_interaction_fields_are_checked()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new LogInteraction { CustomerId = ada.Id, Channel = "phone", Subject = " ", Fields = TestCrm.Fields(("call_minutes", "-3")) }));

        Assert.Equal(["subject", "call_minutes"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task An_interaction_about_another_customers_deal_is_refused()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer("Ada");
        var grace = await crm.NewCustomer("Grace");
        var gracesDeal = await crm.NewLoan(grace.Id);

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            crm.Send(new LogInteraction { CustomerId = ada.Id, Channel = "phone", Subject = "About the loan", DealId = gracesDeal.Id }));

        Assert.Contains($"Deal '{gracesDeal.Id}' belongs to customer '{grace.Id}', not '{ada.Id}'", error.Message);
        Assert.Empty(crm.Store.InteractionsOf(ada.Id, 10));
    }

    [Fact]
    public async Task An_interaction_about_the_customers_own_deal_is_linked_to_it()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var deal = await crm.NewLoan(ada.Id);

        var call = await crm.Send(new LogInteraction { CustomerId = ada.Id, Channel = "phone", Subject = "About the loan", DealId = deal.Id });

        Assert.Equal(deal.Id, call.DealId);
    }

    [Fact]
    public async Task Unknown_customers_and_deals_are_not_found()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();

        var customer = await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new LogInteraction { CustomerId = "C-NONE", Channel = "phone", Subject = "x" }));
        var deal = await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new LogInteraction { CustomerId = ada.Id, Channel = "phone", Subject = "x", DealId = "D-NONE" }));

        Assert.Equal(("customer", "deal"), (customer.Kind, deal.Kind));
    }

    [Fact]
    public async Task LogInteraction_raises_InteractionLogged_after_commit()
    {
        var seen = new List<(InteractionLogged Event, Interaction? Stored)>();
        await using var crm = TestCrm.Create(services: s => s.AddEventProbe<InteractionLogged>((e, store) => seen.Add((e, store.GetInteraction(e.Interaction.Id)))));
        var ada = await crm.NewCustomer();

        var call = await crm.Send(new LogInteraction { CustomerId = ada.Id, Channel = "phone", Subject = "Hello", OccurredAt = crm.Clock.GetUtcNow().AddDays(-2) });

        var (logged, stored) = Assert.Single(seen);
        Assert.Equal(call, logged.Interaction);
        Assert.Equal(call, stored);
        Assert.Equal(crm.Clock.GetUtcNow(), logged.OccurredAt);
    }
}
