namespace Crm.Framework.Leads;

/// <summary>Where a team's round robin stands: kept in the store so it survives restarts and concurrent commands.</summary>
public sealed record AssignmentCursor
{
    /// <summary>The team key.</summary>
    public required string Id { get; init; }
    /// <summary>How many leads the rotation has handed out; the next goes to member <c>Assigned % members</c>.</summary>
    public long Assigned { get; init; }
    /// <summary>Who got the last one.</summary>
    public string? LastAssignee { get; init; }
    /// <summary>Optimistic concurrency version.</summary>
    public long Version { get; init; }
}
