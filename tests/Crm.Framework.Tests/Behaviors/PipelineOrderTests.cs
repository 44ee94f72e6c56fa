using Crm.Framework.Behaviors;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Tests.Behaviors;

/// <summary>The pipeline is error translation → validation → transaction → audit → handler.</summary>
public sealed class PipelineOrderTests
{
    private sealed class DiskFullTranslator : IErrorTranslator
    {
        public CrmException? Translate(Exception exception) =>
            exception is InvalidDataException ? new StoreException("The disk is full; free some space.", exception) : null;
    }

    [Fact]
    public async Task Validation_runs_before_the_transaction_and_the_handler_runs_inside_transaction_and_audit()
    {
        var log = new ProbeLog();
        await using var crm = TestCrm.Create(services: s => s.AddProbe(log));

        await crm.Send(new Probe());

        Assert.Equal(["validate: transaction active=False, action=none", "handle: transaction active=True, action=Probe"], log.Steps);
    }

    [Fact]
    public async Task Error_translation_is_outside_validation()
    {
        await using var crm = TestCrm.Create(services: s => s.AddProbe(new ProbeLog()));

        var error = await Assert.ThrowsAsync<StoreException>(() => crm.Send(new Probe { ThrowInValidation = new IOException("disk on fire") }));

        Assert.Equal("The CRM data could not be read or written: disk on fire", error.Message);
        Assert.IsType<IOException>(error.InnerException);
    }

    [Fact]
    public async Task Error_translation_is_outside_the_transaction_and_uses_registered_translators()
    {
        var store = new RecordingStore { FailNextCommit = new InvalidDataException("ENOSPC") };
        var created = new List<CustomerCreated>();
        await using var crm = TestCrm.Create(
            services: s => s.AddSingleton<IErrorTranslator, DiskFullTranslator>().AddEventProbe(created),
            options: o => o.Store = store);

        var error = await Assert.ThrowsAsync<StoreException>(() => crm.NewCustomer());

        Assert.Equal("The disk is full; free some space.", error.Message);
        Assert.Empty(store.Commits);
        Assert.Empty(store.FindCustomers(new global::Crm.Framework.Storage.CustomerQuery()));
        Assert.Empty(created);
    }

    [Fact]
    public async Task Unknown_exceptions_are_bugs_and_pass_unchanged()
    {
        await using var crm = TestCrm.Create(services: s => s.AddProbe(new ProbeLog()));

        await Assert.ThrowsAsync<InvalidOperationException>(() => crm.Send(new Probe { ThrowAfterWriting = new InvalidOperationException("bug") }));
    }

    [Fact]
    public async Task An_invalid_request_writes_nothing_and_leaves_no_audit()
    {
        var store = new RecordingStore();
        var log = new ProbeLog();
        await using var crm = TestCrm.Create(services: s => s.AddProbe(log), options: o => o.Store = store);

        await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new Probe { Invalid = true }));
        await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new CreateCustomer { Name = "" }));

        Assert.Equal(["validate: transaction active=False, action=none"], log.Steps);
        Assert.Empty(store.Commits);
        Assert.Empty(store.ReadAudit(null, 10));
    }

    [Fact]
    public async Task A_handler_that_throws_after_writing_leaves_nothing_committed_and_publishes_no_events()
    {
        var store = new RecordingStore();
        var created = new List<CustomerCreated>();
        await using var crm = TestCrm.Create(services: s => s.AddProbe(new ProbeLog()).AddEventProbe(created), options: o => o.Store = store);

        await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new Probe { ThrowAfterWriting = new BusinessRuleException("changed my mind") }));

        Assert.Empty(store.Commits);
        Assert.Null(store.GetCustomer("C-PROBE"));
        Assert.Empty(created);
    }

    [Fact]
    public async Task After_a_failed_command_the_next_one_starts_clean()
    {
        var store = new RecordingStore();
        await using var crm = TestCrm.Create(services: s => s.AddProbe(new ProbeLog()), options: o => o.Store = store);
        await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new Probe { ThrowAfterWriting = new BusinessRuleException("no") }));

        var ada = await crm.NewCustomer();

        var (writes, audit) = Assert.Single(store.Commits);
        Assert.Equal([ada.Id], writes.Select(w => w.Id));
        Assert.Equal([ada.Id], audit.Select(a => a.EntityId));
    }

    [Fact]
    public async Task Audit_entries_are_committed_in_the_same_transaction_as_the_change()
    {
        var store = new RecordingStore();
        await using var crm = TestCrm.Create(options: o => o.Store = store);
        var ada = await crm.NewCustomer();

        await crm.NewLoan(ada.Id);

        Assert.Equal(2, store.Commits.Count);
        var (writes, audit) = store.Commits[1];
        Assert.Equal(["deal", "customer"], writes.Select(w => w.Kind));
        Assert.Equal(writes.Select(w => (w.Kind, w.Id)), audit.Select(a => (a.EntityKind, a.EntityId)));
        Assert.All(audit, a => Assert.Equal("OpenDeal", a.Action));
    }

    [Fact]
    public async Task A_command_sent_by_a_command_joins_its_transaction_and_is_audited_as_itself()
    {
        var store = new RecordingStore();
        var log = new ProbeLog();
        await using var crm = TestCrm.Create(services: s => s.AddProbe(log), options: o => o.Store = store);

        await crm.Send(new Probe { Nested = new CreateCustomer { Name = "Nested", Fields = TestCrm.Fields(("source", "web")) } });

        var (writes, audit) = Assert.Single(store.Commits);
        Assert.Equal(2, writes.Count);
        Assert.Equal(["Probe", "CreateCustomer"], audit.Select(a => a.Action));
    }

    [Fact]
    public async Task A_nested_command_is_undone_when_the_outer_command_fails()
    {
        var store = new RecordingStore();
        var created = new List<CustomerCreated>();
        await using var crm = TestCrm.Create(services: s => s.AddProbe(new ProbeLog()).AddEventProbe(created), options: o => o.Store = store);

        await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new Probe
        {
            Nested = new CreateCustomer { Name = "Nested", Fields = TestCrm.Fields(("source", "web")) },
            ThrowAfterWriting = new BusinessRuleException("no"),
        }));

        Assert.Empty(store.Commits);
        Assert.Empty(created);
    }

    [Fact]
    public async Task Two_commands_sent_by_one_command_about_the_same_deal_fail_instead_of_losing_the_first_move()
    {
        var store = new RecordingStore();
        await using var crm = TestCrm.Create(services: s => s.AddTransient<IRequestHandler<ReviewThenWithdraw, Deal>, ReviewThenWithdrawHandler>(), options: o => o.Store = store);
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);
        var commits = store.Commits.Count;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => crm.Send(new ReviewThenWithdraw(deal.Id)));

        Assert.Contains($"deal '{deal.Id}' was written twice in one command from version 1 (MoveDeal, then MoveDeal)", error.Message);
        Assert.Equal(commits, store.Commits.Count);
        Assert.Equal(deal, store.GetDeal(deal.Id));
    }

    [Fact]
    public async Task Queries_run_outside_any_transaction_and_write_no_audit()
    {
        var store = new RecordingStore();
        await using var crm = TestCrm.Create(options: o => o.Store = store);
        var ada = await crm.NewCustomer();
        var commits = store.Commits.Count;

        await crm.Send(new GetCustomer(ada.Id));
        await crm.Send(new FindCustomers { Name = "ada" });
        await crm.Send(new GetCustomerTimeline(ada.Id));
        await crm.Audit();

        Assert.Equal(commits, store.Commits.Count);
        Assert.Single(store.ReadAudit(null, 100));
    }
}

/// <summary>A plugin-style command that sends two moves of one deal from inside itself.</summary>
public sealed record ReviewThenWithdraw(string DealId) : ICrmCommand<Deal>;

public sealed class ReviewThenWithdrawHandler(IMediator mediator) : IRequestHandler<ReviewThenWithdraw, Deal>
{
    public async Task<Deal> Handle(ReviewThenWithdraw request, CancellationToken cancellationToken)
    {
        await mediator.Send(new MoveDeal { DealId = request.DealId, Stage = "review" }, cancellationToken);
        return await mediator.Send(new MoveDeal { DealId = request.DealId, Stage = "withdrawn", Reason = "changed their mind" }, cancellationToken);
    }
}
