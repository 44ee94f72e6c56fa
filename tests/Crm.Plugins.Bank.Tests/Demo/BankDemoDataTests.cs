using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Leads;
using Crm.Framework.Pipelines;
using Crm.Framework.Sales;
using Crm.Plugins.Bank.Automation;
using Microsoft.Extensions.DependencyInjection;
using static Crm.Plugins.Bank.Tests.BankScenario;

namespace Crm.Plugins.Bank.Tests.Demo;

public sealed class BankDemoDataTests
{
    [Fact]
    public async Task Demo_data_seeds_without_errors()
    {
        await using var crm = Host();
        var (pluginId, data) = Assert.Single(crm.Schema.DemoData);

        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(data);

        Assert.Equal("Crm.Plugins.Bank", pluginId);
        Assert.Equal(15, result.Customers.Count);
        Assert.Equal(4, result.Customers.Count(c => c.Kind == CustomerKind.Organization));
        Assert.Equal(data.Customers.Sum(c => c.Interactions.Count), result.Interactions);
        Assert.Equal(30, result.Deals.Count);
        Assert.Equal(["loan_offer_letter", "kyc_document_request", "loan_offer_letter", "kyc_document_request", "account_opening_confirmation"],
            result.Documents.Select(d => d.Template));
    }

    [Fact]
    public async Task Demo_deals_fill_every_stage_of_every_bank_funnel()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        foreach (var funnel in crm.Schema.Funnels)
        foreach (var stage in funnel.Stages)
            Assert.True(result.Deals.Any(d => d.Funnel == funnel.Key && d.Stage == stage.Key), $"No demo deal at {funnel.Key}/{stage.Key}.");
        Assert.All(result.Deals.Where(d => d.Status == DealStatus.Lost), d => Assert.False(string.IsNullOrWhiteSpace(d.LostReason)));
    }

    [Fact]
    public async Task Demo_approvals_leave_follow_up_notes_and_the_offer_letters_carry_the_terms()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);

        var approvals = result.Deals.Count(d => d.Funnel is "loan_origination" or "mortgage" && d.History.Any(h => h.To == "approved"));
        var notes = result.Customers.SelectMany(c => crm.Store.InteractionsOf(c.Id, 100))
            .Count(i => i.Subject is LoanApprovedFollowUp.LoanSubject or LoanApprovedFollowUp.MortgageSubject);
        var mari = result.Documents.First(d => d.Template == "loan_offer_letter");

        Assert.Equal(4, approvals);
        Assert.Equal(approvals, notes);
        Assert.Contains("| Monthly instalment | 303.43 EUR |", mari.Content);
        Assert.Contains("Dear Mari Tamm,", mari.Content);
    }

    [Fact]
    public async Task Demo_seeds_the_daily_work_activities_cases_quotes_orders_and_lead_requests()
    {
        await using var crm = Host();
        var result = await crm.Services.GetRequiredService<DemoSeeder>().SeedAsync(Assert.Single(crm.Schema.DemoData).Data);
        string Id(string name) => result.Customers.Single(c => c.Name == name).Id;

        Assert.Equal(9, result.Seeded["activities"]);
        Assert.Equal(4, result.Seeded["cases"]);
        Assert.Equal(3, result.Seeded["quotes"]);
        Assert.Equal(1, result.Seeded["orders"]);
        Assert.Equal(5, result.Seeded["lead requests"]);

        // Activities: open ones in the coming days, one overdue, a monthly series, one done.
        var anneli = await crm.Send(new ListActivities { CustomerId = Id("Anneli Saar"), Status = ActivityStatus.Open });
        Assert.Equal(2, anneli.Count);
        Assert.All(anneli, a => Assert.True(a.Due > crm.Clock.GetUtcNow()));
        Assert.Single(await crm.Send(new ListActivities { Owner = "anna.petrova", Overdue = true }));
        var review = Assert.Single(await crm.Send(new ListActivities { CustomerId = Id("Baltic Timber OÜ") }));
        Assert.NotNull(review.SeriesId);
        Assert.Equal(ActivityStatus.Done, Assert.Single(await crm.Send(new ListActivities { CustomerId = Id("Mari Tamm"), Status = ActivityStatus.Done })).Status);

        // Cases: the private-banking complaint is past its targets; the retail request is resolved with a CSAT score.
        var breached = Assert.Single(await crm.Send(new ListCases { Breached = true }));
        Assert.Equal(Id("Viktor Ivanov"), breached.CustomerId);
        Assert.Equal("bank_private_banking", breached.SlaPolicy);
        var escalated = await crm.Send(new EscalateBreachedCases());
        Assert.All(escalated, e => Assert.Equal(BankTeams.HeadOfPremiumBanking, e.Case.Owner));
        var resolved = Assert.Single(await crm.Send(new ListCases { Status = CaseStatus.Resolved }));
        Assert.Equal(5, resolved.Satisfaction!.Score);
        Assert.Equal("bank_complaints", (await crm.Send(new ListCases { CustomerId = Id("Andres Kuusk") })).Single().SlaPolicy);

        // Quotes: the mortgage fees sent, the car loan fee drafted, the platinum card accepted and its order confirmed.
        var quotes = await crm.Send(new ListQuotes());
        Assert.Equal([QuoteStatus.Draft, QuoteStatus.Sent, QuoteStatus.Accepted], quotes.Select(q => q.Status).Order());
        Assert.All(quotes, q => Assert.Equal("EUR", q.Currency));
        var mortgage = quotes.Single(q => q.Status == QuoteStatus.Sent);
        Assert.Equal(1_600.00m + 180.00m + 43.20m, mortgage.Total.Amount);
        var order = Assert.Single(await crm.Send(new ListOrders()));
        Assert.Equal(OrderStatus.Confirmed, order.Status);
        Assert.Equal(75.00m, order.Total.Amount);

        // Lead requests: two new leads routed by the rules; the repeated form is not a third.
        var leads = (await crm.Send(new ListLeads())).Where(l => l.Channel is not null).ToList();
        Assert.Equal(2, leads.Count);
        Assert.Equal("kadri.rebane", leads.Single(l => l.Customer.Name == "Karl Mägi").Customer.Owner);
        Assert.Equal(BankTeams.VilniusAdviser, leads.Single(l => l.Customer.Name == "Gintarė Jonaitytė").Customer.Owner);
        Assert.Contains(crm.Store.InteractionsOf(Id("Kristiina Lepp"), 100), i => i.Subject == "Co-borrower for the Kalamaja mortgage");
        Assert.Contains(crm.Store.InteractionsOf(Id("Andres Kuusk"), 100), i => i.Subject == "Asked whether the bank has answered his complaint yet");
    }
}
