using Crm.Framework.CallScripts;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Leads;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using Crm.Framework.Teams;
using static Crm.Plugins.Telecom.Tests.TelecomScenario;

namespace Crm.Plugins.Telecom.Tests;

/// <summary>The price list, call scripts, service levels, teams and lead routing the operator declares.</summary>
public sealed class TelecomServiceTests
{
    [Fact]
    public async Task The_catalogue_prices_tariffs_add_ons_and_a_handset_in_gbp_with_uk_vat_and_sells_them_in_their_funnels()
    {
        await using var crm = Host();
        var products = crm.Schema.Products().ToList();

        Assert.Equal(7, products.Count);
        Assert.All(products, p => Assert.Equal(("GBP", 0.20m), (p.UnitPrice.Currency, p.TaxRate)));
        Assert.All(products.Where(p => p.Kind == "tariff"), p => Assert.Contains(p.Key, TelecomTariffs.All));
        Assert.Equal(["iphone_16_128gb", "roam_further", "sim_only_50gb", "unlimited_max"], crm.Schema.ProductsFor("new_connection").Select(p => p.Key).Order());
        Assert.Equal(["business_shared_data", "business_unlimited"], crm.Schema.ProductsFor("b2b_mobile_fleet").Select(p => p.Key).Order());
        Assert.Equal(["fibre_900"], crm.Schema.ProductsFor("broadband_installation").Select(p => p.Key));
    }

    [Fact]
    public async Task A_consumer_quote_adds_vat_to_the_net_price_and_comes_to_the_list_price_for_the_term()
    {
        await using var crm = Host();
        var deal = await crm.IphoneDeal(await crm.Subscriber());

        var quote = await crm.Send(new CreateQuote { DealId = deal.Id });
        await crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "unlimited_max", Quantity = 24 });
        quote = await crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "iphone_16_128gb" });

        // £30 a month for 24 months and £799 for the phone, VAT included.
        Assert.Equal(720.00m + 799.00m, quote.Total.Amount);
    }

    [Fact]
    public async Task Both_call_scripts_fit_a_declared_funnel_stage_and_answer_objections()
    {
        await using var crm = Host();
        var scripts = crm.Schema.CallScripts().ToList();

        Assert.Equal(["fleet_needs_analysis", "pac_retention_call"], scripts.Select(s => s.Key).Order());
        foreach (var script in scripts)
        {
            Assert.NotNull(crm.Schema.RequireFunnel(script.Funnel!).FindStage(script.Stage!));
            Assert.Contains(script.Steps, s => s.IsQuestion);
            Assert.True(script.Objections.Count >= 3);
            Assert.False(string.IsNullOrWhiteSpace(script.Closing));
        }
        Assert.Contains(crm.Schema.RequireCallScript("pac_retention_call").Objections, o => o.Objection == "I just want my PAC.");
        Assert.Equal(PluginStatus.Loaded, Assert.Single(crm.Plugins).Status);
    }

    [Fact]
    public async Task Teams_and_rules_send_small_businesses_to_the_account_manager_and_share_web_enquiries_in_turn()
    {
        await using var crm = Host();

        Assert.Equal(["telecom_consumer_sales", "telecom_network_operations"], crm.Schema.Teams().Select(t => t.Key).Order());
        Assert.Equal("gareth.price", crm.Schema.RequireTeam("telecom_network_operations").EscalatesTo);
        var business = await crm.Send(new CaptureLead
        {
            Channel = "web_form", Company = "Dales Joinery Ltd", Email = "office@dalesjoinery.co.uk",
            Fields = new Dictionary<string, object?> { ["subscriber_segment"] = "small_business" },
        });
        var first = await crm.Send(new CaptureLead { Channel = "web_form", Name = "Amy Clarke", Email = "amy@example.co.uk" });
        var second = await crm.Send(new CaptureLead { Channel = "web_form", Name = "Liam Price", Email = "liam@example.co.uk" });
        var walkIn = await crm.Send(new CaptureLead { Channel = "retail_store", Name = "Zoe Hall", Email = "zoe@example.co.uk" });

        Assert.Equal(("rachel.adeyemi", "telecom_small_business_enquiries"), (business.Owner, business.Rule));
        Assert.Equal(("priya.shah", "telecom_online_enquiries"), (first.Owner, first.Rule));
        Assert.Equal(("tom.barker", "telecom_online_enquiries"), (second.Owner, second.Rule));
        Assert.Null(walkIn.Rule);
    }

    [Fact]
    public async Task Incidents_run_on_the_round_the_clock_outage_policy_even_at_the_weekend()
    {
        await using var crm = Host();
        var subscriber = await crm.Subscriber();
        crm.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 17, 14, 0, 0, TimeSpan.Zero)); // Saturday afternoon, GMT

        var outage = await crm.Send(new OpenCase { CustomerId = subscriber.Id, Subject = "No signal in the whole street", Type = CaseType.Incident, Priority = CasePriority.Urgent });
        var complaint = await crm.Send(new OpenCase { CustomerId = subscriber.Id, Subject = "Billed twice", Type = CaseType.Complaint, Priority = CasePriority.Urgent });

        Assert.Equal("telecom_network_outage", outage.SlaPolicy);
        Assert.Equal((crm.Clock.GetUtcNow().AddMinutes(30), crm.Clock.GetUtcNow().AddHours(4)), (outage.FirstResponseDue, outage.ResolutionDue));
        Assert.Equal(SlaPolicy.Standard.Key, complaint.SlaPolicy);
        Assert.True(complaint.FirstResponseDue > new DateTimeOffset(2026, 1, 19, 0, 0, 0, TimeSpan.Zero)); // waits for Monday
    }

    [Fact]
    public async Task Enterprise_accounts_get_the_business_care_targets_in_uk_office_hours_but_incidents_stay_with_the_noc()
    {
        // Thursday 15 January 2026, 09:00 UTC = 09:00 in London.
        await using var crm = Host();
        var company = await crm.Send(new CreateCustomer
        {
            Name = "Northgate Logistics Ltd", Kind = CustomerKind.Organization,
            Fields = Values(("subscriber_segment", "enterprise")),
        });
        var consumer = await crm.Subscriber();

        var request = await crm.Send(new OpenCase { CustomerId = company.Id, Subject = "Add five lines to the pool", Priority = CasePriority.Normal });
        var incident = await crm.Send(new OpenCase { CustomerId = company.Id, Subject = "Scanners offline at the depot", Type = CaseType.Incident });
        var consumerRequest = await crm.Send(new OpenCase { CustomerId = consumer.Id, Subject = "Copy of the contract" });

        Assert.Equal("telecom_enterprise_care", request.SlaPolicy);
        Assert.Equal(crm.Clock.GetUtcNow().AddHours(4), request.FirstResponseDue);
        // 20 business hours: 9 on Thursday (to 18:00), 10 on Friday, 1 on Monday → Monday 19 January 09:00.
        Assert.Equal(new DateTimeOffset(2026, 1, 19, 9, 0, 0, TimeSpan.Zero), request.ResolutionDue);
        Assert.Equal("telecom_network_outage", incident.SlaPolicy);
        Assert.Equal(SlaPolicy.Standard.Key, consumerRequest.SlaPolicy);
    }
}
