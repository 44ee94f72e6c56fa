namespace Crm.Framework.Sales;

/// <summary>A quote was sent to the customer.</summary>
public sealed record QuoteSent(Quote Quote, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The customer accepted a quote; <paramref name="Order"/> was placed from it.</summary>
public sealed record QuoteAccepted(Quote Quote, Order Order, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A quote was declined by the customer, or superseded by another accepted quote of the deal.</summary>
public sealed record QuoteDeclined(Quote Quote, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>An order was placed from an accepted quote.</summary>
public sealed record OrderPlaced(Order Order, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>An order moved from <paramref name="From"/> to its current status.</summary>
public sealed record OrderStatusChanged(Order Order, OrderStatus From, DateTimeOffset OccurredAt) : IDomainEvent;
