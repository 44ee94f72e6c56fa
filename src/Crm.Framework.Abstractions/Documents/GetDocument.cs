namespace Crm.Framework.Documents;

/// <summary>Reads a rendered document by id.</summary>
/// <param name="DocumentId">The document id.</param>
public sealed record GetDocument(string DocumentId) : ICrmQuery<Document>;
