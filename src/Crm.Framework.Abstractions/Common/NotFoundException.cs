namespace Crm.Framework;

/// <summary>A customer, deal, funnel, template or other thing named by the user does not exist.</summary>
public sealed class NotFoundException : CrmException
{
    /// <summary>Creates the error for a missing <paramref name="kind"/> with the given key or id.</summary>
    public NotFoundException(string kind, string key, string? hint = null)
        : base($"No {kind} '{key}' exists{(hint is null ? "" : "; " + hint)}.")
    {
        Kind = kind;
        Key = key;
    }

    /// <summary>What was looked for, in words: <c>customer</c>, <c>funnel</c>, ...</summary>
    public string Kind { get; }

    /// <summary>The id or key that was not found.</summary>
    public string Key { get; }

    /// <inheritdoc />
    public override string Code => "not-found";
}
