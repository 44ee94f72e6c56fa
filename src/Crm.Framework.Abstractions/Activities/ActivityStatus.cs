namespace Crm.Framework.Activities;

/// <summary>Where an activity stands.</summary>
public enum ActivityStatus
{
    /// <summary>Still to do.</summary>
    Open,
    /// <summary>Done, with an outcome.</summary>
    Done,
    /// <summary>Called off.</summary>
    Cancelled,
}
