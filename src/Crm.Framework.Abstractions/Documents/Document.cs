namespace Crm.Framework.Documents;

/// <summary>A rendered document, kept and linked to its customer (and deal).</summary>
public sealed record Document
{
    /// <summary>The id, e.g. <c>DOC-...</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The customer.</summary>
    public required string CustomerId { get; init; }
    /// <summary>The deal, when rendered for one.</summary>
    public string? DealId { get; init; }
    /// <summary>The template key.</summary>
    public required string Template { get; init; }
    /// <summary>The title (the template name).</summary>
    public required string Title { get; init; }
    /// <summary>The rendered text.</summary>
    public required string Content { get; init; }
    /// <summary>The media type, e.g. <c>text/markdown</c>.</summary>
    public string MediaType { get; init; } = "text/markdown";
    /// <summary>When it was rendered.</summary>
    public DateTimeOffset RenderedAt { get; init; }
    /// <summary>Who rendered it.</summary>
    public string? RenderedBy { get; init; }
    /// <summary>Optimistic concurrency version.</summary>
    public long Version { get; init; }
}
