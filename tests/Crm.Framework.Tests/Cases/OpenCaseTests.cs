using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;
using static Crm.Framework.Tests.Cases.CaseTestSetup;

namespace Crm.Framework.Tests.Cases;

public sealed class OpenCaseTests
{
    [Fact]
    public async Task OpenCase_sets_the_standard_deadlines_in_business_hours_and_records_the_opening()
    {
        var opened = new List<CaseOpened>();
        await using var crm = TestCrm.Create(services: s => s.AddEventProbe(opened));
        var ada = await crm.NewCustomer();

        var c = await crm.Send(new OpenCase { CustomerId = ada.Id, Subject = " Card blocked ", Type = CaseType.Complaint, Channel = "phone", Description = "At the ATM" });

        Assert.StartsWith("CS-", c.Id);
        Assert.Equal((CaseStatus.New, CasePriority.Normal, "Card blocked", "tester", "standard"), (c.Status, c.Priority, c.Subject, c.Owner, c.SlaPolicy));
        // Normal: 8 business hours to answer (Thursday 17:00), 3 business days of 9h to resolve (Monday 18:00).
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 17, 0, 0, TimeSpan.Zero), c.FirstResponseDue);
        Assert.Equal(new DateTimeOffset(2026, 1, 19, 18, 0, 0, TimeSpan.Zero), c.ResolutionDue);
        var step = Assert.Single(c.History);
        Assert.Equal((CaseStepKind.Opened, Thursday9, "tester"), (step.Kind, step.At, step.By));
        Assert.Contains("complaint, normal via phone", step.Text);
        Assert.Equivalent(c, crm.Store.GetRecord(CaseRecords.Kind, c.Id), strict: true);
        Assert.Equal(1, c.Version);
        Assert.Equal(c.Id, Assert.Single(opened).Case.Id);
    }

    [Theory]
    [InlineData(CasePriority.Urgent, "2026-01-15T10:00Z", "2026-01-15T17:00Z")]
    [InlineData(CasePriority.High, "2026-01-15T13:00Z", "2026-01-19T15:00Z")]     // 24h = Thursday 9h + Friday 9h + Monday 6h
    [InlineData(CasePriority.Low, "2026-01-19T15:00Z", "2026-01-21T18:00Z")]      // 5 business days of 9h
    public async Task Each_priority_has_its_own_targets(CasePriority priority, string response, string resolution)
    {
        await using var crm = TestCrm.Create();
        var c = await crm.NewCase((await crm.NewCustomer()).Id, priority);

        Assert.Equal((DateTimeOffset.Parse(response), DateTimeOffset.Parse(resolution)), (c.FirstResponseDue, c.ResolutionDue));
    }

    [Fact]
    public async Task The_first_declared_policy_that_applies_to_the_type_and_segment_wins()
    {
        var vip = new SlaPolicy("vip_complaints", "VIP complaints", new Dictionary<CasePriority, SlaTargets>
        {
            [CasePriority.Low] = new(TimeSpan.FromHours(2), TimeSpan.FromHours(9)),
            [CasePriority.Normal] = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(4)),
            [CasePriority.High] = new(TimeSpan.FromMinutes(15), TimeSpan.FromHours(2)),
            [CasePriority.Urgent] = new(TimeSpan.FromMinutes(10), TimeSpan.FromHours(1)),
        })
        { CaseTypes = [CaseType.Complaint], Segment = CustomerSegment.Tagged("VIP") };
        await using var crm = TestCrm.Create(app => app.AddSlaPolicy(vip));
        var star = await crm.Send(new CreateCustomer { Name = "Star", Tags = ["vip"], Fields = TestCrm.Fields(("source", "web")) });
        var plain = await crm.NewCustomer();

        var complaint = await crm.Send(new OpenCase { CustomerId = star.Id, Subject = "Rude clerk", Type = CaseType.Complaint });
        var request = await crm.Send(new OpenCase { CustomerId = star.Id, Subject = "Statement", Type = CaseType.Request });
        var other = await crm.Send(new OpenCase { CustomerId = plain.Id, Subject = "Rude clerk", Type = CaseType.Complaint });

        Assert.Equal(("vip_complaints", Thursday9.AddMinutes(30)), (complaint.SlaPolicy, complaint.FirstResponseDue));
        Assert.Equal("standard", request.SlaPolicy);
        Assert.Equal("standard", other.SlaPolicy);
    }

    [Fact]
    public async Task A_case_for_a_team_without_an_owner_goes_to_the_member_with_the_fewest_active_cases()
    {
        await using var crm = TestCrm.Create(ServiceDesk);
        var ada = await crm.NewCustomer();
        await crm.NewCase(ada.Id, owner: "maria");

        var c = await crm.NewCase(ada.Id, team: "service_desk");

        Assert.Equal(("tom", "service_desk"), (c.Owner, c.Team));
    }

    [Fact]
    public async Task A_deal_of_another_customer_is_refused_and_nothing_is_written()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var bob = await crm.NewCustomer("Bob");
        var loan = await crm.NewLoan(bob.Id);

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new OpenCase { CustomerId = ada.Id, Subject = "Loan", DealId = loan.Id }));

        Assert.Contains($"Deal '{loan.Id}' belongs to customer '{bob.Id}'", error.Message);
        Assert.Empty(crm.Store.FindRecords(CaseRecords.Kind));
    }

    [Fact]
    public async Task A_case_keeps_its_deal_and_order_given_by_id_or_number()
    {
        await using var crm = Sales.SalesCrm.Create();
        var order = (await crm.Send(new Crm.Framework.Sales.AcceptQuote((await Sales.SalesCrm.SentQuote(crm)).Id))).Order;

        var byId = await crm.Send(new OpenCase { CustomerId = order.CustomerId, Subject = "Late delivery", DealId = order.DealId, OrderId = $" {order.Id} ", Type = CaseType.WarrantyClaim });
        var byNumber = await crm.Send(new OpenCase { CustomerId = order.CustomerId, Subject = "Invoice", OrderId = order.Number });

        Assert.Equal((order.DealId, order.Id), (byId.DealId, byId.OrderId));
        Assert.Equal(order.Id, byNumber.OrderId);
    }

    [Fact]
    public async Task An_order_that_does_not_exist_or_is_another_customers_is_refused()
    {
        await using var crm = Sales.SalesCrm.Create();
        var order = (await crm.Send(new Crm.Framework.Sales.AcceptQuote((await Sales.SalesCrm.SentQuote(crm)).Id))).Order;
        var grace = await crm.NewCustomer("Grace Hopper");

        await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new OpenCase { CustomerId = grace.Id, Subject = "Where is it?", OrderId = "O-404" }));
        var other = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new OpenCase { CustomerId = grace.Id, Subject = "Where is it?", OrderId = order.Id }));

        Assert.Contains($"belongs to customer '{order.CustomerId}'", other.Message);
        Assert.Empty(crm.Store.FindRecords(CaseRecords.Kind, new Crm.Framework.Storage.RecordKey("customer", grace.Id)));
    }

    [Fact]
    public async Task Bad_requests_name_every_broken_rule()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new OpenCase
        {
            CustomerId = ada.Id, Subject = " ", Channel = "pigeon", OpenedAt = Thursday9.AddHours(1),
        }));

        Assert.Equal(["subject", "channel", "opened_at"], error.Errors.Select(e => e.Field));
        Assert.Contains("known channels:", error.Message);
    }

    [Fact]
    public async Task Unknown_customers_and_teams_are_named()
    {
        await using var crm = TestCrm.Create(ServiceDesk);
        var ada = await crm.NewCustomer();

        Assert.Contains("No customer 'C-NOPE'", (await Assert.ThrowsAsync<NotFoundException>(() => crm.NewCase("C-NOPE"))).Message);
        Assert.Contains("known: service_desk", (await Assert.ThrowsAsync<NotFoundException>(() => crm.NewCase(ada.Id, team: "backoffice"))).Message);
        Assert.Empty(crm.Store.FindRecords(CaseRecords.Kind));
    }

    [Fact]
    public async Task A_case_raised_earlier_is_measured_from_when_it_was_raised()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();

        // Raised Wednesday 17:00: the normal 8h answer target runs 1h Wednesday and 7h Thursday.
        var c = await crm.Send(new OpenCase { CustomerId = ada.Id, Subject = "Old letter", OpenedAt = Thursday9.AddHours(-16) });

        Assert.Equal(Thursday9.AddHours(7), c.FirstResponseDue);
        Assert.Equal(Thursday9.AddHours(-16), c.History[0].At);
    }

    [Fact]
    public void A_policy_must_give_sensible_targets_for_every_priority()
    {
        var partial = new Dictionary<CasePriority, SlaTargets> { [CasePriority.Urgent] = new(TimeSpan.FromHours(1), TimeSpan.FromHours(2)) };
        Assert.Contains("no targets for priority 'Low'", Assert.Throws<ArgumentException>(() => new SlaPolicy("p", "P", partial)).Message);
        var backwards = Enum.GetValues<CasePriority>().ToDictionary(p => p, _ => new SlaTargets(TimeSpan.FromHours(5), TimeSpan.FromHours(1)));
        Assert.Throws<ArgumentException>(() => new SlaPolicy("p", "P", backwards));
        Assert.Throws<ArgumentException>(() => new SlaPolicy("Not A Key", "P", SlaPolicy.Standard.Targets));
    }
}
