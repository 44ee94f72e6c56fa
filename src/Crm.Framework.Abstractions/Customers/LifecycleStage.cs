namespace Crm.Framework.Customers;

/// <summary>Where a customer stands in the relationship: lead → prospect → customer → former.</summary>
public enum LifecycleStage
{
    /// <summary>A contact that showed interest; not yet qualified.</summary>
    Lead,
    /// <summary>A qualified contact with an open deal or real intent.</summary>
    Prospect,
    /// <summary>Bought at least once (won a deal).</summary>
    Customer,
    /// <summary>Left the relationship; can be won back.</summary>
    Former,
}
