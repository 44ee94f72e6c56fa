namespace Crm.Framework;

/// <summary>A fixed current user, e.g. from the command line's <c>--user</c> or the OS user name.</summary>
/// <param name="name">The user name; empty falls back to <c>system</c>.</param>
public sealed class CurrentUser(string? name) : ICurrentUser
{
    /// <inheritdoc />
    public string Name { get; } = string.IsNullOrWhiteSpace(name) ? "system" : name.Trim();
}
