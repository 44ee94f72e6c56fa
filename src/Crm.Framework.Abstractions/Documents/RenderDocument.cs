namespace Crm.Framework.Documents;

/// <summary>Renders a template from the customer card (and a deal) and keeps the document. Returns it.</summary>
public sealed record RenderDocument : ICrmCommand<Document>
{
    /// <summary>The customer.</summary>
    public required string CustomerId { get; init; }
    /// <summary>The template key.</summary>
    public required string Template { get; init; }
    /// <summary>The deal, for templates about one; must belong to the customer.</summary>
    public string? DealId { get; init; }
    /// <summary>The quote, for templates that print one (a commercial proposal); its deal is used when no deal is given.</summary>
    public string? QuoteId { get; init; }
}
