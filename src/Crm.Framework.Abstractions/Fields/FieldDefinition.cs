using System.Text.RegularExpressions;

namespace Crm.Framework.Fields;

/// <summary>
/// A custom field declared in code by a plugin or the application. Values are validated on every
/// write and stored as primitives, never as plugin types.
/// </summary>
public sealed partial record FieldDefinition
{
    /// <summary>Declares a field. <paramref name="key"/> is snake_case: lower-case letters, digits and underscores.</summary>
    public FieldDefinition(string key, string label, FieldType type, FieldTarget target)
    {
        if (!IsValidKey(key))
            throw new ArgumentException($"Field key '{key}' must be snake_case: a lower-case letter, then lower-case letters, digits or underscores.", nameof(key));
        Key = key;
        Label = string.IsNullOrWhiteSpace(label) ? key : label;
        Type = type;
        Target = target;
    }

    /// <summary>The key used in code, templates, storage and on the command line (<c>--field key=value</c>).</summary>
    public string Key { get; }

    /// <summary>The label people read, e.g. <c>Credit score</c>.</summary>
    public string Label { get; }

    /// <summary>The value type.</summary>
    public FieldType Type { get; }

    /// <summary>The kind of record the field belongs to.</summary>
    public FieldTarget Target { get; }

    /// <summary>A value must be present on create. Default: false.</summary>
    public bool Required { get; init; }

    /// <summary>Range, length, pattern or choice rules. Default: none.</summary>
    public FieldConstraints Constraints { get; init; } = FieldConstraints.None;

    /// <summary>How carefully the value is handled. Default: <see cref="Sensitivity.Public"/>.</summary>
    public Sensitivity Sensitivity { get; init; } = Sensitivity.Public;

    /// <summary>The store keeps an index so finding records by this field does not scan. Default: false.</summary>
    public bool Indexed { get; init; }

    /// <summary>A sentence for people and generated docs.</summary>
    public string? Description { get; init; }

    /// <summary>True when <paramref name="key"/> is a valid snake_case key.</summary>
    public static bool IsValidKey(string? key) => key is { Length: > 0 and <= 64 } && KeyPattern().IsMatch(key);

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex KeyPattern();
}
