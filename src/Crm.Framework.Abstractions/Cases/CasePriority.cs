namespace Crm.Framework.Cases;

/// <summary>How urgent a case is; the SLA targets depend on it.</summary>
public enum CasePriority
{
    /// <summary>Low.</summary>
    Low,
    /// <summary>Normal (the default).</summary>
    Normal,
    /// <summary>High.</summary>
    High,
    /// <summary>Urgent.</summary>
    Urgent,
}
