using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Pipelines;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Pipelines;

public sealed class OpenDealTests
{
    [Fact]
    public async Task OpenDeal_starts_at_the_first_stage_and_makes_a_lead_a_prospect()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.Send(new CreateCustomer { Name = "Ada", Owner = "anna", Fields = TestCrm.Fields(("source", "web")) });

        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = ada.Id,
            Funnel = TestSchema.LoanFunnel,
            Title = " Car loan ",
            Amount = new Money(12_500m, "eur"),
            ExpectedClose = new DateOnly(2026, 3, 1),
            Fields = TestCrm.Fields(("loan_term_months", 48)),
        });

        Assert.StartsWith("D-", deal.Id);
        Assert.Equal(("application", DealStatus.Open, "Car loan"), (deal.Stage, deal.Status, deal.Title));
        Assert.Equal(Money.Of(12_500m, "EUR"), deal.Amount);
        Assert.Equal("anna", deal.Owner);
        Assert.Equal(48m, deal.Fields["loan_term_months"]);
        Assert.Equal([new StageChange(null, "application", crm.Clock.GetUtcNow(), "tester")], deal.History);
        Assert.Equal(deal, crm.Store.GetDeal(deal.Id));
        var customer = crm.Store.GetCustomer(ada.Id)!;
        Assert.Equal(LifecycleStage.Prospect, customer.Lifecycle);
        Assert.Equal(2, customer.Version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public async Task OpenDeal_without_an_owner_gives_the_deal_to_the_customers_owner(string? owner)
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.Send(new CreateCustomer { Name = "Ada", Owner = "anna", Fields = TestCrm.Fields(("source", "web")) });

        var deal = await crm.Send(new OpenDeal { CustomerId = ada.Id, Funnel = TestSchema.LoanFunnel, Title = "Loan", Amount = Money.Of(1, "EUR"), Owner = owner });

        Assert.Equal("anna", deal.Owner);
    }

    [Fact]
    public async Task OpenDeal_with_an_owner_gives_the_deal_to_them()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();

        var deal = await crm.Send(new OpenDeal { CustomerId = ada.Id, Funnel = TestSchema.LoanFunnel, Title = "Loan", Amount = Money.Of(1, "EUR"), Owner = " boris " });

        Assert.Equal("boris", deal.Owner);
    }

    [Theory]
    [InlineData(LifecycleStage.Prospect, LifecycleStage.Prospect)]
    [InlineData(LifecycleStage.Customer, LifecycleStage.Customer)]
    [InlineData(LifecycleStage.Former, LifecycleStage.Prospect)]
    public async Task OpenDeal_never_moves_a_customer_backwards_and_wins_back_a_former_one(LifecycleStage before, LifecycleStage after)
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.Send(new CreateCustomer { Name = "Ada", Lifecycle = before, Fields = TestCrm.Fields(("source", "web")) });

        await crm.NewLoan(ada.Id);

        Assert.Equal(after, crm.Store.GetCustomer(ada.Id)!.Lifecycle);
    }

    [Fact]
    public async Task OpenDeal_raises_DealOpened_and_the_customer_promotion()
    {
        var opened = new List<DealOpened>();
        var updated = new List<CustomerUpdated>();
        await using var crm = TestCrm.Create(services: s => s.AddEventProbe(opened).AddEventProbe(updated));
        var ada = await crm.NewCustomer();

        var deal = await crm.NewLoan(ada.Id);

        Assert.Equal(deal, Assert.Single(opened).Deal);
        Assert.Equal((LifecycleStage.Lead, LifecycleStage.Prospect), (Assert.Single(updated).Before.Lifecycle, updated[0].After.Lifecycle));
    }

    [Fact]
    public async Task OpenDeal_refuses_an_unknown_funnel_a_negative_amount_and_a_bad_currency_at_once()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new OpenDeal
        {
            CustomerId = ada.Id, Funnel = "mortgage", Title = "", Amount = new Money(-1m, "euro"),
        }));

        Assert.Equal(["title", "amount", "currency", "funnel"], error.Errors.Select(e => e.Field));
        Assert.Contains("'mortgage' is not a known funnel; known funnels: loan, card", error.Message);
        Assert.Empty(crm.Store.FindDeals(new ListDeals()));
        Assert.Equal(LifecycleStage.Lead, crm.Store.GetCustomer(ada.Id)!.Lifecycle);
    }

    [Fact]
    public async Task OpenDeal_for_an_unknown_customer_is_not_found()
    {
        await using var crm = TestCrm.Create();

        var error = await Assert.ThrowsAsync<NotFoundException>(() => crm.NewLoan("C-NONE"));

        Assert.Equal("customer", error.Kind);
    }

    [Fact]
    public async Task OpenDeal_needs_the_fields_the_start_stage_requires()
    {
        await using var crm = TestCrm.Create(app: b => b
            .AddField(new FieldDefinition("vin", "Vehicle id", FieldType.Text, FieldTarget.Deal))
            .AddFunnel(new FunnelDefinition("leasing", "Leasing", [new StageDefinition("quote", "Quote", 0.2m) { RequiredFields = ["vin"] }])));
        var ada = await crm.NewCustomer();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new OpenDeal { CustomerId = ada.Id, Funnel = "leasing", Title = "Lease", Amount = Money.Of(1, "EUR") }));
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = ada.Id, Funnel = "leasing", Title = "Lease", Amount = Money.Of(1, "EUR"), Fields = TestCrm.Fields(("vin", "WVW123")),
        });

        Assert.Equal("vin", Assert.Single(error.Errors).Field);
        Assert.Equal("quote", deal.Stage);
    }
}
