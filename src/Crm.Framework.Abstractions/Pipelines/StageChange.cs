namespace Crm.Framework.Pipelines;

/// <summary>One step in a deal's stage history.</summary>
/// <param name="From">The stage left; null when the deal was opened.</param>
/// <param name="To">The stage entered.</param>
/// <param name="At">When.</param>
/// <param name="By">Who moved it.</param>
/// <param name="Note">Why, when given (a lost reason, a comment).</param>
public sealed record StageChange(string? From, string To, DateTimeOffset At, string By, string? Note = null);
