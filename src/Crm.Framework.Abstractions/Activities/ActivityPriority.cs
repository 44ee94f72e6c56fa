namespace Crm.Framework.Activities;

/// <summary>How urgent an activity is.</summary>
public enum ActivityPriority
{
    /// <summary>When there is time.</summary>
    Low,
    /// <summary>The usual.</summary>
    Normal,
    /// <summary>Before anything else.</summary>
    High,
}
