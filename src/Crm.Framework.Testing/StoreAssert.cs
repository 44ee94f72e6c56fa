using System.Globalization;
using Crm.Framework.Auditing;
using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Xunit;

namespace Crm.Framework.Testing;

/// <summary>
/// Asserts that an entity read from a store is the one written, property by property. Record equality
/// cannot: lists and <see cref="FieldValues"/> compare by reference, and <see cref="DateTimeOffset"/>
/// equality ignores the offset. Each entity is described as text — instants in round-trip form with their
/// offset, field values with their CLR type — so a failure shows exactly what differs.
/// </summary>
public static class StoreAssert
{
    /// <summary>Fails unless <paramref name="actual"/> has every property of <paramref name="expected"/>.</summary>
    public static void Equivalent(Customer expected, Customer? actual) => Assert.Equal(Describe(expected), actual is null ? null : Describe(actual));

    /// <summary>Fails unless <paramref name="actual"/> has every property of <paramref name="expected"/>.</summary>
    public static void Equivalent(Deal expected, Deal? actual) => Assert.Equal(Describe(expected), actual is null ? null : Describe(actual));

    /// <summary>Fails unless <paramref name="actual"/> has every property of <paramref name="expected"/>.</summary>
    public static void Equivalent(Interaction expected, Interaction? actual) => Assert.Equal(Describe(expected), actual is null ? null : Describe(actual));

    /// <summary>Fails unless <paramref name="actual"/> has every property of <paramref name="expected"/>.</summary>
    public static void Equivalent(Document expected, Document? actual) => Assert.Equal(Describe(expected), actual is null ? null : Describe(actual));

    /// <summary>Fails unless <paramref name="actual"/> has every property of <paramref name="expected"/>.</summary>
    public static void Equivalent(AuditEntry expected, AuditEntry? actual) => Assert.Equal(Describe(expected), actual is null ? null : Describe(actual));

    private static string Describe(Customer c) => Lines(
        $"id {Text(c.Id)} kind {c.Kind} name {Text(c.Name)} owner {Text(c.Owner)} lifecycle {c.Lifecycle}",
        $"contacts {string.Join("; ", c.Contacts.Select(p => $"{p.Kind} {Text(p.Value)} {Text(p.Label)}"))}",
        $"tags {string.Join("; ", c.Tags.Select(Text))}",
        $"fields {Describe(c.Fields)}",
        $"created {Time(c.CreatedAt)} updated {Time(c.UpdatedAt)} version {c.Version}");

    private static string Describe(Deal d) => Lines(
        $"id {Text(d.Id)} customer {Text(d.CustomerId)} funnel {Text(d.Funnel)} stage {Text(d.Stage)} status {d.Status}",
        $"title {Text(d.Title)} owner {Text(d.Owner)} lost because {Text(d.LostReason)}",
        $"amount {Number(d.Amount.Amount)} {Text(d.Amount.Currency)} expected close {d.ExpectedClose?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "∅"}",
        $"history {string.Join("; ", d.History.Select(h => $"{Text(h.From)}→{Text(h.To)} at {Time(h.At)} by {Text(h.By)} note {Text(h.Note)}"))}",
        $"fields {Describe(d.Fields)}",
        $"created {Time(d.CreatedAt)} updated {Time(d.UpdatedAt)} closed {(d.ClosedAt is { } at ? Time(at) : "∅")} version {d.Version}");

    private static string Describe(Interaction i) => Lines(
        $"id {Text(i.Id)} customer {Text(i.CustomerId)} deal {Text(i.DealId)} channel {Text(i.Channel)} {i.Direction} at {Time(i.OccurredAt)}",
        $"subject {Text(i.Subject)} notes {Text(i.Notes)} outcome {Text(i.Outcome)} logged by {Text(i.LoggedBy)}",
        $"fields {Describe(i.Fields)} version {i.Version}");

    private static string Describe(Document d) => Lines(
        $"id {Text(d.Id)} customer {Text(d.CustomerId)} deal {Text(d.DealId)} template {Text(d.Template)} title {Text(d.Title)}",
        $"{Text(d.MediaType)} {Text(d.Content)}",
        $"rendered {Time(d.RenderedAt)} by {Text(d.RenderedBy)} version {d.Version}");

    private static string Describe(AuditEntry a) => Lines(
        $"id {Text(a.Id)} at {Time(a.At)} actor {Text(a.Actor)} action {Text(a.Action)} on {Text(a.EntityKind)} {Text(a.EntityId)}",
        $"changes {string.Join("; ", a.Changes.Select(c => $"{Text(c.Property)}: {Text(c.Before)}→{Text(c.After)}"))}");

    // The CLR type is part of the description: a store must give back a decimal, not a double that formats alike.
    private static string Describe(FieldValues fields) =>
        string.Join("; ", fields.Select(pair => $"{pair.Key}={pair.Value.GetType().Name}:{Text(FieldValues.Format(pair.Value))}"));

    private static string Lines(params string[] lines) => string.Join(Environment.NewLine, lines);

    private static string Text(string? value) => value is null ? "∅" : $"'{value}'";

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset value) => value.ToString("o", CultureInfo.InvariantCulture);
}
