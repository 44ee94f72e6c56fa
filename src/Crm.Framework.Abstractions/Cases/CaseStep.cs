namespace Crm.Framework.Cases;

/// <summary>One step in a case's history: what happened, when and who did it.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="At">When.</param>
/// <param name="By">The user who did it (for a scheduled escalation, the user the schedule runs as).</param>
/// <param name="Text">What, in words, e.g. <c>new → in_progress</c> or the reply sent.</param>
public sealed record CaseStep(CaseStepKind Kind, DateTimeOffset At, string By, string Text);
