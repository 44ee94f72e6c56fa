namespace Crm.Framework.Interactions;

/// <summary>An interaction was logged.</summary>
public sealed record InteractionLogged(Interaction Interaction, DateTimeOffset OccurredAt) : IDomainEvent;
