using Crm.Framework.Customers;

namespace Crm.Framework.Cases;

/// <summary>Which customers an SLA policy is for: those with a tag, or with a customer field set to a value (e.g. the bank's <c>segment = vip</c>).</summary>
public sealed record CustomerSegment
{
    private CustomerSegment(string? tag, string? field, string? value)
    {
        Tag = tag;
        Field = field;
        Value = value;
    }

    /// <summary>Customers tagged <paramref name="tag"/> (case-insensitive).</summary>
    public static CustomerSegment Tagged(string tag)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        return new(tag.Trim().ToLowerInvariant(), null, null);
    }

    /// <summary>Customers whose field <paramref name="field"/> is <paramref name="value"/> (compared as text, case-insensitive).</summary>
    public static CustomerSegment WithField(string field, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new(null, field, value);
    }

    /// <summary>The tag, when the segment is a tag.</summary>
    public string? Tag { get; }

    /// <summary>The customer field key, when the segment is a field value.</summary>
    public string? Field { get; }

    /// <summary>The field value.</summary>
    public string? Value { get; }

    /// <summary>True when <paramref name="customer"/> is in the segment.</summary>
    public bool Contains(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return Tag is not null
            ? customer.Tags.Contains(Tag, StringComparer.OrdinalIgnoreCase)
            : string.Equals(customer.Fields.GetText(Field!), Value, StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public override string ToString() => Tag is not null ? $"tag {Tag}" : $"{Field} = {Value}";
}
