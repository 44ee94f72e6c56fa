using Crm.Framework.Plugins;

namespace Crm.Framework.Fields;

/// <summary>
/// Checks and applies custom field input against the declared <see cref="FieldDefinition"/>s:
/// unknown keys, wrong types, broken constraints and missing required values become
/// <see cref="ValidationError"/>s naming the field, the value and the rule.
/// </summary>
public sealed class FieldRules(CrmSchema schema)
{
    /// <summary>Adds an error for every bad value in <paramref name="input"/>; checks required fields when <paramref name="creating"/>.</summary>
    public void Check(FieldTarget target, IReadOnlyDictionary<string, object?> input, bool creating, List<ValidationError> errors) =>
        Apply(target, FieldValues.Empty, input, creating, errors);

    /// <summary>Returns <paramref name="current"/> with <paramref name="input"/> applied, or throws <see cref="CrmValidationException"/>.</summary>
    public FieldValues Apply(FieldTarget target, FieldValues current, IReadOnlyDictionary<string, object?> input, bool creating)
    {
        var errors = new List<ValidationError>();
        var result = Apply(target, current, input, creating, errors);
        return errors.Count == 0 ? result : throw new CrmValidationException(errors);
    }

    /// <summary>Converts a search value to the canonical form stored for the field, or throws naming the field.</summary>
    public object Canonical(FieldTarget target, string key, string value)
    {
        var field = Require(target, key);
        return FieldValueParser.TryParse(field, value, out var canonical, out var rule)
            ? canonical!
            : throw new CrmValidationException(key, Shown(field, value), rule!);
    }

    /// <summary>The field, or a validation error listing the fields of the target.</summary>
    public FieldDefinition Require(FieldTarget target, string key) =>
        schema.FindField(target, key) ?? throw new CrmValidationException(key, null, UnknownRule(target));

    private FieldValues Apply(FieldTarget target, FieldValues current, IReadOnlyDictionary<string, object?> input, bool creating, List<ValidationError> errors)
    {
        var result = current;
        foreach (var (key, raw) in input)
        {
            var field = schema.FindField(target, key);
            if (field is null)
            {
                errors.Add(new ValidationError(key, null, UnknownRule(target)));
                continue;
            }
            // Blank text clears like null, so whitespace cannot stand in for a required value.
            if (raw is null || raw is string text && string.IsNullOrWhiteSpace(text))
            {
                if (!field.Required) result = result.Without(key);
                else if (!creating) errors.Add(new ValidationError(key, null, "is required and cannot be cleared"));
                continue; // on create, the missing required value is reported once below
            }
            if (FieldValueParser.TryParse(field, raw, out var value, out var rule)) result = result.With(key, value);
            else errors.Add(new ValidationError(key, Shown(field, raw), rule!));
        }
        if (creating)
        {
            foreach (var field in schema.FieldsOf(target).Where(f => f.Required && !result.ContainsKey(f.Key)))
                errors.Add(new ValidationError(field.Key, null, $"is required ({field.Label}); pass it as --field {field.Key}=..."));
        }
        return result;
    }

    private string UnknownRule(FieldTarget target)
    {
        var known = schema.FieldsOf(target).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        var noun = target.ToString().ToLowerInvariant();
        return known.Count == 0
            ? $"is not a {noun} field; no {noun} fields are declared (is the industry plugin enabled?)"
            : $"is not a {noun} field; known {noun} fields: {string.Join(", ", known)}";
    }

    /// <summary>Sensitive values are not echoed back in messages.</summary>
    private static object Shown(FieldDefinition field, object raw) => field.Sensitivity == Sensitivity.Sensitive ? "***" : raw;
}
