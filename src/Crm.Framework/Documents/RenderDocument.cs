using Crm.Framework.Customers;
using Crm.Framework.Behaviors;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Documents;

/// <summary>Checks the template exists.</summary>
public sealed class RenderDocumentValidator(CrmSchema schema) : IValidator<RenderDocument>
{
    /// <inheritdoc />
    public void Validate(RenderDocument request, List<ValidationError> errors)
    {
        if ((schema.FindTemplate(request.Template) ?? KernelTemplates.Find(request.Template)) is null)
            errors.Add(new ValidationError("template", request.Template,
                $"is not a known template; known templates: {string.Join(", ", schema.Templates.Concat(KernelTemplates.All).Select(t => t.Key).Distinct().Order(StringComparer.Ordinal))}"));
    }
}

/// <summary>Renders the template from the customer card in the sandbox and keeps the document.</summary>
public sealed class RenderDocumentHandler(ICrmStore store, UnitOfWork work, CrmSchema schema, TemplateRenderer renderer, CrmIds ids, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<RenderDocument, Document>
{
    /// <inheritdoc />
    public Task<Document> Handle(RenderDocument request, CancellationToken cancellationToken)
    {
        var template = schema.FindTemplate(request.Template) ?? KernelTemplates.Find(request.Template) ?? schema.RequireTemplate(request.Template);
        var customer = store.RequireActiveCustomer(request.CustomerId);
        var deals = store.FindDeals(new ListDeals { CustomerId = customer.Id, Limit = 100 });
        var quote = QuoteFor(request, customer.Id, template);
        Deal? deal = null;
        if ((request.DealId ?? quote?.DealId) is { } dealId)
        {
            deal = deals.FirstOrDefault(d => d.Id == dealId) ?? store.GetDeal(dealId) ?? throw new NotFoundException("deal", dealId);
            if (deal.CustomerId != customer.Id)
                throw new BusinessRuleException($"Deal '{dealId}' belongs to customer '{deal.CustomerId}', not '{customer.Id}'.");
            if (!template.IsFor(deal.Funnel))
                throw new BusinessRuleException(
                    $"Template '{template.Key}' is written for deals in {string.Join(", ", template.Funnels)}, but deal '{dealId}' is in '{deal.Funnel}'; choose a deal of one of those funnels.");
        }
        else if (template.RequiresDeal)
        {
            throw new CrmValidationException("deal", null, $"is required by template '{template.Key}'; pass the deal id with --deal");
        }
        var now = clock.GetUtcNow();
        var model = DocumentModel.Build(customer, deal, deals, store.InteractionsOf(customer.Id, 50), template, now, user.Name, quote);
        var document = new Document
        {
            Id = ids.New(CrmIds.Document),
            CustomerId = customer.Id,
            DealId = deal?.Id,
            Template = template.Key,
            Title = template.Name,
            Content = renderer.Render(template, model, now, cancellationToken),
            MediaType = template.MediaType,
            RenderedAt = now,
            RenderedBy = user.Name,
            Version = 1,
        };
        work.Insert(EntityKinds.Document, document.Id, document);
        work.Raise(new DocumentRendered(document, now));
        return Task.FromResult(document);
    }

    /// <summary>The quote to print: it must belong to the customer (and the deal, when one is given); required by quote templates.</summary>
    private Quote? QuoteFor(RenderDocument request, string customerId, DocumentTemplateDefinition template)
    {
        if (request.QuoteId is not { } quoteId)
        {
            return template.RequiresQuote
                ? throw new CrmValidationException("quote", null, $"is required by template '{template.Key}'; render it with 'crm quotes render <quote>'")
                : null;
        }
        var quote = SalesRules.RequireQuote(store, quoteId);
        if (quote.CustomerId != customerId)
            throw new BusinessRuleException($"Quote {quote.Number} belongs to customer '{quote.CustomerId}', not '{customerId}'.");
        if (request.DealId is { } dealId && dealId != quote.DealId)
            throw new BusinessRuleException($"Quote {quote.Number} is for deal '{quote.DealId}', not '{dealId}'.");
        return quote;
    }
}

/// <summary>Reads one document.</summary>
public sealed class GetDocumentHandler(ICrmStore store) : IRequestHandler<GetDocument, Document>
{
    /// <inheritdoc />
    public Task<Document> Handle(GetDocument request, CancellationToken cancellationToken) =>
        Task.FromResult(store.GetDocument(request.DocumentId) ?? throw new NotFoundException("document", request.DocumentId));
}
