namespace Crm.Framework.Pipelines;

/// <summary>Open, won or lost — the kind of the deal's current stage.</summary>
public enum DealStatus
{
    /// <summary>In progress.</summary>
    Open,
    /// <summary>Closed won.</summary>
    Won,
    /// <summary>Closed lost.</summary>
    Lost,
}
