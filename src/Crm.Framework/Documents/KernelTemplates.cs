namespace Crm.Framework.Documents;

/// <summary>
/// Templates the kernel ships for every industry. A plugin or the application may declare a template with the
/// same key to replace one (the schema's template wins), so they are looked up only after the schema.
/// </summary>
public static class KernelTemplates
{
    /// <summary>The key of the commercial proposal printed from a quote.</summary>
    public const string CommercialProposal = "commercial_proposal";

    /// <summary>Every kernel template.</summary>
    public static IReadOnlyList<DocumentTemplateDefinition> All { get; } =
    [
        new(CommercialProposal, "Commercial proposal", """
            # Commercial proposal {{ quote.number }}

            **To:** {{ customer.name }}{{ if customer.address }}, {{ customer.address }}{{ end }}
            **Regarding:** {{ deal.title }}
            **Date:** {{ today }} · **Valid until:** {{ quote.valid_until }}

            | # | Item | Quantity | Unit price | Discount | Net | Tax |
            |--:|------|---------:|-----------:|---------:|----:|----:|
            {{- for line in quote.lines }}
            | {{ line.no }} | {{ line.description }} | {{ line.quantity_text }} | {{ line.unit_price_text }} | {{ line.discount_text }} | {{ line.net_text }} | {{ line.tax_text }} ({{ line.tax_rate_text }}) |
            {{- end }}

            | | |
            |---|---:|
            | Subtotal | {{ quote.subtotal_text }} |
            {{- if quote.discount > 0 }}
            | Discount ({{ quote.discount_rule }}) | −{{ quote.discount_text }} |
            {{- end }}
            | Tax | {{ quote.tax_text }} |
            | **Total** | **{{ quote.total_text }}** |
            {{- if quote.notes }}

            {{ quote.notes }}
            {{- end }}

            Prepared by {{ document.rendered_by }}. Amounts are rounded per line to 2 decimals.

            """)
        {
            RequiresDeal = true,
            RequiresQuote = true,
            Description = "A priced offer printed from a quote: its lines, discounts, taxes and total, and until when it is valid.",
            Origin = "kernel:commercial_proposal",
        },
    ];

    /// <summary>The kernel template <paramref name="key"/>, or null.</summary>
    public static DocumentTemplateDefinition? Find(string key) => All.FirstOrDefault(t => t.Key == key);
}
