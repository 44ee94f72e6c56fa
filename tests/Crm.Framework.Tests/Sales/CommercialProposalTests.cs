using Crm.Framework.Documents;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Tests.Sales;

public sealed class CommercialProposalTests
{
    [Fact]
    public async Task The_kernel_commercial_proposal_prints_the_quote_and_is_kept_for_the_customer_and_deal()
    {
        await using var crm = SalesCrm.Create();
        var (deal, quote) = await crm.NewQuote(Discount.Percent(5));
        await crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "consulting_day", Quantity = 3, Discount = Discount.Percent(10) });
        await crm.Send(new AddQuoteLine { QuoteId = quote.Id, Description = "Travel", Quantity = 2.5m, UnitPrice = Money.Of(33.33m, "EUR") });

        var document = await crm.Send(new RenderDocument { CustomerId = deal.CustomerId, Template = KernelTemplates.CommercialProposal, QuoteId = quote.Id });

        Assert.Equal((deal.CustomerId, deal.Id, "Commercial proposal"), (document.CustomerId, document.DealId, document.Title));
        Assert.Equal("""
            # Commercial proposal Q-2026-0001

            **To:** Ada Lovelace
            **Regarding:** Car loan
            **Date:** 2026-01-15 · **Valid until:** 2026-02-14

            | # | Item | Quantity | Unit price | Discount | Net | Tax |
            |--:|------|---------:|-----------:|---------:|----:|----:|
            | 1 | Consulting day | 3 day | 800.00 | 240.00 | 2,160.00 | 410.40 (20%) |
            | 2 | Travel | 2.5 | 33.33 | 0.00 | 83.33 | 0.00 (0%) |

            | | |
            |---|---:|
            | Subtotal | 2,243.33 EUR |
            | Discount (5%) | −112.17 EUR |
            | Tax | 410.40 EUR |
            | **Total** | **2,541.56 EUR** |

            Prepared by tester. Amounts are rounded per line to 2 decimals.

            """, document.Content);
        Assert.Equal(document.Id, crm.Store.DocumentsOf(deal.CustomerId, 10).Single().Id);
    }

    [Fact]
    public async Task The_proposal_needs_a_quote_of_the_same_customer()
    {
        await using var crm = SalesCrm.Create();
        var (deal, quote) = await crm.NewQuote();
        var stranger = await crm.NewCustomer("Charles Babbage");

        var missing = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new RenderDocument { CustomerId = deal.CustomerId, Template = KernelTemplates.CommercialProposal, DealId = deal.Id }));
        var other = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            crm.Send(new RenderDocument { CustomerId = stranger.Id, Template = KernelTemplates.CommercialProposal, QuoteId = quote.Id }));

        Assert.Equal("Field 'quote' is required by template 'commercial_proposal'; render it with 'crm quotes render <quote>'.", missing.Message);
        Assert.Equal($"Quote Q-2026-0001 belongs to customer '{deal.CustomerId}', not '{stranger.Id}'.", other.Message);
        Assert.Empty(crm.Store.DocumentsOf(deal.CustomerId, 10));
    }

    [Fact]
    public async Task An_app_template_with_the_same_key_replaces_the_kernel_one_and_a_broken_one_fails_as_a_template_error()
    {
        await using var crm = TestCrm.Create(app => app.AddProduct(SalesCrm.ConsultingDay)
            .AddTemplate(new DocumentTemplateDefinition("commercial_proposal", "Offer", "Offer {{ quote.number }}: {{ quote.total_text }}") { RequiresQuote = true })
            .AddTemplate(new DocumentTemplateDefinition("broken_offer", "Broken", "{{ quote.nope.deeper }}")));
        var (deal, quote) = await crm.NewQuote();
        await crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "consulting_day" });

        var document = await crm.Send(new RenderDocument { CustomerId = deal.CustomerId, Template = "commercial_proposal", QuoteId = quote.Id });
        var error = await Assert.ThrowsAsync<TemplateException>(() =>
            crm.Send(new RenderDocument { CustomerId = deal.CustomerId, Template = "broken_offer", QuoteId = quote.Id }));

        Assert.Equal("Offer Q-2026-0001: 960.00 EUR", document.Content);
        Assert.Equal("broken_offer", error.Template);
    }
}
