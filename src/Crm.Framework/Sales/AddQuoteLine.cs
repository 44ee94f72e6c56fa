using Crm.Framework.Behaviors;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Sales;

/// <summary>Checks the line names a product or has a text and a price, and that quantity, discount and tax rate make sense.</summary>
public sealed class AddQuoteLineValidator : IValidator<AddQuoteLine>
{
    /// <inheritdoc />
    public void Validate(AddQuoteLine request, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.QuoteId)) errors.Add(new ValidationError("quote", null, "is required"));
        if (string.IsNullOrWhiteSpace(request.Product))
        {
            if (string.IsNullOrWhiteSpace(request.Description))
                errors.Add(new ValidationError("description", null, "is required for a line without a product; give --product or --text"));
            if (request.UnitPrice is null)
                errors.Add(new ValidationError("price", null, "is required for a line without a product, e.g. \"100.00 EUR\""));
        }
        if (request.Quantity <= 0) errors.Add(new ValidationError("quantity", request.Quantity, "must be more than zero"));
        if (request.UnitPrice is { Amount: < 0 } price) errors.Add(new ValidationError("price", price.ToString(), "must not be negative"));
        if (request.Discount?.Problem is { } problem) errors.Add(new ValidationError("discount", request.Discount.ToString(), problem));
        if (request.TaxRate is { } rate and (< 0 or > 1)) errors.Add(new ValidationError("tax rate", rate, "must be between 0 and 1 (0.20 is 20%)"));
    }
}

/// <summary>Adds the line to a draft quote, pricing it from the catalogue in the quote's currency.</summary>
public sealed class AddQuoteLineHandler(ICrmStore store, UnitOfWork work, CrmSchema schema, TimeProvider clock) : IRequestHandler<AddQuoteLine, Quote>
{
    /// <inheritdoc />
    public Task<Quote> Handle(AddQuoteLine request, CancellationToken cancellationToken)
    {
        var before = SalesRules.RequireQuote(store, request.QuoteId);
        SalesRules.RequireDraft(before);
        if (request.UnitPrice is { } given && !string.Equals(given.Currency, before.Currency, StringComparison.OrdinalIgnoreCase))
            throw new BusinessRuleException($"Quote {before.Number} is in {before.Currency}, but the price {given} is in {given.Currency}; give the price in {before.Currency}.");
        var line = string.IsNullOrWhiteSpace(request.Product) ? FreeText(request) : ProductLine(request, before);
        var after = SalesRules.Changed(before, before with { Lines = [.. before.Lines, line] }, clock.GetUtcNow());
        work.Update(SalesRecords.Quotes, before, after);
        return Task.FromResult(after);
    }

    private static QuoteLine FreeText(AddQuoteLine request) => new()
    {
        Description = request.Description!.Trim(),
        Quantity = request.Quantity,
        UnitPrice = request.UnitPrice!.Value.Amount,
        Discount = request.Discount,
        TaxRate = request.TaxRate ?? 0m,
    };

    private QuoteLine ProductLine(AddQuoteLine request, Quote quote)
    {
        var product = schema.RequireProduct(request.Product!);
        if (!product.Active)
            throw new BusinessRuleException($"Product '{product.Key}' is no longer sold; choose another product (see 'crm products').");
        var deal = store.GetDeal(quote.DealId) ?? throw new NotFoundException("deal", quote.DealId);
        if (!product.IsSoldIn(deal.Funnel))
            throw new BusinessRuleException($"Product '{product.Key}' is sold in {string.Join(", ", product.Funnels)}, but deal '{deal.Id}' is in '{deal.Funnel}'; see 'crm products --funnel {deal.Funnel}'.");
        if (request.UnitPrice is null && product.UnitPrice.Currency != quote.Currency)
            throw new BusinessRuleException(
                $"Product '{product.Key}' is priced in {product.UnitPrice.Currency}, but quote {quote.Number} is in {quote.Currency}; give the unit price in {quote.Currency} with --price.");
        return new QuoteLine
        {
            Product = product.Key,
            Description = string.IsNullOrWhiteSpace(request.Description) ? product.Name : request.Description.Trim(),
            Quantity = request.Quantity,
            Unit = product.Unit,
            UnitPrice = request.UnitPrice?.Amount ?? product.UnitPrice.Amount,
            Discount = request.Discount,
            TaxRate = request.TaxRate ?? product.TaxRate,
        };
    }
}
