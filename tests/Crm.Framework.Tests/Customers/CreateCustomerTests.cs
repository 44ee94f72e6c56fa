using Crm.Framework.Customers;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Customers;

public sealed class CreateCustomerTests
{
    [Fact]
    public async Task CreateCustomer_normalises_contacts_and_starts_as_a_lead_owned_by_the_current_user()
    {
        await using var crm = CrmTestHost.Create();

        var customer = await crm.Send(new CreateCustomer
        {
            Name = "  Ada Lovelace ",
            Contacts = [new ContactPoint(ContactKind.Email, "Ada@Example.COM"), new ContactPoint(ContactKind.Phone, "+44 (20) 7946-0018")],
        });

        Assert.Equal("Ada Lovelace", customer.Name);
        Assert.Equal("ada@example.com", customer.Email);
        Assert.Equal("+442079460018", customer.Phone);
        Assert.Equal(LifecycleStage.Lead, customer.Lifecycle);
        Assert.Equal("tester", customer.Owner);
        Assert.Equal(1, customer.Version);
        Assert.Equal(customer, crm.Store.GetCustomer(customer.Id));
    }

    [Fact]
    public async Task CreateCustomer_without_a_required_field_fails_naming_it_and_stores_nothing()
    {
        await using var crm = TestCrm.Create();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new CreateCustomer { Name = "Ada Lovelace" }));

        var missing = Assert.Single(error.Errors);
        Assert.Equal("source", missing.Field);
        Assert.Contains("is required", error.Message);
        Assert.Contains("--field source=", error.Message);
        Assert.Empty(crm.Store.FindCustomers(new global::Crm.Framework.Storage.CustomerQuery()));
        Assert.Empty(await crm.Audit());
    }

    [Fact]
    public async Task CreateCustomer_reports_every_broken_rule_at_once()
    {
        await using var crm = TestCrm.Create();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new CreateCustomer
        {
            Name = " ",
            Contacts = [new ContactPoint(ContactKind.Email, "not-an-email"), new ContactPoint(ContactKind.Phone, "call me")],
            Fields = TestCrm.Fields(("source", "web"), ("credit_score", "9000")),
        }));

        Assert.Equal(["name", "email", "phone", "credit_score"], error.Errors.Select(e => e.Field));
        Assert.StartsWith("4 fields are not valid:", error.Message);
    }

    [Fact]
    public async Task CreateCustomer_refuses_a_name_over_200_characters_showing_its_start()
    {
        await using var crm = TestCrm.Create();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "  " + new string('y', 201), Fields = TestCrm.Fields(("source", "web")) }));

        Assert.Equal("Field 'name' value 'yyyyyyyyyyyyyyyyyyyy...' must be at most 200 characters long.", error.Message);
    }

    [Fact]
    public async Task CreateCustomer_keeps_the_given_kind_owner_lifecycle_and_lower_case_tags()
    {
        await using var crm = TestCrm.Create();

        var customer = await crm.Send(new CreateCustomer
        {
            Name = "Acme Ltd",
            Kind = CustomerKind.Organization,
            Owner = " anna ",
            Lifecycle = LifecycleStage.Prospect,
            Tags = ["VIP", " vip ", "Export", ""],
            Fields = TestCrm.Fields(("source", "Referral")),
        });

        Assert.Equal(CustomerKind.Organization, customer.Kind);
        Assert.Equal("anna", customer.Owner);
        Assert.Equal(LifecycleStage.Prospect, customer.Lifecycle);
        Assert.Equal(["export", "vip"], customer.Tags);
        Assert.Equal("referral", customer.Fields["source"]);
        Assert.Equal(crm.Clock.GetUtcNow(), customer.CreatedAt);
        Assert.Equal(customer, crm.Store.GetCustomer(customer.Id));
    }

    [Fact]
    public async Task CreateCustomer_raises_CustomerCreated_after_the_card_is_saved()
    {
        var seen = new List<(CustomerCreated Event, Customer? Stored)>();
        await using var crm = TestCrm.Create(services: s => s.AddEventProbe<CustomerCreated>((e, store) => seen.Add((e, store.GetCustomer(e.Customer.Id)))));

        var customer = await crm.NewCustomer();

        var (created, stored) = Assert.Single(seen);
        Assert.Equal(customer, created.Customer);
        Assert.Equal(customer, stored);
        Assert.Equal(crm.Clock.GetUtcNow(), created.OccurredAt);
    }
}
