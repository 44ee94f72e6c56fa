using Crm.Framework.CallScripts;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Leads;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using Crm.Framework.Teams;
using Crm.Framework.Testing;
using static Crm.Plugins.Bank.Tests.BankScenario;

namespace Crm.Plugins.Bank.Tests;

/// <summary>The price list, call scripts, service levels, teams and lead routing the bank declares.</summary>
public sealed class BankServiceTests
{
    [Fact]
    public async Task The_catalogue_prices_bank_products_in_eur_without_vat_except_the_valuation_and_sells_them_in_their_funnels()
    {
        await using var crm = Host();
        var products = crm.Schema.Products().ToList();

        Assert.Equal(8, products.Count);
        Assert.All(products, p => Assert.Equal("EUR", p.UnitPrice.Currency));
        Assert.All(products, p => Assert.NotEmpty(p.Funnels));
        Assert.All(products.Where(p => p.Key != "property_valuation"), p => Assert.Equal(0m, p.TaxRate));
        Assert.Equal(0.24m, crm.Schema.RequireProduct("property_valuation").TaxRate);
        Assert.Equal(["loan_arrangement_fee"], crm.Schema.ProductsFor("loan_origination").Select(p => p.Key));
        Assert.Equal(["mortgage_arrangement_fee", "property_valuation"], crm.Schema.ProductsFor("mortgage").Select(p => p.Key).Order());
        Assert.Equal(3, crm.Schema.ProductsFor("account_opening").Count());
        Assert.Equal(2, crm.Schema.ProductsFor("card_issuance").Count());
    }

    [Fact]
    public async Task A_quote_for_a_mortgage_charges_half_a_percent_of_the_amount_and_vat_on_the_valuation_only()
    {
        await using var crm = Host();
        var deal = await crm.Mortgage(await crm.Person());

        var quote = await crm.Send(new CreateQuote { DealId = deal.Id });
        await crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "mortgage_arrangement_fee", Quantity = 280 });
        quote = await crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "property_valuation" });

        Assert.Equal(1_400.00m + 180.00m, quote.Subtotal.Amount);
        Assert.Equal(43.20m, quote.Tax.Amount);
        Assert.Equal("thousand EUR borrowed", quote.Lines[0].Unit);
    }

    [Fact]
    public async Task Both_call_scripts_fit_a_declared_funnel_stage_and_answer_objections()
    {
        await using var crm = Host();
        var scripts = crm.Schema.CallScripts().ToList();

        Assert.Equal(["loan_documents_chase", "mortgage_offer_follow_up"], scripts.Select(s => s.Key).Order());
        foreach (var script in scripts)
        {
            Assert.NotNull(crm.Schema.RequireFunnel(script.Funnel!).FindStage(script.Stage!));
            Assert.Contains(script.Steps, s => s.IsQuestion);
            Assert.Contains(script.Steps, s => !s.IsQuestion);
            Assert.True(script.Objections.Count >= 3);
            Assert.False(string.IsNullOrWhiteSpace(script.Closing));
        }
        Assert.Equal(PluginStatus.Loaded, Assert.Single(crm.Plugins).Status);
    }

    [Fact]
    public async Task Teams_and_rules_route_lithuanian_callers_to_vilnius_and_share_web_applications_in_turn()
    {
        await using var crm = Host();

        Assert.Equal(["bank_premium_banking", "bank_retail_advisers"], crm.Schema.Teams().Select(t => t.Key).Order());
        Assert.Equal("liina.kask", crm.Schema.RequireTeam("bank_premium_banking").EscalatesTo);
        var lithuanian = await crm.Send(new CaptureLead { Channel = "phone", Name = "Jonas Jonaitis", Phone = "+370 612 00 111" });
        var first = await crm.Send(new CaptureLead { Channel = "web_form", Name = "Kati Kask", Email = "kati@example.ee" });
        var second = await crm.Send(new CaptureLead { Channel = "web_form", Name = "Mart Mets", Email = "mart@example.ee" });
        var other = await crm.Send(new CaptureLead { Channel = "email", Name = "Ants Ait", Email = "ants@example.ee" });

        Assert.Equal(("ieva.kairiene", "bank_lithuanian_phones"), (lithuanian.Owner, lithuanian.Rule));
        Assert.Equal(("kadri.rebane", "bank_online_applications"), (first.Owner, first.Rule));
        Assert.Equal(("marko.saar", "bank_online_applications"), (second.Owner, second.Rule));
        Assert.Null(other.Rule);
    }

    [Fact]
    public async Task Premium_customers_get_the_premium_desk_targets_in_tallinn_business_hours()
    {
        // Thursday 15 January 2026, 09:00 UTC = 11:00 in Tallinn.
        await using var crm = Host();
        var affluent = await crm.InSegment(await crm.Person("Anneli Saar"), "affluent");

        var urgent = await crm.Send(new OpenCase { CustomerId = affluent.Id, Subject = "Card blocked abroad", Type = CaseType.Incident, Priority = CasePriority.Urgent });
        var normal = await crm.Send(new OpenCase { CustomerId = affluent.Id, Subject = "Statement for the tax return", Priority = CasePriority.Normal });

        Assert.Equal("bank_premium", urgent.SlaPolicy);
        Assert.Equal(crm.Clock.GetUtcNow().AddMinutes(30), urgent.FirstResponseDue);
        Assert.Equal(crm.Clock.GetUtcNow().AddHours(4), urgent.ResolutionDue);
        // 24 business hours from Thursday 11:00: 9 h on Thursday (to 20:00), 12 h on Friday, 3 h on Monday → Monday 11:00 Tallinn.
        Assert.Equal(new DateTimeOffset(2026, 1, 19, 9, 0, 0, TimeSpan.Zero), normal.ResolutionDue);
    }

    [Fact]
    public async Task Private_banking_retail_complaints_and_other_cases_each_get_their_own_policy()
    {
        await using var crm = Host();
        var retail = await crm.Person();
        var privateClient = await crm.InSegment(await crm.Person("Viktor Ivanov"), "private");

        var complaint = await crm.Send(new OpenCase { CustomerId = retail.Id, Subject = "Fee charged twice", Type = CaseType.Complaint });
        var request = await crm.Send(new OpenCase { CustomerId = retail.Id, Subject = "New PIN letter", Type = CaseType.Request });
        var vip = await crm.Send(new OpenCase { CustomerId = privateClient.Id, Subject = "Wire to the notary", Type = CaseType.Complaint, Priority = CasePriority.High });

        Assert.Equal("bank_complaints", complaint.SlaPolicy);
        Assert.Equal(SlaPolicy.Standard.Key, request.SlaPolicy);
        Assert.Equal("bank_private_banking", vip.SlaPolicy);
        Assert.Equal(crm.Clock.GetUtcNow().AddMinutes(30), vip.FirstResponseDue);
        // 15 business days of 9 hours from Thursday 11:00 in Tallinn, no holiday on the way: Thursday 5 February 11:00.
        Assert.Equal(new DateTimeOffset(2026, 2, 5, 9, 0, 0, TimeSpan.Zero), complaint.ResolutionDue);
    }

}

internal static class SegmentScenario
{
    /// <summary>Moves <paramref name="customer"/> to <paramref name="segment"/>.</summary>
    public static Task<Customer> InSegment(this CrmTestHost crm, Customer customer, string segment) =>
        crm.Send(new UpdateCustomer { CustomerId = customer.Id, Fields = Values(("segment", segment)) });
}
