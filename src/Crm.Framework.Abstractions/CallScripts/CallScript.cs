using Crm.Framework.Fields;

namespace Crm.Framework.CallScripts;

/// <summary>
/// A call script a plugin ships: what to say and ask, in order, how to answer objections, and how to close.
/// Declared with <see cref="CallScriptDeclarations.AddCallScript"/>; an interaction can record which script was used.
/// </summary>
public sealed record CallScript
{
    /// <summary>Declares a call script.</summary>
    /// <param name="key">snake_case key, e.g. <c>loan_follow_up</c>.</param>
    /// <param name="title">What people call it, e.g. <c>Loan follow-up call</c>.</param>
    /// <param name="purpose">What the call is for, in a sentence.</param>
    /// <param name="steps">The steps in order, at least one.</param>
    /// <exception cref="ArgumentException">The key is not snake_case, the title is empty or there are no steps.</exception>
    public CallScript(string key, string title, string purpose, IReadOnlyList<CallScriptStep> steps)
    {
        if (!FieldDefinition.IsValidKey(key)) throw new ArgumentException($"Call script key '{key}' must be snake_case.", nameof(key));
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(purpose);
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0) throw new ArgumentException($"Call script '{key}' needs at least one step.", nameof(steps));
        Key = key;
        Title = title;
        Purpose = purpose;
        Steps = steps;
    }

    /// <summary>The key.</summary>
    public string Key { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>What the call is for.</summary>
    public string Purpose { get; }

    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<CallScriptStep> Steps { get; }

    /// <summary>The funnel it fits, if any.</summary>
    public string? Funnel { get; init; }

    /// <summary>The stage of <see cref="Funnel"/> it fits, if any.</summary>
    public string? Stage { get; init; }

    /// <summary>Objections customers raise and how to answer them.</summary>
    public IReadOnlyList<CallScriptObjection> Objections { get; init; } = [];

    /// <summary>How to close the call.</summary>
    public string? Closing { get; init; }
}
