namespace Crm.Framework.Customers;

/// <summary>
/// Merges a duplicate card into the survivor, in one unit of work: the duplicate's interactions, deals and
/// documents move to the survivor, contacts and tags are united, field values merged by <see cref="Prefer"/>
/// and <see cref="FieldChoices"/>, and the duplicate is marked <see cref="Customer.MergedInto"/> (kept for its
/// history, skipped by searches). Returns the merge record; with <see cref="DryRun"/> nothing is written.
/// </summary>
public sealed record MergeCustomers : ICrmCommand<CustomerMerge>
{
    /// <summary>The card that stays.</summary>
    public required string SurvivorId { get; init; }

    /// <summary>The card merged into it.</summary>
    public required string DuplicateId { get; init; }

    /// <summary>Whose value wins when both cards have a field with different values. Default: the survivor's.</summary>
    public MergeSide Prefer { get; init; } = MergeSide.Survivor;

    /// <summary>Per-field choices overriding <see cref="Prefer"/>, by field key.</summary>
    public IReadOnlyDictionary<string, MergeSide> FieldChoices { get; init; } = new Dictionary<string, MergeSide>();

    /// <summary>Only work out what the merge would do.</summary>
    public bool DryRun { get; init; }
}

/// <summary>One side of a merge.</summary>
public enum MergeSide
{
    /// <summary>The card that stays.</summary>
    Survivor,
    /// <summary>The card merged into it.</summary>
    Duplicate,
}
