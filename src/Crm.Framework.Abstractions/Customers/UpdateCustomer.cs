namespace Crm.Framework.Customers;

/// <summary>Changes a customer card. Members left null stay as they are. Returns the saved customer.</summary>
public sealed record UpdateCustomer : ICrmCommand<Customer>
{
    /// <summary>The customer to change.</summary>
    public required string CustomerId { get; init; }

    /// <summary>The version the change is based on; a different stored version is a conflict. Null: the current one.</summary>
    public long? ExpectedVersion { get; init; }

    /// <summary>A new name.</summary>
    public string? Name { get; init; }

    /// <summary>A new lifecycle stage; only forward moves, to former, or back from former are allowed.</summary>
    public LifecycleStage? Lifecycle { get; init; }

    /// <summary>A new owner.</summary>
    public string? Owner { get; init; }

    /// <summary>Contact points to add (duplicates are ignored).</summary>
    public IReadOnlyList<ContactPoint> AddContacts { get; init; } = [];

    /// <summary>Tags to add.</summary>
    public IReadOnlyList<string> AddTags { get; init; } = [];

    /// <summary>Tags to remove.</summary>
    public IReadOnlyList<string> RemoveTags { get; init; } = [];

    /// <summary>Field values to set; a null value clears the field.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();
}
