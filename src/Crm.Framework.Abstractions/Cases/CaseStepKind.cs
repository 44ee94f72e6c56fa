namespace Crm.Framework.Cases;

/// <summary>What happened in one step of a case's history.</summary>
public enum CaseStepKind
{
    /// <summary>The case was opened.</summary>
    Opened,
    /// <summary>Someone replied to the customer.</summary>
    Responded,
    /// <summary>The status changed.</summary>
    StatusChanged,
    /// <summary>The owner or team changed.</summary>
    Reassigned,
    /// <summary>The case was escalated after an SLA breach.</summary>
    Escalated,
    /// <summary>An SLA target was missed.</summary>
    SlaBreached,
    /// <summary>The case was resolved.</summary>
    Resolved,
    /// <summary>The case was closed.</summary>
    Closed,
    /// <summary>A resolved case was reopened.</summary>
    Reopened,
    /// <summary>An internal comment.</summary>
    Comment,
}
