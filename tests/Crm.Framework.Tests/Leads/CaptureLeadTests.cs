using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Leads;
using Crm.Framework.Storage;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Leads;

public sealed class CaptureLeadTests
{
    [Fact]
    public async Task A_request_from_someone_new_creates_a_lead_with_an_inbound_interaction()
    {
        await using var crm = LeadTestHost.Create();

        var capture = await crm.Send(LeadTestHost.WebForm() with { Phone = "020 7946 0018", Company = "Analytical Engines" });

        Assert.Equal(LeadOutcome.Created, capture.Outcome);
        var lead = crm.Store.GetCustomer(capture.CustomerId)!;
        Assert.Equal(("Ada Lovelace", LifecycleStage.Lead, "tester"), (lead.Name, lead.Lifecycle, lead.Owner));
        Assert.Equal(["ada@example.com", "+442079460018"], lead.Contacts.Select(c => c.Value));
        Assert.Equal(["google_ads"], lead.Tags);
        Assert.Equal("Analytical Engines", lead.Fields.GetText("company"));
        var interaction = crm.Store.GetInteraction(capture.InteractionId)!;
        Assert.Equal(("web_form", InteractionDirection.Inbound, "Please call me about a mortgage"), (interaction.Channel, interaction.Direction, interaction.Subject));
        Assert.Contains("Source: Google_Ads", interaction.Notes);
        var request = crm.Store.GetRecord(LeadRecords.Requests, capture.RequestId)!;
        Assert.Equal((LeadOutcome.Created, lead.Id, "google_ads", 1L), (request.Outcome, request.CustomerId, request.Source, request.Version));
    }

    [Fact]
    public async Task A_request_from_a_known_email_is_logged_on_that_customer_who_keeps_their_owner()
    {
        await using var crm = LeadTestHost.Create(b => b.AddAssignmentRule(AssignmentRule.ToUser("everyone_to_zoe", "zoe")));
        var ada = await crm.Send(new CreateCustomer { Name = "Ada King", Owner = "maria", Lifecycle = LifecycleStage.Customer, Contacts = [new ContactPoint(ContactKind.Email, "ada@example.com")] });

        var capture = await crm.Send(LeadTestHost.WebForm(email: " ADA@Example.com ") with { Phone = "+44 7700 900123" });

        Assert.Equal((LeadOutcome.Matched, ada.Id, "maria", null), (capture.Outcome, capture.CustomerId, capture.Owner, capture.Rule));
        var card = crm.Store.GetCustomer(ada.Id)!;
        Assert.Equal(("Ada King", LifecycleStage.Customer, 2L), (card.Name, card.Lifecycle, card.Version));
        Assert.Equal("+447700900123", card.Phone);
        Assert.Equal([capture.InteractionId], crm.Store.InteractionsOf(ada.Id, 10).Select(i => i.Id));
        Assert.Single(crm.Store.FindCustomers(new CustomerQuery()));
    }

    [Fact]
    public async Task A_request_from_a_known_phone_in_another_notation_is_matched()
    {
        await using var crm = LeadTestHost.Create();
        var grace = await crm.Send(new CreateCustomer { Name = "Grace Hopper", Contacts = [new ContactPoint(ContactKind.Phone, "+44 20 7946 0018")] });

        var capture = await crm.Send(new CaptureLead { Channel = "phone", Phone = "020 7946 0018", Message = "Called about savings" });

        Assert.Equal((LeadOutcome.Matched, grace.Id, "Grace Hopper"), (capture.Outcome, capture.CustomerId, capture.CustomerName));
    }

    [Fact]
    public async Task The_same_request_id_on_the_same_channel_twice_writes_nothing_the_second_time()
    {
        await using var crm = LeadTestHost.Create();
        var first = await crm.Send(LeadTestHost.WebForm(requestId: "sub-42"));
        var audit = crm.Store.ReadAudit(null, 1000).Count;

        crm.Clock.Advance(TimeSpan.FromDays(3));
        var second = await crm.Send(LeadTestHost.WebForm(requestId: "sub-42") with { Message = "resent by the form" });

        Assert.Equal(first with { Outcome = LeadOutcome.Duplicate }, second);
        Assert.Equal(audit, crm.Store.ReadAudit(null, 1000).Count);
        Assert.Single(crm.Store.FindRecords(LeadRecords.Requests));
        var sameIdOnEmail = await crm.Send(LeadTestHost.WebForm(requestId: "sub-42") with { Channel = "email" });
        Assert.Equal(LeadOutcome.Matched, sameIdOnEmail.Outcome);
    }

    [Fact]
    public async Task Without_a_request_id_the_same_contact_and_message_is_a_repeat_for_ten_minutes_only()
    {
        await using var crm = LeadTestHost.Create();
        var first = await crm.Send(LeadTestHost.WebForm());

        crm.Clock.Advance(TimeSpan.FromMinutes(9));
        var repeat = await crm.Send(LeadTestHost.WebForm(email: "ADA@example.com"));
        var otherMessage = await crm.Send(LeadTestHost.WebForm() with { Message = "And a savings account" });
        crm.Clock.Advance(TimeSpan.FromMinutes(11));
        var later = await crm.Send(LeadTestHost.WebForm());

        Assert.Equal((LeadOutcome.Duplicate, first.RequestId), (repeat.Outcome, repeat.RequestId));
        Assert.Equal((LeadOutcome.Matched, first.CustomerId), (otherMessage.Outcome, otherMessage.CustomerId));
        Assert.Equal((LeadOutcome.Matched, first.CustomerId), (later.Outcome, later.CustomerId));
        Assert.Equal(3, crm.Store.InteractionsOf(first.CustomerId, 10).Count);
    }

    [Fact]
    public async Task A_new_lead_raises_LeadCaptured_with_its_owner_and_a_match_does_not()
    {
        var events = new List<LeadCaptured>();
        await using var crm = LeadTestHost.Create(b => b.AddAssignmentRule(AssignmentRule.ToUser("all_to_zoe", "zoe")), s => s.AddEventProbe(events));

        var created = await crm.Send(LeadTestHost.WebForm());
        await crm.Send(LeadTestHost.WebForm() with { Message = "again, other words" });

        var e = Assert.Single(events);
        Assert.Equal((created.CustomerId, "zoe", "all_to_zoe"), (e.Customer.Id, e.Customer.Owner, e.Request.Rule));
    }

    [Fact]
    public async Task A_request_with_only_a_company_becomes_an_organisation_and_one_with_nothing_is_refused()
    {
        await using var crm = LeadTestHost.Create();

        var org = await crm.Send(new CaptureLead { Channel = "email", Company = "Babbage & Sons", Email = "info@babbage.example" });
        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new CaptureLead { Channel = "carrier_pigeon", Message = "hi" }));
        var unreadable = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new CaptureLead { Channel = "email", Phone = "call me", Email = "nope" }));

        Assert.Equal(CustomerKind.Organization, crm.Store.GetCustomer(org.CustomerId)!.Kind);
        Assert.Equal("Babbage & Sons", org.CustomerName);
        Assert.Equal(["channel", "contact"], error.Errors.Select(x => x.Field));
        Assert.Equal(["email", "phone"], unreadable.Errors.Select(x => x.Field));
        Assert.Contains("known channels: email, letter", error.Message);
    }

    [Fact]
    public async Task A_refused_card_leaves_nothing_written()
    {
        await using var crm = LeadTestHost.Create();

        await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(LeadTestHost.WebForm() with { Fields = new Dictionary<string, object?> { ["segment"] = "vip" } }));

        Assert.Empty(crm.Store.FindCustomers(new CustomerQuery()));
        Assert.Empty(crm.Store.FindRecords(LeadRecords.Requests));
        Assert.Empty(crm.Store.ReadAudit(null, 10));
    }

    [Fact]
    public async Task The_capture_is_audited_as_one_command()
    {
        await using var crm = LeadTestHost.Create(b => b.AddAssignmentRule(AssignmentRule.RoundRobin("uk", "uk_sales")));

        await crm.Send(LeadTestHost.WebForm());

        Assert.Equal(["assignment cursor", "customer", "interaction", "lead request"],
            crm.Store.ReadAudit(null, 10).Select(a => a.EntityKind).Order(StringComparer.Ordinal));
    }
}
