using Crm.Framework.Fields;
using Crm.Framework.Plugins;

namespace Crm.Framework.Sales;

/// <summary>
/// A product or service in the catalogue quotes are made from: a loan package, a tariff, a course, a fare.
/// Declared by the application or a plugin with <see cref="ProductDeclarations.AddProduct"/>.
/// </summary>
public sealed record ProductDefinition
{
    private readonly string _kind = "product";
    private readonly decimal _taxRate;

    /// <summary>Declares a product.</summary>
    /// <param name="key">snake_case key, e.g. <c>premium_tariff</c>.</param>
    /// <param name="name">What customers read on a quote, e.g. <c>Premium tariff</c>.</param>
    /// <param name="unitPrice">The catalogue price of one unit, not negative, in an ISO 4217 currency.</param>
    /// <exception cref="ArgumentException">The key is not snake_case, the name is empty, or the price is negative or not in an ISO 4217 currency.</exception>
    public ProductDefinition(string key, string name, Money unitPrice)
    {
        if (!FieldDefinition.IsValidKey(key)) throw new ArgumentException($"Product key '{key}' must be snake_case.", nameof(key));
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException($"Product '{key}' needs a name.", nameof(name));
        if (unitPrice.Amount < 0) throw new ArgumentException($"Product '{key}' has a negative price {unitPrice}.", nameof(unitPrice));
        if (!Money.IsCurrencyCode(unitPrice.Currency))
            throw new ArgumentException($"Product '{key}' is priced in '{unitPrice.Currency}', which is not an ISO 4217 code.", nameof(unitPrice));
        Key = key;
        Name = name;
        UnitPrice = new Money(unitPrice.Amount, unitPrice.Currency.ToUpperInvariant());
    }

    /// <summary>The key.</summary>
    public string Key { get; }

    /// <summary>The name printed on quotes and orders.</summary>
    public string Name { get; }

    /// <summary>The catalogue price of one <see cref="Unit"/>.</summary>
    public Money UnitPrice { get; }

    /// <summary>What it is, snake_case: <c>product</c>, <c>service</c>, <c>subscription</c>, <c>tariff</c>, <c>fare</c>... Default: <c>product</c>.</summary>
    /// <exception cref="ArgumentException">Not snake_case.</exception>
    public string Kind
    {
        get => _kind;
        init => _kind = FieldDefinition.IsValidKey(value) ? value : throw new ArgumentException($"Product kind '{value}' must be snake_case, e.g. service.", nameof(Kind));
    }

    /// <summary>What one unit is, e.g. <c>month</c>, <c>seat</c>, <c>hour</c>. Default: none (a piece).</summary>
    public string? Unit { get; init; }

    /// <summary>The tax rate charged on it, from 0 to 1 (0.20 is 20 %). A quote line may override it. Default: 0.</summary>
    /// <exception cref="ArgumentException">Below 0 or above 1.</exception>
    public decimal TaxRate
    {
        get => _taxRate;
        init => _taxRate = value is >= 0m and <= 1m ? value : throw new ArgumentException($"Tax rate {value} must be between 0 and 1 (0.20 is 20 %).", nameof(TaxRate));
    }

    /// <summary>The stock-keeping unit or article number. Default: none.</summary>
    public string? Sku { get; init; }

    /// <summary>A sentence for sales people and the proposal. Default: none.</summary>
    public string? Description { get; init; }

    /// <summary>The funnels whose deals it is sold in. Default: empty, every funnel.</summary>
    public IReadOnlyList<string> Funnels { get; init; } = [];

    /// <summary>False when it is no longer sold: it stays on existing quotes and orders but cannot be added. Default: true.</summary>
    public bool Active { get; init; } = true;

    /// <summary>True when it may be quoted for a deal of <paramref name="funnel"/>.</summary>
    public bool IsSoldIn(string funnel) => Funnels.Count == 0 || Funnels.Contains(funnel, StringComparer.Ordinal);
}

/// <summary>Declaring products.</summary>
public static class ProductDeclarations
{
    /// <summary>The declaration kind of products.</summary>
    public const string Kind = "product";

    /// <summary>Declares a product of the catalogue.</summary>
    public static ICrmPluginBuilder AddProduct(this ICrmPluginBuilder builder, ProductDefinition product)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(product);
        return builder.Declare(Kind, product.Key, product);
    }
}
