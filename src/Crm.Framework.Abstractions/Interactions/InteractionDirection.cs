namespace Crm.Framework.Interactions;

/// <summary>Who started the touch.</summary>
public enum InteractionDirection
{
    /// <summary>The customer reached out.</summary>
    Inbound,
    /// <summary>The company reached out.</summary>
    Outbound,
    /// <summary>An internal note or a system event, not a conversation.</summary>
    Internal,
}
