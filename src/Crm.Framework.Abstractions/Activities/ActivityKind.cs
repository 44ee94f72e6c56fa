namespace Crm.Framework.Activities;

/// <summary>What kind of activity it is.</summary>
public enum ActivityKind
{
    /// <summary>A phone call to make or take.</summary>
    Call,
    /// <summary>A meeting, in person or online.</summary>
    Meeting,
    /// <summary>A to-do; may have no time or duration.</summary>
    Task,
    /// <summary>A follow-up on an earlier touch.</summary>
    FollowUp,
}
