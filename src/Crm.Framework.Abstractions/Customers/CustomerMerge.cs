namespace Crm.Framework.Customers;

/// <summary>What a merge did: kept so it can be inspected later (who, when, what moved, which conflicts and how they were resolved).</summary>
public sealed record CustomerMerge
{
    /// <summary>The id, e.g. <c>M-7KQ2M9XH4T</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The card that stayed.</summary>
    public required string SurvivorId { get; init; }
    /// <summary>The survivor's name.</summary>
    public required string SurvivorName { get; init; }
    /// <summary>The card merged into it.</summary>
    public required string DuplicateId { get; init; }
    /// <summary>The duplicate's name.</summary>
    public required string DuplicateName { get; init; }
    /// <summary>Whose field values won by default.</summary>
    public MergeSide Prefer { get; init; }
    /// <summary>When.</summary>
    public DateTimeOffset MergedAt { get; init; }
    /// <summary>Who merged.</summary>
    public string? MergedBy { get; init; }
    /// <summary>Ids of the interactions moved to the survivor.</summary>
    public IReadOnlyList<string> MovedInteractions { get; init; } = [];
    /// <summary>Ids of the deals moved.</summary>
    public IReadOnlyList<string> MovedDeals { get; init; } = [];
    /// <summary>Ids of the documents moved.</summary>
    public IReadOnlyList<string> MovedDocuments { get; init; } = [];
    /// <summary>The other records moved to the survivor — activities, service cases, quotes, orders, lead requests — each as <c>kind:id</c>.</summary>
    public IReadOnlyList<string> MovedRecords { get; init; } = [];
    /// <summary>Contacts the survivor gained, as <c>kind:value</c>.</summary>
    public IReadOnlyList<string> AddedContacts { get; init; } = [];
    /// <summary>Tags the survivor gained.</summary>
    public IReadOnlyList<string> AddedTags { get; init; } = [];
    /// <summary>Fields only the duplicate had, copied to the survivor.</summary>
    public IReadOnlyList<string> FilledFields { get; init; } = [];
    /// <summary>Fields both had with different values, and which was kept.</summary>
    public IReadOnlyList<FieldConflict> Conflicts { get; init; } = [];
    /// <summary>Optimistic concurrency version.</summary>
    public long Version { get; init; }
}

/// <summary>A field both cards had with different values.</summary>
/// <param name="Field">The field key.</param>
/// <param name="SurvivorValue">The survivor's value as text (<c>***</c> for a sensitive field).</param>
/// <param name="DuplicateValue">The duplicate's value as text (<c>***</c> for a sensitive field).</param>
/// <param name="Kept">Whose value the survivor has now.</param>
public sealed record FieldConflict(string Field, string SurvivorValue, string DuplicateValue, MergeSide Kept);
