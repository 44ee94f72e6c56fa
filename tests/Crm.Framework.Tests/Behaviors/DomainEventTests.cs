using Crm.Framework.Customers;
using Crm.Framework.Events;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Framework.Storage;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Framework.Tests.Behaviors;

public sealed class DomainEventTests
{
    private sealed class BrokenAutomation : INotificationHandler<CustomerCreated>
    {
        public Task Handle(CustomerCreated notification, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the mail server is down");
    }

    /// <summary>Automation as a plugin writes it: a won deal gets a thank-you note logged.</summary>
    private sealed class ThankYouNote(IMediator mediator) : INotificationHandler<DealClosed>
    {
        public async Task Handle(DealClosed notification, CancellationToken cancellationToken)
        {
            if (notification.Won)
                await mediator.Send(new LogInteraction
                {
                    CustomerId = notification.Deal.CustomerId, Channel = "note", Subject = "Thank-you note sent",
                    Direction = InteractionDirection.Internal, DealId = notification.Deal.Id,
                }, cancellationToken);
        }
    }

    private sealed class CapturingLogger<T>(List<string> lines) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Add($"{logLevel}: {formatter(state, exception)}");
    }

    [Fact]
    public async Task An_event_handler_sees_the_change_already_committed()
    {
        Customer? seenInStore = null;
        await using var crm = TestCrm.Create(services: s => s.AddEventProbe<CustomerUpdated>((e, store) => seenInStore = store.GetCustomer(e.After.Id)));
        var ada = await crm.NewCustomer();

        var updated = await crm.Send(new UpdateCustomer { CustomerId = ada.Id, Name = "Ada King" });

        Assert.Equal(updated, seenInStore);
    }

    [Fact]
    public async Task Events_are_published_in_the_order_raised_after_the_whole_command_committed()
    {
        var seen = new List<string>();
        await using var crm = TestCrm.Create(services: s => s
            .AddEventProbe<DealOpened>((e, store) => seen.Add($"opened, customer is {store.GetCustomer(e.Deal.CustomerId)!.Lifecycle}"))
            .AddEventProbe<CustomerUpdated>((e, store) => seen.Add($"customer updated, deal stored={store.GetDeal(store.FindDeals(new ListDeals()).Single().Id) is not null}")));
        var ada = await crm.NewCustomer();

        await crm.NewLoan(ada.Id);

        Assert.Equal(["opened, customer is Prospect", "customer updated, deal stored=True"], seen);
    }

    [Fact]
    public async Task A_throwing_automation_handler_does_not_fail_the_command_and_the_others_still_run()
    {
        var created = new List<CustomerCreated>();
        var log = new List<string>();
        await using var crm = TestCrm.Create(services: s => s
            .AddSingleton<ILogger<DomainEventPublisher>>(new CapturingLogger<DomainEventPublisher>(log))
            .AddTransient<INotificationHandler<CustomerCreated>, BrokenAutomation>()
            .AddEventProbe(created));

        var ada = await crm.NewCustomer();

        Assert.Equal(ada, crm.Store.GetCustomer(ada.Id));
        Assert.Equal(ada, Assert.Single(created).Customer);
        var line = Assert.Single(log);
        Assert.StartsWith("Error: Automation ", line);
        Assert.Contains(nameof(BrokenAutomation), line);
        Assert.Contains("the mail server is down", line);
    }

    [Fact]
    public async Task An_automation_handler_that_cannot_be_created_does_not_fail_the_command_and_later_events_are_published()
    {
        var updated = new List<CustomerUpdated>();
        var log = new List<string>();
        await using var crm = TestCrm.Create(services: s => s
            .AddSingleton<ILogger<DomainEventPublisher>>(new CapturingLogger<DomainEventPublisher>(log))
            .AddTransient<INotificationHandler<DealOpened>>(_ => throw new InvalidOperationException("No service for type 'ISmsGateway'"))
            .AddEventProbe(updated));
        var ada = await crm.NewCustomer();

        var deal = await crm.NewLoan(ada.Id);

        Assert.Equal(deal, crm.Store.GetDeal(deal.Id));
        Assert.Single(updated);
        var line = Assert.Single(log);
        Assert.Contains("DealOpened", line);
        Assert.Contains("ISmsGateway", line);
    }

    [Fact]
    public async Task An_automation_handler_can_send_a_command_which_runs_in_its_own_transaction()
    {
        await using var crm = TestCrm.Create(services: s => s.AddTransient<INotificationHandler<DealClosed>, ThankYouNote>());
        var ada = await crm.NewCustomer();
        var deal = await crm.Send(new OpenDeal { CustomerId = ada.Id, Funnel = TestSchema.CardFunnel, Title = "Card", Amount = Money.Of(0, "EUR") });

        await crm.Send(new CloseDeal { DealId = deal.Id, Won = true, Stage = "activated_gold" });

        var note = Assert.Single(crm.Store.InteractionsOf(ada.Id, 10));
        Assert.Equal(("Thank-you note sent", deal.Id), (note.Subject, note.DealId));
        Assert.Equal(["LogInteraction", "CloseDeal", "CloseDeal"], (await crm.Audit()).Take(3).Select(a => a.Action));
    }

    [Fact]
    public async Task Events_of_a_refused_command_are_never_published()
    {
        var changed = new List<DealStageChanged>();
        await using var crm = TestCrm.Create(services: s => s.AddEventProbe(changed));
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);

        await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new MoveDeal { DealId = deal.Id, Stage = "withdrawn" }));

        Assert.Empty(changed);
    }

    [Fact]
    public async Task Changes_outside_a_command_are_refused()
    {
        await using var crm = TestCrm.Create();
        var work = crm.Services.GetRequiredService<UnitOfWork>();

        Assert.Throws<InvalidOperationException>(() => work.Raise(new CustomerCreated(new Customer { Id = "C-X", Name = "x" }, crm.Clock.GetUtcNow())));
    }
}
