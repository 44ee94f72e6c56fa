using Crm.Framework.Customers;
using Crm.Framework.Leads;

namespace Crm.Framework.Tests.Leads;

public sealed class ListLeadsTests
{
    [Fact]
    public async Task Leads_are_listed_newest_first_with_their_channel_and_source()
    {
        await using var crm = LeadTestHost.Create();
        await crm.Send(LeadTestHost.WebForm("Ada", "ada@example.com"));
        crm.Clock.Advance(TimeSpan.FromHours(1));
        await crm.Send(new CreateCustomer { Name = "By Hand", Owner = "maria" });
        crm.Clock.Advance(TimeSpan.FromHours(1));
        await crm.Send(new CaptureLead { Channel = "phone", Name = "Caller", Phone = "+44 20 7946 0018" });
        await crm.Send(new CreateCustomer { Name = "Already a customer", Lifecycle = LifecycleStage.Customer });

        var leads = await crm.Send(new ListLeads());
        var mine = await crm.Send(new ListLeads { Owner = "MARIA" });

        Assert.Equal([("Caller", "phone", null), ("By Hand", null, null), ("Ada", "web_form", "google_ads")],
            leads.Select(l => (l.Customer.Name, l.Channel, l.Source)));
        Assert.Equal(["By Hand"], mine.Select(l => l.Customer.Name));
    }
}
