using Crm.Framework.Storage;

namespace Crm.Framework.Cases;

/// <summary>How service cases are stored (ADR-007): looked up by customer, owner, status, team and whether they are active.</summary>
public static class CaseRecords
{
    /// <summary>The id prefix of cases, e.g. <c>CS-7KQ2M9XH4T</c>.</summary>
    public const string IdPrefix = "CS";

    /// <summary>The record kind of service cases.</summary>
    public static RecordKind<ServiceCase> Kind { get; } = new("case", "cases", c => c.Id, c => c.Version, c =>
    [
        new RecordKey("customer", c.CustomerId),
        new RecordKey("owner", c.Owner),
        new RecordKey("status", CaseLifecycle.Name(c.Status)),
        new RecordKey("team", c.Team),
        new RecordKey("active", c.IsActive ? "true" : "false"),
    ]);

    /// <summary>The case <paramref name="id"/>, or a <see cref="NotFoundException"/> saying how to find one.</summary>
    public static ServiceCase Require(ICrmStore store, string id) =>
        store.GetRecord(Kind, id) ?? throw new NotFoundException("case", id, "list cases with 'crm cases list'");

    /// <summary>The active cases, optionally only <paramref name="owner"/>'s.</summary>
    public static IReadOnlyList<ServiceCase> Active(ICrmStore store, string? owner = null) => owner is null
        ? store.FindRecords(Kind, new RecordKey("active", "true"))
        : store.FindRecords(Kind, new RecordKey("active", "true"), new RecordKey("owner", owner));
}
