namespace Crm.Framework.Cases;

/// <summary>Adds an internal comment to a case's history. Returns the case.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Text">The comment.</param>
public sealed record CommentOnCase(string CaseId, string Text) : ICrmCommand<ServiceCase>;
