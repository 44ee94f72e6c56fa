using Crm.Framework.Sales;

namespace Crm.Framework.Plugins;

public sealed partial record DemoCustomer
{
    /// <summary>Quotes to write for the customer's deals (after the deals are opened).</summary>
    public IReadOnlyList<DemoQuote> Quotes { get; init; } = [];
}

/// <summary>A demo quote for the customer's first deal in <paramref name="Funnel"/>, optionally sent, accepted and its order advanced.</summary>
/// <param name="Funnel">The funnel of the customer's deal to quote.</param>
/// <param name="Lines">The lines: product key and quantity.</param>
public sealed record DemoQuote(string Funnel, IReadOnlyList<DemoQuoteLine> Lines)
{
    /// <summary>A discount on the whole quote.</summary>
    public Discount? Discount { get; init; }
    /// <summary>Send it. Default false (stays a draft).</summary>
    public bool Send { get; init; }
    /// <summary>Accept it, placing an order (implies <see cref="Send"/>). Default false.</summary>
    public bool Accept { get; init; }
    /// <summary>The statuses to move the order through after it is placed, in order, e.g. confirmed, in_fulfilment.</summary>
    public IReadOnlyList<OrderStatus> OrderPath { get; init; } = [];
}

/// <summary>A demo quote line: a catalogue product and how many.</summary>
/// <param name="Product">Product key.</param>
/// <param name="Quantity">How many units.</param>
public sealed record DemoQuoteLine(string Product, decimal Quantity = 1m)
{
    /// <summary>A line discount.</summary>
    public Discount? Discount { get; init; }
}
