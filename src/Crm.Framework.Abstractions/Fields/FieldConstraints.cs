namespace Crm.Framework.Fields;

/// <summary>Rules a field's value must keep, checked on every write. Unset members impose nothing.</summary>
public sealed record FieldConstraints
{
    /// <summary>No rules beyond the field type.</summary>
    public static FieldConstraints None { get; } = new();

    /// <summary>Smallest allowed number or money amount (inclusive).</summary>
    public decimal? Min { get; init; }

    /// <summary>Largest allowed number or money amount (inclusive).</summary>
    public decimal? Max { get; init; }

    /// <summary>Shortest allowed text.</summary>
    public int? MinLength { get; init; }

    /// <summary>Longest allowed text.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A regular expression the whole text must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>Words to show instead of the pattern in an error, e.g. <c>"11 digits"</c>.</summary>
    public string? PatternDescription { get; init; }

    /// <summary>The allowed values of a choice or multi-choice field.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>For money fields: the only currency accepted, if any.</summary>
    public string? Currency { get; init; }
}
