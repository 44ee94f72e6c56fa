namespace Crm.Framework.Cases;

/// <summary>
/// Where a case is: <c>new → open/in_progress → waiting_on_customer ↔ in_progress → resolved → closed</c>,
/// and back from resolved to in_progress when reopened.
/// </summary>
public enum CaseStatus
{
    /// <summary>Just opened; nobody has answered yet.</summary>
    New,
    /// <summary>Acknowledged, not yet worked on.</summary>
    Open,
    /// <summary>Being worked on.</summary>
    InProgress,
    /// <summary>The ball is with the customer; the resolution clock is paused.</summary>
    WaitingOnCustomer,
    /// <summary>Solved; may still be reopened.</summary>
    Resolved,
    /// <summary>Done for good.</summary>
    Closed,
}
