using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;

namespace Crm.Plugins.Sample.Demo;

/// <summary>
/// The demo for <c>crm demo sample</c>: customers with their contacts and deals at different stages.
/// It is seeded through the real use cases, so it must pass the plugin's own rules (the conformance kit checks it).
/// </summary>
public static class SampleDemoData
{
    /// <summary>Builds the demo data.</summary>
    public static DemoData Create() => new(
    [
        // A proposal waiting for an answer: the quote is rendered for it.
        new DemoCustomer(new CreateCustomer
        {
            Name = "Ada Lovelace",
            Lifecycle = LifecycleStage.Prospect,
            Owner = "grace.hopper",
            Contacts = [new(ContactKind.Email, "ada@example.com"), new(ContactKind.Phone, "+44 20 7946 0018")],
            Fields = Values(("sample_segment", "consumer"), ("sample_customer_number", "AL-1815")),
        })
        {
            Interactions =
            [
                new(Channels.WebForm.Key, "Asked for an offer", 12),
                new(Channels.Phone.Key, "Talked through the options", 5) { Direction = InteractionDirection.Outbound, Outcome = "wants the premium product" },
            ],
            Deals =
            [
                new DemoDeal(SampleFunnels.SalesKey, "Premium package", Eur(4_800))
                {
                    Path =
                    [
                        Step("qualified", ("sample_product", "premium")),
                        Step("proposal", ("sample_quoted_price", "4500 EUR")),
                    ],
                    ClosesInDays = 30,
                },
            ],
            Documents = [SampleTemplates.Quote.Key],
        },
        // A won deal: the automation notes the hand-over.
        new DemoCustomer(new CreateCustomer
        {
            Name = "Analytical Engines Ltd",
            Kind = CustomerKind.Organization,
            Lifecycle = LifecycleStage.Customer,
            Owner = "grace.hopper",
            Contacts = [new(ContactKind.Email, "office@engines.example.com"), new(ContactKind.Address, "1 Babbage Street, London")],
            Fields = Values(("sample_segment", "enterprise"), ("sample_customer_number", "AE-20240")),
        })
        {
            Interactions = [new(Channels.Meeting.Key, "Signed the contract", 2) { Direction = InteractionDirection.Outbound }],
            Deals =
            [
                new DemoDeal(SampleFunnels.SalesKey, "Custom solution", Eur(25_000))
                {
                    Fields = Values(("sample_product", "custom")),
                    Path =
                    [
                        Step("qualified"),
                        Step("proposal", ("sample_quoted_price", "24000 EUR")),
                        Step(SampleFunnels.Won, ("sample_contract_number", "C-2026-001")),
                    ],
                },
            ],
        },
        // A lead and a lost deal.
        new DemoCustomer(new CreateCustomer
        {
            Name = "Charles Babbage",
            Owner = "alan.turing",
            Contacts = [new(ContactKind.Email, "charles@example.com")],
            Fields = Values(("sample_segment", "small_business")),
        })
        {
            Deals =
            [
                new DemoDeal(SampleFunnels.SalesKey, "Standard package", Eur(900)),
                new DemoDeal(SampleFunnels.SalesKey, "Second site", Eur(1_500))
                {
                    Path = [new("lost") { Reason = "Chose another supplier" }],
                },
            ],
        },
    ]);

    private static Money Eur(decimal amount) => new(amount, "EUR");

    private static IReadOnlyDictionary<string, object?> Values(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    private static DemoStep Step(string stage, params (string Key, object? Value)[] fields) => new(stage) { Fields = Values(fields) };
}
