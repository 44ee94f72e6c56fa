namespace Crm.Framework.Cases;

/// <summary>Reads one case by id. Throws <see cref="NotFoundException"/> when there is none.</summary>
/// <param name="CaseId">The case id.</param>
public sealed record GetCase(string CaseId) : ICrmQuery<ServiceCase>;
