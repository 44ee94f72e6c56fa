namespace Crm.Framework.Cases;

/// <summary>The two promises an SLA makes for a case.</summary>
public enum SlaTarget
{
    /// <summary>Someone answers the customer.</summary>
    FirstResponse,
    /// <summary>The case is resolved.</summary>
    Resolution,
}
