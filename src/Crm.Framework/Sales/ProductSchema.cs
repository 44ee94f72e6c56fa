using Crm.Framework.Plugins;

namespace Crm.Framework.Sales;

/// <summary>Reading the product catalogue from the schema.</summary>
public static class ProductSchema
{
    /// <summary>The product <paramref name="key"/>, or null.</summary>
    public static ProductDefinition? FindProduct(this CrmSchema schema, string key) => schema.Find<ProductDefinition>(ProductDeclarations.Kind, key);

    /// <summary>The product <paramref name="key"/>, or a <see cref="NotFoundException"/> listing the products there are.</summary>
    public static ProductDefinition RequireProduct(this CrmSchema schema, string key) =>
        schema.Require<ProductDefinition>(ProductDeclarations.Kind, key);

    /// <summary>Every declared product, in the order declared.</summary>
    public static IEnumerable<ProductDefinition> Products(this CrmSchema schema) => schema.All<ProductDefinition>(ProductDeclarations.Kind);

    /// <summary>The active products sold in <paramref name="funnel"/>.</summary>
    public static IEnumerable<ProductDefinition> ProductsFor(this CrmSchema schema, string funnel) =>
        schema.Products().Where(p => p.Active && p.IsSoldIn(funnel));
}
