using Crm.Framework.Storage;

namespace Crm.Framework.Activities;

/// <summary>How activities are kept (ADR-007): JSON records found by owner, customer, deal, case, status, kind or series.</summary>
public static class ActivityRecords
{
    /// <summary>Prefix of activity ids, e.g. <c>ACT-7KQ2M9XH4T</c>.</summary>
    public const string IdPrefix = "ACT";

    /// <summary>The record kind.</summary>
    public static RecordKind<Activity> Kind { get; } = new("activity", "activities", a => a.Id, a => a.Version, a =>
    [
        new("owner", a.Owner),
        new("customer", a.CustomerId),
        new("deal", a.DealId),
        new("case", a.CaseId),
        new("status", Text(a.Status)),
        new("kind", Text(a.Kind)),
        new("series", a.SeriesId),
    ]);

    /// <summary>The key of a status or kind as stored, e.g. <c>open</c>, <c>follow_up</c>.</summary>
    public static string Text<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
