using Crm.Framework.Behaviors;
using Crm.Framework.Pipelines;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Sales;

/// <summary>Checks the request names a deal and carries a sensible discount.</summary>
public sealed class CreateQuoteValidator : IValidator<CreateQuote>
{
    /// <inheritdoc />
    public void Validate(CreateQuote request, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.DealId)) errors.Add(new ValidationError("deal", null, "is required"));
        if (request.Discount?.Problem is { } problem) errors.Add(new ValidationError("discount", request.Discount.ToString(), problem));
    }
}

/// <summary>Starts a numbered draft quote for an open deal, in the deal's currency.</summary>
public sealed class CreateQuoteHandler(ICrmStore store, UnitOfWork work, SalesNumbers numbers, CrmIds ids, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<CreateQuote, Quote>
{
    /// <summary>How long a quote is valid when no date is given.</summary>
    public const int DefaultValidDays = 30;

    /// <inheritdoc />
    public Task<Quote> Handle(CreateQuote request, CancellationToken cancellationToken)
    {
        var deal = store.GetDeal(request.DealId) ?? throw new NotFoundException("deal", request.DealId, "list deals with 'crm deals list'");
        if (deal.Status != DealStatus.Open)
            throw new BusinessRuleException($"Deal '{deal.Id}' is {deal.Status.ToString().ToLowerInvariant()}; quotes are made for open deals only.");
        var now = clock.GetUtcNow();
        var today = SalesRules.Today(clock);
        var validUntil = request.ValidUntil ?? today.AddDays(DefaultValidDays);
        if (validUntil < today)
            throw new CrmValidationException("valid until", validUntil.ToString("yyyy-MM-dd"), $"must be today ({today:yyyy-MM-dd}) or later");
        var quote = QuotePricing.Price(new Quote
        {
            Id = ids.New(SalesRecords.QuotePrefix),
            Number = numbers.Next(SalesRecords.QuotePrefix),
            CustomerId = deal.CustomerId,
            DealId = deal.Id,
            Currency = deal.Amount.Currency,
            Status = QuoteStatus.Draft,
            ValidUntil = validUntil,
            Discount = request.Discount,
            Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim(),
            CreatedBy = user.Name,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        });
        work.Insert(SalesRecords.Quotes, quote);
        return Task.FromResult(quote);
    }
}
