using Crm.Framework.Storage;

namespace Crm.Framework.Sales;

/// <summary>The record kinds of quotes, orders and their number counters (ADR-007), and their id prefixes.</summary>
public static class SalesRecords
{
    /// <summary>Id prefix of quotes.</summary>
    public const string QuotePrefix = "Q";

    /// <summary>Id prefix of orders.</summary>
    public const string OrderPrefix = "O";

    /// <summary>Quotes, found by deal, customer, status and number.</summary>
    public static RecordKind<Quote> Quotes { get; } = new("quote", "quotes", q => q.Id, q => q.Version, q =>
    [
        new("deal", q.DealId), new("customer", q.CustomerId), new("status", Text(q.Status)), new("number", q.Number),
    ]);

    /// <summary>Orders, found by deal, customer, quote, status and number.</summary>
    public static RecordKind<Order> Orders { get; } = new("order", "orders", o => o.Id, o => o.Version, o =>
    [
        new("deal", o.DealId), new("customer", o.CustomerId), new("quote", o.QuoteId), new("status", Text(o.Status)), new("number", o.Number),
    ]);

    /// <summary>The counters behind quote and order numbers, one per kind and year.</summary>
    public static RecordKind<NumberCounter> Counters { get; } = new("number counter", "number_counters", c => c.Id, c => c.Version, _ => []);

    /// <summary>A status as stored and typed: snake_case, e.g. <c>in_fulfilment</c>.</summary>
    public static string Text<T>(T status) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());
}

/// <summary>The last number given out in one series, e.g. <c>Q-2026</c> → 17.</summary>
public sealed record NumberCounter
{
    /// <summary>The series, e.g. <c>Q-2026</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The last number given out.</summary>
    public int Last { get; init; }
    /// <summary>Optimistic concurrency version: two commands taking the same number conflict instead of sharing it.</summary>
    public long Version { get; init; }
}
