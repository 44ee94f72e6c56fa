using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Leads;
using Crm.Framework.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Tests.Leads;

public sealed class LeadsDemoSeedStepTests
{
    [Fact]
    public async Task Demo_inbound_requests_are_captured_after_the_customers_matching_creating_and_recognising_repeats()
    {
        await using var crm = LeadTestHost.Create(b => b.AddAssignmentRule(AssignmentRule.RoundRobin("uk", "uk_sales")));
        var data = new DemoData([new DemoCustomer(new CreateCustomer { Name = "Ada Lovelace", Contacts = [new ContactPoint(ContactKind.Email, "ada@example.com")] })])
        {
            InboundRequests =
            [
                new CaptureLead { Channel = "email", Email = "ADA@example.com", Subject = "Question about my account", ExternalId = "msg-1" },
                new CaptureLead { Channel = "web_form", Name = "Grace Hopper", Phone = "07700 900123", Message = "Mortgage advice please", ExternalId = "form-7" },
                new CaptureLead { Channel = "web_form", Name = "Grace Hopper", Phone = "07700 900123", Message = "Mortgage advice please", ExternalId = "form-7" },
            ],
        };

        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(data);

        Assert.Equal(3, result.Seeded["lead requests"]);
        var leads = await crm.Send(new ListLeads());
        Assert.Equal([("Ada Lovelace", "tester", null), ("Grace Hopper", "maria", "web_form")],
            leads.Select(l => (l.Customer.Name, l.Customer.Owner, l.Channel)).Order());
        Assert.Equal(2, crm.Store.FindRecords(LeadRecords.Requests).Count);
    }
}
