using Crm.Framework.Fields;

namespace Crm.Framework.Interactions;

/// <summary>A channel interactions arrive on. The kernel declares the common ones (<see cref="Channels"/>); plugins add their own.</summary>
/// <param name="Key">snake_case key, e.g. <c>branch_visit</c>.</param>
/// <param name="Name">What people call it, e.g. <c>Branch visit</c>.</param>
public sealed record ChannelDefinition(string Key, string Name)
{
    /// <summary>The key is valid only when snake_case, like field keys.</summary>
    public string Key { get; } = FieldDefinition.IsValidKey(Key)
        ? Key
        : throw new ArgumentException($"Channel key '{Key}' must be snake_case.", nameof(Key));

    /// <summary>True when a person is physically present (a visit, a walk-in).</summary>
    public bool InPerson { get; init; }
}
