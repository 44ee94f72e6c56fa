namespace Crm.Framework.Cases;

/// <summary>Gives a case to another owner and/or team; with a team only, to its member with the fewest active cases. Returns the case.</summary>
public sealed record AssignCase : ICrmCommand<ServiceCase>
{
    /// <summary>The case.</summary>
    public required string CaseId { get; init; }
    /// <summary>The new owner.</summary>
    public string? Owner { get; init; }
    /// <summary>The new team (a declared team key).</summary>
    public string? Team { get; init; }
}
