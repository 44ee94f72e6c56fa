using Crm.Framework.Fields;

namespace Crm.Framework.Pipelines;

/// <summary>
/// A sales funnel declared in code: ordered stages a deal moves through. The first stage is where
/// every deal starts. Several funnels per industry are normal (loan origination, account opening...).
/// </summary>
public sealed record FunnelDefinition
{
    /// <summary>Declares a funnel; checks that stage keys are unique and transitions point at real stages.</summary>
    public FunnelDefinition(string key, string name, IReadOnlyList<StageDefinition> stages)
    {
        if (!FieldDefinition.IsValidKey(key))
            throw new ArgumentException($"Funnel key '{key}' must be snake_case.", nameof(key));
        if (stages.Count == 0)
            throw new ArgumentException($"Funnel '{key}' has no stages.", nameof(stages));
        var duplicate = stages.GroupBy(s => s.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Funnel '{key}' declares stage '{duplicate.Key}' twice.", nameof(stages));
        var keys = stages.Select(s => s.Key).ToHashSet();
        foreach (var stage in stages)
        foreach (var next in stage.Next.Where(n => !keys.Contains(n)))
            throw new ArgumentException($"Funnel '{key}' stage '{stage.Key}' allows a move to unknown stage '{next}'.", nameof(stages));
        if (stages[0].IsClosed)
            throw new ArgumentException($"Funnel '{key}' must start with an open stage, not '{stages[0].Key}'.", nameof(stages));
        Key = key;
        Name = name;
        Stages = stages;
    }

    /// <summary>The key, e.g. <c>loan_origination</c>.</summary>
    public string Key { get; }

    /// <summary>The name people read.</summary>
    public string Name { get; }

    /// <summary>The stages in display order; the first is the start.</summary>
    public IReadOnlyList<StageDefinition> Stages { get; }

    /// <summary>A sentence for people and docs.</summary>
    public string? Description { get; init; }

    /// <summary>The start stage.</summary>
    public StageDefinition Start => Stages[0];

    /// <summary>The stage with <paramref name="key"/>, or null.</summary>
    public StageDefinition? FindStage(string key) => Stages.FirstOrDefault(s => s.Key == key);
}
