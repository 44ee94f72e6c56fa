using Crm.Framework.Fields;

namespace Crm.Framework.Pipelines;

/// <summary>One stage of a funnel.</summary>
public sealed record StageDefinition
{
    /// <summary>Declares a stage.</summary>
    /// <param name="key">snake_case key, unique in the funnel.</param>
    /// <param name="name">What people call it.</param>
    /// <param name="probability">Chance to win from here, 0..1. Won stages are 1 and lost stages 0 whatever is given.</param>
    /// <param name="kind">Open (default), won or lost.</param>
    public StageDefinition(string key, string name, decimal probability, StageKind kind = StageKind.Open)
    {
        if (!FieldDefinition.IsValidKey(key))
            throw new ArgumentException($"Stage key '{key}' must be snake_case.", nameof(key));
        if (probability is < 0m or > 1m)
            throw new ArgumentOutOfRangeException(nameof(probability), $"Stage '{key}' probability {probability} must be between 0 and 1.");
        Key = key;
        Name = name;
        Kind = kind;
        Probability = kind switch { StageKind.Won => 1m, StageKind.Lost => 0m, _ => probability };
        Forecast = kind switch
        {
            StageKind.Won => ForecastCategory.Closed,
            StageKind.Lost => ForecastCategory.Omitted,
            _ => probability >= 0.7m ? ForecastCategory.Commit : probability >= 0.4m ? ForecastCategory.BestCase : ForecastCategory.Pipeline,
        };
    }

    /// <summary>The key.</summary>
    public string Key { get; }

    /// <summary>The name people read.</summary>
    public string Name { get; }

    /// <summary>Chance to win from this stage, 0..1, used for the weighted amount.</summary>
    public decimal Probability { get; }

    /// <summary>Open, won or lost.</summary>
    public StageKind Kind { get; }

    /// <summary>Forecast category. Default: derived from the probability (≥0.7 commit, ≥0.4 best case, else pipeline).</summary>
    public ForecastCategory Forecast { get; init; }

    /// <summary>Stage keys a deal may move to from here. Empty on an open stage: any stage of the funnel. Won and lost stages are final.</summary>
    public IReadOnlyList<string> Next { get; init; } = [];

    /// <summary>Deal field keys that must have a value before a deal may enter this stage.</summary>
    public IReadOnlyList<string> RequiredFields { get; init; } = [];

    /// <summary>True for won and lost stages.</summary>
    public bool IsClosed => Kind != StageKind.Open;

    /// <summary>True when a deal at this stage may move to <paramref name="target"/>.</summary>
    public bool Allows(string target) =>
        !IsClosed && target != Key && (Next.Count == 0 || Next.Contains(target, StringComparer.Ordinal));
}
