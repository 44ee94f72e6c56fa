namespace Crm.Framework.Pipelines;

/// <summary>How a stage counts in the sales forecast, as sales managers report it.</summary>
public enum ForecastCategory
{
    /// <summary>Early: counted in the pipeline, not in the forecast.</summary>
    Pipeline,
    /// <summary>Could close this period if things go well.</summary>
    BestCase,
    /// <summary>The owner commits to closing it.</summary>
    Commit,
    /// <summary>Won.</summary>
    Closed,
    /// <summary>Lost or excluded.</summary>
    Omitted,
}
