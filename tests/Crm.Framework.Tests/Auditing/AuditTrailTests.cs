using Crm.Framework.Auditing;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Auditing;

public sealed class AuditTrailTests
{
    [Fact]
    public async Task Creating_a_customer_records_actor_action_entity_and_every_value_set()
    {
        await using var crm = TestCrm.Create(options: o => o.User = "anna.petrova");

        var ada = await crm.Send(new CreateCustomer
        {
            Name = "Ada Lovelace",
            Tags = ["vip"],
            Contacts = [new ContactPoint(ContactKind.Email, "ada@example.com")],
            Fields = TestCrm.Fields(("source", "web"), ("credit_score", "720")),
        });

        var entry = Assert.Single(await crm.Audit());
        Assert.StartsWith("A-", entry.Id);
        Assert.Equal(("anna.petrova", "CreateCustomer", "customer", ada.Id, crm.Clock.GetUtcNow()),
            (entry.Actor, entry.Action, entry.EntityKind, entry.EntityId, entry.At));
        Assert.Equal(
            [
                new AuditChange("contacts", null, "email:ada@example.com"),
                new AuditChange("fields.credit_score", null, "720"),
                new AuditChange("fields.source", null, "web"),
                new AuditChange("kind", null, "person"),
                new AuditChange("lifecycle", null, "lead"),
                new AuditChange("name", null, "Ada Lovelace"),
                new AuditChange("owner", null, "anna.petrova"),
                new AuditChange("tags", null, "vip"),
            ],
            entry.Changes);
    }

    [Fact]
    public async Task An_update_records_only_the_values_that_changed()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer("Ada", ("nickname", "ada"));

        await crm.Send(new UpdateCustomer { CustomerId = ada.Id, Name = "Ada King", Fields = TestCrm.Fields(("nickname", null), ("segment", "sme")) });

        var entry = (await crm.Audit(ada.Id))[0];
        Assert.Equal("UpdateCustomer", entry.Action);
        Assert.Equal(
            [
                new AuditChange("fields.nickname", "ada", null),
                new AuditChange("fields.segment", null, "sme"),
                new AuditChange("name", "Ada", "Ada King"),
            ],
            entry.Changes);
    }

    [Fact]
    public async Task Sensitive_values_are_masked_but_still_recorded_as_changed()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer("Ada", ("national_id", "12345678901"));

        await crm.Send(new UpdateCustomer { CustomerId = ada.Id, Fields = TestCrm.Fields(("national_id", "10987654321")) });
        await crm.Send(new UpdateCustomer { CustomerId = ada.Id, Fields = TestCrm.Fields(("national_id", null)) });

        var trail = await crm.Audit(ada.Id);
        Assert.Equal(
            [
                new AuditChange("fields.national_id", "***", null),
                new AuditChange("fields.national_id", "***", "***"),
                new AuditChange("fields.national_id", null, "***"),
            ],
            trail.Select(e => Assert.Single(e.Changes, c => c.Property == "fields.national_id")));
        Assert.All(trail.SelectMany(e => e.Changes), c => Assert.DoesNotContain("1", (c.Before ?? "") + (c.After ?? "")));
    }

    [Fact]
    public async Task Sensitive_deal_fields_are_masked_too_and_personal_ones_are_not()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer("Ada", ("birth_date", "1815-12-10"));
        var deal = await crm.NewLoan(ada.Id);

        await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "review", Fields = TestCrm.Fields(("risk_note", "gambling debts")) });

        var moved = (await crm.Audit(deal.Id))[0];
        Assert.Contains(new AuditChange("fields.risk_note", null, "***"), moved.Changes);
        Assert.Contains(new AuditChange("stage", "application", "review"), moved.Changes);
        Assert.Contains(new AuditChange("fields.birth_date", null, "1815-12-10"), (await crm.Audit(ada.Id))[^1].Changes);
    }

    [Fact]
    public async Task A_move_that_wins_records_the_deal_and_the_customer_promotion_under_the_same_action()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var deal = await crm.ToApproval(await crm.NewLoan(ada.Id));

        await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "disbursed", Fields = TestCrm.Fields(("signed_on", "2026-01-20")) });

        var latest = (await crm.Audit()).Take(2).ToList();
        Assert.Equal([("MoveDeal", "customer", ada.Id), ("MoveDeal", "deal", deal.Id)], latest.Select(e => (e.Action, e.EntityKind, e.EntityId)));
        Assert.Equal([new AuditChange("lifecycle", "prospect", "customer")], latest[0].Changes);
    }

    [Fact]
    public async Task GetAuditTrail_reads_newest_first_by_record_and_limit()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer("Ada");
        var grace = await crm.NewCustomer("Grace");
        await crm.Send(new UpdateCustomer { CustomerId = ada.Id, Name = "Ada King" });

        Assert.Equal([ada.Id, grace.Id, ada.Id], (await crm.Audit()).Select(e => e.EntityId));
        Assert.Equal(["UpdateCustomer", "CreateCustomer"], (await crm.Audit(ada.Id)).Select(e => e.Action));
        Assert.Equal(["UpdateCustomer"], (await crm.Send(new GetAuditTrail(Limit: 1))).Select(e => e.Action));
    }

    [Fact]
    public async Task A_refused_command_leaves_no_audit_entry()
    {
        await using var crm = TestCrm.Create();
        var deal = await crm.NewLoan((await crm.NewCustomer()).Id);
        var before = (await crm.Audit()).Count;

        await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new MoveDeal { DealId = deal.Id, Stage = "disbursed" }));

        Assert.Equal(before, (await crm.Audit()).Count);
    }
}

public sealed class RecordAuditDiffTests
{
    [Fact]
    public void Records_kept_as_json_are_diffed_by_their_properties()
    {
        var diff = new Crm.Framework.Auditing.AuditDiff(new Crm.Framework.Plugins.CrmSchema());
        var before = Crm.Framework.Testing.StoreSamples.SampleNote("N-1", owner: "maria");
        var after = before with { Owner = "tom", Lines = ["call back – ✓"], Version = 2 };

        var changes = diff.Between(before, after);

        Assert.Equal(["lines", "owner"], changes.Select(c => c.Property));
        Assert.Equal(("maria", "tom"), (changes[1].Before, changes[1].After));
        Assert.Equal("[\"call back – ✓\"]", changes[0].After);
    }
}
