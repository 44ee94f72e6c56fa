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
}
