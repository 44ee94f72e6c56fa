using Crm.Framework.Plugins;
using Crm.Framework.Sales;

namespace Crm.Framework.Tests.Sales;

public sealed class ProductCatalogueTests
{
    [Fact]
    public async Task Products_declared_by_the_app_are_read_in_declaration_order_and_by_funnel()
    {
        await using var crm = SalesCrm.Create();

        Assert.Equal(["consulting_day", "card_fee", "widget", "old_plan"], crm.Schema.Products().Select(p => p.Key));
        Assert.Equal(["consulting_day", "widget"], crm.Schema.ProductsFor(TestSchema.LoanFunnel).Select(p => p.Key));
        Assert.Equal(["consulting_day", "card_fee", "widget"], crm.Schema.ProductsFor(TestSchema.CardFunnel).Select(p => p.Key));
        Assert.Equal("app", crm.Schema.DeclaredBy(ProductDeclarations.Kind, "card_fee"));
    }

    [Theory]
    [InlineData("Consulting Day", 1, 0, "Product key 'Consulting Day' must be snake_case.")]
    [InlineData("day", -1, 0, "Product 'day' has a negative price -1.00 EUR.")]
    [InlineData("day", 1, 1.5, "Tax rate 1.5 must be between 0 and 1 (0.20 is 20 %).")]
    public void A_product_with_a_bad_key_a_negative_price_or_a_tax_rate_outside_0_to_1_is_refused_at_declaration(string key, decimal price, decimal taxRate, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new ProductDefinition(key, "Day", Money.Of(price, "EUR")) { TaxRate = taxRate });

        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void A_product_key_declared_twice_fails_the_app_naming_the_product()
    {
        var error = Assert.Throws<SchemaException>(() => TestCrm.Create(app => app.AddProduct(SalesCrm.Widget).AddProduct(SalesCrm.Widget)));

        Assert.Contains("product 'widget' is declared twice by 'app'", error.Message);
    }

    [Fact]
    public async Task An_unknown_product_is_not_found_listing_the_catalogue()
    {
        await using var crm = SalesCrm.Create();
        var (_, quote) = await crm.NewQuote();

        var error = await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new AddQuoteLine { QuoteId = quote.Id, Product = "gadget" }));

        Assert.Equal("No product 'gadget' exists; known: card_fee, consulting_day, old_plan, widget.", error.Message);
    }
}
