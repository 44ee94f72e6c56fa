using System.Globalization;
using System.Text.Json;
using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;

namespace Crm.Framework.Auditing;

/// <summary>
/// The changed values between two states of a record, as text, for the audit trail. Values of fields
/// marked <see cref="Sensitivity.Sensitive"/> are written as <c>***</c>: the audit trail records that
/// they changed, not what they are.
/// </summary>
public sealed class AuditDiff(CrmSchema schema)
{
    /// <summary>Masked stand-in for sensitive values.</summary>
    public const string Masked = "***";

    /// <summary>The properties whose text differs; <paramref name="before"/> null means everything is new.</summary>
    public IReadOnlyList<AuditChange> Between(object? before, object after)
    {
        var old = before is null ? new Dictionary<string, string?>() : Flatten(before);
        var now = Flatten(after);
        var target = TargetOf(after);
        return old.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
            .Select(key => new AuditChange(key, old.GetValueOrDefault(key), now.GetValueOrDefault(key)))
            .Where(c => c.Before != c.After)
            .Select(c => IsSensitive(target, c.Property) ? c with { Before = Mask(c.Before), After = Mask(c.After) } : c)
            .ToList();
    }

    private Dictionary<string, string?> Flatten(object entity) => entity switch
    {
        Customer c => With(FieldTarget.Customer, c.Fields, new()
        {
            ["name"] = c.Name, ["kind"] = Text(c.Kind), ["lifecycle"] = Text(c.Lifecycle), ["owner"] = c.Owner,
            ["contacts"] = string.Join("; ", c.Contacts.Select(p => $"{Text(p.Kind)}:{p.Value}")),
            ["tags"] = string.Join(", ", c.Tags), ["merged_into"] = c.MergedInto,
        }),
        Deal d => With(FieldTarget.Deal, d.Fields, new()
        {
            ["customer"] = d.CustomerId, ["funnel"] = d.Funnel, ["title"] = d.Title, ["stage"] = d.Stage,
            ["status"] = Text(d.Status), ["amount"] = d.Amount.ToString(), ["owner"] = d.Owner,
            ["expected_close"] = d.ExpectedClose?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["lost_reason"] = d.LostReason,
        }),
        Interaction i => With(FieldTarget.Interaction, i.Fields, new()
        {
            ["customer"] = i.CustomerId, ["channel"] = i.Channel, ["direction"] = Text(i.Direction), ["subject"] = i.Subject,
            ["outcome"] = i.Outcome, ["deal"] = i.DealId, ["script"] = i.Script, ["occurred_at"] = i.OccurredAt.ToString("O", CultureInfo.InvariantCulture),
        }),
        Document d => new() { ["customer"] = d.CustomerId, ["deal"] = d.DealId, ["template"] = d.Template, ["title"] = d.Title },
        _ => FlattenJson(entity),
    };

    // Records kept as JSON (ADR-007) are diffed by their JSON properties: scalars as text, lists and
    // objects as compact JSON, so a changed line of a quote or a new step in a case history shows.
    private static Dictionary<string, string?> FlattenJson(object entity)
    {
        var properties = new Dictionary<string, string?>(StringComparer.Ordinal);
        var json = JsonSerializer.SerializeToElement(entity, entity.GetType(), RecordJson.Options);
        if (json.ValueKind != JsonValueKind.Object) return new() { ["value"] = json.ToString() };
        foreach (var property in json.EnumerateObject())
        {
            if (property.Name is "id" or "version") continue;
            properties[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                _ => property.Value.GetRawText(),
            };
        }
        return properties;
    }

    private static Dictionary<string, string?> With(FieldTarget target, FieldValues fields, Dictionary<string, string?> properties)
    {
        foreach (var (key, value) in fields) properties[$"fields.{key}"] = FieldValues.Format(value);
        return properties;
    }

    private bool IsSensitive(FieldTarget? target, string property) =>
        target is { } t && property.StartsWith("fields.", StringComparison.Ordinal)
        && schema.FindField(t, property["fields.".Length..])?.Sensitivity == Sensitivity.Sensitive;

    private static string? Mask(string? value) => value is null ? null : Masked;

    private static FieldTarget? TargetOf(object entity) => entity switch
    {
        Customer => FieldTarget.Customer,
        Deal => FieldTarget.Deal,
        Interaction => FieldTarget.Interaction,
        _ => null,
    };

    private static string Text<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
