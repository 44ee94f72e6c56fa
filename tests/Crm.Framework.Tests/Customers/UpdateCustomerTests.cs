using Crm.Framework.Customers;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Customers;

public sealed class UpdateCustomerTests
{
    [Fact]
    public async Task An_update_that_changes_nothing_keeps_the_version_and_leaves_no_audit_entry()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.Send(new CreateCustomer { Name = "Ada Lovelace", Tags = ["vip"], Fields = TestCrm.Fields(("source", "web")) });

        var same = await crm.Send(new UpdateCustomer { CustomerId = ada.Id, Name = "Ada Lovelace", AddTags = ["VIP"] });

        Assert.Equal(1, same.Version);
        Assert.Single(crm.Store.ReadAudit(ada.Id, 10));
    }

    [Fact]
    public async Task UpdateCustomer_changes_only_what_is_given_and_bumps_the_version()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.Send(new CreateCustomer
        {
            Name = "Ada Lovelace",
            Tags = ["vip", "export"],
            Contacts = [new ContactPoint(ContactKind.Email, "ada@example.com")],
            Fields = TestCrm.Fields(("source", "web"), ("nickname", "ada")),
        });
        crm.Clock.Advance(TimeSpan.FromHours(1));

        var updated = await crm.Send(new UpdateCustomer
        {
            CustomerId = ada.Id,
            Name = " Ada King ",
            AddTags = ["Math"],
            RemoveTags = ["EXPORT"],
            AddContacts = [new ContactPoint(ContactKind.Email, "ADA@example.com"), new ContactPoint(ContactKind.Phone, "+44 20 7946 0018")],
            Fields = TestCrm.Fields(("credit_score", 720)),
        });

        Assert.Equal("Ada King", updated.Name);
        Assert.Equal(["math", "vip"], updated.Tags);
        Assert.Equal([ContactKind.Email, ContactKind.Phone], updated.Contacts.Select(c => c.Kind));
        Assert.Equal("ada", updated.Fields["nickname"]);
        Assert.Equal(720m, updated.Fields["credit_score"]);
        Assert.Equal(ada.Owner, updated.Owner);
        Assert.Equal(ada.CreatedAt, updated.CreatedAt);
        Assert.Equal(crm.Clock.GetUtcNow(), updated.UpdatedAt);
        Assert.Equal(2, updated.Version);
        Assert.Equal(updated, crm.Store.GetCustomer(ada.Id));
    }

    [Fact]
    public async Task UpdateCustomer_based_on_a_stale_version_is_refused_and_changes_nothing()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var current = await crm.Send(new UpdateCustomer { CustomerId = ada.Id, ExpectedVersion = 1, Name = "Ada King" });

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            crm.Send(new UpdateCustomer { CustomerId = ada.Id, ExpectedVersion = 1, Name = "Ada Byron" }));

        Assert.Equal("customer", error.Kind);
        Assert.Equal(ada.Id, error.Id);
        Assert.Contains("version 2", error.Message);
        Assert.Equal(current, crm.Store.GetCustomer(ada.Id));
        Assert.Equal(2, (await crm.Audit(ada.Id)).Count);
    }

    [Theory]
    [InlineData("  ", "Field 'name' cannot be empty.")]
    [InlineData("x", "Field 'name' value 'xxxxxxxxxxxxxxxxxxxx...' must be at most 200 characters long.")]
    public async Task UpdateCustomer_refuses_a_name_a_new_card_could_not_have(string name, string message)
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new UpdateCustomer { CustomerId = ada.Id, Name = name == "x" ? new string('x', 201) : name }));

        Assert.Equal(message, error.Message);
        Assert.Equal(ada, crm.Store.GetCustomer(ada.Id));
    }

    [Fact]
    public async Task UpdateCustomer_refuses_a_blank_owner_and_hands_over_to_a_real_one()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new UpdateCustomer { CustomerId = ada.Id, Owner = " " }));
        var handedOver = await crm.Send(new UpdateCustomer { CustomerId = ada.Id, Owner = " boris " });

        Assert.Equal("Field 'owner' cannot be empty.", error.Message);
        Assert.Equal("boris", handedOver.Owner);
    }

    [Fact]
    public async Task UpdateCustomer_of_an_unknown_customer_is_not_found()
    {
        await using var crm = TestCrm.Create();

        var error = await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new UpdateCustomer { CustomerId = "C-NOPE", Name = "x" }));

        Assert.Equal("C-NOPE", error.Key);
    }

    [Theory]
    [InlineData(LifecycleStage.Lead, LifecycleStage.Prospect)]
    [InlineData(LifecycleStage.Lead, LifecycleStage.Customer)]
    [InlineData(LifecycleStage.Prospect, LifecycleStage.Customer)]
    [InlineData(LifecycleStage.Lead, LifecycleStage.Former)]
    [InlineData(LifecycleStage.Customer, LifecycleStage.Former)]
    [InlineData(LifecycleStage.Former, LifecycleStage.Lead)]
    [InlineData(LifecycleStage.Former, LifecycleStage.Customer)]
    [InlineData(LifecycleStage.Customer, LifecycleStage.Customer)]
    public async Task Lifecycle_moves_forward_to_former_and_back_from_former(LifecycleStage from, LifecycleStage to)
    {
        await using var crm = TestCrm.Create();
        var customer = await crm.Send(new CreateCustomer { Name = "Ada", Lifecycle = from, Fields = TestCrm.Fields(("source", "web")) });

        var updated = await crm.Send(new UpdateCustomer { CustomerId = customer.Id, Lifecycle = to });

        Assert.Equal(to, updated.Lifecycle);
    }

    [Theory]
    [InlineData(LifecycleStage.Customer, LifecycleStage.Lead)]
    [InlineData(LifecycleStage.Customer, LifecycleStage.Prospect)]
    [InlineData(LifecycleStage.Prospect, LifecycleStage.Lead)]
    public async Task Lifecycle_never_goes_back_without_passing_former(LifecycleStage from, LifecycleStage to)
    {
        await using var crm = TestCrm.Create();
        var customer = await crm.Send(new CreateCustomer { Name = "Ada", Lifecycle = from, Fields = TestCrm.Fields(("source", "web")) });

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            crm.Send(new UpdateCustomer { CustomerId = customer.Id, Lifecycle = to, Name = "Changed too" }));

        Assert.Contains($"cannot go back to {to.ToString().ToLowerInvariant()}", error.Message);
        Assert.Contains("former", error.Message);
        Assert.Equal(customer, crm.Store.GetCustomer(customer.Id));
    }

    [Fact]
    public async Task A_former_customer_can_be_won_back_to_lead()
    {
        await using var crm = TestCrm.Create();
        var customer = await crm.Send(new CreateCustomer { Name = "Ada", Lifecycle = LifecycleStage.Customer, Fields = TestCrm.Fields(("source", "web")) });

        await crm.Send(new UpdateCustomer { CustomerId = customer.Id, Lifecycle = LifecycleStage.Former });
        var back = await crm.Send(new UpdateCustomer { CustomerId = customer.Id, Lifecycle = LifecycleStage.Lead });

        Assert.Equal(LifecycleStage.Lead, back.Lifecycle);
        Assert.Equal(3, back.Version);
    }

    [Fact]
    public async Task UpdateCustomer_raises_CustomerUpdated_with_both_versions()
    {
        var events = new List<CustomerUpdated>();
        await using var crm = TestCrm.Create(services: s => s.AddEventProbe(events));
        var ada = await crm.NewCustomer();

        var updated = await crm.Send(new UpdateCustomer { CustomerId = ada.Id, Name = "Ada King" });

        var e = Assert.Single(events);
        Assert.Equal(ada, e.Before);
        Assert.Equal(updated, e.After);
    }
}
