namespace Crm.Framework.Storage;

/// <summary>The entity kind names used in writes, audit entries and messages.</summary>
public static class EntityKinds
{
    /// <summary>A customer.</summary>
    public const string Customer = "customer";
    /// <summary>An interaction.</summary>
    public const string Interaction = "interaction";
    /// <summary>A deal.</summary>
    public const string Deal = "deal";
    /// <summary>A document.</summary>
    public const string Document = "document";
}
