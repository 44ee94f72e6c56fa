using Crm.Framework.Customers;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Customers;

public sealed class GetCustomerTests
{
    [Fact]
    public async Task GetCustomer_returns_the_stored_card()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();

        Assert.Equal(ada, await crm.Send(new GetCustomer(ada.Id)));
    }

    [Fact]
    public async Task GetCustomer_of_an_unknown_id_is_not_found_with_a_hint()
    {
        await using var crm = TestCrm.Create();

        var error = await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new GetCustomer("C-MISSING")));

        Assert.Equal("customer", error.Kind);
        Assert.Equal("not-found", error.Code);
        Assert.Equal("No customer 'C-MISSING' exists; list customers with 'crm customers list'.", error.Message);
    }
}
