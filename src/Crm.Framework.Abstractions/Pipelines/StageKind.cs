namespace Crm.Framework.Pipelines;

/// <summary>Whether a stage is still in play or ends the deal.</summary>
public enum StageKind
{
    /// <summary>The deal is in progress.</summary>
    Open,
    /// <summary>The deal ended in a sale (disbursed, activated, enrolled...).</summary>
    Won,
    /// <summary>The deal ended without a sale; a reason is required.</summary>
    Lost,
}
